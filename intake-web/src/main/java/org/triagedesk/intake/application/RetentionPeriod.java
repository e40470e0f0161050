package org.triagedesk.intake.application;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * How long an intake keeps who the patient was: {@code TRIAGE_RETENTION_DAYS}, a number of days (a
 * fraction is allowed, e.g. 0.5 for twelve hours, which is what the tests use). Empty or 0: kept
 * for ever (the default, since how long a clinic must keep records is the clinic's decision, not
 * ours).
 */
public record RetentionPeriod(Optional<Duration> keep) {

  private static final BigDecimal SECONDS_A_DAY = BigDecimal.valueOf(86_400);

  public static RetentionPeriod ofDays(String days) {
    if (days == null || days.isBlank()) {
      return new RetentionPeriod(Optional.empty());
    }
    BigDecimal value;
    try {
      value = new BigDecimal(days.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "TRIAGE_RETENTION_DAYS must be a number of days, not " + days);
    }
    if (value.signum() < 0) {
      throw new IllegalArgumentException("TRIAGE_RETENTION_DAYS must not be negative");
    }
    long seconds = value.multiply(SECONDS_A_DAY).longValue();
    return new RetentionPeriod(
        seconds == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds)));
  }

  public boolean isOn() {
    return keep.isPresent();
  }

  /** In words for the log and the audit record, e.g. "30 days" or "60 seconds". */
  public String describe() {
    return keep.map(
            d -> d.toSeconds() % 86_400 == 0 ? d.toDays() + " days" : d.toSeconds() + " seconds")
        .orElse("for ever");
  }
}
