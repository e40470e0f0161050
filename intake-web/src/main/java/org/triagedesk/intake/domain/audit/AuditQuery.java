package org.triagedesk.intake.domain.audit;

import java.time.Instant;

/** A search of the audit trail; a null field does not filter. {@code to} is exclusive. */
public record AuditQuery(
    Long intakeId, String actor, AuditAction action, Instant from, Instant to) {}
