package org.triagedesk.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triagedesk.assessment.Urgency;
import org.triagedesk.intake.domain.intake.AssessmentRecord;
import org.triagedesk.intake.domain.intake.Intake;
import org.triagedesk.intake.domain.intake.IntakeStatus;
import org.triagedesk.intake.domain.intake.PatientDetails;
import org.triagedesk.intake.domain.intake.Submitter;
import org.triagedesk.intake.domain.intake.Ticket;
import org.triagedesk.intake.domain.intake.VitalSigns;
import org.triagedesk.reporting.model.QueueStatus;
import org.triagedesk.reporting.model.UrgencyLevel;

/** Pins what the workbook gets from an intake: nothing claims a review that did not happen. */
class ReportEntriesTest {

  static final Instant NINE = Instant.parse("2026-11-24T09:00:00Z");

  static Intake intake(Urgency urgency) {
    Intake intake =
        new Intake(
            new PatientDetails("Ana", "Test", LocalDate.of(1980, 1, 1), "en"),
            NINE,
            new AssessmentRecord(
                "upper-back-pain", "1", urgency, List.of("RF-ACS-1"), List.of("CARDIAC_ACS"), "{}"),
            "{}",
            Submitter.kiosk("Front door"));
    intake.numberAs(Ticket.forIntakeNumber(1));
    return intake;
  }

  @Test
  void toQueueEntry_shouldLeaveFinalUrgencyAndOverrideEmpty_whenNoNurseReviewed() {
    var entry = ReportEntries.toQueueEntry(intake(Urgency.SOON), ZoneOffset.UTC);

    assertThat(entry.assessedUrgency()).isEqualTo(UrgencyLevel.SOON);
    assertThat(entry.finalUrgency()).as("not reviewed").isNull();
    assertThat(entry.override()).isNull();
    assertThat(entry.triagedAt()).isNull();
    assertThat(entry.vitalSigns()).isNull();
  }

  @Test
  void toQueueEntry_shouldCarryTheEmergencyAlert_andWhenANurseAcknowledgedIt() {
    Intake intake = intake(Urgency.EMERGENCY);
    assertThat(ReportEntries.toQueueEntry(intake, ZoneOffset.UTC).alertAcknowledgedAt()).isNull();
    intake.acknowledgeAlert("nurse", NINE.plusSeconds(75));

    var entry = ReportEntries.toQueueEntry(intake, ZoneOffset.UTC);

    assertThat(entry.alertRaisedAt()).isEqualTo(NINE);
    assertThat(entry.alertAcknowledgedAt()).isEqualTo(NINE.plusSeconds(75));
    assertThat(entry.timeToAcknowledge()).contains(java.time.Duration.ofSeconds(75));
    assertThat(ReportEntries.toQueueEntry(intake(Urgency.SOON), ZoneOffset.UTC).alertRaisedAt())
        .isNull();
  }

  @Test
  void toQueueEntry_shouldCarryTheRecordedTimes_theOverride_andTheVitalSigns() {
    Intake intake = intake(Urgency.URGENT);
    intake.moveTo(IntakeStatus.CALLED, null, "nurse", NINE.plusSeconds(60));
    intake.moveTo(IntakeStatus.IN_TRIAGE, null, "nurse", NINE.plusSeconds(120));
    intake.recordVitals(
        new VitalSigns(88, 14, 98, 120, 118, new BigDecimal("36.8")),
        new AssessmentRecord(
            "upper-back-pain", "1", Urgency.URGENT, List.of("RF-ACS-1"), List.of(), "{}"),
        "nurse",
        NINE.plusSeconds(150));
    intake.setFinalUrgency(
        Urgency.ROUTINE,
        "old ECG change, known",
        true,
        Urgency.EMERGENCY,
        "nurse",
        NINE.plusSeconds(180));
    intake.moveTo(IntakeStatus.SEEN, null, "nurse", NINE.plusSeconds(600));

    var entry = ReportEntries.toQueueEntry(intake, ZoneOffset.UTC);

    assertThat(entry.calledAt()).isEqualTo(NINE.plusSeconds(60));
    assertThat(entry.triagedAt()).isEqualTo(NINE.plusSeconds(120));
    assertThat(entry.closedAt()).isEqualTo(NINE.plusSeconds(600));
    assertThat(entry.status()).isEqualTo(QueueStatus.CLOSED);
    assertThat(entry.finalUrgency()).isEqualTo(UrgencyLevel.ROUTINE);
    assertThat(entry.override().from()).isEqualTo(UrgencyLevel.URGENT);
    assertThat(entry.override().by()).isEqualTo("nurse");
    assertThat(entry.override().reason())
        .startsWith(ReportEntries.BELOW_RED_FLAG)
        .endsWith("known");
    assertThat(entry.vitalSigns().heartRate()).isEqualTo(88);
    assertThat(entry.vitalSigns().temperatureC()).isEqualTo(36.8);
  }

