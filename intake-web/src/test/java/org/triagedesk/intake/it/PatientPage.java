package org.triagedesk.intake.it;

import java.time.Duration;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One patient's page: detail, evidence, history and the nurse's actions. */
final class PatientPage {

  private final WebDriver driver;
  private final WebDriverWait wait;

  PatientPage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  PatientPage open(String baseUrl, long id) {
    driver.get(baseUrl + "staff/patient.html?id=" + id);
    return waitUntilLoaded();
  }

  PatientPage waitUntilLoaded() {
    wait.until(d -> !d.findElements(By.cssSelector("#history tbody tr")).isEmpty());
    return this;
  }

  String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  String urgency() {
    return driver.findElement(By.cssSelector("#facts .urgency")).getText();
  }

  void waitForUrgency(String word) {
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#facts .urgency"), word));
  }

  void moveTo(String status) {
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.id("status-" + status.toLowerCase(Locale.ROOT))))
        .click();
  }

  void override(String urgency, String reason) {
    startOverride(urgency, reason);
    saveOverride();
  }

  /**
   * Chooses the urgency and types the reason, without saving: a nurse in the middle of an override.
   */
  void startOverride(String urgency, String reason) {
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("override-urgency")))
        .selectByValue(urgency);
    driver.findElement(By.id("override-reason")).clear();
    driver.findElement(By.id("override-reason")).sendKeys(reason);
  }

  void saveOverride() {
    driver.findElement(By.id("override-save")).click();
  }

  String status() {
    return driver.findElement(By.id("facts")).getText();
  }

  void vital(String name, String value) {
    driver.findElement(By.id("vital-" + name)).sendKeys(value);
  }

  void saveVitals() {
    driver.findElement(By.id("vitals-save")).click();
  }

  void undo(String reason) {
    driver.findElement(By.id("undo-reason")).sendKeys(reason);
    driver.findElement(By.id("undo-save")).click();
  }

  /** Waits for the status line to contain this text, then returns it all. */
  String messageContaining(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), text));
    return text("message");
  }

  void waitForHistory(String what) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), what));
  }
}
