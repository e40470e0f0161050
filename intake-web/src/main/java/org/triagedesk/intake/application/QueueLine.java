package org.triagedesk.intake.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.triagedesk.assessment.Urgency;
import org.triagedesk.intake.domain.intake.Intake;

/**
 * One line of the nurses' queue. Ids (red flags, causes) are there for integrators; the names
 * beside them are the clinical words staff read. {@code age} is on arrival, on the clinic's
 * calendar (the report's too). {@code urgency} is the one the queue acts on; {@code finalUrgency}
 * is empty until a nurse confirms or overrides. {@code version} goes back with every nurse action.
 * {@code unsure}: urgent questions the patient answered "not sure" (assessed as yes).
 */
public record QueueLine(
    long id,
    long version,
    String ticket,
    String givenName,
    String familyName,
    LocalDate birthDate,
    int age,
    String language,
    String phone,
    Instant arrivedAt,
    long waitingMinutes,
    int waitTargetMinutes,
    String waitState,
    Urgency urgency,
    Urgency assessedUrgency,
    Urgency finalUrgency,
    boolean reviewed,
    boolean belowRedFlag,
    List<String> redFlags,
    List<String> redFlagNames,
    List<String> topCauses,
    List<String> causeNames,
    List<String> unsure,
    String status,
    Instant calledAt,
    Instant triagedAt,
    Instant closedAt,
    boolean alertOpen,
    String submittedVia,
    String submittedBy) {

  static QueueLine of(
      Intake intake, Clock clinicClock, WaitTargets targets, ProtocolWording wording) {
    Instant now = clinicClock.instant();
    var patient = intake.patient();
    // The wait ends when the patient is taken into triage (or leaves); it does not grow after.
    Instant waitEnd = intake.triagedAt().or(intake::closedAt).orElse(now);
    long waited = Math.max(0, Duration.between(intake.arrivedAt(), waitEnd).toMinutes());
    Urgency urgency = intake.urgency();
    return new QueueLine(
        intake.id(),
        intake.version(),
        intake.ticket().code(),
        patient.givenName(),
        patient.familyName(),
        patient.birthDate(),
        intake.ageOnArrival(clinicClock.getZone()),
        patient.language(),
        patient.phone(),
        intake.arrivedAt(),
        waited,
        targets.minutes(urgency),
        targets.state(urgency, waited),
        urgency,
        intake.assessedUrgency(),
        intake.finalUrgency().orElse(null),
        intake.finalUrgency().isPresent(),
        intake.isBelowRedFlag(),
        intake.redFlags(),
        wording.redFlags(intake.redFlags()),
        intake.topCauses(),
        ProtocolWording.causes(intake.topCauses()),
        intake.unsure(),
        intake.status().name(),
        intake.calledAt().orElse(null),
        intake.triagedAt().orElse(null),
        intake.closedAt().orElse(null),
        intake.hasOpenAlert(),
        intake.submitter().channel().name(),
        intake.submitter().name());
  }
}
