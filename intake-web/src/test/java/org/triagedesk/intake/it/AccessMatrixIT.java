package org.triagedesk.intake.it;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access matrix of docs/security.md, proven against the running application: every JAX-RS
 * resource method and every staff page is called anonymously and as each role. The endpoints are
 * found by reflection, so a new endpoint that is missing from the matrix fails this test before it
 * can ship unprotected.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

  enum Who {
    ANONYMOUS,
    NURSE,
    CLINICIAN,
    ADMIN,
    KIOSK
  }

  static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);

  /**
   * The contract: who may call each endpoint. Anyone else gets 401 (anonymous) or 403 (wrong role).
   */
  static final Map<String, Set<Who>> API =
      Map.ofEntries(
          entry("POST /api/assessments", EVERYONE),
          entry("POST /api/assessments/screening", EVERYONE),
          entry("GET /api/protocols", EVERYONE),
          entry("GET /api/protocols/{id}", EVERYONE),
          entry("GET /api/session", EVERYONE),
          entry("GET /api/waiting-room", EVERYONE),
          entry("POST /api/kiosk-enrolments", EVERYONE),
          entry("POST /api/intakes", EnumSet.of(Who.KIOSK, Who.NURSE)),
          entry("GET /api/intakes/{id}", EnumSet.of(Who.NURSE, Who.CLINICIAN)),
          entry("GET /api/intakes/{id}/fhir", EnumSet.of(Who.NURSE, Who.CLINICIAN)),
          entry("POST /api/intakes/{id}/status", EnumSet.of(Who.NURSE)),
          entry("POST /api/intakes/{id}/override", EnumSet.of(Who.NURSE)),
          entry("POST /api/intakes/{id}/vitals", EnumSet.of(Who.NURSE)),
          entry("POST /api/intakes/{id}/acknowledge", EnumSet.of(Who.NURSE)),
          entry("POST /api/intakes/{id}/undo", EnumSet.of(Who.NURSE)),
          entry("GET /api/queue", EnumSet.of(Who.NURSE, Who.CLINICIAN)),
          entry("GET /api/queue/alerts", EnumSet.of(Who.NURSE, Who.CLINICIAN)),
          entry("GET /api/queue/events", EnumSet.of(Who.NURSE, Who.CLINICIAN)),
          entry("GET /api/reports/triage-queue.xlsx", EnumSet.of(Who.CLINICIAN)),
          entry("GET /api/reports/rule-review.xlsx", EnumSet.of(Who.CLINICIAN)),
          entry("GET /api/staff-accounts", EnumSet.of(Who.ADMIN)),
          entry("POST /api/staff-accounts", EnumSet.of(Who.ADMIN)),
          entry("PATCH /api/staff-accounts/{username}", EnumSet.of(Who.ADMIN)),
          entry("GET /api/kiosks", EnumSet.of(Who.ADMIN)),
          entry("POST /api/kiosks", EnumSet.of(Who.ADMIN)),
          entry("POST /api/kiosks/{id}/enrolment-code", EnumSet.of(Who.ADMIN)),
          entry("POST /api/kiosks/{id}/token", EnumSet.of(Who.ADMIN)),
          entry("POST /api/kiosks/{id}/revocation", EnumSet.of(Who.ADMIN)),
          entry("GET /api/audit", EnumSet.of(Who.ADMIN)),
          entry("GET /api/audit/export.csv", EnumSet.of(Who.ADMIN)));

  static final Map<String, Set<Who>> STAFF_PAGES =
      Map.of(
          "staff/queue.html", EnumSet.of(Who.NURSE, Who.CLINICIAN),
          "staff/patient.html", EnumSet.of(Who.NURSE, Who.CLINICIAN),
          "staff/reports.html", EnumSet.of(Who.CLINICIAN),
          "staff/admin/accounts.html", EnumSet.of(Who.ADMIN),
          "staff/admin/kiosks.html", EnumSet.of(Who.ADMIN),
          "staff/admin/audit.html", EnumSet.of(Who.ADMIN));

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TriageDeskDeployment.war();
  }

  @ArquillianResource URL base;

  ApiClient as(Who who) {
    ApiClient api = new ApiClient(base);
    return switch (who) {
      case ANONYMOUS -> api;
      case NURSE -> api.as(ApiClient.NURSE);
      case CLINICIAN -> api.as(ApiClient.CLINICIAN);
      case ADMIN -> api.as(ApiClient.ADMIN);
      case KIOSK -> api.asKiosk(ApiClient.KIOSK_TOKEN);
    };
  }

  /** Every resource method of the WAR's REST interface, as "METHOD /api/path". */
  static Set<String> resourceMethods() {
    return ResourceMethod.all().stream()
        .map(ResourceMethod::key)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyResourceMethod_isInTheAccessMatrix() {
    assertThat(resourceMethods()).containsExactlyInAnyOrderElementsOf(API.keySet());
  }

  @Test
  void everyResourceMethod_refusesAnonymousAndWrongRoles_andLetsTheRightOnesIn() {
    List<String> wrong = new ArrayList<>();
    API.forEach(
        (endpoint, allowed) -> {
          String verb = endpoint.substring(0, endpoint.indexOf(' '));
          String path =
              endpoint
                  .substring(endpoint.indexOf(' ') + 2)
                  .replace("{id}", "999999")
                  .replace("{username}", "no-such-account");
          String body = verb.equals("GET") ? null : "{}";
          for (Who who : Who.values()) {
            // Accept JSON: the event stream then answers 406 at once instead of streaming forever.
            int status = as(who).with("Accept", "application/json").send(verb, path, body).status();
            boolean ok =
                allowed.contains(who)
                    ? status != 401 && status != 403 && status < 500
                    : status == (who == Who.ANONYMOUS ? 401 : 403);
            if (!ok) {
              wrong.add(endpoint + " as " + who + " -> " + status);
            }
          }
        });
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyStaffPage_isInTheAccessMatrix() throws IOException {
    java.nio.file.Path webapp = Paths.get("src/main/webapp");
    Set<String> pages = new TreeSet<>();
    try (Stream<java.nio.file.Path> files = Files.walk(webapp.resolve("staff"))) {
      files
          .filter(f -> f.toString().endsWith(".html"))
          .forEach(f -> pages.add(webapp.relativize(f).toString().replace('\\', '/')));
    }
    assertThat(pages).containsExactlyInAnyOrderElementsOf(STAFF_PAGES.keySet());
  }

  @Test
  void everyStaffPage_sendsAnonymousToLogin_andRefusesWrongRoles() {
    List<String> wrong = new ArrayList<>();
    STAFF_PAGES.forEach(
        (page, allowed) -> {
          for (Who who : Who.values()) {
            ApiClient.Reply reply = as(who).get(page);
            boolean ok;
            if (who == Who.ANONYMOUS) {
              ok = reply.status() == 302 && reply.header("Location").contains("/login.html?next=");
            } else {
              ok = allowed.contains(who) ? reply.status() == 200 : reply.status() == 403;
            }
            if (!ok) {
              wrong.add(page + " as " + who + " -> " + reply.status());
            }
          }
        });
    assertThat(wrong).isEmpty();
  }

  /**
   * Served by Payara beside the application, outside web.xml: health for load balancers and
   * orchestrators, metrics for monitoring. Open to anyone who reaches the port, and holding counts
   * only, never patient data; docs/security.md says to keep them on the operations network.
   */
  @Test
  void healthAndMetrics_areOpen_andHoldNoPatientData() {
    ApiClient server;
    try {
      server = new ApiClient(TriageDeskDeployment.serverRoot(base).toURL());
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
    for (String path : List.of("health/live", "health/ready", "metrics")) {
      assertThat(server.get(path).status()).as(path).isEqualTo(200);
    }
  }

  @Test
  void publicPages_needNoLogin() {
    for (String page :
        List.of(
            "",
            "index.html",
            "login.html",
            "enrol.html",
            "css/triage.css",
            "js/kiosk.js",
            "fhir/Questionnaire/upper-back-pain",
            "waiting-room.html",
            "js/waiting-room.js")) {
      assertThat(new ApiClient(base).get(page).status()).as(page).isEqualTo(200);
    }
  }
}
