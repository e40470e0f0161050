package org.triagedesk.intake.it;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The staff login page. */
final class LoginPage {

  private final WebDriver driver;

  LoginPage(WebDriver driver) {
    this.driver = driver;
  }

  LoginPage open(String baseUrl) {
    driver.get(baseUrl + "login.html");
    return this;
  }

  /** Logs in and waits until the browser has left the login page. */
  void logIn(String username, String password) {
    submit(username, password);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> !d.getCurrentUrl().contains("login"));
  }

  void submit(String username, String password) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).clear();
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("sign-in")).click();
  }

  boolean isShown() {
    return driver.getCurrentUrl().contains("/login.html");
  }

  String message() {
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d -> {
              var message = d.findElement(By.id("message"));
              return message.isDisplayed() ? message.getText() : null;
            });
  }
}
