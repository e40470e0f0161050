package org.triagedesk.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
    Intake intake = new Intake(
        new PatientDetails("Ana", "Test", LocalDate.of(1980, 1, 1), "en"),
        NINE,
        new AssessmentRecord("upper-back-pain", "1", urgency, List.of("RF-ACS-1"), List.of("CARDIAC_ACS"), "{}"),
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
  void toQueueEntry_shouldCarryTheRecordedTimes_theOverride_andTheVitalSigns() {
    Intake intake = intake(Urgency.URGENT);
    intake.moveTo(IntakeStatus.CALLED, null, "nurse", NINE.plusSeconds(60));
    intake.moveTo(IntakeStatus.IN_TRIAGE, null, "nurse", NINE.plusSeconds(120));
    intake.recordVitals(new VitalSigns(88, 14, 98, 120, 118, new BigDecimal("36.8")),
        new AssessmentRecord("upper-back-pain", "1", Urgency.URGENT, List.of("RF-ACS-1"), List.of(), "{}"),
        "nurse", NINE.plusSeconds(150));
    intake.setFinalUrgency(Urgency.ROUTINE, "old ECG change, known", true, Urgency.EMERGENCY, "nurse",
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
    assertThat(entry.override().reason()).startsWith(ReportEntries.BELOW_RED_FLAG).endsWith("known");
    assertThat(entry.vitalSigns().heartRate()).isEqualTo(88);
    assertThat(entry.vitalSigns().temperatureC()).isEqualTo(36.8);
  }
}
