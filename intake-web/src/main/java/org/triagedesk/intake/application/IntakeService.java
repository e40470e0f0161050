package org.triagedesk.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.triagedesk.intake.domain.intake.AssessmentRecord;
import org.triagedesk.intake.domain.intake.Intake;
import org.triagedesk.intake.domain.intake.IntakeRepository;
import org.triagedesk.intake.domain.intake.PatientDetails;
import org.triagedesk.intake.domain.intake.Submitter;
import org.triagedesk.intake.domain.audit.AuditAction;
import org.triagedesk.intake.domain.audit.Outcome;

/**
 * Receives an intake from an enrolled kiosk or a nurse at the desk: assesses it and stores patient, answers,
 * assessment, who submitted it and the audit record in one transaction.
 */
@ApplicationScoped
public class IntakeService {

  /** The protocol question the engine needs; the kiosk takes it from the birth date. */
  static final String AGE = "age";

  @Inject AssessmentService assessments;
  @Inject IntakeRepository intakes;
  @Inject Jsonb jsonb;
  @Inject Clock clock;
  @Inject Audit audit;

  @Transactional
  public SubmittedIntake submit(NewIntake submission, Caller submittedBy) {
    Instant now = clock.instant();
    PatientDetails patient =
        new PatientDetails(
            submission.givenName().strip(),
            submission.familyName().strip(),
            submission.birthDate(),
            submission.language());
    Map<String, Object> answers =
        assessments.protocol(submission.protocol()).question(AGE).isPresent()
            ? withAge(submission.answers(), patient, LocalDate.ofInstant(now, clock.getZone()))
            : submission.answers();
    AssessmentDocument assessment = assessments.assess(submission.protocol(), answers);
    Intake intake =
        intakes.store(
            new Intake(
                patient,
                now,
                new AssessmentRecord(
                    assessment.protocol(),
                    assessment.protocolVersion(),
                    assessment.urgency(),
                    assessment.redFlagIds(),
                    assessment.topCauses(),
                    jsonb.toJson(assessment)),
                jsonb.toJson(answers),
                submitterOf(submittedBy)));
    audit.record(submittedBy, AuditAction.INTAKE_SUBMITTED, intake.id(), Outcome.SUCCESS,
        "protocol=" + assessment.protocol() + " urgency=" + assessment.urgency());
    return new SubmittedIntake(intake.id(), intake.ticket().code(), assessment);
  }

  static Submitter submitterOf(Caller actor) {
    return actor.isKiosk()
        ? Submitter.kiosk(actor.name().substring(Caller.KIOSK_PREFIX.length()))
        : Submitter.nurse(actor.name());
  }

  /** The patient's age at arrival, from the birth date, unless the answers already give it. */
  private static Map<String, Object> withAge(
      Map<String, Object> answers, PatientDetails patient, LocalDate today) {
    Map<String, Object> complete = new LinkedHashMap<>(answers);
    if (complete.get(AGE) == null) {
      complete.put(AGE, patient.ageOn(today));
    }
    return complete;
  }
}
