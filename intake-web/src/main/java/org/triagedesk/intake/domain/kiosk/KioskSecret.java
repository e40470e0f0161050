package org.triagedesk.intake.domain.kiosk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A kiosk token or enrolment code: 256 random bits, shown once, stored only as its SHA-256. A plain
 * digest is enough here (unlike passwords) because the secret has full entropy: nothing to guess or
 * look up.
 */
public record KioskSecret(String value) {

  private static final SecureRandom RANDOM = new SecureRandom();

  public static KioskSecret random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new KioskSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  public String digest() {
    return digestOf(value);
  }

  public static String digestOf(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "KioskSecret[redacted]";
  }
}
