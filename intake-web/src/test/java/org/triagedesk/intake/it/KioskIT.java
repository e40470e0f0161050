package org.triagedesk.intake.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A patient at the kiosk, in a real headless Chromium, and the nurse who then sees them. The tests
 * take the questions from the protocol the server serves (GET api/protocols/{id}), never from a
 * list of ids, so that the clinical content can change under them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KioskIT {

  static final String PROTOCOL = "upper-back-pain";

  static final String SECOND_PROTOCOL = "sore-throat-test";

  /**
   * The WAR as built, plus assessment-core's test-only second protocol listed beside the bundled
   * one: a new complaint is a new file, and must reach patients with no code change.
   */
  @Deployment(testable = false)
  static WebArchive deployment() {
    return TriageDeskDeployment.war()
        .addAsResource(
            new File("../assessment-core/src/test/resources/test-protocols/sore-throat.json"),
            "protocols/sore-throat.json")
        .addAsResource(
            new StringAsset("{\"protocols\": [\"upper-back-pain.json\", \"sore-throat.json\"]}"),
            "protocols/index.json");
  }

  @ArquillianResource URL base;
  WebDriver driver;
  ApiClient api;
  ApiClient nurse;

  @BeforeEach
  void startBrowser() {
    driver = Browser.start();
    api = new ApiClient(base);
    nurse = api.as(ApiClient.NURSE);
  }

  @AfterEach
  void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  KioskPage kiosk(String query) {
    return new KioskPage(driver).open(base + query);
  }

  // ---- the whole flow, both languages, axe on every kind of screen
  // -----------------------------------

  @Test
  void patientAnswersEveryQuestion_inEnglish_checksTheAnswers_andGetsATicket_andTheNurseSeesThem() {
    String family = unique("Kioskova");
    KioskPage kiosk = kiosk("");
    Map<String, List<String>> axe = new LinkedHashMap<>();
    walkThroughAnsweringEverything(kiosk, "en", "Dana", family, axe);

    String ticket = kiosk.ticket();
    if (kiosk.screen().equals("result")) {
      assertThat(kiosk.whatNow()).startsWith("Please take a seat.");
    }
    axe.put("result", Accessibility.wcag22Violations(driver));
    assertThat(axe).allSatisfy((screen, violations) -> assertThat(violations).as(screen).isEmpty());
    assertThat(queueRowsOf(family))
        .hasSize(1)
        .first()
        .satisfies(
            row -> {
              assertThat(row.get("ticket").asText()).isEqualTo(ticket);
              assertThat(row.get("phone").asText()).isEqualTo("555 0100");
            });

    new LoginPage(driver).open(base.toString()).logIn("nurse", "demo-nurse");
    assertThat(new QueuePage(driver).open(base.toString()).rowOf(ticket))
        .contains(family + ", Dana");
  }

  @Test
  void patientAnswersEveryQuestion_inSpanish_withNoAccessibilityViolationsOnAnyScreen() {
    String family = unique("Accesible");
    KioskPage kiosk = kiosk("");
    Map<String, List<String>> axe = new LinkedHashMap<>();
    axe.put("welcome", Accessibility.wcag22Violations(driver));
    walkThroughAnsweringEverything(kiosk, "es", "Ana", family, axe);

    assertThat(kiosk.language()).isEqualTo("es");
    kiosk.ticket();
    if (kiosk.screen().equals("result")) {
      assertThat(kiosk.whatNow()).startsWith("Tome asiento");
    }
    axe.put("result", Accessibility.wcag22Violations(driver));
    Browser.screenshot(driver, "kiosk-result-es");
    assertThat(axe).allSatisfy((screen, violations) -> assertThat(violations).as(screen).isEmpty());
  }

  /**
   * Answers every question the protocol asks, in the simplest way for its kind (no, the first
   * option, None of these, the lowest number; a typed number is skipped), scanning the first screen
   * of each kind with axe and checking on every screen that the focus is on the heading, that every
   * target is at least 44 px and that nothing scrolls sideways.
   */
  void walkThroughAnsweringEverything(
      KioskPage kiosk,
      String language,
      String given,
      String family,
      Map<String, List<String>> axe) {
    kiosk.chooseLanguage(language);
    assertThat(kiosk.screen()).isEqualTo("about");
    axe.putIfAbsent("about", Accessibility.wcag22Violations(driver));
    assertThat(smallTargets()).as("targets under 44 px on about").isEmpty();
    kiosk.typePhone("555 0100").enterPatient(given, family, 14, 3, 1990);
    Set<String> kinds = new LinkedHashSet<>();
    while (kiosk.onQuestion()) {
      String kind = (kiosk.onUrgentQuestion() ? "urgent " : "") + kiosk.questionKind();
      assertThat(kiosk.focusedTag()).as("focus on " + kiosk.question()).isIn("h1", "label");
      assertThat(kiosk.progress()).as("progress on " + kiosk.question()).isNotBlank();
      if (kinds.add(kind)) {
        axe.put(kind, Accessibility.wcag22Violations(driver));
        assertThat(smallTargets()).as("targets under 44 px on " + kind).isEmpty();
        Browser.screenshot(driver, "kiosk-" + language + "-" + kind.replace(' ', '-'));
      }
      switch (kind) {
        case "urgent yes-no", "yes-no" -> kiosk.tap("false");
        case "choice" ->
            kiosk.tap(
                kiosk.answers().stream()
                    .filter(a -> List.of("no", "none", "never").contains(a))
                    .findFirst()
                    .orElse(kiosk.answers().get(0)));
        case "scale" -> kiosk.tap(kiosk.answers().get(0));
        case "multi" -> kiosk.noneOfThese();
        default -> kiosk.skip();
      }
    }
    assertThat(kinds).contains("urgent yes-no", "yes-no", "choice", "scale", "multi", "number");
    assertThat(kiosk.screen()).isEqualTo("review");
    axe.put("review", Accessibility.wcag22Violations(driver));
    assertThat(smallTargets()).as("targets under 44 px on the review").isEmpty();
    assertThat(kiosk.reviewRows()).contains("name", "birth-date", "phone");
    assertThat(kiosk.reviewAnswer("phone")).isEqualTo("555 0100");
    kiosk.send();
  }

  // ---- the three cases of the issue: screens and taps from welcome to ticket
  // -------------------------

  static final Map<String, Object> POSTURE =
      Map.of(
          "pain_location", List.of("between_shoulder_blades"),
          "pain_quality", List.of("aching"),
          "started_after", List.of("desk_phone_or_driving"),
          "mechanical", true,
          "desk_hours_per_day", "9",
          "pain_now", "3",
          "pain_worst_24h", "4",
          "pain_started", "1_to_6_weeks",
          "course", "same");

  static final Map<String, Object> STRAIN =
      Map.of(
          "pain_location", List.of("left_upper_back"),
          "pain_quality", List.of("aching", "sharp"),
          "started_after", List.of("lifting_or_twisting"),
          "mechanical", true,
          "tender_spot", "yes",
          "pain_now", "5",
          "pain_worst_24h", "6",
          "pain_started", "3_to_6_days",
          "course", "better");

  @Test
  void benignCases_areFinishedInAFewScreensEach_whenThePatientAnswersWhatTheyKnowAndSkipsTheRest() {
    for (Map.Entry<String, Map<String, Object>> example :
        Map.of("posture", POSTURE, "strain", STRAIN).entrySet()) {
      KioskPage kiosk = kiosk("");
      kiosk.chooseLanguage("en").enterPatient("Benny", unique("Benign"), 1, 6, 1988);
      kiosk.answerEveryUrgentQuestion("false");
      while (kiosk.onQuestion()) {
        Object answer = example.getValue().get(kiosk.question());
        if (kiosk.onChecklist()) {
          List<String> yes =
              kiosk.optionValues().stream()
                  .filter(question -> Boolean.TRUE.equals(example.getValue().get(question)))
                  .toList();
          answer = yes.isEmpty() ? null : yes;
        }
        if (answer == null) {
          kiosk.skip();
        } else if (answer instanceof List<?> ticks) {
          ticks.forEach(value -> kiosk.tickOption((String) value));
          kiosk.continueOn();
        } else if (kiosk.questionKind().equals("number")) {
          kiosk.typeNumber((String) answer);
        } else {
          kiosk.tap(answer instanceof Boolean yes ? yes.toString() : (String) answer);
        }
      }
      kiosk.send();
      String ticket = kiosk.ticket();
      System.out.printf(
          "KIOSK-MEASURE %s: %d screens, %d taps from welcome to ticket %s (%s)%n",
          example.getKey(), kiosk.screens(), kiosk.taps(), ticket, kiosk.urgency());
      assertThat(kiosk.screen()).isEqualTo("result");
      assertThat(kiosk.advice())
          .as("the protocol's home measures for " + example.getKey())
          .isNotEmpty();
    }
  }

  @Test
  void checklist_tickedIsYes_untickedIsNo_skippedIsUnanswered_andTheNurseSeesEachQuestionAlone() {
    String family = unique("Casillas");
    KioskPage kiosk = kiosk("");
    kiosk.chooseLanguage("en").enterPatient("Lina", family, 2, 2, 1992);
    kiosk.answerEveryUrgentQuestion("false");
    List<String> ticked = new ArrayList<>();
    List<String> unticked = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    int checklists = 0;
    while (kiosk.onQuestion()) {
      if (!kiosk.onChecklist()) {
        kiosk.skip();
      } else if (checklists++ == 1) {
        skipped.addAll(kiosk.optionValues());
        kiosk.skip();
      } else {
        List<String> options = kiosk.optionValues();
        assertThat(options).hasSizeGreaterThan(1);
        kiosk.tickOption(options.get(0));
        ticked.add(options.get(0));
        unticked.addAll(options.subList(1, options.size()));
        kiosk.continueOn();
      }
    }
    assertThat(checklists).as("checklist screens").isGreaterThan(2);
    assertThat(kiosk.reviewAnswer(ticked.get(0))).isEqualTo("Yes");
    assertThat(kiosk.reviewAnswer(unticked.get(0))).isEqualTo("No");
    assertThat(kiosk.reviewAnswer(skipped.get(0))).isEqualTo("Not answered");
    kiosk.send();
    kiosk.ticket();

    String id = queueRowsOf(family).get(0).get("id").asText();
    Map<String, String> answers = new LinkedHashMap<>();
    nurse
        .get("api/intakes/" + id)
        .json()
        .get("answers")
        .forEach(a -> answers.put(a.get("question").asText(), a.get("answer").asText()));
    ticked.forEach(q -> assertThat(answers).containsEntry(q, "Yes"));
    unticked.forEach(q -> assertThat(answers).containsEntry(q, "No"));
    assertThat(answers).doesNotContainKeys(skipped.toArray(String[]::new));
  }

  @Test
  void aSecondProtocol_isOfferedOnTheWelcomeScreen_andAskedFromItsOwnFile() {
    List<String> itsQuestions = new ArrayList<>();
    api.get("api/protocols/" + SECOND_PROTOCOL)
        .json()
        .get("sections")
        .forEach(
            section ->
                section.get("questions").forEach(q -> itsQuestions.add(q.get("id").asText())));
    String family = unique("Garganta");
    KioskPage kiosk = kiosk("");
    assertThat(Accessibility.wcag22Violations(driver))
        .as("welcome with a choice of complaint")
        .isEmpty();
    kiosk
        .chooseComplaint(SECOND_PROTOCOL)
        .chooseLanguage("es")
        .enterPatient("Gala", family, 8, 8, 1988);
    List<String> asked = new ArrayList<>();
    while (kiosk.onQuestion()) {
      asked.add(kiosk.question());
      if (kiosk.onUrgentQuestion()) {
        kiosk.tap("false");
      } else {
        kiosk.skip();
      }
    }
    assertThat(asked).isNotEmpty();
    assertThat(itsQuestions).containsAll(asked);
    kiosk.send();
    String ticket = kiosk.ticket();
    assertQueuedOnce(family, ticket);
  }

  // ---- the urgent stop
  // -----------------------------------------------------------------------------

  @Test
  void
      urgentStop_firesAtEveryUrgentQuestionThatMakesTheScreeningAnEmergency_inThePatientsLanguage() {
    List<String> urgent = urgentQuestions();
    int age =
        Period.between(LocalDate.of(1960, 5, 2), LocalDate.now(java.time.ZoneId.systemDefault()))
            .getYears();
    int stops = 0;
    Set<String> scanned = new LinkedHashSet<>();
    for (int i = 0; i < urgent.size(); i++) {
      String question = urgent.get(i);
      String language = i % 2 == 0 ? "es" : "en";
      String family = unique("Urgente");
      KioskPage kiosk = kiosk("");
      kiosk.chooseLanguage(language).enterPatient("Rosa", family, 2, 5, 1960);
      Map<String, Object> answers = new LinkedHashMap<>();
      answers.put("age", age);
      while (kiosk.onUrgentQuestion() && !kiosk.question().equals(question)) {
        answers.put(kiosk.question(), false);
        kiosk.tap("false");
      }
      if (!kiosk.onUrgentQuestion()) {
        continue; // not asked after no to the others: its display condition says so
      }
      answers.put(question, true);
      boolean emergency =
          api.postJson(
                  "api/assessments/screening", Map.of("protocol", PROTOCOL, "answers", answers))
              .json()
              .get("urgency")
              .asText()
              .equals("EMERGENCY");
      assertThat(kiosk.question()).isEqualTo(question);
      // The first stop is reached with "I'm not sure": assessed as yes, recorded as not sure.
      boolean unsure = emergency && stops == 0;
      kiosk.tap(unsure ? "unsure" : "true");

      if (!emergency) {
        assertThat(kiosk.screen())
            .as(question + " is not an emergency on its own")
            .isEqualTo("question");
        continue;
      }
      stops++;
      assertThat(kiosk.screen()).as("stopped at " + question).isEqualTo("stop");
      String ticket = kiosk.ticket();
      assertThat(kiosk.screen()).isEqualTo("stop");
      assertThat(kiosk.heading())
          .isEqualTo(
              language.equals("es")
                  ? "Avise ahora a un miembro del personal"
                  : "Tell a member of staff now");
      assertThat(kiosk.language()).isEqualTo(language);
      if (stops == 1) {
        System.out.printf(
            "KIOSK-MEASURE emergency at urgent question %d: %d screens, %d taps from welcome to ticket%n",
            i + 1, kiosk.screens(), kiosk.taps());
      }
      if (scanned.add(language)) {
        assertThat(Accessibility.wcag22Violations(driver)).as("stop screen, " + language).isEmpty();
        Browser.screenshot(driver, "kiosk-stop-" + language);
      }
      JsonNode row = queueRowsOf(family).get(0);
      assertThat(row.get("ticket").asText()).isEqualTo(ticket);
      assertThat(row.get("urgency").asText()).isEqualTo("EMERGENCY");
      assertThat(row.get("unsure").toString()).isEqualTo(unsure ? "[\"" + question + "\"]" : "[]");
    }
    assertThat(stops).as("urgent questions that stop the questionnaire").isPositive();
    assertThat(scanned).as("stop screens scanned").containsExactlyInAnyOrder("en", "es");
  }

  // ---- back, skip, review and change
  // ------------------------------------------------------------------

  @Test
  void backKeepsAnswers_skipIsUnanswered_andChangeOnTheReviewReappliesTheDisplayConditions() {
    String[] trigger = conditionalPair();
    String family = unique("Cambio");
    KioskPage kiosk = kiosk("");
    kiosk.chooseLanguage("en").enterPatient("Carla", family, 9, 9, 1979);
    kiosk.tap("false");
    kiosk.back();
    assertThat(kiosk.showsPressed("false")).as("Back keeps the answer").isTrue();
    kiosk.answerEveryUrgentQuestion("false").skipToReview();

    assertThat(kiosk.reviewRows()).contains(trigger[0]).doesNotContain(trigger[1]);
    assertThat(kiosk.reviewAnswer(trigger[0])).isEqualTo("Not answered");
    kiosk.change(trigger[0]);
    assertThat(kiosk.question()).isEqualTo(trigger[0]);
    kiosk.tap("true");
    assertThat(kiosk.question()).as("the question the change revealed").isEqualTo(trigger[1]);
    kiosk.skip();
    assertThat(kiosk.screen()).isEqualTo("review");
    assertThat(kiosk.reviewRows()).contains(trigger[1]);
    assertThat(kiosk.reviewAnswer(trigger[0])).isEqualTo("Yes");

    kiosk.change(trigger[0]).tap("false");
    assertThat(kiosk.screen()).isEqualTo("review");
    assertThat(kiosk.reviewRows()).as("hidden again").doesNotContain(trigger[1]);
    kiosk.send();
    kiosk.ticket();
  }

  // ---- never lost, never doubled
  // ------------------------------------------------------------------------

  @Test
  void serverOutOfReach_kioskKeepsTrying_withTheSameKey_isNeverWiped_andStoresOneIntake() {
    for (String language : List.of("en", "es")) {
      String family = unique("Offline");
      KioskPage kiosk = kiosk("?idle=5&retry=1&askStaffAfter=8");
      kiosk.chooseLanguage(language).enterPatient("Olga", family, 3, 3, 1963);
      kiosk.answerEveryUrgentQuestion("false").skipToReview();

      offline(true);
      kiosk.send();
      String askStaff = language.equals("en") ? "This is taking too long" : "Esto tarda demasiado";
      new WebDriverWait(driver, Duration.ofSeconds(40))
          .until(d -> kiosk.sendingStatus().startsWith(askStaff));
      assertThat(kiosk.screen()).as("not wiped after the idle time").isEqualTo("sending");
      assertThat(kiosk.asksWhetherPatientIsStillThere()).isFalse();
      assertThat(Accessibility.wcag22Violations(driver))
          .as("sending, retrying, " + language)
          .isEmpty();
      Browser.screenshot(driver, "kiosk-still-sending-" + language);

      offline(false);
      String ticket = kiosk.ticket();
      assertQueuedOnce(family, ticket);
    }
  }

  @Test
  void
      aYesToAnUrgentQuestion_whenTheScreeningCannotBeReached_stopsTheQuestionnaire_andSendsWhenItCan() {
    String family = unique("Sinred");
    KioskPage kiosk = kiosk("?retry=1");
    kiosk.chooseLanguage("en").enterPatient("Rosa", family, 4, 4, 1960);
    assertThat(kiosk.onUrgentQuestion()).isTrue();
    offline(true);
    kiosk.tap("true");
    assertThat(kiosk.screen()).as("erring towards the emergency").isEqualTo("stop");
    offline(false);
    kiosk.ticket();
    assertThat(queueRowsOf(family)).hasSize(1);
  }

  @Test
  void doubleTapOnSend_storesOneIntake() {
    String family = unique("Doble");
    KioskPage kiosk = kiosk("");
    kiosk.chooseLanguage("es").enterPatient("Tito", family, 4, 4, 1974);
    kiosk.answerEveryUrgentQuestion("false").skipToReview();
    kiosk.doubleTapSend();
    String ticket = kiosk.ticket();
    assertQueuedOnce(family, ticket);
  }

  // ---- idle, errors, keyboard, layout, words
  // ----------------------------------------------------------

  @Test
  void kioskWipesItself_whenThePatientWalksAway_andTheBackButtonShowsNothingOfThem() {
    for (String language : List.of("es", "en")) {
      KioskPage kiosk = kiosk("?idle=2");
      kiosk.chooseLanguage(language);
      driver.findElement(By.id("given-name")).sendKeys("Walked Away");

      new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(d -> kiosk.asksWhetherPatientIsStillThere());
      assertThat(Accessibility.wcag22Violations(driver)).as("still there?, " + language).isEmpty();
      Browser.screenshot(driver, "kiosk-still-there-" + language);
      kiosk.waitForWipe(Duration.ofSeconds(15));

      assertThat(driver.getPageSource()).doesNotContain("Walked Away");
      assertThat(storedAnything()).isEmpty();
      driver.navigate().back();
      assertThat(driver.getPageSource()).doesNotContain("Walked Away");
    }
  }

  @Test
  void
      validationErrors_areExplainedInThePatientsLanguage_linkedToTheirFields_withoutAxeViolations() {
    Map<String, List<String>> words =
        Map.of(
            "en",
                List.of(
                    "There is a problem",
                    "Enter your first name",
                    "Enter your last name",
                    "real date of birth",
                    "Enter a number",
                    "None of these",
                    "Use only letters",
                    "Use only numbers"),
            "es",
                List.of(
                    "Hay un problema",
                    "Escriba su nombre",
                    "Escriba su apellido",
                    "fecha de nacimiento real",
                    "Escriba un número",
                    "Ninguna de estas",
                    "Use solo letras",
                    "Use solo números"));
    words.forEach(
        (language, expected) -> {
          KioskPage kiosk = kiosk("");
          kiosk.chooseLanguage(language).enterPatient("", "", 31, 2, 1990);
          assertThat(kiosk.screen()).isEqualTo("about");
          assertThat(kiosk.errors()).contains(expected.subList(0, 4));
          assertThat(driver.findElements(By.cssSelector("#errors a[href='#given-name']")))
              .hasSize(1);
          assertThat(driver.findElement(By.id("given-name")).getAttribute("aria-invalid"))
              .isEqualTo("true");
          assertThat(Accessibility.wcag22Violations(driver))
              .as("about you, with errors, " + language)
              .isEmpty();
          Browser.screenshot(driver, "kiosk-errors-" + language);
          kiosk.paste("given-name", "Eva\u0007").typePhone("call me").continueOn();
          assertThat(kiosk.errors()).contains(expected.get(6), expected.get(7));
          kiosk.typePhone("");

          kiosk
              .enterPatient("Eva", unique("Error"), 28, 2, 1990)
              .answerEveryUrgentQuestion("false");
          while (!kiosk.questionKind().equals("number")) {
            kiosk.skip();
          }
          kiosk.typeNumber("9999");
          assertThat(kiosk.errors()).contains(expected.get(4));
          assertThat(Accessibility.wcag22Violations(driver))
              .as("number, with an error, " + language)
              .isEmpty();
          while (!kiosk.questionKind().equals("multi")) {
            kiosk.skip();
          }
          kiosk.continueOn();
          assertThat(kiosk.errors()).contains(expected.get(5));
          assertThat(Accessibility.wcag22Violations(driver))
              .as("multi-choice, with an error, " + language)
              .isEmpty();
        });
  }

  @Test
  void keyboardAlone_getsFromWelcomeToTicket_withTheFocusOnEachNewHeading() {
    KioskPage kiosk = kiosk("");
    keyTo(By.id("lang-en"));
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "about".equals(kiosk.screen()));
    assertThat(kiosk.focusedTag()).isEqualTo("h1");
    String family = unique("Keys");
    for (String[] field :
        new String[][] {
          {"given-name", "Kim"},
          {"family-name", family},
          {"birth-day", "5"},
          {"birth-month", "6"},
          {"birth-year", "1970"}
        }) {
      keyTo(By.id(field[0]));
      driver.switchTo().activeElement().sendKeys(field[1]);
    }
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> kiosk.onUrgentQuestion());

    String first = kiosk.question();
    pressOnScreen(kiosk, By.cssSelector("main button[data-answer='false']"), Keys.ENTER);
    pressOnScreen(kiosk, By.id("back"), Keys.ENTER);
    assertThat(kiosk.showsPressed("false")).as("Back keeps the answer").isTrue();
    assertThat(kiosk.question()).isEqualTo(first);

    boolean ticked = false;
    while (kiosk.onQuestion()) {
      assertThat(kiosk.focusedTag()).as("focus on " + kiosk.question()).isIn("h1", "label");
      if (kiosk.onUrgentQuestion()) {
        pressOnScreen(kiosk, By.cssSelector("main button[data-answer='false']"), Keys.ENTER);
      } else if (kiosk.onChecklist() && !ticked) {
        keyTo(By.cssSelector("main input[type=checkbox]"));
        driver.switchTo().activeElement().sendKeys(Keys.SPACE);
        ticked = true;
        pressOnScreen(kiosk, By.id("continue"), Keys.ENTER);
      } else {
        pressOnScreen(kiosk, By.id("skip"), Keys.ENTER);
      }
    }
    assertThat(kiosk.screen()).isEqualTo("review");
    assertThat(ticked).as("a checklist ticked with the space bar").isTrue();
    keyTo(By.id("send"));
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    assertThat(kiosk.ticket()).matches("[A-Z]-\\d{3}");
    assertThat(queueRowsOf(family)).hasSize(1);
  }

  /**
   * Tabs from where the focus is to the target (never clicking), failing after 200 stops: the
   * review has a Change button for each answer before Send.
   */
  void keyTo(By target) {
    org.openqa.selenium.WebElement goal = driver.findElement(target);
    for (int stops = 0; stops < 200; stops++) {
      if (driver.switchTo().activeElement().equals(goal)) {
        return;
      }
      driver.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    throw new AssertionError("the keyboard does not reach " + target);
  }

  /** Tabs to the target, presses the key, and waits for the next screen. */
  void pressOnScreen(KioskPage kiosk, By target, CharSequence key) {
    String before = driver.findElement(By.id("main")).getAttribute("data-count");
    keyTo(target);
    driver.switchTo().activeElement().sendKeys(key);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> !before.equals(d.findElement(By.id("main")).getAttribute("data-count")));
  }

  @Test
  void at320CssPixels_withLargerText_nothingScrollsSideways() {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", false));
    KioskPage kiosk = kiosk("");
    List<String> overflowing = new ArrayList<>();
    check320(kiosk, overflowing);
    kiosk.chooseLanguage("es");
    kiosk.largerText();
    assertThat(driver.findElement(By.id("larger-text")).getAttribute("aria-pressed"))
        .isEqualTo("true");
    check320(kiosk, overflowing);
    kiosk.enterPatient("Lupe", unique("Estrecha"), 7, 7, 1977);
    Set<String> kinds = new LinkedHashSet<>();
    while (kiosk.onQuestion()) {
      if (kinds.add(kiosk.questionKind())) {
        check320(kiosk, overflowing);
      }
      if (kiosk.onUrgentQuestion()) {
        kiosk.tap("false");
      } else {
        kiosk.skip();
      }
    }
    check320(kiosk, overflowing);
    Browser.screenshot(driver, "kiosk-review-320-larger-text");
    kiosk.send();
    kiosk.ticket();
    check320(kiosk, overflowing);
    assertThat(overflowing).isEmpty();
  }

  @Test
  void englishAndSpanishBundles_haveTheSameKeys_andNoEmptyText() {
    kiosk("");
    @SuppressWarnings("unchecked")
    List<String> problems =
        (List<String>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "const en = window.TRIAGE_TEXT.en, es = window.TRIAGE_TEXT.es, problems = [];"
                        + "const keys = new Set([...Object.keys(en), ...Object.keys(es)]);"
                        + "for (const k of keys) {"
                        + "  for (const [lang, b] of [['en', en], ['es', es]]) {"
                        + "    if (!(k in b)) { problems.push(lang + ' lacks ' + k); continue; }"
                        + "    const v = typeof b[k] === 'function' ? b[k](2, 3) : b[k];"
                        + "    if (typeof v !== 'string' || v.trim() === '') problems.push(lang + '.' + k + ' is empty');"
                        + "    if (typeof b[k] !== typeof (lang === 'en' ? es : en)[k]) problems.push(k + ' differs in kind');"
                        + "  }"
                        + "}"
                        + "return problems;");
    assertThat(problems).isEmpty();
  }

  @Test
  void displayConditions_followTheProtocolLanguage_andAnUnknownOperatorIsRefused() {
    kiosk("");
    @SuppressWarnings("unchecked")
    List<String> problems =
        (List<String>)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "const C = window.KioskConditions, problems = [];"
                        + "const any = { operator: 'any', anyOf: ["
                        + "  { question: 'a', operator: 'in', values: ['one', 'both'] },"
                        + "  { question: 'b', operator: 'equals', values: [true] }] };"
                        + "const cases = ["
                        + "  [any, {}, false], [any, { a: 'none', b: false }, false], [any, { a: 'one' }, true], [any, { b: true }, true],"
                        + "  [{ question: 'b', operator: 'equals', values: [false] }, {}, false],"
                        + "  [{ question: 'b', operator: 'notEquals', values: ['male'] }, {}, true],"
                        + "  [{ question: 'm', operator: 'equals', values: ['x'] }, { m: ['x', 'y'] }, true],"
                        + "  [{ question: 'm', operator: 'notIn', values: ['x'] }, { m: [] }, true],"
                        + "  [{ question: 'm', operator: 'answered', values: [] }, { m: [] }, true],"
                        + "  [{ question: 'm', operator: 'answered', values: [] }, {}, false]];"
                        + "cases.forEach(([c, answers, expected], i) => {"
                        + "  C.check(c, 'case ' + i);"
                        + "  if (C.holds(c, answers) !== expected) problems.push('case ' + i + ' should be ' + expected); });"
                        + "try { C.check({ question: 'a', operator: 'between', values: [] }, 'x'); problems.push('unknown accepted'); }"
                        + "catch (e) { }"
                        + "try { C.check({ operator: 'any', anyOf: [{ question: 'a', operator: 'like' }] }, 'x'); problems.push('nested unknown accepted'); }"
                        + "catch (e) { }"
                        + "return problems;");
    assertThat(problems).isEmpty();
  }

  // ---- helpers
  // -------------------------------------------------------------------------------------------

  /**
   * The name with eight random letters (a to p, one per hex digit of a UUID), so that a name is a
   * name.
   */
  static String unique(String name) {
    StringBuilder letters = new StringBuilder(name);
    UUID.randomUUID()
        .toString()
        .replace("-", "")
        .chars()
        .limit(8)
        .forEach(hex -> letters.append((char) ('a' + Character.digit(hex, 16))));
    return letters.toString();
  }

  /** The intakes in the nurses' queue for this (unique) family name. */
  /** The patient is in the nurses' queue once, under the ticket the kiosk showed them. */
  void assertQueuedOnce(String family, String ticket) {
    assertThat(queueRowsOf(family))
        .hasSize(1)
        .first()
        .satisfies(row -> assertThat(row.get("ticket").asText()).isEqualTo(ticket));
  }

  List<JsonNode> queueRowsOf(String family) {
    List<JsonNode> rows = new ArrayList<>();
    nurse
        .get("api/queue")
        .json()
        .forEach(
            row -> {
              if (row.get("familyName").asText().equals(family)) {
                rows.add(row);
              }
            });
    return rows;
  }

  /** The urgent questions, in protocol order, as the server serves them. */
  List<String> urgentQuestions() {
    List<String> ids = new ArrayList<>();
    for (JsonNode section : api.get("api/protocols/" + PROTOCOL).json().get("sections")) {
      if (section.get("urgentScreen").asBoolean()) {
        section.get("questions").forEach(q -> ids.add(q.get("id").asText()));
      }
    }
    return ids;
  }

  /**
   * A yes/no question P outside the urgent check, always asked, and a question Q asked only when P
   * is yes: found in the protocol, so the test needs no ids.
   */
  String[] conditionalPair() {
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    List<JsonNode> questions = new ArrayList<>();
    for (JsonNode section : api.get("api/protocols/" + PROTOCOL).json().get("sections")) {
      if (!section.get("urgentScreen").asBoolean() && !section.get("staffOnly").asBoolean()) {
        section
            .get("questions")
            .forEach(
                q -> {
                  byId.put(q.get("id").asText(), q);
                  questions.add(q);
                });
      }
    }
    for (JsonNode q : questions) {
      JsonNode when = q.get("showWhen");
      if (when != null
          && !when.isNull()
          && "equals".equals(when.path("operator").asText())
          && when.path("values").path(0).isBoolean()
          && when.path("values").path(0).asBoolean()) {
        JsonNode p = byId.get(when.path("question").asText());
        if (p != null
            && p.get("type").asText().equals("BOOLEAN")
            && (p.get("showWhen") == null || p.get("showWhen").isNull())) {
          return new String[] {p.get("id").asText(), q.get("id").asText()};
        }
      }
    }
    throw new AssertionError("the protocol has no question shown only after a yes");
  }

  void offline(boolean offline) {
    ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
    conditions.setOffline(offline);
    ((ChromeDriver) driver).setNetworkConditions(conditions);
  }

  /** Interactive elements in the page smaller than 44 by 44 CSS pixels. */
  @SuppressWarnings("unchecked")
  List<String> smallTargets() {
    return (List<String>)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return [...document.querySelectorAll('button, input, select, a[href]')]"
                    + ".filter((e) => e.offsetParent !== null)"
                    + ".map((e) => { const label = e.type === 'checkbox' && document.querySelector('label[for=\"' + e.id + '\"]');"
                    + "  const r = (label && label.closest('.check') || e).getBoundingClientRect();"
                    + "  return [e, r]; })"
                    + ".filter(([e, r]) => r.width < 44 || r.height < 44)"
                    + ".map(([e, r]) => (e.id || e.textContent.trim()) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));");
  }

  void check320(KioskPage kiosk, List<String> overflowing) {
    Object wide =
        ((JavascriptExecutor) driver)
            .executeScript(
                "const root = document.documentElement;"
                    + "if (root.scrollWidth <= root.clientWidth) return null;"
                    + "const out = [...document.querySelectorAll('body *')]"
                    + "  .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 0.5)"
                    + "  .map((e) => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' '"
                    + "    + Math.round(e.getBoundingClientRect().right));"
                    + "return root.scrollWidth + ' px wide, client ' + root.clientWidth + ': ' + out.slice(0, 5).join(', ');");
    if (wide != null) {
      overflowing.add(
          kiosk.screen() + (kiosk.onQuestion() ? " " + kiosk.questionKind() : "") + ": " + wide);
    }
  }

  /** What the page left in the browser's storage and cookies readable by script: nothing. */
  @SuppressWarnings("unchecked")
  List<String> storedAnything() {
    return (List<String>)
        ((JavascriptExecutor) driver)
            .executeScript(
                "const found = [];"
                    + "for (let i = 0; i < localStorage.length; i++) found.push('local:' + localStorage.key(i));"
                    + "for (let i = 0; i < sessionStorage.length; i++) found.push('session:' + sessionStorage.key(i));"
                    + "if (document.cookie) found.push('cookie:' + document.cookie);"
                    + "return found;");
  }
}
