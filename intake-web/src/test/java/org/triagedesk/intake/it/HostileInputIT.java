package org.triagedesk.intake.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.triagedesk.intake.it.AccessMatrixIT.Who;

/**
 * The hostile-input corpus (docs/security.md): malformed and hostile requests against every
 * endpoint of the access matrix. The hand-written part is the table {@code hostile-input.tsv}; the
 * rest is generated for each endpoint found by reflection (so a new endpoint cannot escape it): a
 * wrong method, a wrong Accept, and for each that takes a body broken JSON, wrong shapes, an
 * unknown field, deep nesting, wrong content types and bodies over the limit. Every answer must be
 * a 4xx with a JSON error saying what is wrong, without a stack trace; none a 5xx; and nothing may
 * be stored by any of them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

  /** Over the 64 KiB default of triage.request.max.bytes. */
  static final int OVER_LIMIT = 70 * 1024;

  static final String PATIENT =
      "{\"givenName\":\"Hostile\",\"familyName\":\"Corpus\",\"birthDate\":\"1960-01-02\",\"language\":\"en\"}";
  static final String ANSWERS =
      "{\"pain_location\":[\"between_shoulder_blades\"],\"mechanical\":true}";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TriageDeskDeployment.war();
  }

  @ArquillianResource URL base;

  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /**
   * One request of the corpus and what it must get: one of {@code expect}, or any 4xx when it is
   * empty. {@code container}: refused by the HTTP layer before the application runs (an empty body
   * is allowed).
   */
  record Case(
      String kind,
      Who who,
      String method,
      String path,
      String contentType,
      Body body,
      Set<Integer> expect,
      boolean container,
      String note) {
    Case(
        String kind,
        Who who,
        String method,
        String path,
        String contentType,
        Body body,
        int expect,
        String note) {
      this(
          kind,
          who,
          method,
          path,
          contentType,
          body,
          expect == 0 ? Set.of() : Set.of(expect),
          false,
          note);
    }

    String describe() {
      return kind + " | " + method + " /" + path + " as " + who + " | " + note;
    }
  }

  /** A body: bytes with a declared length, or a stream sent chunked (no Content-Length). */
  record Body(byte[] bytes, boolean chunked) {
    static Body of(String text) {
      return new Body(text.getBytes(StandardCharsets.UTF_8), false);
    }
  }

  /**
   * Who is allowed to call it, preferring staff (their answers reach furthest into the
   * application).
   */
  static Who caller(String key) {
    Set<Who> allowed = AccessMatrixIT.API.get(key);
    for (Who who : List.of(Who.NURSE, Who.ADMIN, Who.CLINICIAN, Who.KIOSK, Who.ANONYMOUS)) {
      if (allowed.contains(who)) {
        return who;
      }
    }
    throw new IllegalStateException(key);
  }

  /** The generated part of the corpus: the same hostile requests for every endpoint. */
  List<Case> generated(long intake) {
    List<Case> cases = new ArrayList<>();
    Set<String> methodsTried = new java.util.HashSet<>();
    for (ResourceMethod endpoint : ResourceMethod.all()) {
      Who who = caller(endpoint.verb() + " /" + endpoint.path());
      String path =
          endpoint
              .path()
              .replace(
                  "{id}",
                  endpoint.path().startsWith("api/intakes") ? Long.toString(intake) : "999999")
              .replace("{username}", "no-such-account");
      boolean get = endpoint.verb().equals("GET");
      // Wrong methods for this path: none that another resource method serves at the same path.
      Set<String> served =
          ResourceMethod.all().stream()
              .filter(e -> e.path().equals(endpoint.path()))
              .map(ResourceMethod::verb)
              .collect(Collectors.toSet());
      for (String wrong : List.of("PUT", "DELETE", get ? "POST" : "GET")) {
        if (!served.contains(wrong) && methodsTried.add(wrong + " " + path)) {
          // 405 from JAX-RS; 403 where web.xml refuses every other method of the path outright
          // (/api/intakes).
          cases.add(
              new Case(
                  "method",
                  who,
                  wrong,
                  path,
                  "application/json",
                  wrong.equals("GET") || wrong.equals("DELETE") ? null : Body.of("{}"),
                  Set.of(403, 405),
                  false,
                  wrong + " where " + served + " is served"));
        }
      }
      if (get) {
        cases.add(new Case("accept", who, "GET", path, null, null, 406, "Accept: image/png"));
        continue;
      }
      cases.add(
          new Case(
              "accept",
              who,
              endpoint.verb(),
              path,
              "application/json",
              Body.of("{}"),
              406,
              "Accept: image/png"));
      for (String type :
          List.of(
              "text/plain",
              "application/xml",
              "application/x-www-form-urlencoded",
              "multipart/form-data; boundary=x",
              "")) {
        // Without a Content-Type JAX-RS may try JSON and find "{}" of the wrong shape: 400 or 415.
        cases.add(
            new Case(
                "content-type",
                who,
                endpoint.verb(),
                path,
                type,
                Body.of("{}"),
                type.isEmpty() ? 0 : 415,
                type.isEmpty() ? "no Content-Type" : type));
      }
      byte[] big =
          ("{\"protocol\":\"" + "a".repeat(OVER_LIMIT) + "\",\"answers\":{}}")
              .getBytes(StandardCharsets.UTF_8);
      cases.add(
          new Case(
              "size",
              who,
              endpoint.verb(),
              path,
              "application/json",
              new Body(big, false),
              413,
              "70 KiB body with its Content-Length"));
      int bodyStatus = endpoint.takesBody() ? 400 : 0;
      cases.add(
          new Case(
              "size",
              who,
              endpoint.verb(),
              path,
              "application/json",
              new Body(big, true),
              endpoint.takesBody() ? 413 : 0,
              "70 KiB body, chunked"));
      String deep = "[".repeat(5000) + "]".repeat(5000);
      Map<String, String> bodies = new java.util.LinkedHashMap<>();
      bodies.put("broken-json", "{\"protocol\":");
      bodies.put("broken-json ", "{\"protocol\":\"upper-back-pain\"}}garbage");
      bodies.put("broken-json  ", "not json at all");
      bodies.put("broken-json   ", "{'single':'quotes'}");
      bodies.put("shape", "[]");
      bodies.put("shape ", "\"a string\"");
      bodies.put("shape  ", "42");
      bodies.put("shape   ", "null");
      bodies.put("unknown-field", "{\"zzzUnknownField\":1}");
      bodies.put("nesting", "{\"answers\":" + deep + "}");
      bodies.put("nesting ", deep);
      bodies.forEach(
          (kind, body) ->
              cases.add(
                  new Case(
                      kind.strip(),
                      who,
                      endpoint.verb(),
                      path,
                      "application/json",
                      Body.of(body),
                      bodyStatus,
                      abbreviate(body))));
    }
    return cases;
  }

  /** The hand-written part: hostile-input.tsv. */
  List<Case> table(long intake, String version) throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/hostile-input.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        assertThat(f).as(line).hasSize(7);
        String body =
            f[4].replace("{P}", PATIENT)
                .replace("{A}", ANSWERS)
                .replace("{intake}", Long.toString(intake))
                .replace("{version}", version);
        boolean container = f[5].endsWith("container");
        String status = f[5].replace("-container", "");
        cases.add(
            new Case(
                f[0],
                Who.valueOf(f[1].toUpperCase(Locale.ROOT)),
                f[2],
                f[3].replace("{intake}", Long.toString(intake)),
                body.equals("-") ? null : "application/json",
                body.equals("-") ? null : Body.of(body),
                status.equals("4xx") ? Set.of() : Set.of(Integer.parseInt(status)),
                container,
                f[6]));
      }
    }
    return cases;
  }

  record Answer(int status, String contentType, String body) {}

  Answer send(Case c) {
    HttpRequest.BodyPublisher publisher =
        c.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : c.body().chunked()
                ? HttpRequest.BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(c.body().bytes()))
                : HttpRequest.BodyPublishers.ofByteArray(c.body().bytes());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/" + c.path()))
            .timeout(Duration.ofSeconds(30))
            .method(c.method(), publisher)
            .header("Accept", c.kind().equals("accept") ? "image/png" : "*/*");
    if (c.contentType() != null && !c.contentType().isEmpty()) {
      request.header("Content-Type", c.contentType());
    }
    credentials(c.who()).forEach(request::header);
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          new String(response.body(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      // No answer at all (a reset, a timeout) fails the case, and the corpus goes on.
      return new Answer(-1, "", "no answer: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Map<String, String> credentials(Who who) {
    String basic =
        switch (who) {
          case NURSE -> ApiClient.NURSE;
          case CLINICIAN -> ApiClient.CLINICIAN;
          case ADMIN -> ApiClient.ADMIN;
          default -> null;
        };
    if (basic != null) {
      return Map.of(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }
    return who == Who.KIOSK ? Map.of("Authorization", "Bearer " + ApiClient.KIOSK_TOKEN) : Map.of();
  }

  /** What must hold of every answer; the problems, or an empty list. */
  static List<String> problems(Case c, Answer a) {
    List<String> problems = new ArrayList<>();
    if (!c.expect().isEmpty()
        ? !c.expect().contains(a.status())
        : a.status() < 400 || a.status() > 499) {
      problems.add(
          "status " + a.status() + ", expected " + (c.expect().isEmpty() ? "4xx" : c.expect()));
    }
    if (c.container() && a.body().isEmpty()) {
      // Refused by the HTTP layer before the application: nothing ran, nothing to say but the
      // status.
    } else if (!a.contentType().startsWith("application/json")) {
      problems.add("Content-Type '" + a.contentType() + "'");
    } else {
      try {
        JsonNode json = ApiClient.JSON.readTree(a.body());
        if (json.path("status").asInt() != a.status()
            || json.path("message").asText("").isBlank()
            || !json.path("errors").isArray()) {
          problems.add("not the API's error shape");
        }
      } catch (IOException e) {
        problems.add("body is not JSON");
      }
    }
    for (String trace :
        List.of("Exception", "\tat ", "at org.", "at java.", "<html", "Caused by")) {
      if (a.body().contains(trace)) {
        problems.add("body holds '" + trace.strip() + "'");
      }
    }
    return problems;
  }

  /** What the corpus could have changed, read through the API. */
  record Snapshot(long queue, long submittedAudits, int accounts, int kiosks, String fixture) {}

  Snapshot snapshot(ApiClient api, long intake) {
    long queue =
        Long.parseLong(api.as(ApiClient.NURSE).get("api/queue?size=1").header("X-Total-Count"));
    long audits =
        api.as(ApiClient.ADMIN)
            .get("api/audit?action=INTAKE_SUBMITTED&size=1")
            .json()
            .get("total")
            .asLong();
    int accounts = api.as(ApiClient.ADMIN).get("api/staff-accounts").json().size();
    int kiosks = api.as(ApiClient.ADMIN).get("api/kiosks").json().size();
    JsonNode detail = api.as(ApiClient.NURSE).get("api/intakes/" + intake).json();
    String fixture =
        detail.get("version").asText()
            + " "
            + detail.get("intake").get("status").asText()
            + " "
            + detail.get("intake").get("givenName").asText();
    return new Snapshot(queue, audits, accounts, kiosks, fixture);
  }

  long storedIntake(ApiClient api) {
    ApiClient.Reply stored =
        api.asKiosk(ApiClient.KIOSK_TOKEN)
            .postJson(
                "api/intakes",
                "{\"patient\":"
                    + PATIENT
                    + ",\"protocol\":\"upper-back-pain\",\"answers\":"
                    + ANSWERS
                    + "}");
    assertThat(stored.status()).as(stored.text()).isEqualTo(201);
    return stored.json().get("id").asLong();
  }

  @Test
  void everyHostileRequest_getsA4xxJsonError_andNothingIsStored() throws IOException {
    ApiClient api = new ApiClient(base);
    long intake = storedIntake(api);
    Set<String> covered =
        ResourceMethod.all().stream()
            .map(e -> e.verb() + " /" + e.path())
            .collect(Collectors.toSet());
    assertThat(covered)
        .as("the corpus reaches every endpoint of the access matrix")
        .containsExactlyInAnyOrderElementsOf(AccessMatrixIT.API.keySet());

    Snapshot before = snapshot(api, intake);
    String version =
        api.as(ApiClient.NURSE).get("api/intakes/" + intake).json().get("version").asText();
    List<Case> corpus = new ArrayList<>(table(intake, version));
    corpus.addAll(generated(intake));

    Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int serverErrors = 0;
    for (Case c : corpus) {
      Answer answer = send(c);
      statuses
          .computeIfAbsent(c.kind(), k -> new TreeMap<>())
          .merge(answer.status(), 1, Integer::sum);
      if (answer.status() >= 500) {
        serverErrors++;
      }
      List<String> problems = problems(c, answer);
      if (!problems.isEmpty()) {
        failures.add(c.describe() + " -> " + problems + " " + abbreviate(answer.body()));
      }
    }
    Snapshot after = snapshot(api, intake);

    // The totals for the issue's note and docs/security.md.
    long container = corpus.stream().filter(Case::container).count();
    StringBuilder report =
        new StringBuilder(
            "Hostile-input corpus: "
                + corpus.size()
                + " requests ("
                + container
                + " refused by the HTTP layer before the application), "
                + serverErrors
                + " answered 5xx\n");
    statuses.forEach(
        (kind, counts) ->
            report.append("  ").append(kind).append(": ").append(counts).append('\n'));
    System.out.println(report);

    assertThat(failures).as(report.toString()).isEmpty();
    assertThat(serverErrors).isZero();
    assertThat(after).as("nothing stored or changed by the corpus").isEqualTo(before);
  }

  @Test
  void aReusedIdempotencyKey_withAnotherBody_isRefused_andTheFirstIntakeStaysAsItWas() {
    ApiClient api = new ApiClient(base);
    String key = UUID.randomUUID().toString();
    ApiClient kiosk = api.asKiosk(ApiClient.KIOSK_TOKEN).with("Idempotency-Key", key);
    String first =
        "{\"patient\":"
            + PATIENT
            + ",\"protocol\":\"upper-back-pain\",\"answers\":"
            + ANSWERS
            + "}";
    ApiClient.Reply stored = kiosk.postJson("api/intakes", first);
    assertThat(stored.status()).isEqualTo(201);
    long id = stored.json().get("id").asLong();
    long queueBefore =
        Long.parseLong(api.as(ApiClient.NURSE).get("api/queue?size=1").header("X-Total-Count"));

    List<String> others =
        List.of(
            first.replace("Hostile", "Someone"),
            first.replace("\"mechanical\":true", "\"mechanical\":false"),
            first.replace("1960-01-02", "1961-01-02"),
            "{\"patient\":" + PATIENT + ",\"protocol\":\"upper-back-pain\",\"answers\":{}}");
    for (String other : others) {
      ApiClient.Reply reused = kiosk.postJson("api/intakes", other);
      assertThat(reused.status()).as(other).isEqualTo(422);
      assertThat(reused.json().get("message").asText()).isNotBlank();
      assertThat(reused.text()).doesNotContain("Exception");
    }
    // The same body again is the retry the key is for: the first intake, not a second one.
    ApiClient.Reply retried = kiosk.postJson("api/intakes", first);
    assertThat(retried.status()).isEqualTo(200);
    assertThat(retried.json().get("id").asLong()).isEqualTo(id);

    JsonNode detail = api.as(ApiClient.NURSE).get("api/intakes/" + id).json();
    assertThat(detail.get("intake").get("givenName").asText()).isEqualTo("Hostile");
    assertThat(detail.get("intake").get("birthDate").asText()).isEqualTo("1960-01-02");
    assertThat(
            Long.parseLong(api.as(ApiClient.NURSE).get("api/queue?size=1").header("X-Total-Count")))
        .isEqualTo(queueBefore);
  }

  @Test
  void namesThatLookOddButAreNames_areStoredAsTyped() {
    ApiClient api = new ApiClient(base);
    for (String name :
        List.of("O'Brien", "Nguyễn", "محمد", "Jose\u0301", "Anne-Marie St. John", "Zoë 😀")) {
      String body =
          "{\"patient\":{\"givenName\":"
              + ApiClient.write(name)
              + ",\"familyName\":\"Corpus\","
              + "\"birthDate\":\"1960-01-02\",\"language\":\"en\"},\"protocol\":\"upper-back-pain\",\"answers\":"
              + ANSWERS
              + "}";
      ApiClient.Reply stored = api.asKiosk(ApiClient.KIOSK_TOKEN).postJson("api/intakes", body);
      assertThat(stored.status()).as(name + ": " + stored.text()).isEqualTo(201);
      String kept =
          api.as(ApiClient.NURSE)
              .get("api/intakes/" + stored.json().get("id").asLong())
              .json()
              .get("intake")
              .get("givenName")
              .asText();
      assertThat(kept)
          .isEqualTo(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC));
    }
  }

  static String abbreviate(String text) {
    return text.length() > 120 ? text.substring(0, 120) + "…(" + text.length() + " chars)" : text;
  }
}
