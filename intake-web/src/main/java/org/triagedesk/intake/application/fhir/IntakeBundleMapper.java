package org.triagedesk.intake.application.fhir;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.triagedesk.assessment.Urgency;
import org.triagedesk.assessment.protocol.Protocol;
import org.triagedesk.assessment.protocol.Question;
import org.triagedesk.assessment.protocol.QuestionType;
import org.triagedesk.assessment.protocol.Section;
import org.triagedesk.intake.application.AssessmentDocument;
import org.triagedesk.intake.application.IntakeDetail.HistoryLine;
import org.triagedesk.intake.application.IntakeRecord;

/**
 * An intake as a FHIR R4 collection Bundle: Patient, Encounter (with the clinic's status history),
 * QuestionnaireResponse (every answer, pointing at the protocol's Questionnaire), RiskAssessment
 * (the engine's urgency and ranked causes, its basis the answers, red flags and vital signs), one
 * Flag per fired red flag, an Observation per vital sign the nurse measured, and a Provenance per
 * change a nurse made. Every entry has a stable urn:uuid, so references resolve inside the Bundle.
 */
public final class IntakeBundleMapper {

  static final String ENGINE = "Triage Desk assessment engine";

  private IntakeBundleMapper() {}

  /**
   * One vital sign: its question id, LOINC code and name, UCUM unit, and the specific R4 profile.
   */
  record VitalSign(
      String id,
      String loinc,
      String name,
      String ucum,
      String unit,
      String profile,
      String site,
      String siteName) {}

  static final List<VitalSign> VITAL_SIGNS =
      List.of(
          new VitalSign(
              "heart_rate",
              "8867-4",
              "Heart rate",
              "/min",
              "beats/minute",
              "heartrate",
              null,
              null),
          new VitalSign(
              "respiratory_rate",
              "9279-1",
              "Respiratory rate",
              "/min",
              "breaths/minute",
              "resprate",
              null,
              null),
          new VitalSign(
              "spo2",
              "59408-5",
              "Oxygen saturation in Arterial blood by Pulse oximetry",
              "%",
              "%",
              "oxygensat",
              null,
              null),
          new VitalSign(
              "systolic_bp_right",
              "8480-6",
              "Systolic blood pressure",
              "mm[Hg]",
              "mmHg",
              null,
              "368209003",
              "Right upper arm"),
          new VitalSign(
              "systolic_bp_left",
              "8480-6",
              "Systolic blood pressure",
              "mm[Hg]",
              "mmHg",
              null,
              "368208006",
              "Left upper arm"),
          new VitalSign(
              "temperature_c", "8310-5", "Body temperature", "Cel", "C", "bodytemp", null, null));

  public static Bundle toFhirResource(IntakeRecord intake, Protocol protocol, Instant exportedAt) {
    Bundle bundle = new Bundle();
    bundle.setId(FhirIds.uuid(intake.id(), "bundle"));
    bundle.setType(BundleType.COLLECTION);
    bundle.setIdentifier(
        new org.hl7.fhir.r4.model.Identifier()
            .setSystem(FhirCodes.INTAKE)
            .setValue(Long.toString(intake.id())));
    bundle.setTimestamp(Date.from(exportedAt));

    Patient patient = patient(intake);
    Reference subject = ref(patient, null);
    Encounter encounter = encounter(intake, protocol, subject);
    Reference visit = ref(encounter, "Visit, ticket " + intake.ticket());
    QuestionnaireResponse response = questionnaireResponse(intake, protocol, subject, visit);
    List<Flag> flags = flags(intake, subject, visit, ref(response, "The patient's answers"));
    List<Observation> vitals = vitalSigns(intake, subject, visit);
    RiskAssessment risk = riskAssessment(intake, protocol, subject, visit, response, flags, vitals);
    List<Provenance> provenance = provenance(intake, encounter, risk, vitals);

    add(bundle, patient);
    add(bundle, encounter);
    add(bundle, response);
    add(bundle, risk);
    flags.forEach(flag -> add(bundle, flag));
    vitals.forEach(observation -> add(bundle, observation));
    provenance.forEach(p -> add(bundle, p));
    return bundle;
  }

  // ---- Patient and Encounter
  // ---------------------------------------------------------------------------

