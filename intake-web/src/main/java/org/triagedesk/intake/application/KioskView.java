package org.triagedesk.intake.application;

import java.time.Instant;
import org.triagedesk.intake.domain.kiosk.Kiosk;

/** A kiosk as admins see it; its secrets are never shown again after they are issued. */
public record KioskView(
    long id,
    String name,
    String state,
    Instant createdAt,
    Instant enrolledAt,
    Instant revokedAt,
    Instant enrolmentExpiresAt) {

  static KioskView of(Kiosk kiosk) {
    String state =
        kiosk.revokedAt() != null
            ? "REVOKED"
            : kiosk.isActive() ? "ENROLLED" : "AWAITING_ENROLMENT";
    return new KioskView(
        kiosk.id(),
        kiosk.name(),
        state,
        kiosk.createdAt(),
        kiosk.enrolledAt(),
        kiosk.revokedAt(),
        kiosk.enrolmentExpiresAt());
  }
}
