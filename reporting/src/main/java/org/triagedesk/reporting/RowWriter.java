package org.triagedesk.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.triagedesk.reporting.model.UrgencyLevel;

/**
 * Writes typed values into the cells of one row: real dates, numbers as numbers, and every text
 * through {@link CellText}, quote-prefixed when it starts like a formula. A null value leaves the
 * cell empty, which is how columns the application does not record yet stay blank.
 *
 * <p>Every cell gets an explicit style: a cell without one makes SXSSF look up the column's default
 * style in the sheet's XML on every write, which cost a fifth of the writing time.
 */
final class RowWriter {
  private final WorkbookStyles styles;
  private final ZoneId zone;
  private Row row;

  RowWriter(WorkbookStyles styles, ZoneId zone) {
    this.styles = styles;
    this.zone = zone;
  }

  RowWriter on(Row target) {
    this.row = target;
    return this;
  }

  void text(int column, String value) {
    writeText(column, value, false);
  }

  void wrappedText(int column, String value) {
    writeText(column, value, true);
  }

  private void writeText(int column, String value, boolean wrap) {
    String clean = CellText.clean(value);
    if (clean == null) {
      return;
    }
    Cell cell = row.createCell(column);
    cell.setCellValue(clean);
    boolean quoted = CellText.looksLikeFormula(clean);
    if (wrap) {
      cell.setCellStyle(quoted ? styles.wrappedQuoted : styles.wrapped);
    } else {
      cell.setCellStyle(quoted ? styles.textQuoted : styles.text);
    }
  }

  /** A fixed label from this code (never user text), in a given style. */
  void label(int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style != null ? style : styles.text);
  }

  void dateTime(int column, Instant value) {
    if (value != null) {
      Cell cell = row.createCell(column);
      cell.setCellValue(DateUtil.getExcelDate(value.atZone(zone).toLocalDateTime()));
      cell.setCellStyle(styles.dateTime);
    }
  }

  void date(int column, LocalDate value) {
    if (value != null) {
      Cell cell = row.createCell(column);
      cell.setCellValue(DateUtil.getExcelDate(value));
      cell.setCellStyle(styles.date);
    }
  }

  void integer(int column, Number value) {
    if (value != null) {
      Cell cell = row.createCell(column);
      cell.setCellValue(value.doubleValue());
      cell.setCellStyle(styles.integer);
    }
  }

  void decimal(int column, Number value) {
    if (value != null) {
      Cell cell = row.createCell(column);
      cell.setCellValue(value.doubleValue());
      cell.setCellStyle(styles.oneDecimal);
    }
  }

  void urgency(int column, UrgencyLevel level) {
    if (level != null) {
      Cell cell = row.createCell(column);
      cell.setCellValue(level.name());
      cell.setCellStyle(styles.urgency.of(level));
    }
  }

  void notRecorded(int column) {
    label(column, "not recorded", styles.notRecorded);
  }
}
