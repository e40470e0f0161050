package org.triagedesk.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.transaction.Transactional;
import org.triagedesk.assessment.protocol.Protocol;
import org.triagedesk.intake.domain.audit.AuditAction;
import org.triagedesk.intake.domain.audit.Outcome;
import org.triagedesk.intake.domain.intake.Intake;
import org.triagedesk.intake.domain.intake.IntakeRepository;

/**
 * Hands an intake over to another system (the EHR): the intake in full as plain values, and the
 * protocol it was asked with. The wire format (FHIR R4) is the interfaces layer's business: this
 * use case only reads and audits, as every view of patient data is.
 */
@ApplicationScoped
public class IntakeExchange {

  @Inject IntakeRepository intakes;
  @Inject IntakeDetails details;
  @Inject AssessmentService assessments;
  @Inject Audit audit;
  @Inject Jsonb jsonb;

  /** One intake in full; the export is audited (who, which intake, in what format). */
  @Transactional
  public IntakeRecord export(long id, String format, Caller viewer) {
    Intake intake = intakes.find(id).orElse(null);
    if (intake == null) {
      audit.recordRefusal(viewer, AuditAction.INTAKE_EXPORTED, id, "no such intake");
      throw new UnknownResource("No intake " + id + ".");
    }
    audit.record(viewer, AuditAction.INTAKE_EXPORTED, id, Outcome.SUCCESS, "format=" + format);
    return record(intake);
  }

  /** The protocol an intake names, for the Questionnaire its answers point at. */
  public Protocol protocol(String protocolId) {
    return assessments.protocol(protocolId);
  }

  IntakeRecord record(Intake intake) {
    var patient = intake.patient();
    return new IntakeRecord(
        intake.id(),
        intake.ticket().code(),
        intake.arrivedAt(),
        intake.status().name(),
        intake.closedAt().orElse(null),
        new IntakeRecord.Patient(
            patient.givenName(),
            patient.familyName(),
            patient.birthDate(),
            patient.language(),
            patient.phone()),
        intake.protocolId(),
        intake.protocolVersion(),
        details.answers(intake),
        intake.unsure(),
        jsonb.fromJson(intake.assessmentJson(), AssessmentDocument.class),
        intake.vitalsAt().orElse(intake.arrivedAt()),
        intake.finalUrgency().orElse(null),
        intake.overrideReason().orElse(null),
        intake.reviewedBy().orElse(null),
        intake.reviewedAt().orElse(null),
        intake.vitals().asAnswers(),
        intake.vitalsAt().orElse(null),
        intake.vitalsBy().orElse(null),
        intake.alertRaisedAt().orElse(null),
        intake.alertAcknowledgedAt().orElse(null),
        intake.alertAcknowledgedBy().orElse(null),
        IntakeDetails.history(intake),
        ProtocolWording.CAUSE_NAMES);
  }
}
