package org.triagedesk.intake.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logins, sessions, CSRF, throttling, kiosk enrolment and revocation, security headers, the audit
 * trail, and no patient data in the server log, all over real HTTP against the real WAR.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TriageDeskDeployment.war();
  }

  @ArquillianResource URL base;
  ApiClient api;
  ApiClient admin;

  @BeforeEach
  void client() {
    api = new ApiClient(base);
    admin = api.as(ApiClient.ADMIN);
  }

  static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  static Map<String, Object> intake(String given, String family, String birthDate) {
    return Map.of(
        "patient",
            Map.of(
                "givenName", given, "familyName", family, "birthDate", birthDate, "language", "en"),
        "protocol", "upper-back-pain",
        "answers", Map.of("pain_location", List.of("between_shoulder_blades"), "mechanical", true));
  }

  /** Logs in through the form, as the login page does, and returns the cookie-holding client. */
  ApiClient loggedIn(String username, String password) {
    ApiClient browser = api.withCookieJar();
    ApiClient.Reply login =
        browser.postForm(
            "login",
            "username="
                + username
                + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8));
    assertThat(login.status()).as("login of " + username).isEqualTo(302);
    assertThat(login.header("Location")).doesNotContain("error");
    return browser;
  }

  List<JsonNode> audit(String query) {
    JsonNode page = admin.get("api/audit?size=500&" + query).json();
    List<JsonNode> events = new ArrayList<>();
    page.get("events").forEach(events::add);
    return events;
  }

  List<String> actions(String query) {
    return audit(query).stream().map(e -> e.get("action").asText()).toList();
  }

  @Test
  void everyResponse_carriesTheSecurityHeaders_andPatientDataIsNeverCached() {
    for (ApiClient.Reply reply :
        List.of(
            api.get(""),
            api.get("api/queue"),
            api.as(ApiClient.NURSE).get("api/queue"),
            api.get("login.html"),
            api.as(ApiClient.ADMIN).get("api/queue"))) {
      String csp = reply.header("Content-Security-Policy");
      assertThat(csp)
          .contains("script-src 'self'")
          .contains("frame-ancestors 'none'")
          .doesNotContain("unsafe-inline");
      assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
    }
    assertThat(api.as(ApiClient.NURSE).get("api/queue").header("Cache-Control"))
        .isEqualTo("no-store");
    assertThat(api.get("api/queue").header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void formLogin_opensAnHttpOnlySameSiteSession_withANewIdEachTime_andLogoutEndsIt() {
    ApiClient browser = api.withCookieJar();
    ApiClient.Reply first =
        browser.postForm("login", "username=nurse&password=demo-nurse&next=%2Fstaff%2Fqueue.html");
    assertThat(first.status()).isEqualTo(302);
    assertThat(first.header("Location")).endsWith("/staff/queue.html");
    String cookie = first.header("Set-Cookie");
    assertThat(cookie)
        .contains("JSESSIONID=")
        .contains("HttpOnly")
        .containsIgnoringCase("SameSite=Strict");
    String second =
        browser.postForm("login", "username=nurse&password=demo-nurse").header("Set-Cookie");
    assertThat(second).contains("JSESSIONID=");
    assertThat(sessionId(second)).isNotEqualTo(sessionId(cookie));

    JsonNode session = browser.get("api/session").json();
    assertThat(session.get("kind").asText()).isEqualTo("staff");
    assertThat(session.get("roles").toString()).contains("NURSE");
    assertThat(browser.get("api/queue").status()).isEqualTo(200);

    String csrf = session.get("csrfToken").asText();
    assertThat(browser.postForm("logout", "csrf=wrong").status()).isEqualTo(403);
    assertThat(browser.postForm("logout", "csrf=" + csrf).header("Location"))
        .contains("login.html?loggedOut");
    assertThat(browser.get("api/queue").status()).isEqualTo(401);
    assertThat(actions("actor=nurse")).contains("LOGIN", "LOGOUT");
  }

  static String sessionId(String setCookie) {
    return setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
  }

  @Test
  void stateChangingRequests_onASessionCookie_needTheCsrfToken() {
    ApiClient nurse = loggedIn("nurse", "demo-nurse");
    String csrf = nurse.get("api/session").json().get("csrfToken").asText();

    ApiClient.Reply forged = nurse.postJson("api/intakes", intake("Walk", "In", "1970-01-01"));
    assertThat(forged.status()).isEqualTo(403);
    assertThat(forged.text()).contains("CSRF");
    ApiClient.Reply real =
        nurse
            .with("X-CSRF-Token", csrf)
            .postJson("api/intakes", intake("Walk", "In", "1970-01-01"));
    assertThat(real.status()).as(real.text()).isEqualTo(201);
    long id = real.json().get("id").asLong();
    assertThat(audit("intake=" + id).get(0).get("actor").asText()).isEqualTo("nurse");
  }

  @Test
  void wrongPasswords_slowDownThenLockTheAccount_with429_andAreAudited() {
    String username = unique("locked.");
    assertThat(
            admin
                .postJson(
                    "api/staff-accounts",
                    Map.of(
                        "username",
                        username,
                        "displayName",
                        "Locked Nurse",
                        "password",
                        "right-password-123",
                        "roles",
                        List.of("NURSE")))
                .status())
        .isEqualTo(201);
    ApiClient right = api.as(username + ":right-password-123");
    assertThat(right.get("api/queue").status()).isEqualTo(200);

    for (int i = 0; i < 5; i++) {
      assertThat(api.as(username + ":wrong-" + i).get("api/queue").status()).isEqualTo(401);
    }
    ApiClient.Reply refused = api.as(username + ":right-password-123-but-new").get("api/queue");
    assertThat(refused.status()).isEqualTo(429);
    assertThat(refused.header("Retry-After")).isNotBlank();
    // Locked means locked: a remembered right password does not get around it either.
    assertThat(right.get("api/queue").status()).isEqualTo(429);
    assertThat(actions("actor=" + username)).contains("LOGIN_FAILED", "LOGIN_THROTTLED");

    ApiClient.Reply formRefused =
        api.postForm("login", "username=" + username + "&password=right-password-123");
    assertThat(formRefused.status()).isEqualTo(429);
    assertThat(formRefused.text()).contains("Too many failed logins");
  }

  @Test
  void aLoginFormPostedFromAnotherSite_isRefused() {
    ApiClient.Reply crossSite =
        api.with("Sec-Fetch-Site", "cross-site")
            .postForm("login", "username=nurse&password=demo-nurse");
    assertThat(crossSite.status()).isEqualTo(403);
    assertThat(
            api.with("Origin", "https://evil.example")
                .postForm("login", "username=nurse&password=demo-nurse")
                .status())
        .isEqualTo(403);
  }

  @Test
  void unknownAccounts_andWrongPasswords_getTheSameAnswer() {
    ApiClient.Reply unknown =
        api.postForm("login", "username=nobody-" + UUID.randomUUID() + "&password=whatever-pw");
    ApiClient.Reply wrong = api.postForm("login", "username=clinician&password=not-the-password");
    assertThat(unknown.header("Location"))
        .isEqualTo(wrong.header("Location"))
        .contains("error=invalid");
    assertThat(api.as("nobody:x").get("api/queue").text())
        .isEqualTo(api.as("clinician:x").get("api/queue").text());
  }

  @Test
  void disablingAnAccount_endsItsLogins_atOnce() {
    String username = unique("leaver.");
    admin.postJson(
        "api/staff-accounts",
        Map.of(
            "username",
            username,
            "displayName",
            "Leaver",
            "password",
            "leaving-soon-123",
            "roles",
            List.of("CLINICIAN")));
    ApiClient leaver = api.as(username + ":leaving-soon-123");
    ApiClient session = loggedIn(username, "leaving-soon-123");
    assertThat(leaver.get("api/queue").status()).isEqualTo(200);

    assertThat(admin.patchJson("api/staff-accounts/" + username, Map.of("enabled", false)).status())
        .isEqualTo(200);

    assertThat(leaver.get("api/queue").status()).isEqualTo(401);
    assertThat(session.get("api/queue").status()).isEqualTo(401);
    assertThat(actions("actor=admin&action=ACCOUNT_CHANGED").size()).isPositive();
  }

  @Test
  void accounts_refuseWeakPasswords_andUnknownRoles_with400sNamingTheField() {
    ApiClient.Reply reply =
        admin.postJson(
            "api/staff-accounts",
            Map.of(
                "username",
                "Bad Name",
                "displayName",
                "",
                "password",
                "short",
                "roles",
                List.of("JANITOR")));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.text())
        .contains("username")
        .contains("password")
        .contains("roles")
        .contains("displayName");
    assertThat(
            admin
                .postJson(
                    "api/staff-accounts",
                    Map.of(
                        "username",
                        "nurse",
                        "displayName",
                        "Dup",
                        "password",
                        "long-enough-pw-1",
                        "roles",
                        List.of("NURSE")))
                .status())
        .isEqualTo(409);
  }

  @Test
  void aKioskEnrolsWithAOneTimeCode_submitsWithItsCookie_andStopsWhenRevoked() {
    String name = unique("Front door ");
    JsonNode created = admin.postJson("api/kiosks", Map.of("name", name)).json();
    String code = created.get("secret").asText();
    long id = created.at("/kiosk/id").asLong();

    ApiClient device = api.withCookieJar();
    ApiClient.Reply enrolled = device.postJson("api/kiosk-enrolments", Map.of("code", code));
    assertThat(enrolled.status()).as(enrolled.text()).isEqualTo(200);
    assertThat(enrolled.header("Set-Cookie"))
        .contains("triage_kiosk=")
        .contains("HttpOnly")
        .contains("SameSite=Strict");
    assertThat(api.withCookieJar().postJson("api/kiosk-enrolments", Map.of("code", code)).status())
        .as("a used code")
        .isEqualTo(400);

    JsonNode session = device.get("api/session").json();
    assertThat(session.get("kind").asText()).isEqualTo("kiosk");
    assertThat(session.get("name").asText()).isEqualTo(name);
    ApiClient kiosk = device.with("X-CSRF-Token", session.get("csrfToken").asText());
    assertThat(device.postJson("api/intakes", intake("Cookie", "Kiosk", "1980-02-02")).status())
        .isEqualTo(403);
    ApiClient.Reply submitted =
        kiosk.postJson("api/intakes", intake("Cookie", "Kiosk", "1980-02-02"));
    assertThat(submitted.status()).isEqualTo(201);
    JsonNode record = audit("intake=" + submitted.json().get("id").asLong()).get(0);
    assertThat(record.get("actor").asText()).isEqualTo("kiosk:" + name);
    assertThat(record.get("action").asText()).isEqualTo("INTAKE_SUBMITTED");

    assertThat(admin.postJson("api/kiosks/" + id + "/revocation", "{}").status()).isEqualTo(200);
    assertThat(kiosk.postJson("api/intakes", intake("Cookie", "Kiosk", "1980-02-02")).status())
        .isEqualTo(401);
    assertThat(actions("action=KIOSK_REVOKED")).isNotEmpty();
  }

  @Test
  void aKioskApiToken_works_untilRevoked() {
    long id =
        admin
            .postJson("api/kiosks", Map.of("name", unique("Integration ")))
            .json()
            .at("/kiosk/id")
            .asLong();
    String token =
        admin.postJson("api/kiosks/" + id + "/token", "{}").json().get("secret").asText();
    ApiClient integration = api.asKiosk(token);
    assertThat(
            integration.postJson("api/intakes", intake("Token", "Client", "1990-03-03")).status())
        .isEqualTo(201);
    assertThat(integration.get("api/queue").status())
        .as("a kiosk may not read the queue")
        .isEqualTo(403);
    admin.postJson("api/kiosks/" + id + "/revocation", "{}");
    assertThat(
            integration.postJson("api/intakes", intake("Token", "Client", "1990-03-03")).status())
        .isEqualTo(401);
    assertThat(api.asKiosk("made-up-token").postJson("api/intakes", "{}").status()).isEqualTo(401);
  }

  @Test
  void everyViewAndExportOfPatientData_isAudited_withItsParameters() {
    long id =
        api.asKiosk(ApiClient.KIOSK_TOKEN)
            .postJson("api/intakes", intake("Audra", "Trail", "1961-06-06"))
            .json()
            .get("id")
            .asLong();
    api.as(ApiClient.NURSE).get("api/queue");
    api.as(ApiClient.CLINICIAN).get("api/intakes/" + id);
    api.as(ApiClient.CLINICIAN).get("api/reports/triage-queue.xlsx?deidentified=true");

    assertThat(actions("intake=" + id)).contains("INTAKE_SUBMITTED", "INTAKE_VIEWED");
    JsonNode viewed = audit("intake=" + id + "&action=INTAKE_VIEWED").get(0);
    assertThat(viewed.get("actor").asText()).isEqualTo("clinician");
    assertThat(viewed.get("roles").asText()).isEqualTo("CLINICIAN");
    assertThat(viewed.get("clientAddress").asText()).isNotBlank();
    assertThat(actions("actor=nurse&action=QUEUE_VIEWED")).isNotEmpty();
    JsonNode report = audit("actor=clinician&action=REPORT_DOWNLOADED").get(0);
    assertThat(report.get("detail").asText())
        .contains("deidentified=true")
        .containsPattern("rows=\\d+");

    ApiClient.Reply csv = admin.get("api/audit/export.csv?intake=" + id);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.text()).startsWith("id,occurred_at,actor").contains("INTAKE_VIEWED");
    assertThat(admin.get("api/audit?from=yesterday").status()).isEqualTo(400);
  }

  @Test
  void aRequestRefusedForItsRole_isAudited() {
    assertThat(api.as(ApiClient.NURSE).get("api/reports/triage-queue.xlsx").status())
        .isEqualTo(403);
    JsonNode refused = audit("actor=nurse&action=ACCESS_DENIED").get(0);
    assertThat(refused.get("detail").asText()).isEqualTo("GET /api/reports/triage-queue.xlsx");
    assertThat(refused.get("outcome").asText()).isEqualTo("REFUSED");
  }

  @Test
  void theAuditTrail_neverHoldsAPassword() {
    String username = unique("secretive.");
    String password = "correct-horse-" + UUID.randomUUID();
    admin.postJson(
        "api/staff-accounts",
        Map.of(
            "username",
            username,
            "displayName",
            "Secretive",
            "password",
            password,
            "roles",
            List.of("NURSE")));
    api.as(username + ":" + password).get("api/queue");
    api.postForm(
        "login", "username=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&password=x");
    assertThat(admin.get("api/audit/export.csv").text())
        .doesNotContain(password)
        .doesNotContain("demo-nurse");
  }

  @Test
  void theServerLog_isOneJsonObjectALine_withRequestIds_andHoldsNoPatientData() throws IOException {
    String given = "Zebulon" + UUID.randomUUID().toString().substring(0, 6);
    String family = "Quartermaine";
    String birthDate = "1951-07-19";
    String phone = "+1 (555) 0199-321";
    Map<String, Object> submission = new java.util.HashMap<>(intake(given, family, birthDate));
    submission.put(
        "patient",
        Map.of(
            "givenName",
            given,
            "familyName",
            family,
            "birthDate",
            birthDate,
            "language",
            "en",
            "phone",
            phone));
    submission.put(
        "answers",
        Map.of("pain_location", List.of("between_shoulder_blades"), "mechanical", true, "age", 74));
    ApiClient.Reply submitted =
        api.asKiosk(ApiClient.KIOSK_TOKEN).postJson("api/intakes", submission);
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
    String requestId = submitted.header("X-Request-Id");
    assertThat(requestId).as("every answer carries its request id").isNotBlank();
    long id = submitted.json().get("id").asLong();
    api.asKiosk(ApiClient.KIOSK_TOKEN)
        .postJson(
            "api/intakes",
            Map.of(
                "patient",
                Map.of("givenName", given, "familyName", family, "birthDate", "1951-19-07"),
                "answers",
                Map.of("pain_now", 99)));
    api.asKiosk(ApiClient.KIOSK_TOKEN)
        .postJson(
            "api/intakes",
            Map.of(
                "patient",
                Map.of(
                    "givenName",
                    given + "\u0000",
                    "familyName",
                    family,
                    "birthDate",
                    birthDate,
                    "language",
                    "en"),
                "protocol",
                "upper-back-pain",
                "answers",
                Map.of("mechanical", true)));
    api.as(ApiClient.NURSE).get("api/queue");
    api.as(ApiClient.NURSE).get("api/intakes/" + id);
    api.as(ApiClient.CLINICIAN).get("api/reports/triage-queue.xlsx");
    api.as("nurse:" + given).get("api/queue");
    // A request id sent by a proxy in front is kept; one that is not a plain token is replaced.
    assertThat(
            api.with("X-Request-Id", "proxy-id-12345678")
                .get("api/protocols")
                .header("X-Request-Id"))
        .isEqualTo("proxy-id-12345678");
    assertThat(
            api.with("X-Request-Id", "bad id; with " + given + " <x>")
                .get("api/protocols")
                .header("X-Request-Id"))
        .doesNotContain(given)
        .matches("[0-9a-f-]{36}");

    // Payara's file handler rotates: server-<run>.log.0, .1, ... (every test class's server writes
    // here).
    Path configured = Path.of(System.getProperty("it.serverlog"));
    List<JsonNode> lines = new ArrayList<>();
    List<String> notJson = new ArrayList<>();
    try (var files = Files.list(configured.getParent())) {
      for (Path file :
          files
              .filter(
                  f ->
                      f.getFileName().toString().startsWith(configured.getFileName().toString())
                          && !f.toString().endsWith(".lck"))
              .toList()) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (line.isBlank()) {
            continue;
          }
          try {
            lines.add(ApiClient.JSON.readTree(line));
          } catch (IOException e) {
            notJson.add(line);
          }
        }
      }
    }
    assertThat(notJson).as("every line of the server log is one JSON object").isEmpty();
    assertThat(lines)
        .as("the server log has the application's lines")
        .anyMatch(line -> line.path("LogMessage").asText().contains("Schema at version"));
    assertThat(lines)
        .as("the request log names the intake's request by its id")
        .anyMatch(
            line ->
                requestId.equals(line.path("requestId").asText())
                    && "/api/intakes".equals(line.path("path").asText())
                    && "201".equals(line.path("status").asText()));
    for (JsonNode line : lines) {
      String text = line.toString();
      assertThat(text)
          .doesNotContain(given)
          .doesNotContain(family)
          .doesNotContain(birthDate)
          .doesNotContain("1951-19-07")
          .doesNotContain("between_shoulder_blades")
          .doesNotContain("0199-321")
          .doesNotContain("demo-nurse");
    }
  }
}
