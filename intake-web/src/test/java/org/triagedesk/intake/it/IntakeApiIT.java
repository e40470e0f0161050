package org.triagedesk.intake.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The thin slice over HTTP: intake in, queue out, report out, and every bad request refused cleanly. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeApiIT {

  static final Map<String, Object> ACS_ANSWERS =
      Map.of("age", 58, "sweating_clammy", true, "pain_quality", List.of("burning"));

  // The urgent check answered "no" throughout: since protocol 0.2.0 an unanswered urgent question keeps an
  // assessment at SOON or above (missing is not no).
  static final Map<String, Object> DESK_WORKER_ANSWERS =
      Map.ofEntries(
          Map.entry("chest_arm_jaw_neck_pain", false),
          Map.entry("sweating_clammy", false),
          Map.entry("short_of_breath", false),
          Map.entry("fainting_or_dizziness", false),
          Map.entry("sudden_severe_or_tearing", false),
          Map.entry("both_legs_weak_or_numb", false),
          Map.entry("bladder_bowel_or_saddle_change", false),
          Map.entry("serious_accident", false),
          Map.entry("blood_cough_vomit_or_black_stool", false),
          Map.entry("pain_location", List.of("between_shoulder_blades")),
          Map.entry("pain_quality", List.of("burning", "aching")),
          Map.entry("started_after", List.of("desk_phone_or_driving")),
          Map.entry("mechanical", true),
          Map.entry("desk_hours_per_day", 9),
          Map.entry("pain_now", 3),
          Map.entry("pain_worst_24h", 4),
          Map.entry("pain_started", "1_to_6_weeks"),
          Map.entry("course", "same"),
          Map.entry("remedies", "helped"));

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TriageDeskDeployment.war();
  }

  @ArquillianResource URL base;
  ApiClient api;
  ApiClient kiosk;
  ApiClient nurse;
  ApiClient clinician;

  @BeforeEach
  void client() {
    api = new ApiClient(base);
    kiosk = api.asKiosk(ApiClient.KIOSK_TOKEN);
    nurse = api.as(ApiClient.NURSE);
    clinician = api.as(ApiClient.CLINICIAN);
  }

  static Map<String, Object> intake(String given, String birthDate, String language, Map<String, Object> answers) {
    return Map.of(
        "patient",
        Map.of("givenName", given, "familyName", "Tester", "birthDate", birthDate, "language", language),
        "protocol",
        "upper-back-pain",
        "answers",
        answers);
  }

  @Test
  void submit_shouldStoreIntake_andQueueItMostUrgentFirst() {
    var benign = kiosk.postJson("api/intakes", intake("Dana", "2000-03-14", "en", DESK_WORKER_ANSWERS));
    var emergency = kiosk.postJson("api/intakes", intake("Rosa", "1967-05-02", "es", ACS_ANSWERS));

    assertThat(benign.status()).as(benign.text()).isEqualTo(201);
    assertThat(emergency.status()).as(emergency.text()).isEqualTo(201);
    JsonNode urgent = emergency.json();
    assertThat(urgent.get("ticket").asText()).matches("[A-Z]-\\d{3}");
    assertThat(urgent.at("/assessment/urgency").asText()).isEqualTo("EMERGENCY");
    assertThat(urgent.at("/assessment/redFlags/0/id").asText()).isEqualTo("RF-ACS-1");
    assertThat(benign.json().at("/assessment/urgency").asText()).isIn("SELF_CARE", "ROUTINE");
    assertThat(benign.json().at("/assessment/causes/0/category").asText()).isEqualTo("POSTURAL");

    JsonNode queue = nurse.get("api/queue").json();
    List<String> tickets = new ArrayList<>();
    queue.forEach(entry -> tickets.add(entry.get("ticket").asText()));
    String urgentTicket = urgent.get("ticket").asText();
    String benignTicket = benign.json().get("ticket").asText();
    assertThat(tickets).contains(urgentTicket, benignTicket);
    assertThat(tickets.indexOf(urgentTicket)).isLessThan(tickets.indexOf(benignTicket));
    assertThat(queue.get(0).get("urgency").asText()).isEqualTo("EMERGENCY");
  }

  @Test
  void triageQueueReport_shouldBeARealWorkbook_withOneRowPerIntake() throws Exception {
    String ticket =
        kiosk.postJson("api/intakes", intake("Reportina", "1980-07-01", "en", DESK_WORKER_ANSWERS))
            .json().get("ticket").asText();

    var download = clinician.get("api/reports/triage-queue.xlsx");

    assertThat(download.status()).isEqualTo(200);
    assertThat(download.contentType()).startsWith(ReportDownloads.XLSX);
    List<String> queueCells = ReportDownloads.cellsOfSheet(download.body(), "Queue");
    assertThat(queueCells).contains(ticket).anyMatch(cell -> cell.contains("Reportina"));

    var deidentified = clinician.get("api/reports/triage-queue.xlsx?deidentified=true");
    assertThat(deidentified.status()).isEqualTo(200);
    assertThat(ReportDownloads.allCells(deidentified.body()))
        .noneMatch(cell -> cell.contains("Reportina") || cell.contains("Tester") || cell.contains(ticket));
  }

  @Test
  void triageQueueReport_shouldRefuseBadParameters_withA400SayingWhich() {
    assertThat(clinician.get("api/reports/triage-queue.xlsx?from=yesterday").text()).contains("from");
    assertThat(clinician.get("api/reports/triage-queue.xlsx?from=yesterday").status()).isEqualTo(400);
    assertThat(clinician.get("api/reports/triage-queue.xlsx?from=2026-02-01&to=2026-01-01").status()).isEqualTo(400);
    assertThat(clinician.get("api/reports/triage-queue.xlsx?from=2024-01-01&to=2026-01-01").status()).isEqualTo(400);
    assertThat(clinician.get("api/reports/triage-queue.xlsx?deidentified=maybe").status()).isEqualTo(400);
  }

  @Test
  void assess_shouldEvaluateWithoutStoring() {
    int queueBefore = nurse.get("api/queue").json().size();

    var reply = api.postJson("api/assessments", Map.of("protocol", "upper-back-pain", "answers", ACS_ANSWERS));

    assertThat(reply.status()).isEqualTo(200);
    JsonNode assessment = reply.json();
    assertThat(assessment.get("urgency").asText()).isEqualTo("EMERGENCY");
    assertThat(assessment.get("protocolVersion").asText()).isNotBlank();
    assertThat(assessment.get("causes").get(0).get("category").asText()).isEqualTo("CARDIAC_ACS");
    assertThat(assessment.get("causes").get(0).get("score").isNumber()).isTrue();
    assertThat(nurse.get("api/queue").json().size()).isEqualTo(queueBefore);
  }

  @Test
  void assess_shouldNameUnansweredUrgentQuestions_andNeverSendThemHome() {
    var reply = api.postJson("api/assessments",
        Map.of("protocol", "upper-back-pain", "answers", Map.of("age", 30, "mechanical", true)));

    assertThat(reply.status()).isEqualTo(200);
    JsonNode assessment = reply.json();
    assertThat(assessment.get("urgency").asText()).isIn("SOON", "URGENT", "EMERGENCY");
    assertThat(assessment.get("unansweredUrgentQuestions").toString()).contains("sweating_clammy");
    assertThat(assessment.get("scores").isArray()).isTrue();
  }

  @Test
  void submit_shouldRefuseBadPatientFields_withA400NamingEach_andStoreNothing() {
    int queueBefore = nurse.get("api/queue").json().size();

    var reply =
        kiosk.postJson(
            "api/intakes",
            Map.of(
                "patient", Map.of("givenName", " ", "familyName", "X", "birthDate", "2999-01-01", "language", "fr"),
                "protocol", "upper-back-pain",
                "answers", DESK_WORKER_ANSWERS));

    assertThat(reply.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields)
        .containsExactlyInAnyOrder("patient.givenName", "patient.birthDate", "patient.language");
    assertThat(nurse.get("api/queue").json().size()).isEqualTo(queueBefore);
  }

  @Test
  void submit_shouldRefuseAnswersOutsideTheProtocol_listingEveryQuestion() {
    var reply =
        kiosk.postJson(
            "api/intakes",
            intake("Ana", "1990-01-01", "en", Map.of("pain_now", 14, "sex", "robot", "favourite_colour", "blue")));

    assertThat(reply.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains("answers.pain_now", "answers.sex", "answers.favourite_colour");
  }

  @Test
  void badBodies_shouldGetA400_neverA500() {
    assertThat(kiosk.postJson("api/intakes", "{not json").status()).isEqualTo(400);
    assertThat(kiosk.postJson("api/intakes", "").status()).isEqualTo(400);
    assertThat(kiosk.postJson("api/intakes", "{\"patient\":{\"birthDate\":\"14/03/2000\"}}").status()).isEqualTo(400);
    assertThat(api.postJson("api/assessments", "{\"protocol\":\"upper-back-pain\"}").status()).isEqualTo(400);
    var unknown = api.postJson("api/assessments", Map.of("protocol", "toothache", "answers", Map.of("age", 30)));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.text()).contains("upper-back-pain");
    var missingAge = api.postJson("api/assessments", Map.of("protocol", "upper-back-pain", "answers", Map.of()));
    assertThat(missingAge.status()).isEqualTo(400);
    assertThat(missingAge.text()).contains("answers.age");
  }

  @Test
  void protocol_shouldServeTheQuestionnaireInEnglishAndSpanish() {
    JsonNode protocol = api.get("api/protocols/upper-back-pain").json();
    assertThat(protocol.get("id").asText()).isEqualTo("upper-back-pain");
    JsonNode firstQuestion = protocol.get("sections").get(0).get("questions").get(0);
    assertThat(firstQuestion.at("/text/en").asText()).isNotBlank();
    assertThat(firstQuestion.at("/text/es").asText()).isNotBlank();
    assertThat(api.get("api/protocols/toothache").status()).isEqualTo(400);
  }

  @Test
  void health_andOpenApi_shouldBeServed() {
    var root = TriageDeskDeployment.serverRoot(base);
    var ready = api.get(root.resolve("health/ready").toString());
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.text()).contains("\"database\"").contains("UP");
    var openapi = api.get(root.resolve("openapi").toString());
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.text()).contains("/api/intakes");
  }
}
