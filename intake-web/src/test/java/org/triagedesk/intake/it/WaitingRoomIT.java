package org.triagedesk.intake.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public waiting-room screen (issue 15): a call with a room shows ticket and room, nothing
 * else, within 5 s, in English and Spanish in turn, announced through the live region; calling from
 * the nurse's queue page puts it there; moving on takes it off. Scanned with axe in headless
 * Chromium.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WaitingRoomIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TriageDeskDeployment.war();
  }

  @ArquillianResource URL base;
  ApiClient anonymous;
  ApiClient kiosk;
  ApiClient nurse;

  @BeforeEach
  void clients() {
    anonymous = new ApiClient(base);
    kiosk = anonymous.asKiosk(ApiClient.KIOSK_TOKEN);
    nurse = anonymous.as(ApiClient.NURSE);
  }

  JsonNode submit() {
    Map<String, Object> body =
        Map.of(
            "patient",
            Map.of(
                "givenName",
                "Sala" + UUID.randomUUID().toString().substring(0, 4),
                "familyName",
                "Espera",
                "birthDate",
                "1970-01-02",
                "language",
                "es"),
            "protocol",
            "upper-back-pain",
            "answers",
            IntakeApiIT.DESK_WORKER_ANSWERS);
    ApiClient.Reply reply = kiosk.postJson("api/intakes", body);
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return reply.json();
  }

  long version(long id) {
    return nurse.get("api/intakes/" + id).json().get("version").asLong();
  }

  ApiClient.Reply call(long id, String room) {
    return nurse.postJson(
        "api/intakes/" + id + "/status",
        Map.of("status", "CALLED", "room", room, "version", version(id)));
  }

  List<String> screenTickets() {
    List<String> tickets = new ArrayList<>();
    anonymous.get("api/waiting-room").json().forEach(c -> tickets.add(c.get("ticket").asText()));
    return tickets;
  }

  @Test
  void aCallWithARoom_isOnThePublicList_ticketAndRoomOnly_untilThePatientMovesOn() {
    JsonNode intake = submit();
    long id = intake.get("id").asLong();
    String ticket = intake.get("ticket").asText();
    assertThat(call(id, "2").status()).isEqualTo(200);

    ApiClient.Reply screen = anonymous.get("api/waiting-room");
    assertThat(screen.status()).isEqualTo(200);
    assertThat(screen.contentType()).startsWith("application/json");
    JsonNode mine = null;
    for (JsonNode c : screen.json()) {
      if (c.get("ticket").asText().equals(ticket)) {
        mine = c;
      }
    }
    assertThat(mine).isNotNull();
    List<String> fields = new ArrayList<>();
    mine.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactlyInAnyOrder("ticket", "room");
    assertThat(mine.get("room").asText()).isEqualTo("2");
    assertThat(screen.text())
        .doesNotContain("Sala")
        .doesNotContain("Espera")
        .doesNotContain("urgency");

    ApiClient.Reply triage =
        nurse.postJson(
            "api/intakes/" + id + "/status", Map.of("status", "IN_TRIAGE", "version", version(id)));
    assertThat(triage.status()).isEqualTo(200);
    assertThat(screenTickets()).doesNotContain(ticket);
  }

  @Test
  void aBadRoom_orARoomWithAnotherMove_isRefusedNamingTheRoom() {
    long id = submit().get("id").asLong();
    ApiClient.Reply bad = call(id, "<script>");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.text()).contains("room");
    ApiClient.Reply wrongMove =
        nurse.postJson(
            "api/intakes/" + id + "/status",
            Map.of("status", "IN_TRIAGE", "room", "2", "version", version(id)));
    assertThat(wrongMove.status()).isEqualTo(400);
    assertThat(wrongMove.json().get("errors").get(0).get("field").asText()).isEqualTo("room");
  }

  @Test
  void theScreen_showsACallWithin5s_inBothLanguages_announcesIt_andHasNoAxeViolations() {
    WebDriver screen = Browser.start();
    try {
      screen.get(base + "waiting-room.html");
      new WebDriverWait(screen, Duration.ofSeconds(10))
          .until(d -> !d.findElements(By.id("calls")).isEmpty());
      assertThat(Accessibility.wcag22Violations(screen)).isEmpty();

      JsonNode intake = submit();
      String ticket = intake.get("ticket").asText();
      assertThat(call(intake.get("id").asLong(), "7").status()).isEqualTo(200);

      long start = System.nanoTime();
      WebElement shown =
          new WebDriverWait(screen, Duration.ofSeconds(5))
              .until(
                  d ->
                      d.findElements(By.cssSelector("#calls li")).stream()
                          .filter(li -> li.getText().startsWith(ticket))
                          .findFirst()
                          .orElse(null));
      System.out.println(
          "Waiting-room screen showed the call after "
              + Duration.ofNanos(System.nanoTime() - start).toMillis()
              + " ms");
      WebElement announcer = screen.findElement(By.id("announcer"));
      assertThat(announcer.getAttribute("aria-live")).isEqualTo("assertive");
      String announced = announcer.getAttribute("textContent");
      assertThat(announced)
          .contains(ticket + ", please go to room 7.")
          .contains(ticket + ", por favor pase a la sala 7.");
      assertThat(shown.getText().replaceAll("\\s+", " "))
          .isIn(ticket + ", please go to room 7", ticket + ", por favor pase a la sala 7");

      // Both languages take their turn on the screen itself.
      List<String> seen = new ArrayList<>();
      new WebDriverWait(screen, Duration.ofSeconds(15))
          .until(
              d -> {
                d.findElements(By.cssSelector("#calls li")).stream()
                    .filter(li -> li.getText().startsWith(ticket))
                    .findFirst()
                    .ifPresent(
                        li ->
                            seen.add(
                                li.getAttribute("lang")
                                    + ":"
                                    + li.getText().replaceAll("\\s+", " ")));
                return seen.stream().anyMatch(s -> s.startsWith("en:"))
                    && seen.stream().anyMatch(s -> s.startsWith("es:"));
              });
      assertThat(seen).contains("es:" + ticket + ", por favor pase a la sala 7");
      assertThat(Accessibility.wcag22Violations(screen)).isEmpty();
      Browser.screenshot(screen, "waiting-room");
    } finally {
      screen.quit();
    }
  }

  @Test
  void callingFromTheNursesQueuePage_putsTheTicketOnTheScreen() {
    JsonNode intake = submit();
    String ticket = intake.get("ticket").asText();
    WebDriver driver = Browser.start();
    try {
      new LoginPage(driver).open(base.toString()).logIn("nurse", "demo-nurse");
      driver.get(base + "staff/queue.html?");
      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(d -> !d.findElements(By.id("call-room")).isEmpty());
      driver.findElement(By.id("filter-status")).sendKeys("Waiting");
      WebElement room = driver.findElement(By.id("call-room"));
      room.clear();
      room.sendKeys("3");
      WebElement callButton =
          new WebDriverWait(driver, Duration.ofSeconds(10))
              .until(
                  d ->
                      d.findElements(By.cssSelector("button.move")).stream()
                          .filter(
                              b -> ("Call: ticket " + ticket).equals(b.getAttribute("aria-label")))
                          .findFirst()
                          .orElse(null));
      callButton.click();
      new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> screenTickets().contains(ticket));
      JsonNode calls = anonymous.get("api/waiting-room").json();
      for (JsonNode c : calls) {
        if (c.get("ticket").asText().equals(ticket)) {
          assertThat(c.get("room").asText()).isEqualTo("3");
        }
      }
      assertThat(Accessibility.violations(driver)).isEmpty();
    } finally {
      driver.quit();
    }
  }
}
