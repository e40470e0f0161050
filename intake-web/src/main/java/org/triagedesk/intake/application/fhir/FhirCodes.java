package org.triagedesk.intake.application.fhir;

import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;

/** The code systems and extensions the mapping uses; docs/fhir.md lists them. */
final class FhirCodes {

  static final String QUESTIONNAIRE = FhirR4.BASE + "/Questionnaire/";
  static final String URGENCY = FhirR4.BASE + "/CodeSystem/urgency";
  static final String CAUSE_CATEGORY = FhirR4.BASE + "/CodeSystem/cause-category";
  static final String RED_FLAG = FhirR4.BASE + "/CodeSystem/red-flag";
  static final String TICKET = FhirR4.BASE + "/NamingSystem/ticket";
  static final String INTAKE = FhirR4.BASE + "/NamingSystem/intake";
  static final String PROTOCOL = FhirR4.BASE + "/NamingSystem/protocol";

  static final String TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation";
  static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
  static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
  static final String FLAG_DETAIL = "http://hl7.org/fhir/StructureDefinition/flag-detail";

  static final String LOINC = "http://loinc.org";
  static final String UCUM = "http://unitsofmeasure.org";
  static final String SNOMED = "http://snomed.info/sct";
  static final String OBSERVATION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/observation-category";
  static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  static final String ACT_PRIORITY = "http://terminology.hl7.org/CodeSystem/v3-ActPriority";
  static final String DATA_OPERATION = "http://terminology.hl7.org/CodeSystem/v3-DataOperation";
  static final String PROVENANCE_AGENT =
      "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
  static final String LANGUAGE = "urn:ietf:bcp:47";

  private FhirCodes() {}

  /** The answer options of one question: a code system per question, under its protocol. */
  static String options(String protocolId, String questionId) {
    return FhirR4.BASE + "/CodeSystem/" + protocolId + "/" + questionId;
  }

  static String questionnaire(String protocolId) {
    return QUESTIONNAIRE + FhirIds.of(protocolId);
  }

  /** The standard translation extension: the same text in another language. */
  static Extension translation(String language, String text) {
    Extension translation = new Extension(TRANSLATION);
    translation.addExtension("lang", new org.hl7.fhir.r4.model.CodeType(language));
    translation.addExtension("content", new StringType(text));
    return translation;
  }
}
