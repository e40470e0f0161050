package org.triagedesk.reporting;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Writes the rows SXSSF flushes to the sheet's temporary file as the same {@code <row>}/{@code <c>}
 * XML as POI's own {@link SheetDataWriter}, faster: a temporary file deflated as it is written
 * ({@link DeflatedRowsFile}) through {@link Utf8FileWriter}, markup and cell references from tables
 * of bytes encoded once, the row number in digits once per row, whole numbers as digits (no {@code
 * String} per cell), text escaped and encoded in one pass, numbers without the default type
 * attribute, and only the cells a row has (no walk over the gaps). Only text, numbers, booleans and
 * blanks are written: this workbook never writes a formula, and a formula cell is refused here
 * rather than written wrong.
 */
final class SheetXmlWriter extends SheetDataWriter {
  /**
   * {@code <c r="A} and so on: column letters up to the widest sheet of this workbook and some
   * margin.
   */
  private static final byte[][] CELL_OPENINGS = new byte[128][];

  /** {@code s="7"} and so on: this workbook has a few dozen styles. */
  private static final byte[][] STYLE_ATTRIBUTES = new byte[256][];

  // The rest of a cell's markup, encoded once: most of a sheet's bytes are markup, not values.
  private static final byte[] QUOTE = Utf8FileWriter.ascii("\"");
  private static final byte[] BLANK = Utf8FileWriter.ascii("></c>");
  private static final byte[] TEXT = Utf8FileWriter.ascii(" t=\"inlineStr\"><is><t>");
  private static final byte[] SPACED_TEXT =
      Utf8FileWriter.ascii(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
  private static final byte[] TEXT_END = Utf8FileWriter.ascii("</t></is></c>");
  // "n" is the default cell type: t="n" would add 6 bytes to every number
  private static final byte[] NUMBER = Utf8FileWriter.ascii("><v>");
  private static final byte[] NUMBER_END = Utf8FileWriter.ascii("</v></c>");
  private static final byte[] TRUE = Utf8FileWriter.ascii(" t=\"b\"><v>1</v></c>");
  private static final byte[] FALSE = Utf8FileWriter.ascii(" t=\"b\"><v>0</v></c>");

  static {
    for (int c = 0; c < CELL_OPENINGS.length; c++) {
      CELL_OPENINGS[c] = Utf8FileWriter.ascii("<c r=\"" + CellReference.convertNumToColString(c));
    }
    for (int s = 0; s < STYLE_ATTRIBUTES.length; s++) {
      STYLE_ATTRIBUTES[s] = Utf8FileWriter.ascii(" s=\"" + s + "\"");
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
    return new Utf8FileWriter(new DeflatedRowsFile(file, StreamingWorkbook.DEFLATE_LEVEL));
  }

  /** The deflated rows, for {@link StreamingWorkbook} to join into the sheet's zip entry. */
  @Override
  public DeflatedRowsFile.Rows getWorksheetXMLInputStream() throws IOException {
    return ((DeflatedRowsFile) ((Utf8FileWriter) _out).target()).open();
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
    // The row number of every cell's reference, in digits once per row instead of once per cell.
    byte[] rowDigits = Utf8FileWriter.ascii(Integer.toString(rownum + 1));
    for (Iterator<Cell> cells = row.cellIterator(); cells.hasNext(); ) {
      writeCell(out, rowDigits, cells.next());
    }
    out.write("</row>\n");
  }

  private static void writeCell(Utf8FileWriter out, byte[] rowDigits, Cell cell)
      throws IOException {
    int column = cell.getColumnIndex();
    if (column < CELL_OPENINGS.length) {
      out.write(CELL_OPENINGS[column]);
    } else {
      out.write("<c r=\"");
      out.write(CellReference.convertNumToColString(column));
    }
    out.write(rowDigits);
    out.write(QUOTE);
    int style = cell.getCellStyle().getIndex() & 0xffff;
    if (style != 0) {
      if (style < STYLE_ATTRIBUTES.length) {
        out.write(STYLE_ATTRIBUTES[style]);
      } else {
        out.write(" s=\"");
        out.writeInt(style);
        out.write('"');
      }
    }
    switch (cell.getCellType()) {
      case BLANK -> out.write(BLANK);
      case STRING -> {
        String text = cell.getStringCellValue();
        out.write(hasLeadingOrTrailingSpace(text) ? SPACED_TEXT : TEXT);
        out.writeXmlText(text);
        out.write(TEXT_END);
      }
      case NUMERIC -> {
        out.write(NUMBER);
        number(out, cell.getNumericCellValue());
        out.write(NUMBER_END);
      }
      case BOOLEAN -> out.write(cell.getBooleanCellValue() ? TRUE : FALSE);
      default ->
          throw new IllegalStateException(
              "this workbook writes no " + cell.getCellType() + " cells");
    }
  }

  /**
   * Whole numbers as digits (the same value for Excel as POI's "42.0"), others in Java's shortest
   * exact form, found by {@link ShortDecimal} for date-times and other numbers with a whole part.
   */
  private static void number(Utf8FileWriter out, double value) throws IOException {
    if (value == Math.rint(value) && Math.abs(value) < 1e15 && !(value == 0 && 1 / value < 0)) {
      out.writeInt((long) value);
      return;
    }
    ShortDecimal decimal = ShortDecimal.of(value);
    if (decimal != null) {
      out.writeInt(decimal.whole());
      out.write('.');
      out.writeDigits(decimal.fraction(), decimal.digits());
    } else {
      out.write(Double.toString(value));
    }
  }

  private static boolean hasLeadingOrTrailingSpace(String text) {
    return !text.isEmpty()
        && (Character.isWhitespace(text.charAt(0))
            || Character.isWhitespace(text.charAt(text.length() - 1)));
  }
}
