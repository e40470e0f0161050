package org.triagedesk.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.triagedesk.assessment.Urgency;
import org.triagedesk.intake.domain.audit.AuditAction;
import org.triagedesk.intake.domain.audit.Outcome;
import org.triagedesk.intake.domain.intake.Intake;
import org.triagedesk.intake.domain.intake.IntakeRepository;
import org.triagedesk.reporting.ReportRequest;
import org.triagedesk.reporting.RuleReviewWorkbook;
import org.triagedesk.reporting.model.ReviewedIntake;
import org.triagedesk.reporting.model.UrgencyLevel;

/**
 * The rule-review workbook for the protocol's clinical owners: the nurses' decisions against the
 * engine's, per red flag and cause category, over a period. Always de-identified; every download is
 * audited.
 */
@ApplicationScoped
public class RuleReviewService {

  @Inject IntakeRepository intakes;
  @Inject ReportService reports;
  @Inject Audit audit;
  @Inject Jsonb jsonb;

  private final RuleReviewWorkbook workbook = new RuleReviewWorkbook();

  /**
   * The period asked for (YYYY-MM-DD, inclusive, the clinic's zone; none: today), checked before
   * writing.
   */
  public RuleReviewReport request(String from, String to, String requestedBy) {
    return new RuleReviewReport(reports.triageQueueRequest(from, to, true, requestedBy).request());
  }

  /**
   * Writes the workbook and audits the download with its period and counts; returns how many
   * intakes.
   */
  public long write(RuleReviewReport report, OutputStream out, Caller downloadedBy)
      throws IOException {
    ReportRequest request = report.request();
    ZoneId zone = request.zone();
    Instant start = request.period().from().atStartOfDay(zone).toInstant();
    Instant end = request.period().to().plusDays(1).atStartOfDay(zone).toInstant();
    String parameters =
        "report=rule-review from=" + request.period().from() + " to=" + request.period().to();
    RuleReviewWorkbook.Written written = null;
    try (Stream<Intake> period = intakes.arrivedBetween(start, end)) {
      written = workbook.write(request, period.map(this::reviewed).iterator(), out);
      return written.intakes();
    } finally {
      audit.record(
          downloadedBy,
          AuditAction.REPORT_DOWNLOADED,
          null,
          written == null ? Outcome.FAILURE : Outcome.SUCCESS,
          parameters
              + (written == null
                  ? " (not completed)"
                  : " intakes="
                      + written.intakes()
                      + " reviewed="
                      + written.reviewed()
                      + " under="
                      + written.underAssessed()
                      + " over="
                      + written.overAssessed()));
    }
  }

  ReviewedIntake reviewed(Intake intake) {
    var patient = intake.patient();
    List<String> identifiers = new ArrayList<>(List.of(patient.givenName(), patient.familyName()));
    if (patient.phone() != null) {
      identifiers.add(patient.phone());
    }
    Duration acknowledgement =
        intake.urgency() == Urgency.EMERGENCY || intake.assessedUrgency() == Urgency.EMERGENCY
            ? intake
                .alertAcknowledgedAt()
                .map(at -> Duration.between(intake.arrivedAt(), at))
                .orElse(null)
            : null;
    return new ReviewedIntake(
        intake.arrivedAt(),
        UrgencyLevel.valueOf(intake.assessedUrgency().name()),
        intake.finalUrgency().map(u -> UrgencyLevel.valueOf(u.name())).orElse(null),
        intake.redFlags(),
        intake.topCauses(),
        intake.overrideReason().orElse(null),
        identifiers,
        acknowledgement,
        answers(intake));
  }

  /** "question=value", one per value of a multi-choice answer: the patterns the review counts. */
  @SuppressWarnings("unchecked")
  private List<String> answers(Intake intake) {
    List<String> facts = new ArrayList<>();
    Map<String, Object> answers = jsonb.fromJson(intake.answersJson(), Map.class);
    answers.forEach(
        (question, value) -> {
          if (value instanceof List<?> values) {
            values.forEach(v -> facts.add(question + "=" + v));
          } else if (value != null) {
            facts.add(question + "=" + value);
          }
        });
    return facts;
  }
}
