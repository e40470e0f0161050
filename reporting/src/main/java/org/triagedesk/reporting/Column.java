package org.triagedesk.reporting;

/**
 * One column of a table sheet: its header, width and how a row's value is written into it.
 *
 * @param <T> what a row is made from
 * @param header header text
 * @param widthChars width in characters
 * @param value writes the cell of this column for one row
 */
record Column<T>(String header, int widthChars, CellValue<T> value) {

  /** Writes one cell; the column index is given so the same definition works at any position. */
  @FunctionalInterface
  interface CellValue<T> {
    void write(RowWriter cells, int column, T row);
  }
}
