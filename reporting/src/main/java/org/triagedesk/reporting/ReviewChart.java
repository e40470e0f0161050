package org.triagedesk.reporting;

import java.time.LocalDate;
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

/**
 * Over- and under-assessment by week: a clustered bar chart beside the week table, its series
 * pointing at the table and carrying the values as a cache, so a reader that does not recalculate
 * still draws the bars.
 */
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
    chart.setTitleText("Nurse's level above and below the engine's, by week");
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis weeks = chart.createCategoryAxis(AxisPosition.BOTTOM);
    weeks.setTitle("Week starting");
    XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
    counts.setTitle("Intakes");
    counts.setCrossBetween(AxisCrossBetween.BETWEEN);

    String name = sheet.getSheetName();
    int first = table.getFirstRow();
    int last = table.getLastRow();
    String[] labels =
        review.weeks.keySet().stream().map(LocalDate::toString).toArray(String[]::new);
    XDDFCategoryDataSource categories =
        XDDFDataSourcesFactory.fromArray(labels, range(name, first, last, 0), 0);
    Long[] higher = review.weeks.values().stream().map(w -> w.higher).toArray(Long[]::new);
    Long[] lower = review.weeks.values().stream().map(w -> w.lower).toArray(Long[]::new);

    XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, weeks, counts);
    bars.setBarDirection(BarDirection.COL);
    bars.setBarGrouping(BarGrouping.CLUSTERED);
    bars.setVaryColors(false);
    series(bars, categories, higher, "Nurse higher (under-assessed)", name, first, last, 2, HIGHER);
    series(bars, categories, lower, "Nurse lower (over-assessed)", name, first, last, 3, LOWER);
    chart.plot(bars);
  }

  private static void series(
      XDDFBarChartData bars,
      XDDFCategoryDataSource categories,
      Long[] values,
      String title,
      String sheet,
      int first,
      int last,
      int column,
      byte[] rgb) {
    XDDFNumericalDataSource<Long> data =
        XDDFDataSourcesFactory.fromArray(values, range(sheet, first, last, column), column);
    XDDFBarChartData.Series bar = (XDDFBarChartData.Series) bars.addSeries(categories, data);
    bar.setTitle(title, new CellReference(sheet, first - 1, column, true, true));
    XDDFShapeProperties shape = new XDDFShapeProperties();
    shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
    bar.setShapeProperties(shape);
  }

  private static String range(String sheet, int firstRow, int lastRow, int column) {
    return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheet, true);
  }
}
