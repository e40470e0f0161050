package org.triagedesk.intake.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a downloaded workbook back with POI, as a clinician's spreadsheet program would open it.
 */
final class ReportDownloads {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private ReportDownloads() {}

  static List<String> cellsOfSheet(byte[] xlsx, String sheetName) throws IOException {
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheet(sheetName);
      if (sheet == null) {
        throw new AssertionError("no sheet " + sheetName);
      }
      return cells(sheet);
    }
  }

  static List<String> allCells(byte[] xlsx) throws IOException {
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      List<String> texts = new ArrayList<>();
      workbook.forEach(sheet -> texts.addAll(cells(sheet)));
      return texts;
    }
  }

  private static List<String> cells(Sheet sheet) {
    DataFormatter format = new DataFormatter();
    List<String> texts = new ArrayList<>();
    for (Row row : sheet) {
      for (Cell cell : row) {
        texts.add(format.formatCellValue(cell));
      }
    }
    return texts;
  }
}
