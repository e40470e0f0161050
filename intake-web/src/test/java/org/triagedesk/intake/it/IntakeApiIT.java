package org.triagedesk.intake.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The thin slice over HTTP: intake in, queue out, report out, and every bad request refused
 * cleanly.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntakeApiIT {

  static final Map<String, Object> ACS_ANSWERS =
      Map.of("age", 58, "sweating_clammy", true, "pain_quality", List.of("burning"));

  // The urgent check answered "no" throughout: since protocol 0.2.0 an unanswered urgent question
  // keeps an
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

  /** How many patients wait in all (the queue answers a page at a time). */
  int queueSize() {
    return Integer.parseInt(nurse.get("api/queue").header("X-Total-Count"));
  }

  static Map<String, Object> intake(
      String given, String birthDate, String language, Map<String, Object> answers) {
    return Map.of(
        "patient",
        Map.of(
            "givenName",
            given,
            "familyName",
            "Tester",
            "birthDate",
            birthDate,
            "language",
            language),
        "protocol",
        "upper-back-pain",
        "answers",
        answers);
  }

  @Test
  void submit_shouldStoreIntake_andQueueItMostUrgentFirst() {
    var benign =
        kiosk.postJson("api/intakes", intake("Dana", "2000-03-14", "en", DESK_WORKER_ANSWERS));
    var emergency = kiosk.postJson("api/intakes", intake("Rosa", "1967-05-02", "es", ACS_ANSWERS));

    assertThat(benign.status()).as(benign.text()).isEqualTo(201);
    assertThat(emergency.status()).as(emergency.text()).isEqualTo(201);
    JsonNode urgent = emergency.json();
    assertThat(urgent.get("ticket").asText()).matches("[A-Z]-\\d{3}");
    assertThat(urgent.get("urgency").asText()).isEqualTo("EMERGENCY");
    assertThat(benign.json().get("urgency").asText()).isIn("SELF_CARE", "ROUTINE");
    // Red flags and causes are for staff: the nurse's view of the intake has them.
    JsonNode urgentForStaff = nurse.get("api/intakes/" + urgent.get("id").asLong()).json();
    assertThat(urgentForStaff.at("/intake/redFlags/0").asText()).isEqualTo("RF-ACS-1");
    JsonNode benignForStaff = nurse.get("api/intakes/" + benign.json().get("id").asLong()).json();
    assertThat(benignForStaff.at("/intake/topCauses/0").asText()).isEqualTo("POSTURAL");

    // Every page, in order: the IT classes of a build share one database, so the benign intake
    // may wait behind more than one page of more urgent patients.
    List<String> tickets = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonNode entries = nurse.get("api/queue?size=200&page=" + page).json();
      if (entries.isEmpty()) {
        break;
      }
      entries.forEach(entry -> tickets.add(entry.get("ticket").asText()));
    }
    JsonNode queue = nurse.get("api/queue").json();
    String urgentTicket = urgent.get("ticket").asText();
    String benignTicket = benign.json().get("ticket").asText();
    assertThat(tickets).contains(urgentTicket, benignTicket);
    assertThat(tickets.indexOf(urgentTicket)).isLessThan(tickets.indexOf(benignTicket));
    assertThat(queue.get(0).get("urgency").asText()).isEqualTo("EMERGENCY");
  }

  @Test
  void submit_shouldAnswerOnlyWhatThePatientSees() {
    JsonNode reply =
        kiosk
            .postJson("api/intakes", intake("Pia", "1990-04-04", "es", DESK_WORKER_ANSWERS))
            .json();

    List<String> fields = new ArrayList<>();
    reply.fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsExactlyInAnyOrder("id", "ticket", "urgency", "message", "advice", "safetyNet");
    assertThat(reply.at("/message/es").asText()).isNotBlank();
    assertThat(reply.at("/safetyNet/es").asText()).isNotBlank();
    assertThat(reply.get("advice").isArray()).isTrue();
    assertThat(reply.toString())
        .doesNotContain("RF-")
        .doesNotContain("POSTURAL")
        .doesNotContain("\"S1\"");
  }

  @Test
  void submit_repeatedWithTheSameKey_shouldStoreOneIntake_andAnswerTheFirstTicketEachTime() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = intake("Ida", "1985-08-08", "en", DESK_WORKER_ANSWERS);
    int queueBefore = queueSize();

    var first = kiosk.with("Idempotency-Key", key).postJson("api/intakes", body);
    var again = kiosk.with("Idempotency-Key", key).postJson("api/intakes", body);
    var third = kiosk.with("Idempotency-Key", key).postJson("api/intakes", body);

    assertThat(first.status()).as(first.text()).isEqualTo(201);
    assertThat(again.status()).as(again.text()).isEqualTo(200);
    assertThat(third.status()).isEqualTo(200);
    assertThat(again.json()).isEqualTo(first.json());
    assertThat(third.json()).isEqualTo(first.json());
    assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    assertThat(queueSize()).isEqualTo(queueBefore + 1);
  }

  @Test
  void submit_doubleTapped_shouldStoreOneIntake_evenWhenBothRequestsArriveTogether()
      throws Exception {
    String key = UUID.randomUUID().toString();
    Map<String, Object> body = intake("Tapio", "1979-09-09", "en", DESK_WORKER_ANSWERS);
    ApiClient keyed = kiosk.with("Idempotency-Key", key);
    int queueBefore = queueSize();

    List<ApiClient.Reply> replies = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ApiClient.Reply>> sent = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        sent.add(pool.submit(() -> keyed.postJson("api/intakes", body)));
      }
      for (Future<ApiClient.Reply> reply : sent) {
        replies.add(reply.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.text()).isIn(200, 201));
    assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
    assertThat(replies.stream().map(r -> r.json().get("ticket").asText()).distinct()).hasSize(1);
    assertThat(queueSize()).isEqualTo(queueBefore + 1);
  }

  @Test
  void submit_withAKeyAlreadyUsedForAnotherIntake_shouldGetA422_andStoreNothing() {
    String key = UUID.randomUUID().toString();
    var first =
        kiosk
            .with("Idempotency-Key", key)
            .postJson("api/intakes", intake("Una", "1970-10-10", "en", DESK_WORKER_ANSWERS));
    int queueAfterFirst = queueSize();

    var other =
        kiosk
            .with("Idempotency-Key", key)
            .postJson("api/intakes", intake("Otto", "1970-10-10", "en", DESK_WORKER_ANSWERS));
    var byNurse =
        nurse
            .with("Idempotency-Key", key)
            .postJson("api/intakes", intake("Una", "1970-10-10", "en", DESK_WORKER_ANSWERS));

    assertThat(first.status()).isEqualTo(201);
    assertThat(other.status()).as(other.text()).isEqualTo(422);
    assertThat(other.text()).contains("Idempotency-Key");
    assertThat(byNurse.status()).as("the same body from another submitter").isEqualTo(422);
    assertThat(queueSize()).isEqualTo(queueAfterFirst);
  }

  @Test
  void submit_withoutAKey_shouldStillBeAccepted_eachTimeAsANewIntake() {
    Map<String, Object> body = intake("Noki", "1991-11-11", "en", DESK_WORKER_ANSWERS);
    var first = kiosk.postJson("api/intakes", body);
    var second = kiosk.postJson("api/intakes", body);

    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.json().get("ticket").asText())
        .isNotEqualTo(first.json().get("ticket").asText());
  }

  @Test
  void submit_withAMalformedKey_shouldGetA400() {
    var reply =
        kiosk
            .with("Idempotency-Key", "short")
            .postJson("api/intakes", intake("Kay", "1991-11-11", "en", DESK_WORKER_ANSWERS));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.text()).contains("Idempotency-Key");
  }

  @Test
  void submit_shouldRefuseNamesWithControlCharacters_withA400SayingSo() {
    // Written as JSON escapes: NUL, BEL (C0), DEL, NEL (C1), a line break, and a lone surrogate
    // half.
    for (String bad :
        List.of(
            "Ana\\u0000", "Ana\\u0007", "Ana\\u007f", "Ana\\u0085", "Ana\\nMaria", "Ana\\ud800")) {
      String json =
          "{\"patient\":{\"givenName\":\""
              + bad
              + "\",\"familyName\":\"Tester\","
              + "\"birthDate\":\"1990-01-01\",\"language\":\"en\"},\"protocol\":\"upper-back-pain\","
              + "\"answers\":{}}";
      var reply = kiosk.postJson("api/intakes", json);
      assertThat(reply.status()).as(bad + ": " + reply.text()).isEqualTo(400);
      assertThat(reply.json().at("/errors/0/field").asText())
          .as(bad)
          .isEqualTo("patient.givenName");
      assertThat(reply.json().at("/errors/0/message").asText())
          .as(bad)
          .contains("control characters");
    }
  }

  @Test
  void submit_shouldKeepNamesTrimmedAndInNfc() {
    // "Jose" + a combining acute accent, with spaces around: kept as the one precomposed "José".
    String json =
        "{\"patient\":{\"givenName\":\"  Jose\\u0301 \",\"familyName\":\" Nun\\u0303ez\","
            + "\"birthDate\":\"1990-01-01\",\"language\":\"es\",\"phone\":\" +1 (555) 0100 \"},"
            + "\"protocol\":\"upper-back-pain\",\"answers\":{}}";
    var reply = kiosk.postJson("api/intakes", json);
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);

    JsonNode stored = nurse.get("api/intakes/" + reply.json().get("id").asLong()).json();
    assertThat(stored.at("/intake/givenName").asText()).isEqualTo("Jos\u00e9");
    assertThat(stored.at("/intake/familyName").asText()).isEqualTo("Nu\u00f1ez");
    assertThat(stored.at("/intake/phone").asText()).isEqualTo("+1 (555) 0100");
    var badPhone = kiosk.postJson("api/intakes", json.replace("+1 (555) 0100", "call me"));
    assertThat(badPhone.status()).isEqualTo(400);
    assertThat(badPhone.text()).contains("patient.phone");
  }

  @Test
  void submit_shouldRecordUnsureUrgentAnswers_forTheNurse_assessedAsYes() {
    String urgentQuestion = firstUrgentYesNoQuestion();
    Map<String, Object> answers = Map.of(urgentQuestion, true);
    Map<String, Object> body =
        Map.of(
            "patient",
            Map.of(
                "givenName",
                "Nadia",
                "familyName",
                "Tester",
                "birthDate",
                "1990-01-01",
                "language",
                "en"),
            "protocol",
            "upper-back-pain",
            "answers",
            answers,
            "unsure",
            List.of(urgentQuestion));

    var reply = kiosk.postJson("api/intakes", body);

    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    JsonNode stored = nurse.get("api/intakes/" + reply.json().get("id").asLong()).json();
    assertThat(stored.at("/intake/unsure/0").asText()).isEqualTo(urgentQuestion);
    var notAnsweredYes =
        kiosk.postJson(
            "api/intakes",
            Map.of(
                "patient",
                    Map.of(
                        "givenName",
                        "Nadia",
                        "familyName",
                        "Tester",
                        "birthDate",
                        "1990-01-01",
                        "language",
                        "en"),
                "protocol", "upper-back-pain",
                "answers", Map.of(urgentQuestion, false),
                "unsure", List.of(urgentQuestion)));
    assertThat(notAnsweredYes.status()).isEqualTo(400);
    assertThat(notAnsweredYes.text()).contains("unsure");
  }

  /**
   * Whatever the protocol's urgent check asks first: the tests do not depend on its question ids.
   */
  String firstUrgentYesNoQuestion() {
    for (JsonNode section : api.get("api/protocols/upper-back-pain").json().get("sections")) {
      if (section.get("urgentScreen").asBoolean()) {
        for (JsonNode question : section.get("questions")) {
          if (question.get("type").asText().equals("BOOLEAN")) {
            return question.get("id").asText();
          }
        }
      }
    }
    throw new AssertionError("the protocol has no urgent yes/no question");
  }

  @Test
  void triageQueueReport_shouldBeARealWorkbook_withOneRowPerIntake() throws Exception {
    String ticket =
        kiosk
            .postJson("api/intakes", intake("Reportina", "1980-07-01", "en", DESK_WORKER_ANSWERS))
            .json()
            .get("ticket")
            .asText();

    var download = clinician.get("api/reports/triage-queue.xlsx");

    assertThat(download.status()).isEqualTo(200);
    assertThat(download.contentType()).startsWith(ReportDownloads.XLSX);
    List<String> queueCells = ReportDownloads.cellsOfSheet(download.body(), "Queue");
    assertThat(queueCells).contains(ticket).anyMatch(cell -> cell.contains("Reportina"));

    var deidentified = clinician.get("api/reports/triage-queue.xlsx?deidentified=true");
    assertThat(deidentified.status()).isEqualTo(200);
    assertThat(ReportDownloads.allCells(deidentified.body()))
        .noneMatch(
            cell -> cell.contains("Reportina") || cell.contains("Tester") || cell.contains(ticket));
  }

  @Test
  void triageQueueReport_shouldRefuseBadParameters_withA400SayingWhich() {
    assertThat(clinician.get("api/reports/triage-queue.xlsx?from=yesterday").text())
        .contains("from");
    assertThat(clinician.get("api/reports/triage-queue.xlsx?from=yesterday").status())
        .isEqualTo(400);
    assertThat(
            clinician.get("api/reports/triage-queue.xlsx?from=2026-02-01&to=2026-01-01").status())
        .isEqualTo(400);
    assertThat(
            clinician.get("api/reports/triage-queue.xlsx?from=2024-01-01&to=2026-01-01").status())
        .isEqualTo(400);
    assertThat(clinician.get("api/reports/triage-queue.xlsx?deidentified=maybe").status())
        .isEqualTo(400);
  }

  @Test
  void assess_shouldEvaluateWithoutStoring() {
    int queueBefore = queueSize();

    var reply =
        api.postJson(
            "api/assessments", Map.of("protocol", "upper-back-pain", "answers", ACS_ANSWERS));

    assertThat(reply.status()).isEqualTo(200);
    JsonNode assessment = reply.json();
    assertThat(assessment.get("urgency").asText()).isEqualTo("EMERGENCY");
    assertThat(assessment.get("protocolVersion").asText()).isNotBlank();
    assertThat(assessment.get("causes").get(0).get("category").asText()).isEqualTo("CARDIAC_ACS");
    assertThat(assessment.get("causes").get(0).get("score").isNumber()).isTrue();
    assertThat(queueSize()).isEqualTo(queueBefore);
  }

  @Test
  void assess_shouldNameUnansweredUrgentQuestions_andNeverSendThemHome() {
    var reply =
        api.postJson(
            "api/assessments",
            Map.of(
                "protocol", "upper-back-pain", "answers", Map.of("age", 30, "mechanical", true)));

    assertThat(reply.status()).isEqualTo(200);
    JsonNode assessment = reply.json();
    assertThat(assessment.get("urgency").asText()).isIn("SOON", "URGENT", "EMERGENCY");
    assertThat(assessment.get("unansweredUrgentQuestions").toString()).contains("sweating_clammy");
    assertThat(assessment.get("scores").isArray()).isTrue();
  }

  @Test
  void submit_shouldRefuseBadPatientFields_withA400NamingEach_andStoreNothing() {
    int queueBefore = queueSize();

    var reply =
        kiosk.postJson(
            "api/intakes",
            Map.of(
                "patient",
                Map.of(
                    "givenName",
                    " ",
                    "familyName",
                    "X",
                    "birthDate",
                    "2999-01-01",
                    "language",
                    "fr"),
                "protocol",
                "upper-back-pain",
                "answers",
                DESK_WORKER_ANSWERS));

    assertThat(reply.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields)
        .containsExactlyInAnyOrder("patient.givenName", "patient.birthDate", "patient.language");
    assertThat(queueSize()).isEqualTo(queueBefore);
  }

  @Test
  void submit_shouldRefuseAnswersOutsideTheProtocol_listingEveryQuestion() {
    var reply =
        kiosk.postJson(
            "api/intakes",
            intake(
                "Ana",
                "1990-01-01",
                "en",
                Map.of("pain_now", 14, "sex", "robot", "favourite_colour", "blue")));

    assertThat(reply.status()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertThat(fields).contains("answers.pain_now", "answers.sex", "answers.favourite_colour");
  }

  @Test
  void badBodies_shouldGetA400_neverA500() {
    assertThat(kiosk.postJson("api/intakes", "{not json").status()).isEqualTo(400);
    assertThat(kiosk.postJson("api/intakes", "").status()).isEqualTo(400);
    assertThat(
            kiosk.postJson("api/intakes", "{\"patient\":{\"birthDate\":\"14/03/2000\"}}").status())
        .isEqualTo(400);
    assertThat(api.postJson("api/assessments", "{\"protocol\":\"upper-back-pain\"}").status())
        .isEqualTo(400);
    var unknown =
        api.postJson(
            "api/assessments", Map.of("protocol", "toothache", "answers", Map.of("age", 30)));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.text()).contains("upper-back-pain");
    var missingAge =
        api.postJson("api/assessments", Map.of("protocol", "upper-back-pain", "answers", Map.of()));
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
  void protocols_shouldListEveryProtocolTheClinicOffers() {
    JsonNode list = api.get("api/protocols").json();
    assertThat(list.isArray()).isTrue();
    assertThat(list.findValuesAsText("id")).contains("upper-back-pain");
    assertThat(list.get(0).at("/title/es").asText()).isNotBlank();
  }

  @Test
  void protocol_shouldCarryEveryDisplayCondition_includingAny() {
    JsonNode protocol = api.get("api/protocols/upper-back-pain").json();
    List<JsonNode> anyConditions = new ArrayList<>();
    protocol
        .get("sections")
        .forEach(
            section ->
                section
                    .get("questions")
                    .forEach(
                        q -> {
                          if (q.path("showWhen").path("operator").asText().equals("any")) {
                            anyConditions.add(q.get("showWhen"));
                          }
                        }));
    assertThat(anyConditions)
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.get("anyOf").size()).isPositive());
  }

  @Test
  void screening_shouldAssessPartialAnswers_withoutRequiringTheRest_andStoreNothing() {
    int queueBefore = queueSize();
    var partial =
        api.postJson(
            "api/assessments/screening",
            Map.of("protocol", "upper-back-pain", "answers", Map.of("sweating_clammy", true)));
    var fullRefused =
        api.postJson(
            "api/assessments",
            Map.of("protocol", "upper-back-pain", "answers", Map.of("sweating_clammy", true)));

    assertThat(partial.status()).as(partial.text()).isEqualTo(200);
    assertThat(partial.json().get("urgency").asText()).isNotBlank();
    assertThat(fullRefused.status()).as("a full assessment needs the age").isEqualTo(400);
    assertThat(
            api.postJson("api/assessments/screening", "{\"protocol\":\"upper-back-pain\"}")
                .status())
        .isEqualTo(400);
    assertThat(queueSize()).isEqualTo(queueBefore);
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
