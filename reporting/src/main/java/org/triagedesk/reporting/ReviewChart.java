package org.triagedesk.reporting;

import java.time.LocalDate;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Over- and under-assessment by week: a clustered bar chart beside the week table. */
final class ReviewChart {

  /**
   * Under-assessment (the unsafe direction) in the clinic's emergency red; over-assessment in blue.
   */
  private static final byte[] HIGHER = {(byte) 0xA5, 0x00, 0x00};

  private static final byte[] LOWER = {0x2F, 0x4F, 0x6F};

  private ReviewChart() {}

  /**
   * @param table the week rows: column 0 the week's Monday, 2 nurse higher, 3 nurse lower
   * @param anchor where the chart is drawn (zero-based, end exclusive)
   */
  static void draw(
      XSSFSheet sheet, RuleReview review, CellRangeAddress table, CellRangeAddress anchor) {
    String[] labels =
        review.weeks.keySet().stream().map(LocalDate::toString).toArray(String[]::new);
    Long[] higher = review.weeks.values().stream().map(w -> w.higher).toArray(Long[]::new);
    Long[] lower = review.weeks.values().stream().map(w -> w.lower).toArray(Long[]::new);
    new IntakeCountChart(
            sheet,
            anchor,
            "Nurse's level above and below the engine's, by week",
            "Week starting",
            BarGrouping.CLUSTERED,
            labels,
            table.getFirstRow(),
            0)
        .bars("Nurse higher (under-assessed)", 2, higher, HIGHER)
        .bars("Nurse lower (over-assessed)", 3, lower, LOWER)
        .plot();
  }
}
