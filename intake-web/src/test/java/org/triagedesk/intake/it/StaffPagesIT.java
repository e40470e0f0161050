package org.triagedesk.intake.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Staff in a real headless Chromium: log in and out, time out, the admin pages, and axe on every
 * page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffPagesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TriageDeskDeployment.war();
  }

  @ArquillianResource URL base;
  WebDriver driver;
  WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    driver = Browser.start();
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  @AfterEach
  void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  String url(String page) {
    return base + page;
  }

  void waitForLoggedInAs(String username) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), username));
  }

  @Test
  void aStaffPage_sendsAnonymousToLogin_thenBackAfterLogin_andLogoutEndsTheSession() {
    driver.get(url("staff/queue.html"));
    LoginPage login = new LoginPage(driver);
    wait.until(d -> login.isShown());
    assertThat(Accessibility.violations(driver)).as("login page").isEmpty();
    Browser.screenshot(driver, "staff-login");

    login.submit("nurse", "not-the-password");
    assertThat(login.message()).contains("username or password is not right");
    login.logIn("nurse", "demo-nurse");

    assertThat(driver.getCurrentUrl()).endsWith("/staff/queue.html");
    waitForLoggedInAs("nurse");
    wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("summary"), "Loading…")));
    assertThat(Accessibility.violations(driver)).as("queue page").isEmpty();
    Browser.screenshot(driver, "staff-queue-logged-in");

    driver.findElement(By.id("logout")).click();
    wait.until(d -> login.isShown());
    assertThat(login.message()).contains("logged out");
    driver.get(url("staff/queue.html"));
    wait.until(d -> login.isShown());
  }

  @Test
  void aNurse_isRefusedTheReportsPage_andAClinician_getsTheDeidentifiedWorkbookByDefault() {
    new LoginPage(driver).open(base.toString()).logIn("nurse", "demo-nurse");
    driver.get(url("staff/reports.html"));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");

    driver.manage().deleteAllCookies();
    new LoginPage(driver).open(base.toString()).logIn("clinician", "demo-clinician");
    driver.get(url("staff/reports.html"));
    waitForLoggedInAs("clinician");
    assertThat(driver.findElement(By.id("deidentified")).isSelected()).isTrue();
    assertThat(driver.findElement(By.id("identified")).isSelected()).isFalse();
    assertThat(Accessibility.violations(driver)).as("reports page").isEmpty();
  }

  @Test
  void anAdmin_managesAccountsAndKiosks_andSearchesTheAuditTrail_onAccessiblePages() {
    new LoginPage(driver).open(base.toString()).logIn("admin", "demo-admin");
    assertThat(driver.getCurrentUrl()).endsWith("/staff/admin/accounts.html");
    waitForLoggedInAs("admin");
    wait.until(
        d -> !d.findElements(By.cssSelector("#accounts tr[data-username='nurse']")).isEmpty());
    assertThat(Accessibility.violations(driver)).as("accounts page").isEmpty();

    String username = "desk." + UUID.randomUUID().toString().substring(0, 6);
    driver.findElement(By.id("new-username")).sendKeys(username);
    driver.findElement(By.id("new-name")).sendKeys("Desk Nurse");
    driver.findElement(By.id("new-password")).sendKeys("a-long-password-1");
    driver.findElement(By.cssSelector("label[for='new-role-nurse']")).click();
    driver.findElement(By.id("create-account")).click();
    wait.until(
        d ->
            !d.findElements(By.cssSelector("#accounts tr[data-username='" + username + "']"))
                .isEmpty());
    Browser.screenshot(driver, "admin-accounts");

    driver.get(url("staff/admin/kiosks.html"));
    waitForLoggedInAs("admin");
    driver.findElement(By.id("kiosk-name")).sendKeys("Waiting room " + username);
    driver.findElement(By.id("create-kiosk")).click();
    String link =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("secret"))).getText();
    assertThat(link).contains("/enrol.html#code=");
    assertThat(Accessibility.violations(driver)).as("kiosks page").isEmpty();
    Browser.screenshot(driver, "admin-kiosks");

    driver.get(url("staff/admin/audit.html"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "records"));
    assertThat(driver.findElement(By.id("events")).getText())
        .contains("ACCOUNT_CREATED")
        .contains("KIOSK_CREATED");
    assertThat(Accessibility.violations(driver)).as("audit page").isEmpty();
    Browser.screenshot(driver, "admin-audit");

    // The enrolment link, opened on the kiosk's own screen (a fresh browser), makes it a working
    // kiosk.
    WebDriver kioskScreen = Browser.start();
    try {
      kioskScreen.get(link);
      new WebDriverWait(kioskScreen, Duration.ofSeconds(20))
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("message"), "is now the kiosk"));
      assertThat(Accessibility.violations(kioskScreen)).as("enrolment page").isEmpty();
      kioskScreen.findElement(By.linkText("Open the check-in kiosk")).click();
      new WebDriverWait(kioskScreen, Duration.ofSeconds(20))
          .until(ExpectedConditions.elementToBeClickable(By.id("lang-en")));
    } finally {
      kioskScreen.quit();
    }
  }

  @Test
  void anIdleStaffSession_endsByItself_andTheTimeoutIsAudited() throws InterruptedException {
    new LoginPage(driver).open(base.toString()).logIn("clinician", "demo-clinician");
    waitForLoggedInAs("clinician");
    driver.get("about:blank"); // nothing on screen keeps the session busy
    // The test server's idle timeout is 20 s. The page's event stream (issue 11) is closed by the
    // server at
    // most 10 s after it opened, and the end of that request counts as the session's last use: 20 +
    // 10 + 3 s.
    Thread.sleep(Duration.ofSeconds(33).toMillis());
    driver.get(url("staff/queue.html"));
    wait.until(d -> new LoginPage(d).isShown());

    ApiClient admin = new ApiClient(base).as(ApiClient.ADMIN);
    List<String> actions =
        admin
            .get("api/audit?actor=clinician&action=SESSION_TIMEOUT")
            .json()
            .findValuesAsText("action");
    assertThat(actions).contains("SESSION_TIMEOUT");
  }

  @Test
  void aNurseAtTheDesk_canEnterAWalkIn_throughTheKioskPages() {
    new LoginPage(driver).open(base.toString()).logIn("nurse", "demo-nurse");
    KioskPage kiosk = new KioskPage(driver).open(base.toString());
    kiosk.chooseLanguage("en").enterPatient("Walter", "Walkin", 5, 5, 1955);
    kiosk.answerEveryUrgentQuestion("false").skipToReview().send();
    assertThat(kiosk.ticket()).matches("[A-Z]-\\d{3}");
    List<String> submittedByNurse =
        new ApiClient(base)
            .as(ApiClient.ADMIN)
            .get("api/audit?actor=nurse&action=INTAKE_SUBMITTED")
            .json()
            .findValuesAsText("action");
    assertThat(submittedByNurse).isNotEmpty();
  }
}
