package org.triagedesk.intake.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triagedesk.assessment.Urgency;
import org.triagedesk.intake.domain.intake.IntakeChange.Kind;

class IntakeTest {

  static final Instant NINE = Instant.parse("2026-11-24T09:00:00Z");

  static Intake intake(Urgency urgency) {
    Intake intake =
        new Intake(
            new PatientDetails("Ana", "Test", LocalDate.of(1980, 1, 1), "en"),
            NINE,
            new AssessmentRecord(
                "upper-back-pain", "1", urgency, List.of(), List.of(), "{\"v\":1}"),
            "{}",
            Submitter.kiosk("Front door"));
    intake.numberAs(Ticket.forIntakeNumber(1));
    return intake;
  }

  static AssessmentRecord assessed(Urgency urgency) {
    return new AssessmentRecord(
        "upper-back-pain", "1", urgency, List.of("RF-X"), List.of("PULMONARY"), "{\"v\":2}");
  }

  static Instant at(int minutes) {
    return NINE.plusSeconds(60L * minutes);
  }

  @Test
  void new_shouldLeaveTheFinalUrgencyEmpty_untilANurseReviews() {
    Intake intake = intake(Urgency.SOON);

    assertThat(intake.finalUrgency()).isEmpty();
    assertThat(intake.urgency()).isEqualTo(Urgency.SOON);
    assertThat(intake.hasOpenAlert()).isFalse();
  }

  @Test
  void new_shouldRaiseTheAlert_forAnEmergencyArrival() {
    assertThat(intake(Urgency.EMERGENCY).hasOpenAlert()).isTrue();
    assertThat(intake(Urgency.EMERGENCY).alertRaisedAt()).contains(NINE);
  }

  @Test
  void moveTo_shouldFollowTheWorkflow_andKeepEachTime() {
    Intake intake = intake(Urgency.SOON);

    intake.moveTo(IntakeStatus.CALLED, null, "nurse", at(5));
    intake.moveTo(IntakeStatus.IN_TRIAGE, null, "nurse", at(7));
    intake.moveTo(IntakeStatus.SEEN, null, "nurse", at(20));

    assertThat(intake.calledAt()).contains(at(5));
    assertThat(intake.triagedAt()).contains(at(7));
    assertThat(intake.closedAt()).contains(at(20));
    assertThat(intake.status().isInQueue()).isFalse();
    assertThat(intake.history())
        .extracting(IntakeChange::after)
        .containsExactly("CALLED", "IN_TRIAGE", "SEEN");
    assertThat(intake.changedBy()).contains("nurse");
  }