  private static Patient patient(IntakeRecord intake) {
    Patient patient = new Patient();
    patient.setId(FhirIds.uuid(intake.id(), "patient"));
    IntakeRecord.Patient who = intake.patient();
    patient
        .addName()
        .setUse(HumanName.NameUse.OFFICIAL)
        .setFamily(who.familyName())
        .addGiven(who.givenName());
    // As the date the patient gave, never shifted by the server's time zone.
    patient.getBirthDateElement().setValueAsString(who.birthDate().toString());
    gender(intake).ifPresent(patient::setGender);
    if (who.phone() != null) {
      patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(who.phone());
    }
    patient
        .addCommunication()
        .setPreferred(true)
        .setLanguage(
            new CodeableConcept(
                new Coding(
                    FhirCodes.LANGUAGE,
                    who.language(),
                    "es".equals(who.language()) ? "Spanish" : "English")));
    return patient;
  }

  /** Sex registered at birth when the patient gave it (the protocol's {@code sex} question). */
  private static java.util.Optional<AdministrativeGender> gender(IntakeRecord intake) {
    Object sex = intake.answers().get("sex");
    return java.util.Optional.ofNullable(
        sex == null
            ? null
            : switch (String.valueOf(sex)) {
              case "female" -> AdministrativeGender.FEMALE;
              case "male" -> AdministrativeGender.MALE;
              case "intersex" -> AdministrativeGender.OTHER;
              default -> AdministrativeGender.UNKNOWN;
            });
  }

  static EncounterStatus encounterStatus(String clinicStatus) {
    return switch (clinicStatus) {
      case "WAITING", "CALLED" -> EncounterStatus.ARRIVED;
      case "IN_TRIAGE" -> EncounterStatus.INPROGRESS;
      case "SEEN" -> EncounterStatus.FINISHED;
      case "LEFT_WITHOUT_BEING_SEEN" -> EncounterStatus.CANCELLED;
      default -> EncounterStatus.UNKNOWN;
    };
  }

  private static Encounter encounter(IntakeRecord intake, Protocol protocol, Reference subject) {
    Encounter encounter = new Encounter();
    encounter.setId(FhirIds.uuid(intake.id(), "encounter"));
    encounter.addIdentifier().setSystem(FhirCodes.TICKET).setValue(intake.ticket());
    encounter.addIdentifier().setSystem(FhirCodes.INTAKE).setValue(Long.toString(intake.id()));
    encounter.setStatus(encounterStatus(intake.status()));
    encounter.setClass_(new Coding(FhirCodes.ACT_CODE, "AMB", "ambulatory"));
    encounter.setSubject(subject);
    encounter.setPriority(priority(intake.urgency()));
    Period period = new Period().setStart(Date.from(intake.arrivedAt()));
    if (intake.closedAt() != null) {
      period.setEnd(Date.from(intake.closedAt()));
    }
    encounter.setPeriod(period);
    encounter
        .addReasonCode()
        .setText(protocol == null ? intake.protocolId() : protocol.title().in("en"));
    // The clinic's statuses, each with when it began and ended (an undo of a move counts as a
    // move).
    List<String> statuses = new ArrayList<>();
    List<Instant> starts = new ArrayList<>();
    statuses.add("WAITING");
    starts.add(intake.arrivedAt());
    for (HistoryLine line : intake.history()) {
      boolean move =
          "STATUS".equals(line.kind())
              || ("UNDONE".equals(line.kind()) && "STATUS".equals(line.detail()));
      if (move && line.after() != null) {
        statuses.add(line.after());
        starts.add(line.at());
      }
    }
    for (int i = 0; i < statuses.size(); i++) {
      Period when = new Period().setStart(Date.from(starts.get(i)));
      if (i + 1 < statuses.size()) {
        when.setEnd(Date.from(starts.get(i + 1)));
      }
      encounter.addStatusHistory().setStatus(encounterStatus(statuses.get(i))).setPeriod(when);
    }
    return encounter;
  }

  /** The urgency the clinic acts on, in this application's codes and in HL7's ActPriority. */
  static CodeableConcept priority(Urgency urgency) {
    CodeableConcept priority = new CodeableConcept(urgency(urgency));
    String[] act =
        switch (urgency) {
          case EMERGENCY -> new String[] {"EM", "emergency"};
          case URGENT -> new String[] {"UR", "urgent"};
          case SOON -> new String[] {"A", "ASAP"};
          case ROUTINE -> new String[] {"R", "routine"};
          case SELF_CARE -> new String[] {"EL", "elective"};
        };
    priority.addCoding(new Coding(FhirCodes.ACT_PRIORITY, act[0], act[1]));
    priority.setText(words(urgency.name()));
    return priority;
  }

