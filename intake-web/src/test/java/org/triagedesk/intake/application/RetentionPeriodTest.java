package org.triagedesk.intake.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetentionPeriodTest {

  @Test
  void ofDays_shouldBeOff_whenUnsetOrZero() {
    assertThat(RetentionPeriod.ofDays(null).isOn()).isFalse();
    assertThat(RetentionPeriod.ofDays(" ").isOn()).isFalse();
    assertThat(RetentionPeriod.ofDays("0").isOn()).isFalse();
    assertThat(RetentionPeriod.ofDays(null).describe()).isEqualTo("for ever");
  }

  @Test
  void ofDays_shouldTakeWholeDaysAndFractions() {
    assertThat(RetentionPeriod.ofDays("30").keep()).contains(Duration.ofDays(30));
    assertThat(RetentionPeriod.ofDays("30").describe()).isEqualTo("30 days");
    assertThat(RetentionPeriod.ofDays("0.5").keep()).contains(Duration.ofHours(12));
    assertThat(RetentionPeriod.ofDays("0.0002").describe()).isEqualTo("17 seconds");
  }

  @Test
  void ofDays_shouldRefuseWhatIsNotADuration_ratherThanKeepDataSilently() {
    assertThatThrownBy(() -> RetentionPeriod.ofDays("thirty"))
        .hasMessageContaining("number of days");
    assertThatThrownBy(() -> RetentionPeriod.ofDays("-1")).hasMessageContaining("negative");
  }
}
