package org.triagedesk.intake.domain.intake;

/**
 * The short code a patient hears when called, e.g. "B-042": a letter and three digits (001-999),
 * easy to say and to read on a screen. Derived from the intake's sequence number: unique over
 * 25,974 intakes.
 */
public record Ticket(String code) {

  private static final int PER_LETTER = 999;

  public static Ticket forIntakeNumber(long number) {
    if (number < 1) {
      throw new IllegalArgumentException("intake numbers start at 1");
    }
    long n = number - 1;
    char letter = (char) ('A' + (n / PER_LETTER) % 26);
    return new Ticket(String.format("%c-%03d", letter, n % PER_LETTER + 1));
  }

  @Override
  public String toString() {
    return code;
  }
}
