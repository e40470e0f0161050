package org.triagedesk.reporting.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaitHistogramTest {

  @Test
  void percentileMinutes_shouldUseNearestRankToTheMinute() {
    WaitHistogram waits = new WaitHistogram();
    for (int minute = 1; minute <= 10; minute++) {
      waits.add(Duration.ofMinutes(minute).plusSeconds(59)); // whole minutes: seconds are dropped
    }

    assertThat(waits.count()).isEqualTo(10);
    assertThat(waits.percentileMinutes(50)).hasValue(5);
    assertThat(waits.percentileMinutes(90)).hasValue(9);
    assertThat(waits.percentileMinutes(100)).hasValue(10);
  }

  @Test
  void percentileMinutes_shouldBeEmptyWithoutWaitsAndCapAtAWeek() {
    WaitHistogram waits = new WaitHistogram();
    assertThat(waits.percentileMinutes(50)).isEmpty();

    waits.add(Duration.ofDays(30));
    assertThat(waits.percentileMinutes(50)).hasValue(WaitHistogram.MAX_MINUTES);
  }
}
