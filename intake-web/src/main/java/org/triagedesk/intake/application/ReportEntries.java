package org.triagedesk.intake.application;

import java.time.LocalDate;
import java.time.ZoneId;
import org.triagedesk.intake.domain.intake.Intake;
import org.triagedesk.reporting.model.PatientIdentity;
import org.triagedesk.reporting.model.QueueEntry;
import org.triagedesk.reporting.model.QueueStatus;
import org.triagedesk.reporting.model.UrgencyLevel;

/**
 * Translates an intake into the reporting library's model. What the application does not record yet
 * (triage, call and close times, overrides, vital signs, site) stays empty; the workbook marks it so.
 */
final class ReportEntries {

  private ReportEntries() {}

  static QueueEntry toQueueEntry(Intake intake, ZoneId zone) {
    var patient = intake.patient();
    return new QueueEntry(
        intake.ticket().code(),
        null,
        intake.arrivedAt(),
        null,
        null,
        null,
        UrgencyLevel.valueOf(intake.assessedUrgency().name()),
        UrgencyLevel.valueOf(intake.finalUrgency().name()),
        intake.redFlags(),
        intake.topCauses(),
        null,
        QueueStatus.valueOf(intake.status().name()),
        patient.language(),
        new PatientIdentity(patient.givenName(), patient.familyName(), patient.birthDate()),
        patient.ageOn(LocalDate.ofInstant(intake.arrivedAt(), zone)),
        null,
        evidence(intake));
  }

  private static String evidence(Intake intake) {
    return "red flags: "
        + (intake.redFlags().isEmpty() ? "none" : String.join(", ", intake.redFlags()))
        + "; likely causes: "
        + (intake.topCauses().isEmpty() ? "none" : String.join(", ", intake.topCauses()));
  }
}
