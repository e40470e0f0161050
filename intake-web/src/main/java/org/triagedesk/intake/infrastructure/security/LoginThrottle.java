package org.triagedesk.intake.infrastructure.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down, then refuses, repeated failed logins for one account or from one address. Failures
 * count within a window; past {@code slowAfter} each attempt waits a little longer; at the limit
 * the key is locked for {@code lockFor} and every attempt is refused (429), the right password
 * included. A success clears the account's count but not the address's, so one valid account cannot
 * be used to reset guessing at others.
 *
 * <p>Kept in memory, per server: with several servers an attacker gets a few more tries in all, not
 * an unlimited number.
 */
public final class LoginThrottle {

  /** What to do with a login attempt. */
  public record Decision(boolean refused, Duration retryAfter, Duration delay) {
    static final Decision GO = new Decision(false, Duration.ZERO, Duration.ZERO);
  }

  public record Limits(
      int slowAfter, int accountLimit, int addressLimit, Duration window, Duration lockFor) {}

  private record Failures(int count, Instant first, Instant lockedUntil) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Limits limits;
  private final Clock clock;

  public LoginThrottle(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  public Decision check(String account, String address) {
    Instant now = clock.instant();
    Decision byAccount = decide(accountKey(account), limits.accountLimit(), now);
    Decision byAddress = decide(addressKey(address), limits.addressLimit(), now);
    if (byAccount.refused() || byAddress.refused()) {
      return byAccount.retryAfter().compareTo(byAddress.retryAfter()) >= 0 ? byAccount : byAddress;
    }
    return byAccount.delay().compareTo(byAddress.delay()) >= 0 ? byAccount : byAddress;
  }

  public void failed(String account, String address) {
    Instant now = clock.instant();
    count(accountKey(account), limits.accountLimit(), now);
    count(addressKey(address), limits.addressLimit(), now);
  }

  public void succeeded(String account) {
    failures.remove(accountKey(account));
  }

  private Decision decide(String key, int limit, Instant now) {
    Failures current = failures.get(key);
    if (current == null) {
      return Decision.GO;
    }
    if (current.lockedUntil() != null && now.isBefore(current.lockedUntil())) {
      return new Decision(true, Duration.between(now, current.lockedUntil()), Duration.ZERO);
    }
    if (expired(current, now)) {
      failures.remove(key, current);
      return Decision.GO;
    }
    int beyond = current.count() - limits.slowAfter() + 1;
    return beyond > 0
        ? new Decision(false, Duration.ZERO, Duration.ofSeconds(Math.min(beyond, 5)))
        : Decision.GO;
  }

  private void count(String key, int limit, Instant now) {
    failures.compute(
        key,
        (k, current) -> {
          Failures fresh =
              current == null || (expired(current, now) && !locked(current, now))
                  ? new Failures(1, now, null)
                  : new Failures(current.count() + 1, current.first(), current.lockedUntil());
          return fresh.count() >= limit && !locked(fresh, now)
              ? new Failures(fresh.count(), fresh.first(), now.plus(limits.lockFor()))
              : fresh;
        });
    if (failures.size() > 100_000) {
      // Many distinct keys (a scan of made-up usernames): drop the expired ones so memory stays
      // bounded.
      failures.entrySet().removeIf(e -> expired(e.getValue(), now) && !locked(e.getValue(), now));
    }
  }

  private boolean expired(Failures f, Instant now) {
    return !now.isBefore(f.first().plus(limits.window()));
  }

  private static boolean locked(Failures f, Instant now) {
    return f.lockedUntil() != null && now.isBefore(f.lockedUntil());
  }

  private static String accountKey(String account) {
    return "account:" + (account == null ? "" : account.strip().toLowerCase(java.util.Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}
