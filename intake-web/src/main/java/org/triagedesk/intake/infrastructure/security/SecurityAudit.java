package org.triagedesk.intake.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.triagedesk.intake.domain.audit.Actor;
import org.triagedesk.intake.domain.audit.AuditAction;
import org.triagedesk.intake.domain.audit.AuditEvent;
import org.triagedesk.intake.domain.audit.AuditTrail;
import org.triagedesk.intake.domain.audit.Outcome;

/** Audit records of logins, logouts and refusals, written by the authentication mechanism. */
@ApplicationScoped
public class SecurityAudit {

  private static final Logger LOG = Logger.getLogger(SecurityAudit.class.getName());

  @Inject AuditTrail trail;
  @Inject Clock clock;

  void record(
      String actor,
      Set<String> roles,
      String address,
      AuditAction action,
      Outcome outcome,
      String detail) {
    try {
      trail.record(
          new AuditEvent(
              clock.instant(), new Actor(actor, roles, address), action, null, outcome, detail));
    } catch (RuntimeException e) {
      // A login must not fail because its audit record could not be written, but the gap is logged
      // (the action and outcome only: no names, no addresses).
      LOG.log(
          Level.SEVERE,
          "Audit record not written: "
              + action
              + " "
              + outcome
              + " ("
              + e.getClass().getName()
              + ")");
    }
  }
}
