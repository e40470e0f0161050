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

/**
 * A column chart of intake counts drawn beside a table of a report: one category per table row (its
 * label in the table's label column), one coloured series per counted column, the legend below.
 * Series point at the table and also carry the values as a cache, so a reader that does not
 * recalculate still draws the bars. Used by the Summary's arrivals chart and the rule review's
 * weekly chart; add series with {@link #bars}, then {@link #plot} once.
 */
final class IntakeCountChart {
  private final XSSFChart chart;
  private final XDDFBarChartData bars;
  private final XDDFCategoryDataSource categories;
  private final String sheetName;
  private final int firstRow;
  private final int lastRow;

  /**
   * @param sheet an XSSF sheet (SXSSF sheets cannot draw: use the XSSF sheet behind a streamed one)
   * @param anchor where the chart is drawn (columns and rows, zero-based, end exclusive)
   * @param grouping stacked (parts of one whole) or clustered (side by side)
   * @param labels the category labels, one per table row from {@code firstRow} on
   * @param labelColumn the table column that holds those labels
   */
  IntakeCountChart(
      XSSFSheet sheet,
      CellRangeAddress anchor,
      String title,
      String categoryTitle,
      BarGrouping grouping,
      String[] labels,
      int firstRow,
      int labelColumn) {
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
    chart = drawing.createChart(place);
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
    categoryAxis.setTitle(categoryTitle);
    XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
    counts.setTitle("Intakes");
    counts.setCrossBetween(AxisCrossBetween.BETWEEN);

    this.sheetName = sheet.getSheetName();
    this.firstRow = firstRow;
    this.lastRow = firstRow + labels.length - 1;
    categories = XDDFDataSourcesFactory.fromArray(labels, range(labelColumn), labelColumn);
    bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, counts);
    bars.setBarDirection(BarDirection.COL);
    bars.setBarGrouping(grouping);
    if (grouping == BarGrouping.STACKED) {
      bars.setOverlap(
          (byte) 100); // stacked bars must overlap fully or Excel draws them side by side
      bars.setGapWidth(50);
    }
    bars.setVaryColors(false);
  }

  /**
   * One series: the counts of table column {@code column}, titled by the header cell above the
   * table's first row ({@code title} is its cached text).
   */
  IntakeCountChart bars(String title, int column, Long[] values, byte[] rgb) {
    XDDFNumericalDataSource<Long> data =
        XDDFDataSourcesFactory.fromArray(values, range(column), column);
    XDDFBarChartData.Series bar = (XDDFBarChartData.Series) bars.addSeries(categories, data);
    bar.setTitle(title, new CellReference(sheetName, firstRow - 1, column, true, true));
    XDDFShapeProperties shape = new XDDFShapeProperties();
    shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
    bar.setShapeProperties(shape);
    return this;
  }

  void plot() {
    chart.plot(bars);
  }

  private String range(int column) {
    return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheetName, true);
  }
}
