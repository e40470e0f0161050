package org.triagedesk.reporting;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Writes the rows SXSSF flushes to the sheet's temporary file as the same {@code <row>}/{@code <c>}
 * XML as POI's own {@link SheetDataWriter}, faster: an uncompressed temporary file through {@link
 * Utf8FileWriter}, cell references from a table of column letters, row numbers and whole numbers as
 * digits (no {@code String} per cell), numbers without the default type attribute, and only the
 * cells a row has (no walk over the gaps). Only text, numbers, booleans and blanks are written:
 * this workbook never writes a formula, and a formula cell is refused here rather than written
 * wrong.
 */
final class SheetXmlWriter extends SheetDataWriter {
  /** Column letters up to the widest sheet of this workbook and some margin. */
  private static final String[] COLUMNS = new String[128];

  static {
    for (int c = 0; c < COLUMNS.length; c++) {
      COLUMNS[c] = CellReference.convertNumToColString(c);
    }
  }

  private int flushedRows;
  private int lowestFlushedRow;
  private int cellsOfLastFlushedRow;
  private int lastFlushedRow = -1;

  SheetXmlWriter() throws IOException {
    super();
  }

  @Override
  @SuppressWarnings(
      "deprecation") // the only hook POI offers for the temporary file's writer until POI 6
  public Writer createWriter(File file) throws IOException {
    return new Utf8FileWriter(file);
  }

  @Override
  public int getNumberOfFlushedRows() {
    return flushedRows;
  }

  @Override
  public int getNumberOfCellsOfLastFlushedRow() {
    return cellsOfLastFlushedRow;
  }

  @Override
  public int getLowestIndexOfFlushedRows() {
    return lowestFlushedRow;
  }

  @Override
  public int getLastFlushedRow() {
    return lastFlushedRow;
  }

  @Override
  public void writeRow(int rownum, SXSSFRow row) throws IOException {
    if (flushedRows == 0) {
      lowestFlushedRow = rownum;
    }
    lastFlushedRow = Math.max(rownum, lastFlushedRow);
    cellsOfLastFlushedRow = row.getLastCellNum();
    flushedRows++;
    Utf8FileWriter out = (Utf8FileWriter) _out;
    out.write("<row r=\"");
    out.writeInt(rownum + 1L);
    out.write('"');
    if (row.hasCustomHeight()) {
      out.write(" customHeight=\"true\" ht=\"");
      out.write(Float.toString(row.getHeightInPoints()));
      out.write('"');
    }
    if (row.getZeroHeight()) {
      out.write(" hidden=\"true\"");
    }
    if (row.isFormatted()) {
      out.write(" s=\"");
      out.writeInt(row.getRowStyle().getIndex() & 0xffff);
      out.write("\" customFormat=\"1\"");
    }
    if (row.getOutlineLevel() != 0) {
      out.write(" outlineLevel=\"");
      out.writeInt(row.getOutlineLevel());
      out.write('"');
    }
    if (row.getHidden() != null) {
      out.write(row.getHidden() ? " hidden=\"1\"" : " hidden=\"0\"");
    }
    if (row.getCollapsed() != null) {
      out.write(row.getCollapsed() ? " collapsed=\"1\"" : " collapsed=\"0\"");
    }
    out.write(">\n");
    for (Iterator<Cell> cells = row.cellIterator(); cells.hasNext(); ) {
      writeCell(out, rownum, cells.next());
    }
    out.write("</row>\n");
  }

  private static void writeCell(Utf8FileWriter out, int rownum, Cell cell) throws IOException {
    int column = cell.getColumnIndex();
    out.write("<c r=\"");
    out.write(
        column < COLUMNS.length ? COLUMNS[column] : CellReference.convertNumToColString(column));
    out.writeInt(rownum + 1L);
    out.write('"');
    CellStyle style = cell.getCellStyle();
    if (style.getIndex() != 0) {
      out.write(" s=\"");
      out.writeInt(style.getIndex() & 0xffff);
      out.write('"');
    }
    switch (cell.getCellType()) {
      case BLANK -> out.write('>');
      case STRING -> {
        String text = cell.getStringCellValue();
        out.write(" t=\"inlineStr\"><is><t");
        if (hasLeadingOrTrailingSpace(text)) {
          out.write(" xml:space=\"preserve\"");
        }
        out.write('>');
        escaped(out, text);
        out.write("</t></is>");
      }
      case NUMERIC -> {
        out.write("><v>"); // "n" is the default cell type: t="n" would add 6 bytes to every number
        number(out, cell.getNumericCellValue());
        out.write("</v>");
      }
      case BOOLEAN ->
          out.write(cell.getBooleanCellValue() ? " t=\"b\"><v>1</v>" : " t=\"b\"><v>0</v>");
      default ->
          throw new IllegalStateException(
              "this workbook writes no " + cell.getCellType() + " cells");
    }
    out.write("</c>");
  }

  /**
   * Whole numbers as digits (the same value for Excel as POI's "42.0"), others in Java's shortest
   * exact form.
   */
  private static void number(Utf8FileWriter out, double value) throws IOException {
    if (value == Math.rint(value) && Math.abs(value) < 1e15 && !(value == 0 && 1 / value < 0)) {
      out.writeInt((long) value);
    } else {
      out.write(Double.toString(value));
    }
  }

  private static boolean hasLeadingOrTrailingSpace(String text) {
    return !text.isEmpty()
        && (Character.isWhitespace(text.charAt(0))
            || Character.isWhitespace(text.charAt(text.length() - 1)));
  }

  /**
   * XML-escapes like POI's writer: markup characters as entities, other control characters as '?'.
   */
  private static void escaped(Utf8FileWriter out, String text) throws IOException {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String entity;
      if (c >= '?' && c < 0xA0) { // the common case: letters and digits above '>' need nothing
        continue;
      }
      switch (c) {
        case '<' -> entity = "&lt;";
        case '>' -> entity = "&gt;";
        case '&' -> entity = "&amp;";
        case '"' -> entity = "&quot;";
        case '\n' -> entity = "&#xa;";
        case '\r' -> entity = "&#xd;";
        case '\t' -> entity = "&#x9;";
        case '\u00A0' -> entity = "&#xa0;";
        default -> entity = c < ' ' || c >= '\uFFFE' ? "?" : null;
      }
      if (entity != null) {
        out.write(text, start, i - start);
        out.write(entity);
        start = i + 1;
      }
    }
    out.write(text, start, text.length() - start);
  }
}
