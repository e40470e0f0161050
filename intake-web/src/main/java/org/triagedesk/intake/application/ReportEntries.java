package org.triagedesk.intake.application;

import java.time.ZoneId;
import org.triagedesk.assessment.Urgency;
import org.triagedesk.intake.domain.intake.Intake;
import org.triagedesk.intake.domain.intake.IntakeStatus;
import org.triagedesk.intake.domain.intake.VitalSigns;
import org.triagedesk.reporting.model.NurseOverride;
import org.triagedesk.reporting.model.PatientIdentity;
import org.triagedesk.reporting.model.QueueEntry;
import org.triagedesk.reporting.model.QueueStatus;
import org.triagedesk.reporting.model.UrgencyLevel;

/**
 * The one seam between an intake and the reporting library's model. The final urgency and the
 * override stay empty until a nurse confirms or overrides (the workbook then says "not reviewed"
 * rather than claiming a review); the site is not recorded yet. The enums are mapped here by
 * exhaustive switches, never by name, so that a new constant on either side does not compile
 * (engine side) or fails {@code ReportEntriesTest} (reporting side) until it is mapped.
 */
final class ReportEntries {

  /**
   * Marks an override a nurse confirmed below a fired red flag's minimum; the Overrides sheet shows
   * it.
   */
  static final String BELOW_RED_FLAG = "[below red-flag minimum, confirmed] ";

  private ReportEntries() {}

  /**
   * @param clinicZone the clinic's zone, in which the patient's age on arrival is counted
   */
  static QueueEntry toQueueEntry(Intake intake, ZoneId clinicZone) {
    var patient = intake.patient();
    return QueueEntry.arrived(intake.arrivedAt(), urgencyLevel(intake.assessedUrgency()))
        .ticket(intake.ticket().code())
        .triagedAt(intake.triagedAt().orElse(null))
        .calledAt(intake.calledAt().orElse(null))
        .closedAt(intake.closedAt().orElse(null))
        .finalUrgency(intake.finalUrgency().map(ReportEntries::urgencyLevel).orElse(null))
        .redFlags(intake.redFlags())
        .topCauses(intake.topCauses())
        .override(override(intake))
        .status(queueStatus(intake.status()))
        .language(patient.language())
        .patient(
            new PatientIdentity(patient.givenName(), patient.familyName(), patient.birthDate()))
        .ageAtArrival(intake.ageOnArrival(clinicZone))
        .vitalSigns(vitals(intake.vitals()))
        .engineEvidence(evidence(intake))
        .alertRaisedAt(intake.alertRaisedAt().orElse(null))
        .alertAcknowledgedAt(intake.alertAcknowledgedAt().orElse(null))
        .build();
  }

  /**
   * The nurse's decision, when there is one; a confirmation is an override from and to the same
   * level.
   */
  static NurseOverride override(Intake intake) {
    return intake
        .finalUrgency()
        .map(
            to ->
                new NurseOverride(
                    urgencyLevel(intake.assessedUrgency()),
                    urgencyLevel(to),
                    (intake.isBelowRedFlag() ? BELOW_RED_FLAG : "")
                        + intake.overrideReason().orElse(""),
                    intake.reviewedBy().orElse(null),
                    intake.reviewedAt().orElse(null)))
        .orElse(null);
  }

  /** The engine's urgency in the reports' words: the same five levels, most urgent first. */
  static UrgencyLevel urgencyLevel(Urgency urgency) {
    return switch (urgency) {
      case EMERGENCY -> UrgencyLevel.EMERGENCY;
      case URGENT -> UrgencyLevel.URGENT;
      case SOON -> UrgencyLevel.SOON;
      case ROUTINE -> UrgencyLevel.ROUTINE;
      case SELF_CARE -> UrgencyLevel.SELF_CARE;
    };
  }

  /** SEEN is the reporting model's CLOSED (seen and off the queue). */
  static QueueStatus queueStatus(IntakeStatus status) {
    return switch (status) {
      case WAITING -> QueueStatus.WAITING;
      case CALLED -> QueueStatus.CALLED;
      case IN_TRIAGE -> QueueStatus.IN_TRIAGE;
      case SEEN -> QueueStatus.CLOSED;
      case LEFT_WITHOUT_BEING_SEEN -> QueueStatus.LEFT_WITHOUT_BEING_SEEN;
    };
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
