package org.triagedesk.intake.application.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triagedesk.assessment.protocol.Protocol;
import org.triagedesk.intake.application.IntakeRecord;

/**
 * Every resource this application writes in FHIR, validated by HAPI's instance validator against
 * the R4 core definitions: the protocol's Questionnaire, and the Bundle of an intake for every
 * vignette of the engine's test suite. Any error fails; the tally per resource type is printed for
 * the issue's note.
 */
class FhirMappingTest {

  static final Pattern ENTRY = Pattern.compile("^Bundle\\.entry\\[(\\d+)]");

  /** Resource type → [resources validated, errors, warnings]. */
  static final Map<String, int[]> TALLY = new TreeMap<>();

  /** Each distinct warning (type and message with numbers and ids blanked) → how often. */
  static final Map<String, Integer> WARNINGS = new TreeMap<>();

  static Protocol protocol;
  static Questionnaire questionnaire;

  @BeforeAll
  static void questionnaire() {
    protocol = FhirFixtures.ENGINE.protocol(FhirFixtures.PROTOCOL).orElseThrow();
    questionnaire = QuestionnaireMapper.toFhirResource(protocol);
    FhirValidation.know(questionnaire);
  }

  @AfterAll
  static void printTally() {
    System.out.println("FHIR validation (resource type: validated, errors, warnings)");
    TALLY.forEach(
        (type, t) -> System.out.println("  " + type + ": " + t[0] + ", " + t[1] + ", " + t[2]));
    System.out.println("Distinct warnings (count: resource type: message)");
    WARNINGS.forEach((warning, count) -> System.out.println("  " + count + ": " + warning));
  }

  @Test
  void questionnaire_shouldValidateWithoutErrors() {
    List<SingleValidationMessage> messages = FhirValidation.validate(questionnaire);
    tally("Questionnaire", 1, messages);
    assertThat(FhirValidation.errors(messages)).extracting(FhirMappingTest::describe).isEmpty();
  }

  @Test
  void validator_shouldReportErrorsInABrokenResource() {
    // Proves the validator is really checking: an Observation without status, code or subject is
    // invalid.
    var broken = new org.hl7.fhir.r4.model.Observation();
    broken.getMeta().addProfile("http://hl7.org/fhir/StructureDefinition/heartrate");
    assertThat(FhirValidation.errors(FhirValidation.validate(broken))).isNotEmpty();
    // And a QuestionnaireResponse is checked against our Questionnaire: an option it does not offer
    // is wrong.
    var response =
        new org.hl7.fhir.r4.model.QuestionnaireResponse()
            .setQuestionnaire(questionnaire.getUrl() + "|" + questionnaire.getVersion())
            .setStatus(
                org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    var group = response.addItem().setLinkId("about_you");
    group
        .addItem()
        .setLinkId("age")
        .addAnswer()
        .setValue(new org.hl7.fhir.r4.model.IntegerType(40));
    group
        .addItem()
        .setLinkId("sex")
        .addAnswer()
        .setValue(
            new org.hl7.fhir.r4.model.Coding(
                FhirCodes.options("upper-back-pain", "sex"), "robot", "Robot"));
    assertThat(FhirValidation.errors(FhirValidation.validate(response)))
        .extracting(FhirMappingTest::describe)
        .anyMatch(m -> m.contains("sex"));
  }

  @Test
  void questionnaire_shouldHoldEveryQuestionWithItsOptionsConditionsAndSpanish() {
    var items = questionnaire.getItem().stream().flatMap(g -> g.getItem().stream()).toList();
    assertThat(items)
        .extracting(Questionnaire.QuestionnaireItemComponent::getLinkId)
        .containsExactlyElementsOf(protocol.questions().stream().map(q -> q.id()).toList());
    var pregnant =
        items.stream()
            .filter(i -> i.getLinkId().equals("pregnant_or_postpartum"))
            .findFirst()
            .orElseThrow();
    // Shown unless male: any other sex, or not answered.
    assertThat(pregnant.getEnableBehavior()).isEqualTo(Questionnaire.EnableWhenBehavior.ANY);
    assertThat(pregnant.getEnableWhen())
        .extracting(e -> e.getOperator().toCode())
        .containsExactly("=", "=", "=", "exists");
    assertThat(pregnant.getEnableWhen())
        .extracting(e -> e.hasAnswerCoding() ? e.getAnswerCoding().getCode() : "-")
        .containsExactly("female", "intersex", "undisclosed", "-");
    assertThat(pregnant.getAnswerOption()).hasSize(3);
    assertThat(pregnant.getTextElement().getExtensionsByUrl(FhirCodes.TRANSLATION)).hasSize(1);
    assertThat(
            pregnant
                .getTextElement()
                .getExtensionByUrl(FhirCodes.TRANSLATION)
                .getExtensionString("lang"))
        .isEqualTo("es");
    var neuroOnset =
        items.stream().filter(i -> i.getLinkId().equals("neuro_onset")).findFirst().orElseThrow();
    assertThat(neuroOnset.getEnableWhen()).hasSizeGreaterThan(7);
  }

  @Test
  void everyVignette_shouldGiveABundleWhoseEveryResourceValidates() {
    List<String> failures = new ArrayList<>();
    long id = 1;
    for (FhirFixtures.Vignette vignette : FhirFixtures.vignettes()) {
      IntakeRecord intake = FhirFixtures.intake(id++, vignette);
      Bundle bundle =
          IntakeBundleMapper.toFhirResource(
              intake, protocol, Instant.parse("2026-03-02T10:00:00Z"));
      List<SingleValidationMessage> messages = FhirValidation.validate(bundle);
      Map<Integer, List<SingleValidationMessage>> byEntry = new TreeMap<>();
      List<SingleValidationMessage> ofBundle = new ArrayList<>();
      for (SingleValidationMessage message : messages) {
        Matcher entry = ENTRY.matcher(String.valueOf(message.getLocationString()));
        if (entry.find()) {
          byEntry
              .computeIfAbsent(Integer.parseInt(entry.group(1)), k -> new ArrayList<>())
              .add(message);
        } else {
          ofBundle.add(message);
        }
      }
      tally("Bundle", 1, ofBundle);
      for (int i = 0; i < bundle.getEntry().size(); i++) {
        Resource resource = bundle.getEntry().get(i).getResource();
        tally(resource.fhirType(), 1, byEntry.getOrDefault(i, List.of()));
      }
      FhirValidation.errors(messages)
          .forEach(m -> failures.add(vignette.id() + ": " + describe(m)));
    }
    assertThat(failures).isEmpty();
    assertThat(TALLY.keySet())
        .contains(
            "Patient",
            "Encounter",
            "QuestionnaireResponse",
            "RiskAssessment",
            "Flag",
            "Observation",
            "Provenance");
  }

  private static synchronized void tally(
      String type, int count, List<SingleValidationMessage> messages) {
    int[] t = TALLY.computeIfAbsent(type, k -> new int[3]);
    t[0] += count;
    t[1] += FhirValidation.errors(messages).size();
    t[2] +=
        (int) messages.stream().filter(m -> m.getSeverity() == ResultSeverityEnum.WARNING).count();
    messages.stream()
        .filter(m -> m.getSeverity() == ResultSeverityEnum.WARNING)
        .map(
            m ->
                type
                    + ": "
                    + m.getMessage()
                        .replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "#")
                        .replaceAll("\\d+", "#"))
        .forEach(w -> WARNINGS.merge(w.length() > 300 ? w.substring(0, 300) : w, 1, Integer::sum));
  }

  static String describe(SingleValidationMessage m) {
    return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
  }
}
