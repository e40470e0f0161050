package org.triagedesk.intake.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One clinic time zone: TRIAGE_TIME_ZONE, else the former TRIAGE_CLINIC_ZONE, else the system's.
 */
class ClockProducerTest {

  static final ZoneId SYSTEM = ZoneId.of("Asia/Kolkata");

  @Test
  void clinicZone_shouldBeTheSystemsZone_whenNoneIsConfigured() {
    assertThat(ClockProducer.clinicZone(Optional.empty(), Optional.empty(), SYSTEM))
        .isEqualTo(SYSTEM);
    assertThat(ClockProducer.clinicZone(Optional.of(" "), Optional.empty(), SYSTEM))
        .isEqualTo(SYSTEM);
  }

  @Test
  void clinicZone_shouldPreferTriageTimeZone_overTheFormerName() {
    assertThat(ClockProducer.clinicZone(Optional.of("Europe/Zurich"), Optional.of("UTC"), SYSTEM))
        .isEqualTo(ZoneId.of("Europe/Zurich"));
    assertThat(ClockProducer.clinicZone(Optional.empty(), Optional.of("America/New_York"), SYSTEM))
        .isEqualTo(ZoneId.of("America/New_York"));
  }

  @Test
  void clinicZone_shouldRefuseToStart_onAZoneThatDoesNotExist() {
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                ClockProducer.clinicZone(Optional.of("Europe/Atlantis"), Optional.empty(), SYSTEM))
        .withMessageContaining("TRIAGE_TIME_ZONE")
        .withMessageContaining("Europe/Atlantis");
  }
}