  @Test
  void deidentify_shouldRemoveWhoThePatientWas_andKeepTheClinicalRecord() {
    Intake intake = intake(Urgency.SOON);
    intake.patient().withPhone("+1 555 0100");
    intake.submittedUnder(new SubmissionKey("key-1", "digest-1"));
    intake.moveTo(IntakeStatus.LEFT_WITHOUT_BEING_SEEN, null, "nurse", at(30));
    Instant later = NINE.plusSeconds(86_400L * 40);

    assertThat(intake.deidentify(later)).isTrue();

    assertThat(intake.patient().givenName()).isEqualTo(PatientDetails.REMOVED);
    assertThat(intake.patient().familyName()).isEqualTo(PatientDetails.REMOVED);
    assertThat(intake.patient().phone()).isNull();
    assertThat(intake.patient().birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
    assertThat(intake.submissionKey()).isEmpty();
    assertThat(intake.deidentifiedAt()).contains(later);
    assertThat(intake.answersJson()).isEqualTo("{}");
    assertThat(intake.assessedUrgency()).isEqualTo(Urgency.SOON);
    assertThat(intake.closedAt()).contains(at(30));
    assertThat(intake.deidentify(later.plusSeconds(1))).as("once only").isFalse();
    assertThatThrownBy(() -> intake.undoLastChange("wrong", "nurse", later))
        .isInstanceOfSatisfying(TriageRuleBroken.class, e -> assertThat(e.isConflict()).isTrue());
  }

  @Test
  void deidentify_shouldLeaveAPatientStillInTheQueue() {
    Intake intake = intake(Urgency.SOON);
    intake.moveTo(IntakeStatus.CALLED, null, "nurse", at(5));

    assertThat(intake.deidentify(at(60))).isFalse();

    assertThat(intake.patient().familyName()).isEqualTo("Test");
    assertThat(intake.deidentifiedAt()).isEmpty();
  }

  @Test
  void moveTo_shouldRefuseAnImpossibleMove_sayingWhy() {
    Intake intake = intake(Urgency.SOON);

    assertThatThrownBy(() -> intake.moveTo(IntakeStatus.SEEN, null, "nurse", at(1)))
        .isInstanceOfSatisfying(
            TriageRuleBroken.class,
            e -> {
              assertThat(e.isConflict()).isTrue();
              assertThat(e.getMessage()).contains("WAITING").contains("cannot move to SEEN");
            });
    assertThat(intake.history()).isEmpty();
  }

  @Test
  void setFinalUrgency_shouldNeedAReason_forAnOverride_butNotForAConfirmation() {
    Intake intake = intake(Urgency.SOON);

    assertThatThrownBy(
            () -> intake.setFinalUrgency(Urgency.ROUTINE, " ", false, null, "nurse", at(1)))
        .isInstanceOfSatisfying(
            TriageRuleBroken.class, e -> assertThat(e.field()).isEqualTo("reason"));
    intake.setFinalUrgency(Urgency.SOON, null, false, null, "nurse", at(2));

    assertThat(intake.finalUrgency()).contains(Urgency.SOON);
    assertThat(intake.reviewedBy()).contains("nurse");
  }

  @Test
  void setFinalUrgency_shouldNeedAnExplicitConfirmation_belowAFiredRedFlag_andKeepItHighlighted() {
    Intake intake = intake(Urgency.URGENT);

    assertThatThrownBy(
            () ->
                intake.setFinalUrgency(
                    Urgency.ROUTINE, "known, stable", false, Urgency.URGENT, "n", at(1)))
        .isInstanceOfSatisfying(
            TriageRuleBroken.class, e -> assertThat(e.field()).isEqualTo("confirmBelowRedFlag"));
    intake.setFinalUrgency(Urgency.ROUTINE, "known, stable", true, Urgency.URGENT, "n", at(2));

    assertThat(intake.isBelowRedFlag()).isTrue();
    assertThat(intake.urgency()).isEqualTo(Urgency.ROUTINE);
  }

  @Test
  void undoLastChange_shouldRestoreTheEarlierDecision_andKeepBothInTheHistory() {
    Intake intake = intake(Urgency.SOON);
    intake.setFinalUrgency(Urgency.SOON, null, false, null, "a", at(1));
    intake.setFinalUrgency(Urgency.URGENT, "looks grey", false, null, "b", at(2));

    assertThatThrownBy(() -> intake.undoLastChange("", "b", at(3)))
        .isInstanceOfSatisfying(
            TriageRuleBroken.class, e -> assertThat(e.field()).isEqualTo("reason"));
    intake.undoLastChange("wrong patient", "b", at(3));

    assertThat(intake.finalUrgency()).contains(Urgency.SOON);
    assertThat(intake.reviewedBy()).contains("a");
    assertThat(intake.history())
        .extracting(IntakeChange::kind)
        .containsExactly(Kind.URGENCY, Kind.URGENCY, Kind.UNDONE);
  }

  @Test
  void undoLastChange_shouldPutAPatientBackInTheQueue_andClearTheCloseTime() {
    Intake intake = intake(Urgency.SOON);
    intake.moveTo(IntakeStatus.LEFT_WITHOUT_BEING_SEEN, null, "a", at(1));

    intake.undoLastChange("came back from the toilet", "a", at(2));

    assertThat(intake.status()).isEqualTo(IntakeStatus.WAITING);
    assertThat(intake.closedAt()).isEmpty();
  }

  @Test
  void checkUnchangedSince_shouldNameWhoChangedItAndWhen() {
    Intake intake = intake(Urgency.SOON);
    intake.moveTo(IntakeStatus.CALLED, null, "nurse.b", at(4));

    assertThatThrownBy(() -> intake.checkUnchangedSince(7L))
        .isInstanceOfSatisfying(
            TriageRuleBroken.class,
            e -> {
              assertThat(e.isConflict()).isTrue();
              assertThat(e.getMessage()).contains("nurse.b").contains("09:04:00");
            });
  }

  @Test
  void recordVitals_shouldKeepTheEarlierAssessment_raiseTheAlert_andAskForReviewAgain() {
    Intake intake = intake(Urgency.SOON);
    intake.setFinalUrgency(Urgency.SOON, null, false, null, "a", at(1));

    intake.recordVitals(
        new VitalSigns(130, null, 88, null, null, null), assessed(Urgency.EMERGENCY), "a", at(2));

    assertThat(intake.assessedUrgency()).isEqualTo(Urgency.EMERGENCY);
    assertThat(intake.finalUrgency()).as("the review no longer holds").isEmpty();
    assertThat(intake.hasOpenAlert()).isTrue();
    assertThat(intake.history())
        .extracting(IntakeChange::kind)
        .containsExactly(Kind.URGENCY, Kind.VITALS, Kind.ALERT_RAISED);
    assertThat(intake.history().get(1).supersededAssessmentJson()).isEqualTo("{\"v\":1}");

    intake.recordVitals(
        new VitalSigns(null, null, null, null, null, new BigDecimal("38.5")),
        assessed(Urgency.EMERGENCY),
        "a",
        at(3));
    assertThat(intake.vitals().heartRate()).as("earlier signs kept").isEqualTo(130);
  }

  @Test
  void acknowledgeAlert_shouldRecordWhoAndWhen_once() {
    Intake intake = intake(Urgency.EMERGENCY);

    intake.acknowledgeAlert("nurse", at(1));

    assertThat(intake.hasOpenAlert()).isFalse();
    assertThat(intake.alertAcknowledgedBy()).contains("nurse");
    assertThatThrownBy(() -> intake.acknowledgeAlert("nurse", at(2)))
        .isInstanceOf(TriageRuleBroken.class);
  }
}
