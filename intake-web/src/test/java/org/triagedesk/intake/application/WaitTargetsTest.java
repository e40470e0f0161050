package org.triagedesk.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.triagedesk.assessment.Urgency;

class WaitTargetsTest {

  static WaitTargets manchester() {
    WaitTargets targets = new WaitTargets();
    targets.emergency = 0;
    targets.urgent = 10;
    targets.soon = 60;
    targets.routine = 120;
    targets.selfCare = 240;
    return targets;
  }

  @Test
  void state_shouldSayWithinNearOrOver_byTheLevelsTarget() {
    WaitTargets targets = manchester();

    assertThat(targets.state(Urgency.URGENT, 5)).isEqualTo("within");
    assertThat(targets.state(Urgency.URGENT, 8)).isEqualTo("near");
    assertThat(targets.state(Urgency.URGENT, 11)).isEqualTo("over");
    assertThat(targets.state(Urgency.SELF_CARE, 11)).isEqualTo("within");
  }

  @Test
  void state_shouldShowAnEmergencyAsOver_fromTheFirstMinute() {
    assertThat(manchester().state(Urgency.EMERGENCY, 0)).isEqualTo("over");
  }
}
