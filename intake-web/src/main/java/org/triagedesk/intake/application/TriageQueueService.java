package org.triagedesk.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triagedesk.assessment.Urgency;
import org.triagedesk.intake.domain.audit.AuditAction;
import org.triagedesk.intake.domain.audit.Outcome;
import org.triagedesk.intake.domain.intake.Intake;
import org.triagedesk.intake.domain.intake.IntakeRepository;
import org.triagedesk.intake.domain.intake.IntakeStatus;

/** The live triage queue as nurses and clinicians read it; every view is audited. */
@ApplicationScoped
public class TriageQueueService {

  /** Lines per page unless asked otherwise, and the most one page holds. */
  public static final int DEFAULT_SIZE = 50;

  public static final int MAX_SIZE = 200;

  @Inject IntakeRepository intakes;
  @Inject IntakeDetails details;
  @Inject Audit audit;

  /**
   * One page of the queue, most urgent first then longest waiting, filtered by status and urgency
   * when given; ordered and paged by the database.
   */
  @Transactional
  public QueuePage queue(String status, String urgency, Integer page, Integer size, Caller viewer) {
    IntakeStatus byStatus =
        status == null || status.isBlank() ? null : parse(IntakeStatus.class, "status", status);
    Urgency byUrgency =
        urgency == null || urgency.isBlank() ? null : parse(Urgency.class, "urgency", urgency);
    int pageSize = size == null ? DEFAULT_SIZE : size;
    int pageNumber = page == null ? 0 : page;
    if (pageSize < 1 || pageSize > MAX_SIZE) {
      throw new InvalidRequest(
          "Bad page size.", Map.of("size", "must be between 1 and " + MAX_SIZE));
    }
    if (pageNumber < 0) {
      throw new InvalidRequest("Bad page.", Map.of("page", "must be 0 or more"));
    }
    if (byStatus != null && !byStatus.isInQueue()) {
      throw new InvalidRequest(
          "That status is not in the queue.",
          Map.of("status", "must be WAITING, CALLED or IN_TRIAGE (the queue holds those)"));
    }
    List<QueueLine> entries =
        intakes.queue(byStatus, byUrgency, pageNumber * pageSize, pageSize).stream()
            .map(details::line)
            .toList();
    long total = intakes.queueSize(byStatus, byUrgency);
    audit.record(
        viewer,
        AuditAction.QUEUE_VIEWED,
        null,
        Outcome.SUCCESS,
        "entries="
            + entries.size()
            + " total="
            + total
            + (byStatus == null ? "" : " status=" + byStatus)
            + (byUrgency == null ? "" : " urgency=" + byUrgency)
            + " page="
            + pageNumber);
    return new QueuePage(entries, total, pageNumber, pageSize);
  }

  /** Emergencies no nurse has acknowledged yet: the banner on every staff page. */
  @Transactional
  public List<QueueAlert> openAlerts(Caller viewer) {
    List<QueueAlert> alerts = intakes.withOpenAlert().stream().map(this::alert).toList();
    // Polled by every open staff page: audited only when there is something clinical to see.
    if (!alerts.isEmpty()) {
      audit.record(
          viewer, AuditAction.ALERTS_VIEWED, null, Outcome.SUCCESS, "alerts=" + alerts.size());
    }
    return alerts;
  }

  private QueueAlert alert(Intake intake) {
    var wording = details.wording(intake);
    String reason =
        intake.redFlags().isEmpty()
            ? "Emergency by the assessment"
            : wording.redFlag(intake.redFlags().get(0));
    return new QueueAlert(
        intake.id(),
        intake.ticket().code(),
        intake.urgency(),
        intake.alertRaisedAt().orElse(null),
        reason);
  }

  /**
   * The version of an intake, for a page that asks whether what it shows is still current. It shows
   * nothing of the patient, so it is not a view and is not audited; the re-read that follows a
   * change is.
   */
  @Transactional
  public Optional<Long> version(long id) {
    return intakes.find(id).map(Intake::version);
  }

  /** One intake in full, whether or not it is still waiting; the view is audited. */
  @Transactional
  public IntakeDetail detail(long id, Caller viewer) {
    Intake intake = intakes.find(id).orElse(null);
    if (intake == null) {
      audit.recordRefusal(viewer, AuditAction.INTAKE_VIEWED, id, "no such intake");
      throw new UnknownResource("No intake " + id + ".");
    }
    audit.record(viewer, AuditAction.INTAKE_VIEWED, id, Outcome.SUCCESS, null);
    return details.detail(intake);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest(
          "Unknown " + field + ".",
          Map.of(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())));
    }
  }
}