  @Test
  void urgencyLevel_shouldMapEveryEngineLevel_toADistinctReportLevel_inTheSameOrder() {
    var mapped = new java.util.ArrayList<UrgencyLevel>();
    for (Urgency urgency : Urgency.values()) {
      mapped.add(ReportEntries.urgencyLevel(urgency));
    }

    assertThat(mapped)
        .as("every report level is reached once, most urgent first")
        .containsExactly(UrgencyLevel.values());
    for (Urgency a : Urgency.values()) {
      for (Urgency b : Urgency.values()) {
        assertThat(ReportEntries.urgencyLevel(a).isMoreUrgentThan(ReportEntries.urgencyLevel(b)))
            .as(a + " more urgent than " + b)
            .isEqualTo(a.compareTo(b) < 0);
        assertThat(ReportEntries.urgencyLevel(a).name())
            .as("same clinical word")
            .isEqualTo(a.name());
      }
    }
  }

  @Test
  void queueStatus_shouldMapEveryIntakeStatus_andReachEveryReportStatus() {
    var reached = java.util.EnumSet.noneOf(QueueStatus.class);
    for (IntakeStatus status : IntakeStatus.values()) {
      QueueStatus mapped = ReportEntries.queueStatus(status);
      reached.add(mapped);
      assertThat(mapped.name())
          .as("only SEEN changes its name")
          .isEqualTo(status == IntakeStatus.SEEN ? "CLOSED" : status.name());
    }

    assertThat(reached)
        .as("no report status is left that no intake can have")
        .containsExactlyInAnyOrder(QueueStatus.values());
  }

  @Test
  void toQueueEntry_shouldCountTheAgeOnArrival_inTheClinicsZone_asTheQueueDoes() throws Exception {
    // Born 24 November 1980; arrived at 23:30 on the 23rd in New York, already the 24th in UTC.
    Intake intake =
        new Intake(
            new PatientDetails("Ana", "Test", LocalDate.of(1980, 11, 24), "en"),
            Instant.parse("2026-11-24T04:30:00Z"),
            new AssessmentRecord("upper-back-pain", "1", Urgency.SOON, List.of(), List.of(), "{}"),
            "{}",
            Submitter.kiosk("Front door"));
    storedAs(intake, 2);
    ZoneId newYork = ZoneId.of("America/New_York");
    Clock clinicClock = Clock.fixed(Instant.parse("2026-11-24T04:40:00Z"), newYork);

    var entry = ReportEntries.toQueueEntry(intake, newYork);
    var line =
        QueueLine.of(intake, clinicClock, WaitTargetsTest.manchester(), new ProtocolWording(null));

    assertThat(entry.ageAtArrival()).isEqualTo(45);
    assertThat(line.age()).as("the queue and the report agree").isEqualTo(45);
    assertThat(ReportEntries.toQueueEntry(intake, ZoneOffset.UTC).ageAtArrival())
        .as("UTC would say")
        .isEqualTo(46);
  }

  /** The database gives an intake its id; the queue line reads it. */
  static void storedAs(Intake intake, long id) throws ReflectiveOperationException {
    var field = Intake.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(intake, id);
    intake.numberAs(Ticket.forIntakeNumber(id));
  }

  @Test
  void toQueueEntry_shouldCarryTheTicket_theIds_theLanguage_thePatient_andTheEvidence() {
    Intake intake = intake(Urgency.EMERGENCY);

    var entry = ReportEntries.toQueueEntry(intake, ZoneOffset.UTC);

    assertThat(entry.ticket()).isEqualTo(intake.ticket().code());
    assertThat(entry.site()).as("not recorded yet").isNull();
    assertThat(entry.arrivedAt()).isEqualTo(NINE);
    assertThat(entry.status()).isEqualTo(QueueStatus.WAITING);
    assertThat(entry.redFlags()).containsExactly("RF-ACS-1");
    assertThat(entry.topCauses()).containsExactly("CARDIAC_ACS");
    assertThat(entry.language()).isEqualTo("en");
    assertThat(entry.patient().givenName()).isEqualTo("Ana");
    assertThat(entry.patient().birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
    assertThat(entry.ageAtArrival()).isEqualTo(46);
    assertThat(entry.engineEvidence()).isEqualTo("red flags: RF-ACS-1; likely causes: CARDIAC_ACS");
  }

  @Test
  void override_shouldBeAConfirmation_fromAndToTheSameLevel_withoutTheBelowRedFlagMark() {
    Intake intake = intake(Urgency.URGENT);
    intake.setFinalUrgency(Urgency.URGENT, null, false, null, "nurse", NINE.plusSeconds(60));

    var override = ReportEntries.override(intake);

    assertThat(override.from()).isEqualTo(UrgencyLevel.URGENT);
    assertThat(override.to()).isEqualTo(UrgencyLevel.URGENT);
    assertThat(override.isUp() || override.isDown()).isFalse();
    assertThat(override.reason()).doesNotContain(ReportEntries.BELOW_RED_FLAG);
    assertThat(override.at()).isEqualTo(NINE.plusSeconds(60));
  }
}
