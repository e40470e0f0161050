package org.triagedesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The fast sheet writer reads back exactly like POI's own: same cell types, texts, numbers and
 * styles.
 */
class SheetXmlWriterTest {

  private static final List<String> TEXTS =
      List.of(
          "plain",
          "<a & b> \"quoted\" 'single'",
          "line 1\nline 2\r\n",
          "tab\there",
          " leading space",
          "trailing space ",
          "\u00A0no-break",
          "Chloé Müller",
          "emoji \uD83D\uDE00 ok",
          "中文 العربية",
          "",
          "?>=<",
          "control \u0001 char",
          "\u007F\u0085 C1",
          "x".repeat(5_000));
  private static final double[] NUMBERS = {
    0,
    42,
    -3,
    37.2,
    1.0 / 3,
    46350.375,
    46350 + 7.0 / 1440,
    1e20,
    -0.0,
    123456789012345.0,
    0.1 + 0.2,
    Double.MIN_VALUE
  };

  @Test
  void writeRow_shouldReadBackLikePoisOwnSheetWriter() throws IOException {
    XSSFWorkbook ours = Workbooks.read(write(true));
    XSSFWorkbook pois = Workbooks.read(write(false));

    assertThat(describe(ours))
        .isEqualTo(describe(pois))
        .hasSizeGreaterThan(TEXTS.size() + NUMBERS.length);
  }

  private static byte[] write(boolean fast) throws IOException {
    // Ours: SheetXmlWriter's deflated rows joined by StreamingWorkbook; POI's: its own writer.
    SXSSFWorkbook workbook =
        fast ? new StreamingWorkbook(2) : new SXSSFWorkbook(null, 2, false, false);
    try {
      CellStyle wrapped = workbook.createCellStyle();
      wrapped.setWrapText(true);
      Sheet sheet = workbook.createSheet("Cells");
      int r = 0;
      for (String text : TEXTS) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(text);
        row.createCell(3).setCellValue(text); // a gap of two cells before it
        row.getCell(3).setCellStyle(wrapped);
      }
      for (double number : NUMBERS) {
        Row row = sheet.createRow(r++);
        row.createCell(1).setCellValue(number);
        row.createCell(2).setCellValue(number > 1);
        row.createCell(130).setBlank(); // past the column-letter table
      }
      Row tall = sheet.createRow(r + 5);
      tall.setHeightInPoints(30);
      tall.createCell(0).setCellValue("after a gap of rows");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }

  private static List<String> describe(XSSFWorkbook workbook) {
    List<String> cells = new ArrayList<>();
    for (Row row : workbook.getSheetAt(0)) {
      cells.add("row " + row.getRowNum() + " height " + row.getHeightInPoints());
      for (Cell cell : row) {
        String value =
            switch (cell.getCellType()) {
              case STRING -> cell.getStringCellValue();
              case NUMERIC -> Long.toHexString(Double.doubleToLongBits(cell.getNumericCellValue()));
              case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
              default -> "";
            };
        cells.add(
            cell.getAddress()
                + " "
                + cell.getCellType()
                + " style "
                + cell.getCellStyle().getIndex()
                + " "
                + value);
      }
    }
    return cells;
  }
}
