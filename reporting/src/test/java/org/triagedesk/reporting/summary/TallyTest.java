package org.triagedesk.reporting.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TallyTest {

  @Test
  void add_shouldCountMostFrequentFirstAndPoolIdsPastTheCap() {
    Tally tally = new Tally(2);
    tally.add("GERD");
    tally.add("MSK_STRAIN");
    tally.add("MSK_STRAIN");
    tally.add("SHINGLES");
    tally.add("PE");
    tally.add("GERD");

    assertThat(tally.mostFrequentFirst())
        .containsExactly(
            Map.entry("GERD", 2L), Map.entry("MSK_STRAIN", 2L), Map.entry(Tally.OTHER, 2L));
  }
}
