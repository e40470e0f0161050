package org.triagedesk.intake.application.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.Type;
import org.junit.jupiter.api.Test;
import org.triagedesk.assessment.protocol.Protocol;
import org.triagedesk.intake.application.IntakeRecord;

/**
 * What an EHR would do with the Bundle: parse it back (JSON and XML) and find in it every answer
 * the patient gave, with its value, and the engine's urgency; for every vignette.
 */
class FhirRoundTripTest {

  static final Protocol PROTOCOL =
      FhirFixtures.ENGINE.protocol(FhirFixtures.PROTOCOL).orElseThrow();

  @Test
  void everyVignette_shouldParseBackWithEveryAnswerAndTheUrgency() {
    long id = 1;
    List<String> lost = new ArrayList<>();
    for (FhirFixtures.Vignette vignette : FhirFixtures.vignettes()) {
      IntakeRecord intake = FhirFixtures.intake(id, vignette);
      Bundle written = IntakeBundleMapper.toFhirResource(intake, PROTOCOL, Instant.now());
      FhirR4.Format format = id++ % 2 == 0 ? FhirR4.Format.XML : FhirR4.Format.JSON;
      String text = FhirR4.encode(written, format);
      Bundle read =
          format == FhirR4.Format.XML
              ? FhirR4.context().newXmlParser().parseResource(Bundle.class, text)
              : FhirR4.context().newJsonParser().parseResource(Bundle.class, text);

      QuestionnaireResponse answers = only(read, QuestionnaireResponse.class);
      assertThat(answers.getQuestionnaire())
          .isEqualTo(FhirR4.BASE + "/Questionnaire/upper-back-pain|" + intake.protocolVersion());
      for (Map.Entry<String, Object> answer : intake.answers().entrySet()) {
        List<String> found = find(answers.getItem(), answer.getKey());
        if (!found.equals(expected(answer.getValue()))) {
          lost.add(
              vignette.id()
                  + ": "
                  + answer.getKey()
                  + " "
                  + answer.getValue()
                  + " read back as "
                  + found);
        }
      }
      RiskAssessment risk = only(read, RiskAssessment.class);
      Coding urgency = risk.getPredictionFirstRep().getOutcome().getCodingFirstRep();
      assertThat(urgency.getSystem()).isEqualTo(FhirCodes.URGENCY);
      assertThat(urgency.getCode())
          .as(vignette.id())
          .isEqualTo(intake.assessment().urgency().name());
      assertThat(risk.getPrediction()).hasSize(1 + intake.assessment().causes().size());
      assertThat(read.getEntry()).hasSameSizeAs(written.getEntry());
      assertThat(
              only(read, org.hl7.fhir.r4.model.Patient.class)
                  .getBirthDateElement()
                  .getValueAsString())
          .isEqualTo(intake.patient().birthDate().toString());
    }
    assertThat(lost).isEmpty();
  }

  private static List<String> expected(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(FhirRoundTripTest::plain).toList();
    }
    return List.of(plain(value));
  }

  private static String plain(Object value) {
    return value instanceof Number n
        ? new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString()
        : String.valueOf(value);
  }

  private static List<String> find(List<QuestionnaireResponseItemComponent> items, String linkId) {
    for (QuestionnaireResponseItemComponent item : items) {
      if (item.getLinkId().equals(linkId)) {
        return item.getAnswer().stream()
            .map(QuestionnaireResponseItemAnswerComponent::getValue)
            .map(FhirRoundTripTest::text)
            .toList();
      }
      List<String> nested = find(item.getItem(), linkId);
      if (!nested.isEmpty()) {
        return nested;
      }
    }
    return List.of();
  }

  private static String text(Type value) {
    if (value instanceof Coding coding) {
      return coding.getCode();
    }
    if (value instanceof org.hl7.fhir.r4.model.DecimalType d) {
      return d.getValue().stripTrailingZeros().toPlainString();
    }
    return Objects.toString(value.primitiveValue());
  }

  private static <T> T only(Bundle bundle, Class<T> type) {
    List<T> found =
        bundle.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(type::isInstance)
            .map(type::cast)
            .toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
