package org.triagedesk.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.triagedesk.intake.domain.intake.IntakeRepository;
import org.triagedesk.intake.domain.intake.TriageQueue;
import org.triagedesk.intake.domain.audit.AuditAction;
import org.triagedesk.intake.domain.audit.Outcome;

/** The live triage queue as nurses see it. */
@ApplicationScoped
public class TriageQueueService {

  @Inject IntakeRepository intakes;
  @Inject Clock clock;
  @Inject Audit audit;

  /** The queue as {@code viewer} sees it; every view is audited. */
  @Transactional
  public List<QueueEntry> queue(Caller viewer) {
    Instant now = clock.instant();
    List<QueueEntry> entries =
        TriageQueue.of(intakes.inQueue()).entries().stream().map(intake -> QueueEntry.of(intake, now)).toList();
    audit.record(viewer, AuditAction.QUEUE_VIEWED, null, Outcome.SUCCESS, "entries=" + entries.size());
    return entries;
  }

  /** One intake as a queue line, whether or not it is still waiting; the view is audited. */
  @Transactional
  public Optional<QueueEntry> entry(long id, Caller viewer) {
    Optional<QueueEntry> entry = intakes.find(id).map(intake -> QueueEntry.of(intake, clock.instant()));
    audit.record(viewer, AuditAction.INTAKE_VIEWED, id, entry.isPresent() ? Outcome.SUCCESS : Outcome.FAILURE,
        entry.isPresent() ? null : "no such intake");
    return entry;
  }
}
