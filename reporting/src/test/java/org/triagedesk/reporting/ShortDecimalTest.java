package org.triagedesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

/** The fast decimals are Double.toString's, digit for digit, where they are given at all. */
class ShortDecimalTest {

  @Test
  void of_writesDateTimesAsDoubleToStringDoes() {
    LocalDateTime start = LocalDateTime.of(2026, 11, 30, 0, 0);
    int checked = 0;
    for (int second = 0; second < 3 * 86_400; second += 1) {
      checked += same(DateUtil.getExcelDate(start.plusSeconds(second)));
    }
    SplittableRandom random = new SplittableRandom(14);
    for (int i = 0; i < 200_000; i++) {
      LocalDateTime t =
          start
              .plusDays(random.nextInt(-20_000, 20_000))
              .plusNanos(random.nextLong(86_400_000L) * 1_000_000L);
      checked += same(DateUtil.getExcelDate(t));
    }
    assertThat(checked).isGreaterThan(400_000);
  }

  @Test
  void of_writesOtherNumbersAsDoubleToStringDoes_orLeavesThemToIt() {
    SplittableRandom random = new SplittableRandom(15);
    int checked = 0;
    for (int i = 0; i < 300_000; i++) {
      checked += same(random.nextDouble(0, 1e7));
      checked +=
          same(
              Double.longBitsToDouble(
                  random.nextLong(0x4000_0000_0000_0000L, 0x4163_12D0_0000_0000L)));
    }
    assertThat(checked).isGreaterThan(590_000);
    for (double v : new double[] {37.2, 2.5, 3.0000000000000004, 9_999_999.999999998, 1e7, 2, 4}) {
      same(v);
    }
  }

  /** 1 when ShortDecimal gave the decimal (always Double.toString's), 0 when it left it. */
  private static int same(double value) {
    ShortDecimal decimal = ShortDecimal.of(value);
    if (decimal == null) {
      return 0;
    }
    assertThat(decimal.toString()).as("%s", value).isEqualTo(Double.toString(value));
    return 1;
  }
}