  static Coding urgency(Urgency urgency) {
    return new Coding(FhirCodes.URGENCY, urgency.name(), words(urgency.name()));
  }

  // ---- QuestionnaireResponse
  // ---------------------------------------------------------------------------

  private static QuestionnaireResponse questionnaireResponse(
      IntakeRecord intake, Protocol protocol, Reference subject, Reference visit) {
    QuestionnaireResponse response = new QuestionnaireResponse();
    response.setId(FhirIds.uuid(intake.id(), "answers"));
    response.setIdentifier(
        new org.hl7.fhir.r4.model.Identifier()
            .setSystem(FhirCodes.INTAKE)
            .setValue(Long.toString(intake.id())));
    response.setQuestionnaire(
        FhirCodes.questionnaire(intake.protocolId()) + "|" + intake.protocolVersion());
    response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    response.setSubject(subject);
    response.setEncounter(visit);
    response.setSource(subject);
    response.setAuthored(Date.from(intake.arrivedAt()));
    response.setLanguage(intake.patient().language());
    if (protocol == null) {
      // A withdrawn protocol: the answers still go over, by id, with their plain values.
      intake.answers().forEach((id, value) -> response.addItem(item(id, id, plainAnswers(value))));
      return response;
    }
    for (Section section : protocol.sections()) {
      QuestionnaireResponseItemComponent group = null;
      for (Question question : section.questions()) {
        Object value = intake.answers().get(question.id());
        if (value == null) {
          continue;
        }
        if (group == null) {
          group = response.addItem().setLinkId(section.id()).setText(section.title().in("en"));
        }
        group.addItem(
            item(question.id(), question.text().in("en"), answers(protocol, question, value)));
      }
    }
    return response;
  }

  private static QuestionnaireResponseItemComponent item(
      String linkId, String text, List<Type> values) {
    QuestionnaireResponseItemComponent item =
        new QuestionnaireResponseItemComponent().setLinkId(linkId).setText(text);
    values.forEach(v -> item.addAnswer().setValue(v));
    return item;
  }

  private static List<Type> answers(Protocol protocol, Question question, Object value) {
    if (question.type() == QuestionType.MULTI && value instanceof List<?> list) {
      return list.stream().map(v -> QuestionnaireMapper.answer(protocol, question, v)).toList();
    }
    return List.of(QuestionnaireMapper.answer(protocol, question, value));
  }

