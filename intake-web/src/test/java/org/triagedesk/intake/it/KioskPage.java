package org.triagedesk.intake.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The kiosk questionnaire, as a patient uses it. It knows screens and kinds of question, not the
 * protocol's question ids, so the protocol can change under it ("answer every urgent question no").
 * It counts the taps and key entries a patient makes, and the screens they see.
 */
final class KioskPage {

  private final WebDriver driver;
  private final WebDriverWait wait;
  private int taps;
  private int screens;

  KioskPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  KioskPage open(String url) {
    driver.get(url);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("lang-en")));
    taps = 0;
    screens = 1;
    return this;
  }

  // ---- where the kiosk is
  // ----------------------------------------------------------------------------
  /** welcome, about, question, review, sending, stop, result. */
  String screen() {
    return main().getAttribute("data-screen");
  }

  String question() {
    return main().getAttribute("data-question");
  }

  boolean onUrgentQuestion() {
    return "question".equals(screen()) && "true".equals(main().getAttribute("data-urgent"));
  }

  boolean onQuestion() {
    return "question".equals(screen());
  }

  /** A "tick any that apply" screen whose options are yes/no questions of the protocol. */
  boolean onChecklist() {
    return onQuestion() && "true".equals(main().getAttribute("data-checklist"));
  }

  /**
   * The values of the tick boxes on screen (on a checklist: question ids), "None of these" left
   * out.
   */
  List<String> optionValues() {
    List<String> values = new ArrayList<>();
    for (WebElement box :
        driver.findElements(By.cssSelector("main input[type=checkbox]:not(#option-none)"))) {
      values.add(box.getAttribute("value"));
    }
    return values;
  }

  /** The heading of the screen; a screen that is being replaced is read again. */
  String heading() {
    return wait.until(
        d -> {
          try {
            return d.findElement(By.cssSelector("main h1")).getText();
          } catch (StaleElementReferenceException replaced) {
            return null;
          }
        });
  }

  /** The element that has the focus: each new screen puts it on the heading. */
  String focusedTag() {
    return driver.switchTo().activeElement().getTagName();
  }

  String progress() {
    return driver.findElement(By.id("progress")).getText();
  }

  String language() {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  String errors() {
    return driver.findElement(By.id("errors")).getText();
  }

  /**
   * The answer buttons of this question, by their data-answer value (true, false, unsure, option
   * values).
   */
  List<String> answers() {
    List<String> values = new ArrayList<>();
    for (WebElement button : driver.findElements(By.cssSelector("main button[data-answer]"))) {
      values.add(button.getAttribute("data-answer"));
    }
    return values;
  }

  /** yes-no, choice, scale, multi or number: what kind of question is on screen. */
  String questionKind() {
    if (!driver.findElements(By.cssSelector("main input[type=checkbox]")).isEmpty()) {
      return "multi";
    }
    if (!driver.findElements(By.id("answer")).isEmpty()) {
      return "number";
    }
    if (!driver.findElements(By.cssSelector("main .choices.scale")).isEmpty()) {
      return "scale";
    }
    return answers().contains("false") && answers().contains("true") ? "yes-no" : "choice";
  }

  boolean showsPressed(String answer) {
    return "true"
        .equals(
            driver
                .findElement(By.cssSelector("main button[data-answer='" + answer + "']"))
                .getAttribute("aria-pressed"));
  }

  int taps() {
    return taps;
  }

  int screens() {
    return screens;
  }

  // ---- doing things
  // ------------------------------------------------------------------------------------
  /** On the welcome screen, when the clinic offers more than one protocol. */
  KioskPage chooseComplaint(String protocolId) {
    return click(By.cssSelector("button[data-protocol='" + protocolId + "']"));
  }

  KioskPage chooseLanguage(String language) {
    return click(By.id("lang-" + language));
  }

  KioskPage enterPatient(String given, String family, int day, int month, int year) {
    type("given-name", given);
    type("family-name", family);
    type("birth-day", Integer.toString(day));
    type("birth-month", Integer.toString(month));
    type("birth-year", Integer.toString(year));
    return click(By.id("continue"));
  }

  /** The optional phone number on the name and date of birth screen (before enterPatient). */
  KioskPage typePhone(String phone) {
    type("phone", phone);
    return this;
  }

  /** Puts text in a field as a paste would, characters a keyboard cannot type included. */
  KioskPage paste(String id, String text) {
    ((JavascriptExecutor) driver)
        .executeScript(
            "const i = document.getElementById(arguments[0]); i.value = arguments[1];"
                + " i.dispatchEvent(new Event('input', { bubbles: true }));",
            id,
            text);
    return this;
  }

  /** Taps an answer button: yes/no ("true", "false"), "unsure", an option value or a number. */
  KioskPage tap(String answer) {
    return click(By.cssSelector("main button[data-answer='" + answer + "']"));
  }

  KioskPage answerEveryUrgentQuestion(String answer) {
    while (onUrgentQuestion()) {
      tap(answer);
    }
    return this;
  }

  KioskPage skip() {
    return click(By.id("skip"));
  }

  /** Ticks "None of these" and continues. */
  KioskPage noneOfThese() {
    tick("option-none");
    return continueOn();
  }

  KioskPage tickOption(String value) {
    WebElement box =
        driver.findElement(By.cssSelector("main input[type=checkbox][value='" + value + "']"));
    tick(box.getAttribute("id"));
    return this;
  }

  KioskPage typeNumber(String text) {
    type("answer", text);
    return continueOn();
  }

  KioskPage continueOn() {
    return click(By.id("continue"));
  }

  KioskPage back() {
    return click(By.id("back"));
  }

  /** Skips every question left, until the review. */
  KioskPage skipToReview() {
    while (onQuestion()) {
      skip();
    }
    return this;
  }

  // ---- the review
  // ------------------------------------------------------------------------------------
  List<String> reviewRows() {
    List<String> rows = new ArrayList<>();
    for (WebElement row : driver.findElements(By.cssSelector(".review-row"))) {
      rows.add(row.getAttribute("data-row"));
    }
    return rows;
  }

  String reviewAnswer(String row) {
    return driver
        .findElement(By.cssSelector(".review-row[data-row='" + row + "'] .review-answer"))
        .getText();
  }

  KioskPage change(String row) {
    return click(By.cssSelector("button[data-change='" + row + "']"));
  }

  KioskPage send() {
    taps++;
    driver.findElement(By.id("send")).click();
    return this;
  }

  /** Two clicks on Send within one event loop turn, as a double tap delivers them. */
  KioskPage doubleTapSend() {
    taps += 2;
    ((JavascriptExecutor) driver)
        .executeScript("const b = document.getElementById('send'); b.click(); b.click();");
    return this;
  }

  /** The sending line; each retry redraws it, so a line replaced while being read is read again. */
  String sendingStatus() {
    return wait.until(
        d -> {
          try {
            WebElement status = d.findElement(By.id("sending-status"));
            return status.isDisplayed() ? status.getText() : null;
          } catch (org.openqa.selenium.NoSuchElementException
              | StaleElementReferenceException redrawn) {
            return null;
          }
        });
  }

  String ticket() {
    String ticket =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket"))).getText();
    screens++;
    return ticket;
  }

  /**
   * The level the result screen shows (a data attribute: the patient sees words, not the level).
   */
  String urgency() {
    return main().getAttribute("data-urgency");
  }

  List<String> advice() {
    List<String> items = new ArrayList<>();
    driver.findElements(By.cssSelector("main .advice li")).forEach(li -> items.add(li.getText()));
    return items;
  }

  String whatNow() {
    return driver.findElement(By.id("what-now")).getText();
  }

  KioskPage waitForScreen(String screen) {
    wait.until(d -> screen.equals(screen()));
    return this;
  }

  /**
   * Waits until the kiosk has wiped itself: back at the welcome screen, with nothing typed left.
   */
  KioskPage waitForWipe(Duration atMost) {
    new WebDriverWait(driver, atMost)
        .until(
            d ->
                !d.findElements(By.id("lang-en")).isEmpty()
                    && d.findElements(By.id("given-name")).isEmpty());
    return this;
  }

  boolean asksWhetherPatientIsStillThere() {
    return !driver.findElements(By.cssSelector("dialog#still-there[open]")).isEmpty();
  }

  KioskPage largerText() {
    driver.findElement(By.id("larger-text")).click();
    return this;
  }

  // ---- helpers
  // -------------------------------------------------------------------------------------------
  private WebElement main() {
    return driver.findElement(By.id("main"));
  }

  /** Clicks, then waits for the next screen or for an error message. */
  private KioskPage click(By target) {
    String before = main().getAttribute("data-count");
    taps++;
    driver.findElement(target).click();
    wait.until(
        d -> {
          String now = main().getAttribute("data-count");
          return (now != null && !now.equals(before))
              || !d.findElements(By.cssSelector("#errors:not([hidden])")).isEmpty();
        });
    String now = main().getAttribute("data-count");
    if (now != null && !now.equals(before)) {
      screens++;
    }
    return this;
  }

  private void tick(String id) {
    taps++;
    driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
  }

  private void type(String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    if (text.isEmpty()) {
      paste(id, ""); // clear() alone fires no input event, so the page would keep the old value
    } else {
      taps++; // one entry per field, however many letters
      input.sendKeys(text);
    }
  }
}
