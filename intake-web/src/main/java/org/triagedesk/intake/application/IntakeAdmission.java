package org.triagedesk.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triagedesk.assessment.protocol.Protocol;
import org.triagedesk.assessment.protocol.QuestionType;
import org.triagedesk.assessment.protocol.Section;
import org.triagedesk.intake.domain.audit.AuditAction;
import org.triagedesk.intake.domain.audit.Outcome;
import org.triagedesk.intake.domain.intake.AssessmentRecord;
import org.triagedesk.intake.domain.intake.Intake;
import org.triagedesk.intake.domain.intake.IntakeRepository;
import org.triagedesk.intake.domain.intake.PatientDetails;
import org.triagedesk.intake.domain.intake.SubmissionKey;
import org.triagedesk.intake.domain.intake.Submitter;

/**
 * The transactions of {@link IntakeService}: storing one intake (assessment, intake and audit
 * record together, or nothing), and finding the one already stored under an Idempotency-Key. A bean
 * of its own because a failed store must end its transaction before the look-up that follows it
 * starts a new one.
 */
@ApplicationScoped
public class IntakeAdmission {

  /** The protocol question the engine needs; the kiosk takes it from the birth date. */
  static final String AGE = "age";

  @Inject AssessmentService assessments;
  @Inject IntakeRepository intakes;
  @Inject Jsonb jsonb;
  @Inject Clock clock;
  @Inject Audit audit;

  /**
   * @throws org.triagedesk.intake.domain.intake.SubmissionKeyTaken when another request stored an
   *     intake under the same key first
   */
  @Transactional
  public SubmittedIntake admit(NewIntake submission, Caller submittedBy, SubmissionKey key) {
    Instant now = clock.instant();
    PatientDetails patient =
        new PatientDetails(
                submission.givenName(),
                submission.familyName(),
                submission.birthDate(),
                submission.language())
            .withPhone(submission.phone());
    Protocol protocol = assessments.protocol(submission.protocol());
    checkUnsure(protocol, submission);
    Map<String, Object> answers =
        protocol.question(AGE).isPresent()
            ? withAge(submission.answers(), patient.ageAt(now, clock.getZone()))
            : submission.answers();
    AssessmentDocument assessment = assessments.assess(submission.protocol(), answers);
    Intake intake =
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
                submitterOf(submittedBy))
            .unsureOf(submission.unsure());
    if (key != null) {
      intake.submittedUnder(key);
    }
    intakes.store(intake);
    audit.record(
        submittedBy,
        AuditAction.INTAKE_SUBMITTED,
        intake.id(),
        Outcome.SUCCESS,
        "protocol="
            + assessment.protocol()
            + " urgency="
            + assessment.urgency()
            + (key == null ? "" : " idempotency-key"));
    return SubmittedIntake.of(intake.id(), intake.ticket().code(), assessment);
  }

  /**
   * The intake already stored under this key, as it was first answered.
   *
   * @throws SubmissionKeyReused if the key belongs to a different submission
   */
  @Transactional
  public Optional<SubmittedIntake> earlier(SubmissionKey key) {
    return intakes
        .findBySubmissionKey(key.key())
        .map(
            intake -> {
              if (!intake.submissionKey().map(key::sameSubmissionAs).orElse(false)) {
                throw new SubmissionKeyReused();
              }
              return SubmittedIntake.of(
                  intake.id(),
                  intake.ticket().code(),
                  jsonb.fromJson(intake.assessmentJson(), AssessmentDocument.class));
            });
  }

  /** "Not sure" is only an answer to an urgent yes/no question, and is assessed as yes. */
  private static void checkUnsure(Protocol protocol, NewIntake submission) {
    List<String> urgentYesNo =
        protocol.sections().stream()
            .filter(Section::urgentScreen)
            .flatMap(section -> section.questions().stream())
            .filter(question -> question.type() == QuestionType.BOOLEAN)
            .map(question -> question.id())
            .toList();
    Map<String, String> problems = new LinkedHashMap<>();
    for (String id : submission.unsure()) {
      if (!urgentYesNo.contains(id)) {
        problems.put("unsure", "'" + id + "' is not a yes/no question of the urgent check");
      } else if (!Boolean.TRUE.equals(submission.answers().get(id))) {
        problems.put(
            "unsure", "'" + id + "' must also be answered true: not sure is assessed as yes");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequest("The request has invalid fields.", problems);
    }
  }

  static Submitter submitterOf(Caller actor) {
    return actor.isKiosk()
        ? Submitter.kiosk(actor.name().substring(Caller.KIOSK_PREFIX.length()))
        : Submitter.nurse(actor.name());
  }

  /**
   * The patient's age at arrival (on the clinic's calendar), from the birth date, unless the
   * answers already give it (an API client that knows no birth date; the kiosk never sends it).
   */
  private static Map<String, Object> withAge(Map<String, Object> answers, int ageOnArrival) {
    Map<String, Object> complete = new LinkedHashMap<>(answers);
    if (complete.get(AGE) == null) {
      complete.put(AGE, ageOnArrival);
    }
    return complete;
  }
}
