package org.triagedesk.intake.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.triagedesk.assessment.Urgency;
import org.triagedesk.intake.domain.intake.Intake;

/** One line of the nurses' queue. {@code unsure}: urgent questions the patient answered "not sure". */
public record QueueEntry(
    long id,
    String ticket,
    String givenName,
    String familyName,
    LocalDate birthDate,
    int age,
    String language,
    String phone,
    Instant arrivedAt,
    long waitingMinutes,
    Urgency urgency,
    Urgency assessedUrgency,
    List<String> redFlags,
    List<String> topCauses,
    List<String> unsure,
    String status,
    String submittedVia,
    String submittedBy) {

  static QueueEntry of(Intake intake, Instant now) {
    var patient = intake.patient();
    return new QueueEntry(
        intake.id(),
        intake.ticket().code(),
        patient.givenName(),
        patient.familyName(),
        patient.birthDate(),
        patient.ageOn(LocalDate.ofInstant(intake.arrivedAt(), java.time.ZoneOffset.UTC)),
        patient.language(),
        patient.phone(),
        intake.arrivedAt(),
        Duration.between(intake.arrivedAt(), now).toMinutes(),
        intake.finalUrgency(),
        intake.assessedUrgency(),
        intake.redFlags(),
        intake.topCauses(),
        intake.unsure(),
        intake.status().name(),
        intake.submitter().channel().name(),
        intake.submitter().name());
  }
}
