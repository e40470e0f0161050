package org.triagedesk.intake.it;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * FHIR R4 over HTTP (issue 15): the public Questionnaire, and an intake's Bundle for nurses and
 * clinicians only, audited, in JSON and XML, with the nurse's work (override, vital signs) in it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FhirExchangeIT {

  static final FhirContext FHIR = FhirContext.forR4();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TriageDeskDeployment.war();
  }

  @ArquillianResource URL base;
  ApiClient anonymous;
  ApiClient kiosk;
  ApiClient nurse;
  ApiClient clinician;
  ApiClient admin;

  @BeforeEach
  void clients() {
    anonymous = new ApiClient(base);
    kiosk = anonymous.asKiosk(ApiClient.KIOSK_TOKEN);
    nurse = anonymous.as(ApiClient.NURSE);
    clinician = anonymous.as(ApiClient.CLINICIAN);
    admin = anonymous.as(ApiClient.ADMIN);
  }

  long submit() {
    Map<String, Object> body =
        Map.of(
            "patient",
            Map.of(
                "givenName",
                "Fhir",
                "familyName",
                "Exchange",
                "birthDate",
                "1968-04-02",
                "language",
                "es"),
            "protocol",
            "upper-back-pain",
            "answers",
            IntakeApiIT.ACS_ANSWERS);
    ApiClient.Reply reply = kiosk.postJson("api/intakes", body);
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return reply.json().get("id").asLong();
  }

  @Test
  void questionnaire_isPublic_inJsonAndXml() {
    ApiClient.Reply json = anonymous.get("fhir/Questionnaire/upper-back-pain");
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.contentType()).startsWith("application/fhir+json");
    Questionnaire questionnaire =
        FHIR.newJsonParser().parseResource(Questionnaire.class, json.text());
    assertThat(questionnaire.getUrl()).endsWith("/Questionnaire/upper-back-pain");
    assertThat(questionnaire.getItem()).isNotEmpty();

    ApiClient.Reply xml = anonymous.get("fhir/Questionnaire/upper-back-pain?_format=xml");
    assertThat(xml.status()).isEqualTo(200);
    assertThat(xml.contentType()).startsWith("application/fhir+xml");
    assertThat(FHIR.newXmlParser().parseResource(Questionnaire.class, xml.text()).getVersion())
        .isEqualTo(questionnaire.getVersion());
  }

  @Test
  void unknownQuestionnaireOrFormat_isAnOperationOutcomeNamingIt() {
    ApiClient.Reply unknown = anonymous.get("fhir/Questionnaire/no-such-protocol");
    assertThat(unknown.status()).isEqualTo(404);
    OperationOutcome outcome =
        FHIR.newJsonParser().parseResource(OperationOutcome.class, unknown.text());
    assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("no-such-protocol");

    ApiClient.Reply format = anonymous.get("fhir/Questionnaire/upper-back-pain?_format=csv");
    assertThat(format.status()).isEqualTo(400);
    assertThat(format.text()).contains("_format");
  }

  @Test
  void bundle_forNurseAndClinician_withTheNursesWork_andAudited() {
    long id = submit();
    JsonNode detail = nurse.get("api/intakes/" + id).json();
    long version = detail.get("version").asLong();
    ApiClient.Reply vitals =
        nurse.postJson(
            "api/intakes/" + id + "/vitals",
            Map.of("heart_rate", 104, "spo2", 96, "temperature_c", 37.2, "version", version));
    assertThat(vitals.status()).as(vitals.text()).isEqualTo(200);
    version = vitals.json().get("version").asLong();
    ApiClient.Reply override =
        nurse.postJson(
            "api/intakes/" + id + "/override",
            Map.of(
                "urgency",
                "EMERGENCY",
                "reason",
                "Grey and sweaty at the desk",
                "version",
                version));
    assertThat(override.status()).as(override.text()).isEqualTo(200);

    ApiClient.Reply json = nurse.get("api/intakes/" + id + "/fhir");
    assertThat(json.status()).as(json.text()).isEqualTo(200);
    assertThat(json.contentType()).startsWith("application/fhir+json");
    Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json.text());
    List<String> types = new ArrayList<>();
    bundle.getEntry().forEach(e -> types.add(e.getResource().fhirType()));
    assertThat(types)
        .contains(
            "Patient",
            "Encounter",
            "QuestionnaireResponse",
            "RiskAssessment",
            "Observation",
            "Provenance");
    assertThat(only(bundle, Encounter.class).getPriority().getCodingFirstRep().getCode())
        .isEqualTo("EMERGENCY");
    assertThat(resources(bundle, Observation.class))
        .extracting(o -> o.getCode().getCodingFirstRep().getCode())
        .contains("8867-4", "59408-5", "8310-5");
    assertThat(resources(bundle, Provenance.class))
        .anySatisfy(
            p ->
                assertThat(p.getReasonFirstRep().getText())
                    .isEqualTo("Grey and sweaty at the desk"));
    assertThat(
            only(bundle, RiskAssessment.class)
                .getPredictionFirstRep()
                .getOutcome()
                .getCodingFirstRep()
                .getCode())
        .isEqualTo(override.json().get("intake").get("assessedUrgency").asText());
    assertThat(only(bundle, QuestionnaireResponse.class).getQuestionnaire())
        .contains("/Questionnaire/upper-back-pain|");

    ApiClient.Reply xml = clinician.get("api/intakes/" + id + "/fhir?_format=xml");
    assertThat(xml.status()).isEqualTo(200);
    assertThat(xml.contentType()).startsWith("application/fhir+xml");
    assertThat(FHIR.newXmlParser().parseResource(Bundle.class, xml.text()).getEntry())
        .hasSameSizeAs(bundle.getEntry());

    JsonNode audit =
        admin
            .get("api/audit?size=50&intake=" + id + "&action=INTAKE_EXPORTED")
            .json()
            .get("events");
    assertThat(audit).hasSize(2);
    List<String> actors = new ArrayList<>();
    audit.forEach(e -> actors.add(e.get("actor").asText()));
    assertThat(actors).containsExactlyInAnyOrder("nurse", "clinician");
  }

  @Test
  void bundle_isRefusedToOthers_andNamesWhatIsWrong() {
    long id = submit();
    assertThat(anonymous.get("api/intakes/" + id + "/fhir").status()).isEqualTo(401);
    assertThat(kiosk.get("api/intakes/" + id + "/fhir").status()).isEqualTo(403);
    assertThat(admin.get("api/intakes/" + id + "/fhir").status()).isEqualTo(403);
    ApiClient.Reply missing = nurse.get("api/intakes/99999999/fhir");
    assertThat(missing.status()).isEqualTo(404);
    ApiClient.Reply format = nurse.get("api/intakes/" + id + "/fhir?_format=pdf");
    assertThat(format.status()).isEqualTo(400);
    assertThat(format.json().get("errors").get(0).get("field").asText()).isEqualTo("_format");
  }

  static <T> List<T> resources(Bundle bundle, Class<T> type) {
    return bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }

  static <T> T only(Bundle bundle, Class<T> type) {
    List<T> found = resources(bundle, type);
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
