package org.triagedesk.intake.domain.staff;

import java.util.Map;

/**
 * How staff passwords are hashed and what a new password must be. The hash is the platform's {@code
 * Pbkdf2PasswordHash} with PBKDF2WithHmacSHA512 at 210,000 iterations (OWASP Password Storage Cheat
 * Sheet); the identity store and the account service read the same parameters from here.
 */
public final class PasswordPolicy {

  public static final String ALGORITHM = "PBKDF2WithHmacSHA512";
  public static final int ITERATIONS = 210_000;
  public static final int SALT_BYTES = 32;
  public static final int KEY_BYTES = 64;
  public static final int MIN_LENGTH = 12;

  /**
   * Demo accounts are for trying the system out: their passwords are shorter and published in the
   * README.
   */
  public static final int DEMO_MIN_LENGTH = 8;

  private PasswordPolicy() {}

  public static Map<String, String> hashParameters() {
    return Map.of(
        "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
        "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
        "Pbkdf2PasswordHash.SaltSizeBytes", Integer.toString(SALT_BYTES),
        "Pbkdf2PasswordHash.KeySizeBytes", Integer.toString(KEY_BYTES));
  }

  /** Why a new password is not acceptable, or null if it is. */
  public static String problemWith(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return "must have at least " + MIN_LENGTH + " characters";
    }
    if (password.length() > 200) {
      return "must have at most 200 characters";
    }
    if (password.isBlank()) {
      return "must not be blank";
    }
    return null;
  }
}
