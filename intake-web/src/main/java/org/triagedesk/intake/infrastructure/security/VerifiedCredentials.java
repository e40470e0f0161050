package org.triagedesk.intake.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP Basic sends the password with every request, and one PBKDF2 check at 210,000 iterations
 * costs tens of milliseconds of CPU (docs/security.md has the figure). A credential verified by the
 * identity store is remembered for a short while, keyed by an HMAC of username and password under a
 * key that lives only in this server's memory: the password itself is never kept. An account change
 * forgets its entries at once.
 */
public final class VerifiedCredentials {

  public record Caller(String username, Set<String> groups) {}

  private record Entry(Caller caller, Instant expires) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final byte[] key = new byte[32];
  private final Duration lifetime;
  private final Clock clock;

  public VerifiedCredentials(Duration lifetime, Clock clock) {
    new SecureRandom().nextBytes(key);
    this.lifetime = lifetime;
    this.clock = clock;
  }

  public Caller find(String username, String password) {
    if (lifetime.isZero()) {
      return null;
    }
    String id = idOf(username, password);
    Entry entry = entries.get(id);
    if (entry == null) {
      return null;
    }
    if (!clock.instant().isBefore(entry.expires())) {
      entries.remove(id, entry);
      return null;
    }
    return entry.caller();
  }

  public void remember(String username, String password, Set<String> groups) {
    if (lifetime.isZero()) {
      return;
    }
    Instant now = clock.instant();
    if (entries.size() > 10_000) {
      entries.values().removeIf(e -> !now.isBefore(e.expires()));
    }
    entries.put(
        idOf(username, password),
        new Entry(new Caller(username, Set.copyOf(groups)), now.plus(lifetime)));
  }

  public void forget(String username) {
    entries.values().removeIf(e -> e.caller().username().equals(username));
  }

  private String idOf(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is on every Java platform", e);
    }
  }
}
