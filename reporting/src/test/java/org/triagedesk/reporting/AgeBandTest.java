package org.triagedesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgeBandTest {

  @Test
  void of_shouldGroupAgesInTenYearBandsWithNinetyAndOverTogether() {
    assertThat(AgeBand.of(0)).isEqualTo("0-9");
    assertThat(AgeBand.of(40)).isEqualTo("40-49");
    assertThat(AgeBand.of(49)).isEqualTo("40-49");
    assertThat(AgeBand.of(89)).isEqualTo("80-89");
    assertThat(AgeBand.of(90)).isEqualTo("90+");
    assertThat(AgeBand.of(117)).isEqualTo("90+");
    assertThat(AgeBand.of(null)).isNull();
    assertThat(AgeBand.of(-1)).isNull();
  }
}
