package org.triagedesk.intake.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triagedesk.intake.domain.intake.IntakeTest.at;
import static org.triagedesk.intake.domain.intake.IntakeTest.intake;

import org.junit.jupiter.api.Test;
import org.triagedesk.assessment.Urgency;

/** Calling a patient to a room: what the waiting-room screen shows. */
class IntakeCallTest {

  @Test
  void callTo_shouldMoveToCalled_andKeepTheRoomAndTime_andAnnounceASecondCallAgain() {
    Intake intake = intake(Urgency.SOON);

    intake.callTo(" 2 ", null, "nurse", at(5));
    assertThat(intake.status()).isEqualTo(IntakeStatus.CALLED);
    assertThat(intake.callRoom()).contains("2");
    assertThat(intake.roomCalledAt()).contains(at(5));

    intake.moveTo(IntakeStatus.WAITING, "did not answer", "nurse", at(7));
    intake.callTo("Triage 1", null, "nurse", at(9));
    assertThat(intake.callRoom()).contains("Triage 1");
    assertThat(intake.roomCalledAt()).as("the screen announces the new call").contains(at(9));
    assertThat(intake.calledAt()).as("the first call stays the wait's end").contains(at(5));
  }

  @Test
  void callTo_shouldRefuseARoomThatIsNotOne_andAnImpossibleMove() {
    Intake intake = intake(Urgency.SOON);
    assertThatThrownBy(() -> intake.callTo("<b>2</b>", null, "nurse", at(5)))
        .isInstanceOf(TriageRuleBroken.class)
        .hasMessageContaining("room");
    assertThatThrownBy(() -> intake.callTo("", null, "nurse", at(5)))
        .isInstanceOf(TriageRuleBroken.class);
    assertThatThrownBy(() -> intake.callTo("seventeen letters", null, "nurse", at(5)))
        .isInstanceOf(TriageRuleBroken.class);
    assertThat(intake.status()).isEqualTo(IntakeStatus.WAITING);
    assertThat(intake.callRoom()).isEmpty();

    intake.moveTo(IntakeStatus.IN_TRIAGE, null, "nurse", at(6));
    assertThatThrownBy(() -> intake.callTo("2", null, "nurse", at(7)))
        .isInstanceOf(TriageRuleBroken.class);
    assertThat(intake.callRoom()).isEmpty();
  }
}
