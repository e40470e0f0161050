package org.triagedesk.intake.it;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The kiosk questionnaire, as a patient uses it. */
final class KioskPage {

  private final WebDriver driver;
  private final WebDriverWait wait;

  KioskPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  KioskPage open(String baseUrl) {
    driver.get(baseUrl);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("lang-en")));
    return this;
  }

  /** Waits until the kiosk has wiped itself: back at the welcome screen, with nothing typed left. */
  KioskPage waitForWipe(Duration atMost) {
    new WebDriverWait(driver, atMost)
        .until(d -> !d.findElements(By.id("lang-en")).isEmpty() && d.findElements(By.id("given-name")).isEmpty());
    return this;
  }

  boolean asksWhetherPatientIsStillThere() {
    return !driver.findElements(By.cssSelector("dialog#still-there[open]")).isEmpty();
  }

  KioskPage chooseLanguage(String language) {
    driver.findElement(By.id("lang-" + language)).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("given-name")));
    return this;
  }

  KioskPage enterPatient(String given, String family, int day, int month, int year) {
    type("given-name", given);
    type("family-name", family);
    type("birth-day", Integer.toString(day));
    new Select(driver.findElement(By.id("birth-month"))).selectByValue(Integer.toString(month));
    type("birth-year", Integer.toString(year));
    return next();
  }

  /** Ticks the answer (a radio or checkbox) with this value for this question. */
  KioskPage answer(String questionId, String value) {
    WebElement input = driver.findElement(By.id("a-" + questionId + "-" + value));
    driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).click();
    return this;
  }

  KioskPage next() {
    String step = step();
    driver.findElement(By.id("next")).click();
    wait.until(d -> !step().equals(step) || !d.findElements(By.cssSelector(".field-error, .errors p")).isEmpty());
    return this;
  }

  /** Goes on through the remaining sections, answering nothing more, until the submit button. */
  KioskPage skipToEnd() {
    while (driver.findElements(By.id("submit")).isEmpty()) {
      next();
    }
    return this;
  }

  KioskPage submit() {
    driver.findElement(By.id("submit")).click();
    return this;
  }

  String ticket() {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket"))).getText();
  }

  /** "Step 3 of 8": changes with every step, even when two steps share a heading. */
  String step() {
    return driver.findElement(By.id("progress")).getText();
  }

  String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  boolean isOnQuestion(String questionId) {
    return !driver.findElements(By.id("q-" + questionId)).isEmpty();
  }

  String language() {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  String errors() {
    return driver.findElement(By.id("errors")).getText();
  }

  private void type(String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }
}
