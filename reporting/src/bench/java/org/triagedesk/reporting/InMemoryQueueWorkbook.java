package org.triagedesk.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.triagedesk.reporting.model.QueueEntry;

/**
 * The naive baseline for the benchmark: the same Queue and Overrides cells and styles as
 * {@link TriageQueueWorkbook}, but in a plain in-memory {@link XSSFWorkbook}, so every row stays on the
 * heap until the file is written. Benchmark code only: never use it for reports.
 */
public final class InMemoryQueueWorkbook {

  public long write(ReportRequest request, Iterator<QueueEntry> entries, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      WorkbookStyles styles = new WorkbookStyles(workbook);
      RowWriter cells = new RowWriter(styles, request.zone());
      List<Column<NumberedEntry>> queueColumns = QueueColumns.of(request.deidentified());
      List<Column<NumberedEntry>> overrideColumns = OverrideColumns.of(request.deidentified());
      XSSFSheet queue = sheetWithHeader(workbook, "Queue", queueColumns);
      XSSFSheet overrides = sheetWithHeader(workbook, "Overrides", overrideColumns);
      long ref = 0;
      int overrideRow = 1;
      while (entries.hasNext()) {
        QueueEntry entry = entries.next();
        NumberedEntry row = new NumberedEntry(++ref, entry);
        writeRow(cells.on(queue.createRow((int) ref)), queueColumns, row);
        if (entry.override() != null) {
          writeRow(cells.on(overrides.createRow(overrideRow++)), overrideColumns, row);
        }
      }
      workbook.write(out);
      return ref;
    }
  }

  private static XSSFSheet sheetWithHeader(
      XSSFWorkbook workbook, String name, List<Column<NumberedEntry>> columns) {
    XSSFSheet sheet = workbook.createSheet(name);
    Row header = sheet.createRow(0);
    for (int i = 0; i < columns.size(); i++) {
      header.createCell(i).setCellValue(columns.get(i).header());
    }
    return sheet;
  }

  private static void writeRow(RowWriter cells, List<Column<NumberedEntry>> columns, NumberedEntry row) {
    for (int i = 0; i < columns.size(); i++) {
      columns.get(i).value().write(cells, i, row);
    }
  }
}
