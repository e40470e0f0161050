package org.triagedesk.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.triagedesk.intake.domain.audit.AuditAction;
import org.triagedesk.intake.domain.audit.Outcome;
import org.triagedesk.intake.domain.intake.Intake;
import org.triagedesk.intake.domain.intake.IntakeRepository;

/**
 * Retention: de-identifies the intakes that arrived longer ago than the retention period and have
 * left the queue (what is kept and why: docs/operations.md). One batch a transaction, each intake
 * audited.
 */
@ApplicationScoped
public class IntakeRetention {

  /** The retention job's name in the audit trail. */
  static final Caller RETENTION_JOB = new Caller("system:retention", Set.of(), null);

  @Inject IntakeRepository intakes;
  @Inject Audit audit;
  @Inject Clock clock;

  /**
   * De-identifies up to {@code max} intakes older than {@code keep}, in a transaction of its own,
   * and says how many. Two servers of a cluster running it at once meet the intakes' version check:
   * one of them rolls back and finds nothing left to do next time.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int deidentifyBatch(Duration keep, int max) {
    Instant now = clock.instant();
    int done = 0;
    for (Intake intake : intakes.dueForDeidentification(now.minus(keep), max)) {
      if (intake.deidentify(now)) {
        audit.record(
            RETENTION_JOB,
            AuditAction.INTAKE_DEIDENTIFIED,
            intake.id(),
            Outcome.SUCCESS,
            "arrived more than " + new RetentionPeriod(Optional.of(keep)).describe() + " ago");
        done++;
      }
    }
    intakes.flush();
    return done;
  }
}
