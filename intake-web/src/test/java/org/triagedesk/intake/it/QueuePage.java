package org.triagedesk.intake.it;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The nurses' queue page. */
final class QueuePage {

  private final WebDriver driver;

  QueuePage(WebDriver driver) {
    this.driver = driver;
  }

  QueuePage open(String baseUrl) {
    driver.get(baseUrl + "staff/queue.html");
    return this;
  }

  /** Waits until the live queue shows this ticket (it refreshes by itself), then returns its row's text. */
  String rowOf(String ticket) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d -> {
              List<WebElement> rows =
                  d.findElements(By.cssSelector("#queue tbody tr[data-ticket='" + ticket + "']"));
              return rows.isEmpty() ? null : rows.get(0).getText();
            });
  }
}
