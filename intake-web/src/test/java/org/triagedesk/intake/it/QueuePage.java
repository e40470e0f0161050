package org.triagedesk.intake.it;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The nurses' queue page, and the emergency banner every staff page shows. */
final class QueuePage {

  private final WebDriver driver;
  private final WebDriverWait wait;

  QueuePage(WebDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  QueuePage open(String baseUrl) {
    driver.get(baseUrl + "staff/queue.html");
    return this;
  }

  /**
   * Waits until the live queue shows this ticket (it refreshes by itself), then returns its row's
   * text.
   */
  String rowOf(String ticket) {
    return wait.until(
        d -> {
          List<WebElement> rows =
              d.findElements(By.cssSelector("#queue tbody tr[data-ticket='" + ticket + "']"));
          return rows.isEmpty() ? null : rows.get(0).getText();
        });
  }

  /**
   * Waits until the ticket's row shows this urgency (the queue re-reads itself after every change).
   */
  void waitForUrgency(String ticket, String urgency) {
    wait.until(
        d ->
            !d.findElements(
                    By.cssSelector(
                        "#queue tbody tr[data-ticket='"
                            + ticket
                            + "'][data-urgency='"
                            + urgency
                            + "']"))
                .isEmpty());
  }

  /** The tickets in the order the queue shows them. */
  List<String> tickets() {
    return driver.findElements(By.cssSelector("#queue tbody tr")).stream()
        .map(row -> row.getAttribute("data-ticket"))
        .toList();
  }

  /** The urgency of each row, in queue order. */
  List<String> urgencies() {
    return driver.findElements(By.cssSelector("#queue tbody tr")).stream()
        .map(row -> row.getAttribute("data-urgency"))
        .toList();
  }

  void openPatient(String ticket) {
    driver
        .findElement(By.cssSelector("#queue tbody tr[data-ticket='" + ticket + "'] td a"))
        .click();
  }

  /** Waits until the emergency banner lists this intake, then returns the banner's text. */
  String alertFor(long intakeId) {
    return wait.until(
        d -> {
          List<WebElement> items =
              d.findElements(By.cssSelector("#alert-banner li[data-intake='" + intakeId + "']"));
          return items.isEmpty() || !items.get(0).isDisplayed()
              ? null
              : d.findElement(By.id("alert-banner")).getText();
        });
  }

  void acknowledge(long intakeId) {
    driver
        .findElement(
            By.cssSelector("#alert-banner li[data-intake='" + intakeId + "'] button.acknowledge"))
        .click();
  }

  void waitUntilAlertGone(long intakeId) {
    wait.until(
        d ->
            d.findElements(By.cssSelector("#alert-banner li[data-intake='" + intakeId + "']"))
                .isEmpty());
  }

  /** The shift-start click (the page builds the button once the login is known). */
  void startShift() {
    wait.until(
            org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                By.id("start-shift")))
        .click();
  }

  String soundState() {
    return driver.findElement(By.id("sound-state")).getText();
  }
}
