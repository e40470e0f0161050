package org.triagedesk.intake.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention on a server of its own (container "payara-micro-retention" in arquillian.xml) that
 * keeps who the patient was for 0.0002 days (17 s) and runs the job every 2 s: an intake that left
 * the queue loses its names, phone and day of birth, keeps its clinical record, and the job's work
 * is in the audit trail; an intake still in the queue keeps everything.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionIT {

  @Deployment(testable = false)
  @TargetsContainer("payara-micro-retention")
  static WebArchive deployment() {
    return TriageDeskDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void retention_shouldDeidentifyIntakesThatLeftTheQueue_keepTheClinicalRecord_andAuditIt()
      throws Exception {
    ApiClient api = new ApiClient(base);
    ApiClient kiosk = api.asKiosk(ApiClient.KIOSK_TOKEN);
    ApiClient nurse = api.as(ApiClient.NURSE);
    ApiClient admin = api.as(ApiClient.ADMIN);
    String family =
        "Retained" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toLowerCase(Locale.ROOT);
    // Not an emergency: an open alert would stay on the banners of the IT classes that share the
    // database.
    Map<String, Object> answers =
        Map.of(
            "age",
            44,
            "pain_location",
            List.of("between_shoulder_blades"),
            "pain_quality",
            List.of("burning"));
    JsonNode submitted = submit(kiosk, "Gone", family, answers);
    long gone = submitted.get("id").asLong();
    long waiting = submit(kiosk, "Waiting", family, answers).get("id").asLong();
    assertThat(
            nurse
                .postJson(
                    "api/intakes/" + gone + "/status", Map.of("status", "LEFT_WITHOUT_BEING_SEEN"))
                .status())
        .isEqualTo(200);

    JsonNode deidentified =
        waitUntilDeidentified(nurse, gone, Instant.now().plus(Duration.ofSeconds(90)));

    JsonNode patient = deidentified.get("intake");
    assertThat(patient.get("givenName").asText()).isEqualTo("removed");
    assertThat(patient.get("familyName").asText()).isEqualTo("removed");
    assertThat(patient.path("phone").isMissingNode() || patient.get("phone").isNull())
        .as("no phone")
        .isTrue();
    assertThat(patient.get("birthDate").asText()).isEqualTo("1966-01-01");
    assertThat(patient.get("status").asText()).isEqualTo("LEFT_WITHOUT_BEING_SEEN");
    assertThat(patient.get("assessedUrgency").asText())
        .isEqualTo(submitted.get("urgency").asText());
    assertThat(deidentified.get("answers"))
        .extracting(a -> a.get("question").asText())
        .contains("age", "pain_location", "pain_quality");
    assertThat(deidentified.get("history")).isNotEmpty();

    JsonNode stillWaiting = nurse.get("api/intakes/" + waiting).json().get("intake");
    assertThat(stillWaiting.get("familyName").asText()).isEqualTo(family);
    assertThat(stillWaiting.get("birthDate").asText()).isEqualTo("1966-07-21");

    JsonNode events =
        admin
            .get("api/audit?size=50&action=INTAKE_DEIDENTIFIED&intake=" + gone)
            .json()
            .get("events");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).get("actor").asText()).isEqualTo("system:retention");
    assertThat(events.get(0).get("outcome").asText()).isEqualTo("SUCCESS");
    assertThat(
            admin
                .get("api/audit?size=50&action=INTAKE_DEIDENTIFIED&intake=" + waiting)
                .json()
                .get("events"))
        .isEmpty();
    assertThat(
            nurse
                .postJson(
                    "api/intakes/" + waiting + "/status",
                    Map.of("status", "LEFT_WITHOUT_BEING_SEEN"))
                .status())
        .as("the queue left as it was found")
        .isEqualTo(200);
  }

  static JsonNode submit(
      ApiClient kiosk, String given, String family, Map<String, Object> answers) {
    ApiClient.Reply reply =
        kiosk
            .with("Idempotency-Key", UUID.randomUUID().toString())
            .postJson(
                "api/intakes",
                Map.of(
                    "patient",
                    Map.of(
                        "givenName",
                        given,
                        "familyName",
                        family,
                        "birthDate",
                        "1966-07-21",
                        "language",
                        "en",
                        "phone",
                        "+1 555 0100"),
                    "protocol",
                    "upper-back-pain",
                    "answers",
                    answers));
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return reply.json();
  }

  static JsonNode waitUntilDeidentified(ApiClient nurse, long id, Instant deadline)
      throws InterruptedException {
    while (true) {
      JsonNode detail = nurse.get("api/intakes/" + id).json();
      if ("removed".equals(detail.get("intake").get("familyName").asText())
          || Instant.now().isAfter(deadline)) {
        return detail;
      }
      Thread.sleep(1000);
    }
  }
}
