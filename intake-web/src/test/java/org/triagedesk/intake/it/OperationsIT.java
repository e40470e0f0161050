package org.triagedesk.intake.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What operations read (docs/operations.md): MicroProfile Health's live and ready checks and the
 * clinic's MicroProfile Metrics at /metrics, served by Payara beside the application; and the
 * request id on every answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TriageDeskDeployment.war();
  }

  @ArquillianResource URL base;

  ApiClient server() {
    try {
      return new ApiClient(TriageDeskDeployment.serverRoot(base).toURL());
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void health_isLiveAndReady_andReadyChecksTheDatabase() {
    ApiClient.Reply live = server().get("health/live");
    assertThat(live.status()).isEqualTo(200);
    assertThat(live.json().get("status").asText()).isEqualTo("UP");
    ApiClient.Reply ready = server().get("health/ready");
    assertThat(ready.status()).isEqualTo(200);
    JsonNode database = null;
    for (JsonNode check : ready.json().get("checks")) {
      if (check.get("name").asText().equals("database")) {
        database = check;
      }
    }
    assertThat(database).as("the ready check names the database").isNotNull();
    assertThat(database.get("status").asText()).isEqualTo("UP");
  }

  @Test
  void metrics_countIntakesByUrgency_timeAssessments_andFollowTheQueue()
      throws InterruptedException {
    ApiClient api = new ApiClient(base);
    String before = server().get("metrics").text();
    for (String name :
        List.of(
            "triage_intakes_total",
            "triage_assessment_duration_count",
            "triage_queue_length",
            "triage_queue_longest_wait_seconds",
            "triage_alerts_unacknowledged")) {
      assertThat(before).as(name).contains(name);
    }
    ApiClient.Reply stored =
        api.asKiosk(ApiClient.KIOSK_TOKEN)
            .postJson("api/intakes", SecurityIT.intake("Metric", "Counter", "1960-01-02"));
    assertThat(stored.status()).isEqualTo(201);
    String urgency = stored.json().get("urgency").asText();

    String after = server().get("metrics").text();
    assertThat(value(after, "triage_intakes_total", urgency))
        .isEqualTo(value(before, "triage_intakes_total", urgency) + 1);
    assertThat(value(after, "triage_assessment_duration_count", null))
        .isGreaterThan(value(before, "triage_assessment_duration_count", null));

    // The queue gauges follow the queue watch (once a second): they must agree with the queue
    // within 5 s.
    long inQueue =
        Long.parseLong(
            api.as(ApiClient.NURSE)
                .get("api/queue?urgency=" + urgency + "&size=1")
                .header("X-Total-Count"));
    int alerts = api.as(ApiClient.NURSE).get("api/queue/alerts").json().size();
    String now = after;
    for (int i = 0; i < 50 && value(now, "triage_queue_length", urgency) != inQueue; i++) {
      Thread.sleep(100);
      now = server().get("metrics").text();
    }
    assertThat(value(now, "triage_queue_length", urgency)).isEqualTo(inQueue);
    assertThat(value(now, "triage_alerts_unacknowledged", null)).isEqualTo(alerts);
    assertThat(value(now, "triage_queue_longest_wait_seconds", urgency)).isGreaterThanOrEqualTo(0);
    assertThat(now)
        .as("no metric holds patient data")
        .doesNotContain("Metric")
        .doesNotContain("1960-01-02");
  }

  @Test
  void everyAnswer_carriesARequestId_evenARefusal() {
    ApiClient api = new ApiClient(base);
    for (ApiClient.Reply reply :
        List.of(
            api.get("api/protocols"),
            api.get("api/queue"),
            api.postJson("api/assessments", "{"),
            api.get("index.html"))) {
      assertThat(reply.header("X-Request-Id"))
          .as("status " + reply.status())
          .matches("[0-9a-f-]{36}");
    }
    assertThat(
            api.postJson(
                    "api/assessments", Map.of("protocol", "upper-back-pain", "answers", Map.of()))
                .header("X-Request-Id"))
        .isNotBlank();
  }

  /**
   * A sample's value in the Prometheus text: the application's metric, with this urgency tag if
   * given.
   */
  static double value(String metrics, String name, String urgency) {
    Pattern sample = Pattern.compile("^" + name + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE);
    Matcher m = sample.matcher(metrics);
    while (m.find()) {
      String tags = m.group(1);
      if (tags.contains("mp_scope=\"application\"")
          && (urgency == null || tags.contains("urgency=\"" + urgency + "\""))) {
        return Double.parseDouble(m.group(2));
      }
    }
    throw new AssertionError("no sample of " + name + (urgency == null ? "" : " for " + urgency));
  }
}
