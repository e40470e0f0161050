package org.triagedesk.intake.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * The nurses' triage workflow over HTTP (issue 11): every action's success and refusals, with the
 * audit record each leaves; the queue in order, filtered and paged; the live event stream. Then the
 * same as a nurse sees it in Chromium: live arrivals, the emergency banner, the patient page, two
 * nurses at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TriageWorkflowIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TriageDeskDeployment.war();
  }

  @ArquillianResource URL base;
  ApiClient kiosk;
  ApiClient nurse;
  ApiClient clinician;
  ApiClient admin;

  @BeforeEach
  void clients() {
    ApiClient api = new ApiClient(base);
    kiosk = api.asKiosk(ApiClient.KIOSK_TOKEN);
    nurse = api.as(ApiClient.NURSE);
    clinician = api.as(ApiClient.CLINICIAN);
    admin = api.as(ApiClient.ADMIN);
  }

  /** Submits an intake as the kiosk; returns its id. */
  long submit(String givenName, Map<String, Object> answers) {
    Map<String, Object> body =
        Map.of(
            "patient",
            Map.of(
                "givenName",
                givenName,
                "familyName",
                "Workflow",
                "birthDate",
                "1979-04-02",
                "language",
                "en"),
            "protocol",
            "upper-back-pain",
            "answers",
            answers);
    ApiClient.Reply reply = kiosk.postJson("api/intakes", body);
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return reply.json().get("id").asLong();
  }

  long deskWorker() {
    return submit(
        "Desk" + UUID.randomUUID().toString().substring(0, 4), IntakeApiIT.DESK_WORKER_ANSWERS);
  }

  JsonNode detail(long id) {
    ApiClient.Reply reply = nurse.get("api/intakes/" + id);
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json();
  }

  /** JSON-B leaves empty values out of the JSON. */
  static boolean empty(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode();
  }

  static Map<String, Object> body(Object... keysAndValues) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      body.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return body;
  }

  static void sleepSeconds(int seconds) {
    try {
      Thread.sleep(seconds * 1000L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  List<String> audited(long id, String action) {
    List<String> outcomes = new ArrayList<>();
    admin
        .get("api/audit?intake=" + id + "&action=" + action)
        .json()
        .findValues("outcome")
        .forEach(o -> outcomes.add(o.asText()));
    return outcomes;
  }

  @Test
  void anArrival_isNotReviewed_untilANurseConfirms() {
    long id = deskWorker();
    JsonNode before = detail(id).get("intake");
    assertThat(empty(before.get("finalUrgency"))).isTrue();
    assertThat(before.get("reviewed").asBoolean()).isFalse();
    String assessed = before.get("assessedUrgency").asText();

    ApiClient.Reply confirmed =
        nurse.postJson(
            "api/intakes/" + id + "/override",
            body("urgency", assessed, "version", before.get("version").asLong()));

    assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
    assertThat(confirmed.json().at("/intake/finalUrgency").asText()).isEqualTo(assessed);
    assertThat(confirmed.json().at("/reviewedBy").asText()).isEqualTo("nurse");
    assertThat(audited(id, "URGENCY_SET")).containsExactly("SUCCESS");
  }

  @Test
  void status_shouldFollowTheWorkflow_refuseAnImpossibleMove_andUndo() {
    long id = deskWorker();
    long version = detail(id).get("version").asLong();

    JsonNode called =
        nurse
            .postJson("api/intakes/" + id + "/status", body("status", "CALLED", "version", version))
            .json();
    assertThat(called.at("/intake/status").asText()).isEqualTo("CALLED");
    assertThat(empty(called.at("/intake/calledAt"))).isFalse();

    ApiClient.Reply impossible =
        nurse.postJson(
            "api/intakes/" + id + "/status",
            body("status", "SEEN", "version", called.get("version").asLong()));
    assertThat(impossible.status()).isEqualTo(409);
    assertThat(impossible.json().get("message").asText())
        .contains("CALLED")
        .contains("cannot move to SEEN");

    ApiClient.Reply unknown =
        nurse.postJson("api/intakes/" + id + "/status", body("status", "GONE"));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("status");

    ApiClient.Reply noReason =
        nurse.postJson(
            "api/intakes/" + id + "/undo", body("version", called.get("version").asLong()));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().at("/errors/0/field").asText()).isEqualTo("reason");

    JsonNode undone =
        nurse
            .postJson(
                "api/intakes/" + id + "/undo",
                body(
                    "reason", "called the wrong ticket", "version", called.get("version").asLong()))
            .json();
    assertThat(undone.at("/intake/status").asText()).isEqualTo("WAITING");
    assertThat(empty(undone.at("/intake/calledAt"))).isTrue();
    List<String> kinds = new ArrayList<>();
    undone.get("history").forEach(line -> kinds.add(line.get("kind").asText()));
    assertThat(kinds).containsExactly("ARRIVED", "STATUS", "UNDONE");

    assertThat(audited(id, "INTAKE_STATUS_CHANGED"))
        .containsExactlyInAnyOrder("SUCCESS", "FAILURE", "FAILURE");
    assertThat(audited(id, "CHANGE_UNDONE")).containsExactlyInAnyOrder("SUCCESS", "FAILURE");
  }

  @Test
  void aStaleVersion_getsA409NamingWhoChangedItAndWhen_andNothingIsLost() {
    long id = deskWorker();
    long seenByBoth = detail(id).get("version").asLong();
    nurse.postJson(
        "api/intakes/" + id + "/status", body("status", "CALLED", "version", seenByBoth));

    ApiClient.Reply second =
        nurse.postJson(
            "api/intakes/" + id + "/override",
            body("urgency", "URGENT", "reason", "looks unwell", "version", seenByBoth));

    assertThat(second.status()).isEqualTo(409);
    assertThat(second.json().get("message").asText())
        .contains("changed by nurse at")
        .contains("Reload");
    assertThat(empty(detail(id).at("/intake/finalUrgency"))).isTrue();
    assertThat(detail(id).at("/intake/status").asText()).isEqualTo("CALLED");
  }

  @Test
  void override_shouldNeedAReason_andAConfirmationBelowARedFlag_andStayHighlighted() {
    long id = submit("Acs", IntakeApiIT.ACS_ANSWERS);
    long version = detail(id).get("version").asLong();

    ApiClient.Reply noReason =
        nurse.postJson(
            "api/intakes/" + id + "/override", body("urgency", "URGENT", "version", version));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().at("/errors/0/field").asText()).isEqualTo("reason");

    ApiClient.Reply unconfirmed =
        nurse.postJson(
            "api/intakes/" + id + "/override",
            body("urgency", "ROUTINE", "reason", "known angina, settled", "version", version));
    assertThat(unconfirmed.status()).isEqualTo(400);
    assertThat(unconfirmed.json().at("/errors/0/field").asText()).isEqualTo("confirmBelowRedFlag");

    JsonNode lowered =
        nurse
            .postJson(
                "api/intakes/" + id + "/override",
                body(
                    "urgency",
                    "ROUTINE",
                    "reason",
                    "known angina, settled",
                    "confirmBelowRedFlag",
                    true,
                    "version",
                    version))
            .json();
    assertThat(lowered.at("/intake/urgency").asText()).isEqualTo("ROUTINE");
    assertThat(lowered.at("/intake/belowRedFlag").asBoolean()).isTrue();
    assertThat(lowered.get("overrideReason").asText()).isEqualTo("known angina, settled");
    assertThat(audited(id, "URGENCY_SET"))
        .containsExactlyInAnyOrder("SUCCESS", "FAILURE", "FAILURE");
  }

  @Test
  void vitals_shouldBeRangeChecked_andReRunTheEngine_escalatingToAnEmergencyAlert() {
    long id = deskWorker();
    String before = detail(id).at("/intake/urgency").asText();

    ApiClient.Reply impossible =
        nurse.postJson(
            "api/intakes/" + id + "/vitals", body("heart_rate", 400, "spo2", 20, "pulse", 3));
    assertThat(impossible.status()).isEqualTo(400);
    List<String> fields = impossible.json().findValuesAsText("field");
    assertThat(fields).containsExactlyInAnyOrder("heart_rate", "spo2", "pulse");
    assertThat(impossible.text()).contains("between 20 and 250");

    JsonNode escalated =
        nurse.postJson("api/intakes/" + id + "/vitals", body("spo2", 89, "heart_rate", 96)).json();

    assertThat(before).isNotEqualTo("EMERGENCY");
    assertThat(escalated.at("/intake/urgency").asText()).isEqualTo("EMERGENCY");
    assertThat(escalated.at("/intake/alertOpen").asBoolean()).isTrue();
    assertThat(escalated.at("/vitals/spo2").asInt()).isEqualTo(89);
    assertThat(escalated.at("/intake/redFlags").toString()).contains("RF-VITALS");
    List<String> kinds = escalated.get("history").findValuesAsText("kind");
    assertThat(kinds).contains("VITALS", "ALERT_RAISED");
    assertThat(nurse.get("api/queue/alerts").json().findValuesAsText("id"))
        .contains(Long.toString(id));
    assertThat(audited(id, "VITALS_RECORDED")).containsExactlyInAnyOrder("SUCCESS", "FAILURE");

    ApiClient.Reply acknowledged = nurse.postJson("api/intakes/" + id + "/acknowledge", "{}");
    assertThat(acknowledged.status()).as(acknowledged.text()).isEqualTo(200);
    assertThat(acknowledged.json().get("alertAcknowledgedBy").asText()).isEqualTo("nurse");
    assertThat(nurse.postJson("api/intakes/" + id + "/acknowledge", "{}").status()).isEqualTo(409);
    assertThat(nurse.get("api/queue/alerts").json().findValuesAsText("id"))
        .doesNotContain(Long.toString(id));
    assertThat(audited(id, "ALERT_ACKNOWLEDGED")).containsExactlyInAnyOrder("SUCCESS", "FAILURE");
  }

  @Test
  void anEmergencyArrival_raisesAnAlert_thatAClinicianSees_butOnlyANurseAcknowledges() {
    long id = submit("Alarm", IntakeApiIT.ACS_ANSWERS);

    assertThat(clinician.get("api/queue/alerts").json().findValuesAsText("id"))
        .contains(Long.toString(id));
    assertThat(clinician.postJson("api/intakes/" + id + "/acknowledge", "{}").status())
        .isEqualTo(403);
    assertThat(nurse.postJson("api/intakes/" + id + "/acknowledge", "{}").status()).isEqualTo(200);
  }

  @Test
  void actionsOnAMissingIntake_get404_andAreAudited() {
    // Each action its own body: a field an action does not take is refused (400) before the intake
    // is looked up.
    Map<String, Map<String, Object>> actions =
        Map.of(
            "status", body("status", "CALLED", "reason", "x", "version", 0),
            "override", body("urgency", "SOON", "reason", "x", "version", 0),
            "vitals", body("heart_rate", 80, "version", 0),
            "undo", body("reason", "x", "version", 0),
            "acknowledge", body());
    actions.forEach(
        (action, body) -> {
          ApiClient.Reply reply = nurse.postJson("api/intakes/987654/" + action, body);
          assertThat(reply.status()).as(action + ": " + reply.text()).isEqualTo(404);
        });
    assertThat(nurse.get("api/intakes/987654").status()).isEqualTo(404);
  }

  @Test
  void detail_shouldShowAnswersEvidenceAndSources_inClinicalWords() {
    long id = submit("Words", IntakeApiIT.ACS_ANSWERS);

    JsonNode detail = clinician.get("api/intakes/" + id).json();

    assertThat(detail.get("answers").findValuesAsText("questionText"))
        .anyMatch(t -> t.contains("sweat"));
    JsonNode flag = detail.at("/redFlags/0");
    assertThat(flag.get("id").asText()).isEqualTo("RF-ACS-1");
    assertThat(flag.get("description").asText()).startsWith("Possible heart attack");
    assertThat(flag.get("triggeredBy").findValuesAsText("answer")).isNotEmpty();
    assertThat(flag.get("sources").findValuesAsText("text")).anyMatch(t -> t.contains("http"));
    assertThat(detail.at("/intake/causeNames/0").asText())
        .isEqualTo("Heart attack / acute coronary syndrome");
    assertThat(detail.at("/intake/redFlagNames/0").asText()).startsWith("Possible heart attack");
    assertThat(detail.get("safetyNet").asText()).isNotBlank();
    assertThat(audited(id, "INTAKE_VIEWED")).contains("SUCCESS");
  }

  @Test
  void queue_shouldBeOrderedByUrgencyThenArrival_filtered_andPagedByTheServer() {
    long calm = deskWorker();
    long urgent = submit("Acs", IntakeApiIT.ACS_ANSWERS);

    ApiClient.Reply all = nurse.get("api/queue?size=200");
    List<String> ids = all.json().findValuesAsText("id");
    assertThat(ids.indexOf(Long.toString(urgent))).isLessThan(ids.indexOf(Long.toString(calm)));
    assertThat(Long.parseLong(all.header("X-Total-Count"))).isGreaterThanOrEqualTo(2);

    ApiClient.Reply onePage = nurse.get("api/queue?size=1");
    assertThat(onePage.json().size()).isEqualTo(1);
    assertThat(nurse.get("api/queue?urgency=EMERGENCY").json().findValuesAsText("urgency"))
        .containsOnly("EMERGENCY");
    nurse.postJson("api/intakes/" + calm + "/status", body("status", "CALLED"));
    assertThat(nurse.get("api/queue?status=CALLED").json().findValuesAsText("id"))
        .contains(Long.toString(calm));
    assertThat(nurse.get("api/queue?status=SOMETIMES").status()).isEqualTo(400);
    assertThat(nurse.get("api/queue?size=5000").status()).isEqualTo(400);
  }

  @Test
  void theEventStream_announcesANewArrival_withoutPatientData() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request =
        HttpRequest.newBuilder(new ApiClient(base).resolve("api/queue/events"))
            .header("Accept", "text/event-stream")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(ApiClient.NURSE.getBytes(StandardCharsets.UTF_8)))
            .build();
    HttpResponse<InputStream> stream =
        http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    assertThat(stream.statusCode()).isEqualTo(200);
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
    CompletableFuture<Void> connected = new CompletableFuture<>();
    CompletableFuture<List<String>> untilQueueEvent =
        CompletableFuture.supplyAsync(
            () -> {
              List<String> read = new ArrayList<>();
              try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  read.add(line);
                  if (line.equals("event: hello")) {
                    connected.complete(null);
                  }
                  if (line.equals("event: queue")) {
                    read.add(lines.readLine());
                    read.add(lines.readLine());
                    return read;
                  }
                }
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              return read;
            });
    try {
      // Guards against a hung stream, not timing assertions: each comes within about a second.
      connected.get(30, TimeUnit.SECONDS);
      String givenName = "Streamed" + UUID.randomUUID().toString().substring(0, 4);
      submit(givenName, IntakeApiIT.DESK_WORKER_ANSWERS);
      List<String> read = untilQueueEvent.get(30, TimeUnit.SECONDS);
      assertThat(read).contains("event: queue");
      assertThat(String.join("\n", read)).doesNotContain(givenName).doesNotContain("Workflow");
    } finally {
      // Closing while the reader thread blocks can wait on the connection: let it go on its own
      // thread.
      var unused =
          CompletableFuture.runAsync(
              () -> {
                try {
                  lines.close();
                } catch (java.io.IOException e) {
                  // the stream is being abandoned anyway
                }
              });
    }
  }

  // ---- In the browser
  // ------------------------------------------------------------------------------

  WebDriver nurseBrowser() {
    WebDriver driver = Browser.start();
    new LoginPage(driver).open(base.toString()).logIn("nurse", "demo-nurse");
    return driver;
  }

  String ticketOf(long id) {
    return detail(id).at("/intake/ticket").asText();
  }

  @Test
  void aNurse_seesArrivalsLive_andAnEmergencyBannerThatStaysUntilAcknowledged() {
    WebDriver driver = nurseBrowser();
    try {
      QueuePage queue = new QueuePage(driver).open(base.toString());
      queue.startShift();
      assertThat(queue.soundState()).isEqualTo("Alert sound on.");

      long calm = deskWorker();
      String calmRow = queue.rowOf(ticketOf(calm));
      assertThat(calmRow)
          .doesNotContain("DEGENERATIVE_OA")
          .doesNotContain("POSTURAL")
          .contains("Postural pain");

      long emergency = submit("Siren", IntakeApiIT.ACS_ANSWERS);
      assertThat(queue.alertFor(emergency))
          .contains(ticketOf(emergency))
          .contains("Possible heart attack");
      assertThat(queue.rowOf(ticketOf(emergency))).contains("Emergency").doesNotContain("RF-ACS-1");
      assertThat(Accessibility.violations(driver)).as("queue page with the banner").isEmpty();
      Browser.screenshot(driver, "queue-emergency-banner");

      new PatientPage(driver)
          .open(base.toString(), calm); // another staff page: the banner is there too
      assertThat(queue.alertFor(emergency)).contains(ticketOf(emergency));
      queue.acknowledge(emergency);
      queue.waitUntilAlertGone(emergency);
      assertThat(audited(emergency, "ALERT_ACKNOWLEDGED")).containsExactly("SUCCESS");
    } finally {
      driver.quit();
    }
  }

  @Test
  void
      thePatientPage_showsEvidenceInClinicalWords_vitalsEscalate_andOverridesNeedAReason_andUndo() {
    long id = deskWorker();
    String ticket = ticketOf(id);
    WebDriver driver = nurseBrowser();
    try {
      PatientPage patient = new PatientPage(driver).open(base.toString(), id);
      assertThat(patient.text("causes")).contains("Postural pain").doesNotContain("POSTURAL");
      assertThat(patient.text("answers")).contains("Yes");
      assertThat(Accessibility.violations(driver)).as("patient page").isEmpty();
      Browser.screenshot(driver, "patient-detail");

      patient.override("URGENT", " ");
      assertThat(patient.messageContaining("reason")).contains("An override needs a reason");

      patient.override("URGENT", "looks grey and sweaty");
      patient.waitForUrgency("Urgent");
      patient.waitForHistory("looks grey and sweaty");
      patient.undo("meant the next patient");
      patient.waitForHistory("meant the next patient");
      assertThat(patient.text("facts")).contains("not reviewed");

      patient.vital("spo2", "89");
      patient.saveVitals();
      patient.waitForUrgency("Emergency");
      assertThat(patient.text("red-flags")).contains("Because the patient answered");
      assertThat(Accessibility.violations(driver)).as("patient page after escalation").isEmpty();

      QueuePage queue = new QueuePage(driver).open(base.toString());
      queue.waitForUrgency(ticket, "EMERGENCY");
      List<String> urgencies = queue.urgencies();
      // the other desk workers of this class (self-care or routine) are still waiting below
      assertThat(urgencies).anyMatch(u -> !u.equals("EMERGENCY"));
      assertThat(queue.tickets().indexOf(ticket))
          .as("the escalated row moved above every non-emergency")
          .isLessThan(
              urgencies.indexOf(
                  urgencies.stream()
                      .filter(u -> !u.equals("EMERGENCY"))
                      .findFirst()
                      .orElseThrow()));
      assertThat(
              new ApiClient(base)
                  .as(ApiClient.NURSE)
                  .get("api/queue?urgency=EMERGENCY&size=200")
                  .json()
                  .findValuesAsText("ticket"))
          .contains(ticket);
    } finally {
      driver.quit();
    }
  }

  @Test
  void
      anOpenPatientPage_showsAnotherNursesChange_withinSeconds_withoutAReload_andAnUnchangedReReadIsNotAView() {
    long id = deskWorker();
    WebDriver first = nurseBrowser();
    WebDriver second = nurseBrowser();
    try {
      PatientPage one = new PatientPage(first).open(base.toString(), id);
      PatientPage two = new PatientPage(second).open(base.toString(), id);

      one.moveTo("CALLED");
      two.waitForHistory("Status waiting → called");
      assertThat(two.messageContaining("Updated by nurse")).contains("called");
      assertThat(two.status()).contains("Called");

      // Both pages keep asking on every event and heartbeat; while nothing changes, nothing is
      // viewed.
      int views = audited(id, "INTAKE_VIEWED").size();
      sleepSeconds(8);
      assertThat(audited(id, "INTAKE_VIEWED"))
          .as("re-reads of an unchanged patient")
          .hasSize(views);

      long version = detail(id).get("version").asLong();
      ApiClient.Reply unchanged =
          new ApiClient(base)
              .as(ApiClient.NURSE)
              .with("If-None-Match", "\"" + version + "\"")
              .send("GET", "api/intakes/" + id, null);
      assertThat(unchanged.status()).isEqualTo(304);
      assertThat(unchanged.body()).isEmpty();
    } finally {
      first.quit();
      second.quit();
    }
  }

  @Test
  void twoNurses_onOnePatient_theSecondGetsTheConflict_namingWhoAndWhen() {
    long id = deskWorker();
    WebDriver first = nurseBrowser();
    WebDriver second = nurseBrowser();
    try {
      PatientPage one = new PatientPage(first).open(base.toString(), id);
      PatientPage two = new PatientPage(second).open(base.toString(), id);

      two.startOverride("URGENT", "pale");
      one.moveTo("CALLED");
      one.waitForHistory("Status waiting → called");
      assertThat(two.messageContaining("This patient was changed by nurse"))
          .as("the live notice keeps what the second nurse typed")
          .contains("Reload");
      two.saveOverride();

      // Wait for the save's own answer, which names the ticket: the live notice above also says
      // "was
      // changed by nurse", and reading it before the 409 arrived failed the PostgreSQL pass once.
      assertThat(two.messageContaining("Ticket")).contains("was changed by nurse");
      assertThat(detail(id).at("/intake/status").asText()).isEqualTo("CALLED");
      assertThat(empty(detail(id).at("/intake/finalUrgency")))
          .as("nothing silently overwritten")
          .isTrue();
    } finally {
      first.quit();
      second.quit();
    }
  }
}
