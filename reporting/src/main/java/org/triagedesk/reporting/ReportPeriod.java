package org.triagedesk.reporting;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates a report covers, both inclusive, in the request's time zone.
 *
 * @param from first day
 * @param to last day, not before {@code from}
 * @param kind day, week or custom
 */
public record ReportPeriod(LocalDate from, LocalDate to, PeriodKind kind) {

  public ReportPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(kind, "kind");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("period ends before it starts: " + from + " > " + to);
    }
  }

  public static ReportPeriod day(LocalDate day) {
    return new ReportPeriod(day, day, PeriodKind.DAY);
  }

  /** Seven days starting on {@code firstDay}. */
  public static ReportPeriod week(LocalDate firstDay) {
    return new ReportPeriod(firstDay, firstDay.plusDays(6), PeriodKind.WEEK);
  }

  public static ReportPeriod custom(LocalDate from, LocalDate to) {
    return new ReportPeriod(from, to, PeriodKind.CUSTOM);
  }

  /** Number of days covered, both ends included (a day is 1); lets callers cap the range. */
  public long days() {
    return java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** Human label, e.g. "2026-11-24 (day)" or "2026-11-01 to 2026-11-30 (custom)". */
  public String label() {
    String range = from.equals(to) ? from.toString() : from + " to " + to;
    return range + " (" + kind.name().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
