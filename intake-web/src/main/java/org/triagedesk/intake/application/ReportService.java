package org.triagedesk.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.triagedesk.intake.domain.audit.AuditAction;
import org.triagedesk.intake.domain.audit.Outcome;
import org.triagedesk.intake.domain.intake.Intake;
import org.triagedesk.intake.domain.intake.IntakeRepository;
import org.triagedesk.reporting.ReportPeriod;
import org.triagedesk.reporting.ReportRequest;
import org.triagedesk.reporting.TriageQueueWorkbook;
import org.triagedesk.reporting.WrittenReport;

/**
 * Clinicians' Excel reports: picks the intakes of a period and streams them through the reporting
 * library.
 */
@ApplicationScoped
public class ReportService {

  /** Longest period one workbook covers: a year (a leap year has 366 days). */
  static final long MAX_DAYS = 366;

  @Inject IntakeRepository intakes;
  @Inject Clock clock;
  @Inject Audit audit;

  private final TriageQueueWorkbook workbook = new TriageQueueWorkbook();

  /**
   * The request for a triage-queue workbook; no dates means today. Dates are YYYY-MM-DD, inclusive,
   * in the clinic's time zone.
   */
  public TriageQueueReport triageQueueRequest(
      String from, String to, boolean deidentified, String requestedBy) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone());
    LocalDate first = from == null || from.isBlank() ? null : date("from", from);
    LocalDate last = to == null || to.isBlank() ? null : date("to", to);
    if (first == null && last == null) {
      first = today;
      last = today;
    } else if (first == null) {
      first = last;
    } else if (last == null) {
      last = first.isAfter(today) ? first : today;
    }
    if (first.isAfter(last)) {
      throw new InvalidReportRequest("from", "must not be after to (" + first + " > " + last + ")");
    }
    if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
      throw new InvalidReportRequest("to", "a report covers at most " + MAX_DAYS + " days");
    }
    ReportPeriod period =
        first.equals(last)
            ? ReportPeriod.day(first)
            : ChronoUnit.DAYS.between(first, last) == 6
                ? ReportPeriod.week(first)
                : ReportPeriod.custom(first, last);
    return new TriageQueueReport(
        new ReportRequest(period, null, deidentified, zone(), clock.instant(), requestedBy));
  }

  /**
   * Streams the workbook to {@code out} while reading intakes a page at a time. Deliberately not
   * {@code @Transactional}: outside a transaction each page's intakes are let go once read (see
   * IntakeRepository.arrivedBetween), so a year's report holds one page, not the year. What was
   * written (how many intakes, which variant) is returned and audited: parameters, row count, and
   * whether it completed.
   */
  public WrittenReport writeTriageQueue(
      TriageQueueReport report, OutputStream out, Caller downloadedBy) throws IOException {
    ReportRequest request = report.request();
    ZoneId zone = request.zone();
    Instant start = request.period().from().atStartOfDay(zone).toInstant();
    Instant end = request.period().to().plusDays(1).atStartOfDay(zone).toInstant();
    String parameters =
        "report=triage-queue from="
            + request.period().from()
            + " to="
            + request.period().to()
            + " deidentified="
            + request.deidentified();
    WrittenReport written = null;
    try (Stream<Intake> period = intakes.arrivedBetween(start, end)) {
      written =
          workbook.write(
              request, period.map(i -> ReportEntries.toQueueEntry(i, zone)).iterator(), out);
      return written;
    } finally {
      audit.record(
          downloadedBy,
          AuditAction.REPORT_DOWNLOADED,
          null,
          written == null ? Outcome.FAILURE : Outcome.SUCCESS,
          parameters
              + (written == null
                  ? " (not completed)"
                  : " rows=" + written.intakes() + " overrides=" + written.overrides()));
    }
  }

  /** The clinic's zone (the clock's, docs/operations.md): a report's days are the clinic's days. */
  private ZoneId zone() {
    return clock.getZone();
  }

  private static LocalDate date(String parameter, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidReportRequest(parameter, "must be a date YYYY-MM-DD, not '" + value + "'");
    }
  }
}
