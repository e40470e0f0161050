package org.triagedesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagedesk.reporting.Workbooks.cells;
import static org.triagedesk.reporting.Workbooks.column;
import static org.triagedesk.reporting.Workbooks.read;
import static org.triagedesk.reporting.Workbooks.request;
import static org.triagedesk.reporting.Workbooks.write;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.triagedesk.reporting.model.QueueEntry;
import org.triagedesk.reporting.model.UrgencyLevel;

class DeidentifiedWorkbookTest {
  private static final String TICKET = "TKT-93817";
  private static final List<String> IDENTIFIERS =
      List.of("Hannelore", "Zwygart", TICKET, "dr.amsler", "nurse.keller", "1961-03-14");

  private final QueueEntry overridden =
      QueueEntries.full(TICKET, UrgencyLevel.URGENT, UrgencyLevel.SOON, 5);
  private final byte[] identifiedXlsx = write(request(false), List.of(overridden));
  private final byte[] deidentifiedXlsx = write(request(true), List.of(overridden));

  @Test
  void write_shouldShowIdentifiersOnlyInTheIdentifiedVariant() throws IOException {
    // The check below must be able to fail: the identified workbook does carry them.
    String identified = String.join("\n", xmlParts(identifiedXlsx).values());
    assertThat(identified).contains("Hannelore", "Zwygart", TICKET, "dr.amsler", "nurse.keller");
  }

  @Test
  void write_shouldLeaveNoIdentifierInAnyPartOfADeidentifiedWorkbook() throws IOException {
    // Sheets, shared strings, comments, defined names, drawings and document properties are all
    // parts.
    Map<String, String> parts = xmlParts(deidentifiedXlsx);

    assertThat(parts).containsKeys("docProps/core.xml", "docProps/app.xml", "xl/workbook.xml");
    parts.forEach((name, xml) -> assertThat(xml).as(name).doesNotContain(IDENTIFIERS));
    assertThat(parts.keySet()).noneMatch(name -> name.contains("comments"));
  }

  @Test
  void write_shouldDropNameAndBirthDateColumnsAndShowAgeBand() {
    XSSFWorkbook workbook = read(deidentifiedXlsx);
    XSSFSheet queue = workbook.getSheet("Queue");

    List<String> headers = new ArrayList<>();
    queue.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
    assertThat(headers)
        .doesNotContain("Ticket", "Given name", "Family name", "Birth date", "Age", "Overridden by")
        .contains("Age band", "Ref");
    assertThat(queue.getRow(1).getCell(column(queue, "Age band")).getStringCellValue())
        .isEqualTo("60-69");
    assertThat(
            workbook
                .getSheet("Overrides")
                .getRow(1)
                .getCell(column(workbook.getSheet("Overrides"), "Age band"))
                .getStringCellValue())
        .isEqualTo("60-69");
    double birthDate = DateUtil.getExcelDate(java.time.LocalDate.of(1961, 3, 14));
    assertThat(cells(workbook))
        .noneMatch(
            c -> c.getCellType() == CellType.NUMERIC && c.getNumericCellValue() == birthDate);
  }

  @Test
  void write_shouldKeepDocumentPropertiesFreeOfIdentifiers() {
    XSSFWorkbook workbook = read(deidentifiedXlsx);
    var core = workbook.getProperties().getCoreProperties();

    assertThat(core.getCreator()).isEqualTo("Triage Desk");
    assertThat(core.getLastModifiedByUser()).isEqualTo("Triage Desk");
    assertThat(
            workbook
                .getProperties()
                .getCustomProperties()
                .getUnderlyingProperties()
                .sizeOfPropertyArray())
        .isZero();
    assertThat(read(identifiedXlsx).getProperties().getCoreProperties().getCreator())
        .isEqualTo("dr.amsler");
  }

  @Test
  void write_shouldDefineOnlyFilterNames() {
    XSSFWorkbook workbook = read(deidentifiedXlsx);

    for (Name name : workbook.getAllNames()) {
      assertThat(name.getNameName()).isEqualTo("_xlnm._FilterDatabase");
    }
    for (Sheet sheet : workbook) {
      assertThat(((XSSFSheet) sheet).getCellComments()).isEmpty();
    }
    assertThat(
            Workbooks.summaryRow(workbook.getSheet("Summary"), "Variant")
                .getCell(1)
                .getStringCellValue())
        .startsWith("de-identified");
  }

  private static Map<String, String> xmlParts(byte[] xlsx) throws IOException {
    // ZipInputStream, a strict streaming reader, also proves the file carries no Zip64 records.
    Map<String, String> parts = new TreeMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }
}