  private static List<Type> plainAnswers(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().flatMap(v -> plainAnswers(v).stream()).toList();
    }
    if (value instanceof Boolean b) {
      return List.of(new BooleanType(b));
    }
    if (value instanceof Number n) {
      BigDecimal d = QuestionnaireMapper.decimal(n);
      return List.of(d.scale() <= 0 ? new IntegerType(d.intValue()) : new DecimalType(d));
    }
    return List.of(new StringType(String.valueOf(value)));
  }

  // ---- RiskAssessment and Flags
  // --------------------------------------------------------------------------

  private static List<Flag> flags(
      IntakeRecord intake, Reference subject, Reference visit, Reference answers) {
    List<Flag> flags = new ArrayList<>();
    boolean open = List.of("WAITING", "CALLED", "IN_TRIAGE").contains(intake.status());
    for (AssessmentDocument.RedFlag fired : intake.assessment().redFlags()) {
      Flag flag = new Flag();
      flag.setId(FhirIds.uuid(intake.id(), "red-flag:" + fired.id()));
      flag.setStatus(open ? Flag.FlagStatus.ACTIVE : Flag.FlagStatus.INACTIVE);
      flag.addCategory(
          new CodeableConcept(
              new Coding(
                  "http://terminology.hl7.org/CodeSystem/flag-category", "clinical", "Clinical")));
      String description =
          fired.description() == null
              ? fired.id()
              : fired.description().getOrDefault("en", fired.id());
      flag.setCode(
          new CodeableConcept(new Coding(FhirCodes.RED_FLAG, fired.id(), description))
              .setText(
                  description
                      + (fired.minimumUrgency() == null
                          ? ""
                          : " (at least " + words(fired.minimumUrgency().name()) + ")")));
      flag.setSubject(subject);
      flag.setEncounter(visit);
      flag.setPeriod(new Period().setStart(Date.from(intake.assessedAt())));
      flag.setAuthor(new Reference().setDisplay(ENGINE));
      // The answers that fired it: the patient's QuestionnaireResponse, the items named in its
      // display.
      flag.addExtension(
          FhirCodes.FLAG_DETAIL,
          answers.copy().setDisplay("Fired by " + evidence(fired.triggeredBy())));
      flags.add(flag);
    }
    return flags;
  }

  private static RiskAssessment riskAssessment(
      IntakeRecord intake,
      Protocol protocol,
      Reference subject,
      Reference visit,
      QuestionnaireResponse response,
      List<Flag> flags,
      List<Observation> vitals) {
    AssessmentDocument assessment = intake.assessment();
    RiskAssessment risk = new RiskAssessment();
    risk.setId(FhirIds.uuid(intake.id(), "risk"));
    risk.setStatus(RiskAssessment.RiskAssessmentStatus.FINAL);
    risk.setMethod(
        new CodeableConcept(new Coding(FhirCodes.PROTOCOL, intake.protocolId(), null))
            .setText(
                "Triage Desk protocol " + intake.protocolId() + " " + intake.protocolVersion()));
    risk.setCode(
        new CodeableConcept()
            .setText("Triage urgency and likely cause categories (never a diagnosis)"));
    risk.setSubject(subject);
    risk.setEncounter(visit);
    risk.setOccurrence(new DateTimeType(Date.from(intake.assessedAt())));
    risk.setPerformer(new Reference().setDisplay(ENGINE));
    // basis: the answers behind the result, each red flag that fired, and the vital signs the
    // engine re-ran on.
    Map<String, Object> behind = new LinkedHashMap<>();
    assessment.redFlags().forEach(f -> behind.putAll(f.triggeredBy()));
    assessment.causes().forEach(c -> behind.putAll(c.raisedBy()));
    risk.addBasis(
        ref(response, behind.isEmpty() ? "The patient's answers" : "Answers: " + evidence(behind)));
    flags.forEach(flag -> risk.addBasis(ref(flag, flag.getCode().getCodingFirstRep().getCode())));
    vitals.forEach(o -> risk.addBasis(ref(o, o.getCode().getText())));
    risk.addPrediction()
        .setOutcome(
            new CodeableConcept(urgency(assessment.urgency()))
                .setText("Urgency: " + words(assessment.urgency().name())))
        .setRationale(
            assessment.redFlags().isEmpty()
                ? "From the protocol's rules; no red flag fired"
                : "Red flags: " + String.join(", ", assessment.redFlagIds()));
    int rank = 1;
    for (AssessmentDocument.Cause cause : assessment.causes()) {
      String name = intake.causeName(cause.category());
      risk.addPrediction()
          .setOutcome(
              new CodeableConcept(new Coding(FhirCodes.CAUSE_CATEGORY, cause.category(), name))
                  .setText(name))
          .setRationale(
              "Rank "
                  + rank++
                  + ", score "
                  + BigDecimal.valueOf(cause.score()).stripTrailingZeros().toPlainString()
                  + (cause.raisedBy().isEmpty() ? "" : "; raised by " + evidence(cause.raisedBy()))
                  + (cause.loweredBy().isEmpty()
                      ? ""
                      : "; lowered by " + evidence(cause.loweredBy())));
    }
    risk.setMitigation(
        assessment.advice() == null || assessment.advice().urgencyMessage() == null
            ? null
            : assessment.advice().urgencyMessage().get("en"));
    if (!intake.unsure().isEmpty()) {
      risk.addNote()
          .setText("Answered 'not sure', assessed as yes: " + String.join(", ", intake.unsure()));
    }
    if (intake.finalUrgency() != null) {
      risk.addNote()
          .setText(
              "Nurse's final urgency: "
                  + words(intake.finalUrgency().name())
                  + (intake.overrideReason() == null ? "" : " (" + intake.overrideReason() + ")"));
    }
    return risk;
  }

  // ---- Observations (vital signs)
  // --------------------------------------------------------------------

  private static List<Observation> vitalSigns(
      IntakeRecord intake, Reference subject, Reference visit) {
    List<Observation> observations = new ArrayList<>();
    for (VitalSign sign : VITAL_SIGNS) {
      Object value = intake.vitals().get(sign.id());
      if (value == null) {
        continue;
      }
      Observation observation = new Observation();
      observation.setId(FhirIds.uuid(intake.id(), "vital:" + sign.id()));
      observation.getMeta().addProfile("http://hl7.org/fhir/StructureDefinition/vitalsigns");
      if (sign.profile() != null) {
        observation
            .getMeta()
            .addProfile("http://hl7.org/fhir/StructureDefinition/" + sign.profile());
      }
      observation.setStatus(Observation.ObservationStatus.FINAL);
      observation.addCategory(
          new CodeableConcept(
                  new Coding(FhirCodes.OBSERVATION_CATEGORY, "vital-signs", "Vital Signs"))
              .setText("Vital Signs"));
      CodeableConcept code =
          new CodeableConcept(new Coding(FhirCodes.LOINC, sign.loinc(), sign.name()));
      if (sign.id().equals("spo2")) {
        // The R4 oxygen saturation profile asks for the generic SpO2 code beside the pulse-oximetry
        // one.
        code.addCoding(
            new Coding(FhirCodes.LOINC, "2708-6", "Oxygen saturation in Arterial blood"));
      }
      code.setText(
          sign.name()
              + (sign.siteName() == null ? "" : ", " + sign.siteName().toLowerCase(Locale.ROOT)));
      observation.setCode(code);
      observation.setSubject(subject);
      observation.setEncounter(visit);
      observation.setEffective(
          new DateTimeType(
              Date.from(intake.vitalsAt() == null ? intake.arrivedAt() : intake.vitalsAt())));
      if (intake.vitalsBy() != null) {
        observation.addPerformer().setDisplay(intake.vitalsBy());
      }
      observation.setValue(
          new Quantity()
              .setValue(QuestionnaireMapper.decimal(value))
              .setUnit(sign.unit())
              .setSystem(FhirCodes.UCUM)
              .setCode(sign.ucum()));
      if (sign.site() != null) {
        observation.setBodySite(
            new CodeableConcept(new Coding(FhirCodes.SNOMED, sign.site(), sign.siteName())));
      }
      observations.add(observation);
    }
    return observations;
  }

  // ---- Provenance: the nurses' changes
  // -----------------------------------------------------------------

  private static List<Provenance> provenance(
      IntakeRecord intake, Encounter encounter, RiskAssessment risk, List<Observation> vitals) {
    List<Provenance> list = new ArrayList<>();
    for (HistoryLine line : intake.history()) {
      if (line.id() == null) {
        continue; // the arrival: the Encounter's start and the QuestionnaireResponse's authored
        // time
      }
      Provenance provenance = new Provenance();
      provenance.setId(FhirIds.uuid(intake.id(), "change:" + line.id()));
      provenance.addTarget(ref(encounter, null));
      if ("VITALS".equals(line.kind())) {
        vitals.forEach(o -> provenance.addTarget(ref(o, null)));
        provenance.addTarget(ref(risk, null));
      }
      provenance.setRecorded(Date.from(line.at()));
      provenance.setActivity(
          new CodeableConcept(new Coding(FhirCodes.DATA_OPERATION, "UPDATE", "revise"))
              .setText(line.what()));
      provenance
          .addAgent()
          .setType(
              new CodeableConcept(new Coding(FhirCodes.PROVENANCE_AGENT, "performer", "Performer")))
          .setWho(new Reference().setDisplay(line.by()));
      if (line.reason() != null) {
        provenance.addReason().setText(line.reason());
      }
      list.add(provenance);
    }
    return list;
  }

  // ---- helpers
  // -------------------------------------------------------------------------------------

  private static void add(Bundle bundle, Resource resource) {
    bundle
        .addEntry()
        .setFullUrl("urn:uuid:" + resource.getIdElement().getIdPart())
        .setResource(resource);
  }

  private static Reference ref(Resource resource, String display) {
    Reference reference = new Reference("urn:uuid:" + resource.getIdElement().getIdPart());
    reference.setType(resource.fhirType());
    if (display != null) {
      reference.setDisplay(display);
    }
    return reference;
  }

  /** "a=b, c=[d, e]": which answers, by question id, in the order the engine gave them. */
  private static String evidence(Map<String, Object> answers) {
    List<String> parts = new ArrayList<>();
    answers.forEach((id, value) -> parts.add(id + "=" + value));
    return String.join(", ", parts);
  }

  /** "LEFT_WITHOUT_BEING_SEEN" → "left without being seen". */
  static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
