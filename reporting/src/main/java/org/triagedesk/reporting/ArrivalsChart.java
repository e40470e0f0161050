package org.triagedesk.reporting;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.triagedesk.reporting.model.UrgencyLevel;
import org.triagedesk.reporting.summary.QueueStatistics;

/**
 * The stacked bar chart of arrivals per hour of day by urgency, on the Summary sheet. SXSSF sheets
 * cannot create charts, so it is drawn on the XSSF sheet behind the streamed one: drawings live in
 * their own part, untouched by streaming. Series point at the hour table on the Summary sheet.
 */
final class ArrivalsChart {
  private ArrivalsChart() {}

  /**
   * @param sheet the XSSF sheet behind the Summary sheet
   * @param table where the hour table is: first row is hour 00, first column holds the hour labels,
   *     the next five columns the levels in {@link UrgencyLevel} order
   * @param anchor where the chart is drawn (columns and rows, zero-based, end exclusive)
   */
  static void draw(
      XSSFSheet sheet, QueueStatistics stats, CellRangeAddress table, CellRangeAddress anchor) {
    String[] hourLabels = new String[24];
    for (int hour = 0; hour < 24; hour++) {
      hourLabels[hour] = hourLabel(hour);
    }
    int labelColumn = table.getFirstColumn();
    IntakeCountChart chart =
        new IntakeCountChart(
            sheet,
            anchor,
            "Arrivals per hour of day, by urgency",
            "Hour of arrival",
            BarGrouping.STACKED,
            hourLabels,
            table.getFirstRow(),
            labelColumn);
    for (UrgencyLevel level : UrgencyLevel.values()) {
      Long[] values = new Long[24];
      for (int hour = 0; hour < 24; hour++) {
        values[hour] = stats.arrivals(hour, level);
      }
      chart.bars(level.name(), labelColumn + 1 + level.ordinal(), values, UrgencyStyles.rgb(level));
    }
    chart.plot();
  }

  static String hourLabel(int hour) {
    return String.format(java.util.Locale.ROOT, "%02d:00", hour);
  }
}
