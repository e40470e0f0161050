package org.triagedesk.reporting;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table that may outgrow one sheet: once a sheet holds {@code rowsPerSheet} rows (header
 * included) the next row opens "Name (2)", "Name (3)", ... each with the same header, frozen panes,
 * widths and autofilter.
 */
final class ContinuedSheet<T> {
  private final SXSSFWorkbook workbook;
  private final String baseName;
  private final List<Column<T>> columns;
  private final RowWriter cells;
  private final int rowsPerSheet;
  private final WorkbookStyles styles;
  private final List<String> sheetNames = new ArrayList<>();
  private SXSSFSheet current;
  private int nextRow;

  ContinuedSheet(
      SXSSFWorkbook workbook,
      String baseName,
      List<Column<T>> columns,
      int rowsPerSheet,
      WorkbookStyles styles,
      RowWriter cells) {
    if (rowsPerSheet < 2) {
      throw new IllegalArgumentException("a sheet needs room for the header and a row");
    }
    this.workbook = workbook;
    this.baseName = baseName;
    this.columns = List.copyOf(columns);
    this.rowsPerSheet = rowsPerSheet;
    this.styles = styles;
    this.cells = cells;
    open(); // created up front so the sheet exists, with its header, even for an empty period
  }

  /** Writes one row, opening a continuation sheet when the current one is full. */
  void append(T row) {
    if (nextRow == rowsPerSheet) {
      closeCurrent();
      open();
    }
    cells.on(current.createRow(nextRow++));
    for (int i = 0; i < columns.size(); i++) {
      columns.get(i).value().write(cells, i, row);
    }
  }

  /** Sets the autofilter of the last sheet; call once after the last row. */
  void finish() {
    closeCurrent();
  }

  List<String> sheetNames() {
    return List.copyOf(sheetNames);
  }

  private void open() {
    String name = sheetNames.isEmpty() ? baseName : baseName + " (" + (sheetNames.size() + 1) + ")";
    current = workbook.createSheet(name);
    sheetNames.add(name);
    Row header = current.createRow(0);
    header.setHeightInPoints(30);
    for (int i = 0; i < columns.size(); i++) {
      Column<T> column = columns.get(i);
      current.setColumnWidth(i, column.widthChars() * 256);
      header.createCell(i).setCellValue(column.header());
      header.getCell(i).setCellStyle(styles.header);
    }
    current.createFreezePane(1, 1); // keep the header and the reference column in view
    nextRow = 1;
  }

  private void closeCurrent() {
    // The range must cover the rows written, so it is set when the sheet is complete.
    current.setAutoFilter(new CellRangeAddress(0, Math.max(nextRow - 1, 1), 0, columns.size() - 1));
  }
}
