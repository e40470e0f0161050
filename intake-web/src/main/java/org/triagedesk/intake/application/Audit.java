package org.triagedesk.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.triagedesk.intake.domain.audit.AuditAction;
import org.triagedesk.intake.domain.audit.AuditEvent;
import org.triagedesk.intake.domain.audit.AuditTrail;
import org.triagedesk.intake.domain.audit.Outcome;

/** Writes the audit record of a use case, in the use case's transaction when it has one. */
@ApplicationScoped
public class Audit {

  @Inject AuditTrail trail;
  @Inject Clock clock;

  public void record(
      Caller actor, AuditAction action, Long intakeId, Outcome outcome, String detail) {
    trail.record(
        new AuditEvent(clock.instant(), actor.asActor(), action, intakeId, outcome, detail));
  }

  /**
   * Records a use case that was refused (bad input, a conflict) in a transaction of its own: the
   * use case's transaction rolls back, and the refusal must still be on record.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordRefusal(Caller actor, AuditAction action, Long intakeId, String detail) {
    record(actor, action, intakeId, Outcome.FAILURE, detail);
  }

  /** A request the access matrix refused (a role that may not): who tried what. */
  public void refused(Caller caller, String what) {
    try {
      record(caller, AuditAction.ACCESS_DENIED, null, Outcome.REFUSED, what);
    } catch (RuntimeException e) {
      // The refusal stands whether or not it could be recorded.
    }
  }
}
