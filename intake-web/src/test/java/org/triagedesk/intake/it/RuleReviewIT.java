package org.triagedesk.intake.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rule-review workbook end to end (issue 15): a nurse sets a level above the engine's with a
 * reason that names the patient; the clinician's workbook counts it against the first-ranked cause,
 * gives the reason without the name, and the download is audited. Others are refused; a bad date is
 * a 400 naming it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RuleReviewIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TriageDeskDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void anOverride_isCountedWithItsDeidentifiedReason_andTheDownloadIsAudited() throws Exception {
    ApiClient api = new ApiClient(base);
    ApiClient nurse = api.as(ApiClient.NURSE);
    ApiClient clinician = api.as(ApiClient.CLINICIAN);
    String given =
        "Rulereview" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
    ApiClient.Reply submitted =
        api.asKiosk(ApiClient.KIOSK_TOKEN)
            .postJson(
                "api/intakes",
                Map.of(
                    "patient",
                    Map.of(
                        "givenName",
                        given,
                        "familyName",
                        "Audit",
                        "birthDate",
                        "1980-02-03",
                        "language",
                        "en"),
                    "protocol",
                    "upper-back-pain",
                    "answers",
                    IntakeApiIT.DESK_WORKER_ANSWERS));
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
    long id = submitted.json().get("id").asLong();
    JsonNode detail = nurse.get("api/intakes/" + id).json();
    String engine = detail.get("intake").get("assessedUrgency").asText();
    assertThat(engine).isNotEqualTo("EMERGENCY");
    ApiClient.Reply override =
        nurse.postJson(
            "api/intakes/" + id + "/override",
            Map.of(
                "urgency",
                "EMERGENCY",
                "reason",
                given + " grey and clammy, phone 0791234567",
                "version",
                detail.get("version").asLong()));
    assertThat(override.status()).as(override.text()).isEqualTo(200);

    ApiClient.Reply download = clinician.get("api/reports/rule-review.xlsx");
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.contentType()).startsWith(ReportDownloads.XLSX);
    assertThat(download.header("Content-Disposition")).contains("rule-review_");
    List<String> causes = ReportDownloads.cellsOfSheet(download.body(), "Cause categories");
    assertThat(causes).contains("[patient] grey and clammy, phone [number] (1)");
    List<String> all = ReportDownloads.allCells(download.body());
    assertThat(String.join("|", all))
        .doesNotContain(given)
        .doesNotContain("0791234567")
        .doesNotContain("clinician");
    assertThat(ReportDownloads.cellsOfSheet(download.body(), "By week")).isNotEmpty();
    assertThat(ReportDownloads.cellsOfSheet(download.body(), "Under-assessed answers"))
        .contains("sweating_clammy=false");

    JsonNode audit =
        api.as(ApiClient.ADMIN)
            .get("api/audit?size=50&actor=clinician&action=REPORT_DOWNLOADED")
            .json()
            .get("events");
    boolean found = false;
    for (JsonNode event : audit) {
      found |= event.get("detail").asText().startsWith("report=rule-review");
    }
    assertThat(found).as("rule-review download audited").isTrue();
  }

  @Test
  void othersAreRefused_andABadDateIsNamed() {
    ApiClient api = new ApiClient(base);
    assertThat(api.get("api/reports/rule-review.xlsx").status()).isEqualTo(401);
    assertThat(api.as(ApiClient.NURSE).get("api/reports/rule-review.xlsx").status()).isEqualTo(403);
    ApiClient.Reply bad =
        api.as(ApiClient.CLINICIAN).get("api/reports/rule-review.xlsx?from=last-week");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.text()).contains("from");
  }
}
