package org.triagedesk.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.triagedesk.reporting.model.QueueEntry;

/** Writes workbooks in memory and reads them back with POI's full (non-streaming) reader. */
final class Workbooks {
  static final Instant GENERATED_AT = QueueEntries.at(18, 30);

  private Workbooks() {}

  static ReportRequest request(boolean deidentified) {
    return new ReportRequest(
        ReportPeriod.day(QueueEntries.DAY),
        "Bern",
        deidentified,
        QueueEntries.ZONE,
        GENERATED_AT,
        "dr.amsler");
  }

  static byte[] write(ReportRequest request, List<QueueEntry> entries) {
    return write(new TriageQueueWorkbook(), request, entries.iterator());
  }

  static byte[] write(
      TriageQueueWorkbook writer, ReportRequest request, Iterator<QueueEntry> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer.write(request, entries, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static XSSFWorkbook read(byte[] xlsx) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every cell of every sheet. */
  static List<Cell> cells(XSSFWorkbook workbook) {
    List<Cell> cells = new ArrayList<>();
    for (Sheet sheet : workbook) {
      for (Row row : sheet) {
        row.forEach(cells::add);
      }
    }
    return cells;
  }

  /** Header text to column index, from row 0 of a table sheet. */
  static int column(Sheet sheet, String header) {
    for (Cell cell : sheet.getRow(0)) {
      if (cell.getStringCellValue().equals(header)) {
        return cell.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + header + " on " + sheet.getSheetName());
  }

  /** Column A labels of the Summary sheet mapped to their row. */
  static Row summaryRow(Sheet summary, String label) {
    for (Row row : summary) {
      Cell first = row.getCell(0);
      if (first != null
          && first.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
          && first.getStringCellValue().equals(label)) {
        return row;
      }
    }
    throw new AssertionError("no summary row " + label);
  }
}
