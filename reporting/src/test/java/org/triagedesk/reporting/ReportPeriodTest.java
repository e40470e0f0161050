package org.triagedesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  @Test
  void week_shouldCoverSevenDaysInclusive() {
    ReportPeriod week = ReportPeriod.week(DAY);

    assertThat(week.to()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(week.days()).isEqualTo(7);
    assertThat(week.label()).isEqualTo("2026-11-24 to 2026-11-30 (week)");
    assertThat(ReportPeriod.day(DAY).days()).isEqualTo(1);
    assertThat(ReportPeriod.day(DAY).label()).isEqualTo("2026-11-24 (day)");
  }

  @Test
  void custom_shouldRejectAnEndBeforeTheStart() {
    assertThatThrownBy(() -> ReportPeriod.custom(DAY, DAY.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends before it starts");
  }
}
