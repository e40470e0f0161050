package org.triagedesk.reporting;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.triagedesk.reporting.model.UrgencyLevel;
import org.triagedesk.reporting.summary.QueueStatistics;

/**
 * The stacked bar chart of arrivals per hour of day by urgency, on the Summary sheet. SXSSF sheets
 * cannot create charts, so it is drawn on the XSSF sheet behind the streamed one: drawings live in
 * their own part, untouched by streaming. Series point at the hour table on the Summary sheet and
 * also carry the values as a cache, so a reader that does not recalculate still shows the bars.
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
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor place =
        drawing.createAnchor(
            0,
            0,
            0,
            0,
            anchor.getFirstColumn(),
            anchor.getFirstRow(),
            anchor.getLastColumn(),
            anchor.getLastRow());
    XSSFChart chart = drawing.createChart(place);
    chart.setTitleText("Arrivals per hour of day, by urgency");
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

    XDDFCategoryAxis hours = chart.createCategoryAxis(AxisPosition.BOTTOM);
    hours.setTitle("Hour of arrival");
    XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
    counts.setTitle("Intakes");
    counts.setCrossBetween(AxisCrossBetween.BETWEEN);

    String sheetName = sheet.getSheetName();
    int firstRow = table.getFirstRow();
    int lastRow = firstRow + 23;
    int labelColumn = table.getFirstColumn();
    String[] hourLabels = new String[24];
    for (int hour = 0; hour < 24; hour++) {
      hourLabels[hour] = hourLabel(hour);
    }
    XDDFCategoryDataSource categories =
        XDDFDataSourcesFactory.fromArray(
            hourLabels, range(sheetName, firstRow, lastRow, labelColumn), labelColumn);

    XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, hours, counts);
    bars.setBarDirection(BarDirection.COL);
    bars.setBarGrouping(BarGrouping.STACKED);
    bars.setOverlap((byte) 100); // stacked bars must overlap fully or Excel draws them side by side
    bars.setGapWidth(50);
    bars.setVaryColors(false);
    for (UrgencyLevel level : UrgencyLevel.values()) {
      int column = labelColumn + 1 + level.ordinal();
      Long[] values = new Long[24];
      for (int hour = 0; hour < 24; hour++) {
        values[hour] = stats.arrivals(hour, level);
      }
      XDDFNumericalDataSource<Long> series =
          XDDFDataSourcesFactory.fromArray(
              values, range(sheetName, firstRow, lastRow, column), column);
      XDDFBarChartData.Series bar = (XDDFBarChartData.Series) bars.addSeries(categories, series);
      bar.setTitle(level.name(), new CellReference(sheetName, firstRow - 1, column, true, true));
      XDDFShapeProperties shape = new XDDFShapeProperties();
      shape.setFillProperties(
          new XDDFSolidFillProperties(XDDFColor.from(UrgencyStyles.rgb(level))));
      bar.setShapeProperties(shape);
    }
    chart.plot(bars);
  }

  static String hourLabel(int hour) {
    return String.format(java.util.Locale.ROOT, "%02d:00", hour);
  }

  private static String range(String sheetName, int firstRow, int lastRow, int column) {
    return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheetName, true);
  }
}
