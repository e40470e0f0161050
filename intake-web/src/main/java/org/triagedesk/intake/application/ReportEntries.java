package org.triagedesk.intake.application;

import java.time.LocalDate;
import java.time.ZoneId;
import org.triagedesk.intake.domain.intake.Intake;
import org.triagedesk.intake.domain.intake.IntakeStatus;
import org.triagedesk.intake.domain.intake.VitalSigns;
import org.triagedesk.reporting.model.NurseOverride;
import org.triagedesk.reporting.model.PatientIdentity;
import org.triagedesk.reporting.model.QueueEntry;
import org.triagedesk.reporting.model.QueueStatus;
import org.triagedesk.reporting.model.UrgencyLevel;

/**
 * Translates an intake into the reporting library's model. The final urgency and the override stay empty
 * until a nurse confirms or overrides (the workbook then says "not reviewed" rather than claiming a review);
 * the site is not recorded yet.
 */
final class ReportEntries {

  /** Marks an override a nurse confirmed below a fired red flag's minimum; the Overrides sheet shows it. */
  static final String BELOW_RED_FLAG = "[below red-flag minimum, confirmed] ";

  private ReportEntries() {}

  static QueueEntry toQueueEntry(Intake intake, ZoneId zone) {
    var patient = intake.patient();
    return new QueueEntry(
        intake.ticket().code(),
        null,
        intake.arrivedAt(),
        intake.triagedAt().orElse(null),
        intake.calledAt().orElse(null),
        intake.closedAt().orElse(null),
        UrgencyLevel.valueOf(intake.assessedUrgency().name()),
        intake.finalUrgency().map(u -> UrgencyLevel.valueOf(u.name())).orElse(null),
        intake.redFlags(),
        intake.topCauses(),
        override(intake),
        status(intake.status()),
        patient.language(),
        new PatientIdentity(patient.givenName(), patient.familyName(), patient.birthDate()),
        patient.ageOn(LocalDate.ofInstant(intake.arrivedAt(), zone)),
        vitals(intake.vitals()),
        evidence(intake));
  }

  /** The nurse's decision, when there is one; a confirmation is an override from and to the same level. */
  static NurseOverride override(Intake intake) {
    return intake.finalUrgency()
        .map(to -> new NurseOverride(
            UrgencyLevel.valueOf(intake.assessedUrgency().name()),
            UrgencyLevel.valueOf(to.name()),
            (intake.isBelowRedFlag() ? BELOW_RED_FLAG : "") + intake.overrideReason().orElse(""),
            intake.reviewedBy().orElse(null),
            intake.reviewedAt().orElse(null)))
        .orElse(null);
  }

  /** SEEN is the reporting model's CLOSED (seen and off the queue). */
  static QueueStatus status(IntakeStatus status) {
    return status == IntakeStatus.SEEN ? QueueStatus.CLOSED : QueueStatus.valueOf(status.name());
  }

  static org.triagedesk.reporting.model.VitalSigns vitals(VitalSigns vitals) {
    if (vitals.isEmpty()) {
      return null;
    }
    return new org.triagedesk.reporting.model.VitalSigns(
        vitals.heartRate(),
        vitals.respiratoryRate(),
        vitals.spo2(),
        vitals.systolicBpRight(),
        vitals.systolicBpLeft(),
        vitals.temperatureC() == null ? null : vitals.temperatureC().doubleValue());
  }

  private static String evidence(Intake intake) {
    return "red flags: "
        + (intake.redFlags().isEmpty() ? "none" : String.join(", ", intake.redFlags()))
        + "; likely causes: "
        + (intake.topCauses().isEmpty() ? "none" : String.join(", ", intake.topCauses()));
  }
}
