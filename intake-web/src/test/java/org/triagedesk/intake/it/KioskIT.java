package org.triagedesk.intake.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/** A patient at the kiosk, in a real headless Chromium, and the nurse who then sees them in the queue. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KioskIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TriageDeskDeployment.war();
  }

  @ArquillianResource URL base;
  WebDriver driver;

  @BeforeEach
  void startBrowser() {
    driver = Browser.start();
  }

  @AfterEach
  void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void patientCompletesTheQuestionnaire_andTheNurseSeesThemInTheQueue() {
    KioskPage kiosk = new KioskPage(driver).open(base.toString());
    Browser.screenshot(driver, "kiosk-welcome");
    kiosk.chooseLanguage("en").enterPatient("Dana", "Kioskova", 14, 3, 2000);
    assertThat(kiosk.isOnQuestion("sex")).isTrue();
    kiosk.answer("sex", "female").next();
    Browser.screenshot(driver, "kiosk-urgent-check");
    kiosk.answer("sweating_clammy", "false").answer("short_of_breath", "false").next();
    kiosk.answer("pain_location", "between_shoulder_blades").answer("pain_quality", "burning");
    Browser.screenshot(driver, "kiosk-your-pain");
    kiosk.skipToEnd().submit();
    String ticket = kiosk.ticket();
    Browser.screenshot(driver, "kiosk-ticket");

    new LoginPage(driver).open(base.toString()).logIn("nurse", "demo-nurse");
    QueuePage queue = new QueuePage(driver).open(base.toString());
    String row = queue.rowOf(ticket);
    Browser.screenshot(driver, "staff-queue");
    assertThat(row).contains("Kioskova, Dana").contains(ticket);
  }

  @Test
  void urgentAnswer_stopsTheQuestionnaire_andTellsThePatientToFindStaff_inSpanish() {
    KioskPage kiosk = new KioskPage(driver).open(base.toString());
    kiosk.chooseLanguage("es").enterPatient("Rosa", "Urgente", 2, 5, 1960);
    kiosk.next(); // about you: nothing more to say
    kiosk.answer("sweating_clammy", "true").next();

    String ticket = kiosk.ticket();
    Browser.screenshot(driver, "kiosk-emergency-es");
    assertThat(kiosk.language()).isEqualTo("es");
    assertThat(kiosk.heading()).isEqualTo("Avise ahora a un miembro del personal");

    new LoginPage(driver).open(base.toString()).logIn("clinician", "demo-clinician");
    QueuePage queue = new QueuePage(driver).open(base.toString());
    assertThat(queue.rowOf(ticket)).contains("Emergency");
  }

  @Test
  void kioskPages_haveNoAccessibilityViolations() {
    KioskPage kiosk = new KioskPage(driver).open(base.toString());
    assertThat(Accessibility.violations(driver)).as("welcome").isEmpty();
    kiosk.chooseLanguage("es");
    assertThat(Accessibility.violations(driver)).as("about you").isEmpty();
    kiosk.enterPatient("Ana", "Accesible", 1, 2, 1990).next().next();
    assertThat(Accessibility.violations(driver)).as("your pain").isEmpty();
  }

  @Test
  void kioskWipesItself_whenThePatientWalksAway() {
    KioskPage kiosk = new KioskPage(driver).open(base + "?idle=2");
    kiosk.chooseLanguage("en");
    driver.findElement(By.id("given-name")).sendKeys("Walked Away");

    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> kiosk.asksWhetherPatientIsStillThere());
    Browser.screenshot(driver, "kiosk-still-there");
    kiosk.waitForWipe(Duration.ofSeconds(15));

    assertThat(driver.getPageSource()).doesNotContain("Walked Away");
  }

  @Test
  void missingName_isExplainedInThePatientsLanguage() {
    KioskPage kiosk = new KioskPage(driver).open(base.toString());
    kiosk.chooseLanguage("es").next();
    assertThat(kiosk.errors()).contains("Por favor, revise");
    assertThat(kiosk.isOnQuestion("sex")).isFalse();
  }
}
