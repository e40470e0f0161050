package org.triagedesk.intake.application;

import java.time.Instant;
import org.triagedesk.intake.domain.audit.AuditEvent;

/** One audit record as the admin pages and API show it. */
public record AuditEventView(
    long id,
    Instant occurredAt,
    String actor,
    String roles,
    String action,
    Long intakeId,
    String clientAddress,
    String outcome,
    String detail) {

  static AuditEventView of(AuditEvent event) {
    return new AuditEventView(
        event.id(),
        event.occurredAt(),
        event.actor(),
        event.actorRoles(),
        event.action().name(),
        event.intakeId(),
        event.clientAddress(),
        event.outcome().name(),
        event.detail());
  }
}
