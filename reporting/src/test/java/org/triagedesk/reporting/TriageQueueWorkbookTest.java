package org.triagedesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.triagedesk.reporting.Workbooks.cells;
import static org.triagedesk.reporting.Workbooks.column;
import static org.triagedesk.reporting.Workbooks.read;
import static org.triagedesk.reporting.Workbooks.request;
import static org.triagedesk.reporting.Workbooks.summaryRow;
import static org.triagedesk.reporting.Workbooks.write;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.triagedesk.reporting.model.NurseOverride;
import org.triagedesk.reporting.model.QueueEntry;
import org.triagedesk.reporting.model.QueueStatus;
import org.triagedesk.reporting.model.UrgencyLevel;

class TriageQueueWorkbookTest {

  @Test
  void write_shouldPutSummaryFirstThenQueueThenOverrides() {
    XSSFWorkbook workbook =
        read(
            write(
                request(false),
                List.of(QueueEntries.full("A-1", UrgencyLevel.URGENT, UrgencyLevel.SOON, 12))));

    assertThat(sheetNames(workbook)).containsExactly("Summary", "Queue", "Overrides");
    assertThat(workbook.getActiveSheetIndex()).isZero();
  }

  @Test
  void write_shouldWriteOneTypedQueueRowPerIntake() {
    QueueEntry entry = QueueEntries.full("A-7", UrgencyLevel.URGENT, UrgencyLevel.EMERGENCY, 12);
    XSSFWorkbook workbook = read(write(request(false), List.of(entry)));
    XSSFSheet queue = workbook.getSheet("Queue");

    assertThat(queue.getLastRowNum()).isEqualTo(1);
    Row row = queue.getRow(1);
    assertThat(row.getCell(column(queue, "Ref")).getNumericCellValue()).isEqualTo(1);
    assertThat(row.getCell(column(queue, "Ticket")).getStringCellValue()).isEqualTo("A-7");
    Cell arrived = row.getCell(column(queue, "Arrived"));
    assertThat(arrived.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(DateUtil.isCellDateFormatted(arrived)).isTrue();
    assertThat(arrived.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 24, 9, 0));
    assertThat(row.getCell(column(queue, "Triaged")).getLocalDateTimeCellValue())
        .isEqualTo(LocalDateTime.of(2026, 11, 24, 9, 12));
    assertThat(row.getCell(column(queue, "Wait to triage (min)")).getNumericCellValue())
        .isEqualTo(12.0);
    assertThat(row.getCell(column(queue, "Called")).getLocalDateTimeCellValue())
        .isEqualTo(LocalDateTime.of(2026, 11, 24, 9, 17));
    assertThat(row.getCell(column(queue, "Closed")).getLocalDateTimeCellValue())
        .isEqualTo(LocalDateTime.of(2026, 11, 24, 9, 52));
    assertThat(row.getCell(column(queue, "Assessed urgency")).getStringCellValue())
        .isEqualTo("URGENT");
    assertThat(row.getCell(column(queue, "Final urgency")).getStringCellValue())
        .isEqualTo("EMERGENCY");
    assertThat(row.getCell(column(queue, "Red flags")).getStringCellValue()).isEqualTo("RF-ACS-1");
    assertThat(row.getCell(column(queue, "Cause 1")).getStringCellValue()).isEqualTo("MSK_STRAIN");
    assertThat(row.getCell(column(queue, "Cause 3")).getStringCellValue()).isEqualTo("ACS");
    assertThat(row.getCell(column(queue, "Override from")).getStringCellValue())
        .isEqualTo("URGENT");
    assertThat(row.getCell(column(queue, "Override to")).getStringCellValue())
        .isEqualTo("EMERGENCY");
    assertThat(row.getCell(column(queue, "Override reason")).getStringCellValue())
        .startsWith("Looked well");
    assertThat(row.getCell(column(queue, "Override reason")).getCellStyle().getWrapText()).isTrue();
    assertThat(row.getCell(column(queue, "Overridden by")).getStringCellValue())
        .isEqualTo("nurse.keller");
    assertThat(row.getCell(column(queue, "Status")).getStringCellValue()).isEqualTo("CLOSED");
    assertThat(row.getCell(column(queue, "Language")).getStringCellValue()).isEqualTo("de");
    assertThat(row.getCell(column(queue, "Given name")).getStringCellValue())
        .isEqualTo("Hannelore");
    assertThat(row.getCell(column(queue, "Family name")).getStringCellValue()).isEqualTo("Zwygart");
    assertThat(row.getCell(column(queue, "Birth date")).getLocalDateTimeCellValue().toLocalDate())
        .isEqualTo(java.time.LocalDate.of(1961, 3, 14));
    assertThat(row.getCell(column(queue, "Age")).getNumericCellValue()).isEqualTo(65);
    assertThat(row.getCell(column(queue, "Heart rate (/min)")).getNumericCellValue()).isEqualTo(88);
    assertThat(row.getCell(column(queue, "SpO2 (%)")).getNumericCellValue()).isEqualTo(97);
    assertThat(row.getCell(column(queue, "Systolic BP left (mmHg)")).getNumericCellValue())
        .isEqualTo(131);
    assertThat(row.getCell(column(queue, "Temperature (°C)")).getNumericCellValue())
        .isEqualTo(37.2);
  }

  @Test
  void write_shouldFreezeHeaderSetAutofilterAndWidths() {
    List<QueueEntry> entries = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      entries.add(QueueEntries.full("A-" + i, UrgencyLevel.SOON, UrgencyLevel.SOON, i % 90));
    }
    XSSFSheet queue = read(write(request(false), entries)).getSheet("Queue");

    assertThat(queue.getPaneInformation().isFreezePane()).isTrue();
    assertThat(queue.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
    assertThat(queue.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:AH1001");
    assertThat(queue.getColumnWidth(column(queue, "Override reason"))).isEqualTo(40 * 256);
    assertThat(queue.getLastRowNum()).isEqualTo(1000);
  }

  @Test
  void write_shouldColourUrgencyCellsWithOneSharedStylePerLevel() {
    List<QueueEntry> entries = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      UrgencyLevel level = UrgencyLevel.values()[i % 5];
      entries.add(QueueEntries.full("A-" + i, level, level, 10));
    }
    XSSFWorkbook workbook = read(write(request(false), entries));
    XSSFSheet queue = workbook.getSheet("Queue");
    int assessed = column(queue, "Assessed urgency");

    XSSFCellStyle emergency = queue.getRow(1).getCell(assessed).getCellStyle();
    XSSFCellStyle routine = queue.getRow(4).getCell(assessed).getCellStyle();
    assertThat(emergency.getFillForegroundColorColor().getRGB()).containsExactly(0xC0, 0x00, 0x00);
    assertThat(routine.getFillForegroundColorColor().getRGB()).containsExactly(0x9B, 0xD7, 0x7E);
    assertThat(queue.getRow(6).getCell(assessed).getCellStyle().getIndex())
        .isEqualTo(emergency.getIndex());
    // Styles are made once per workbook, not per cell: 1,000 rows still use a handful.
    assertThat(workbook.getNumCellStyles()).isLessThan(30);
  }

  @Test
  void write_shouldQuotePrefixFormulaLikeTextAndNeverWriteFormulas() {
    List<String> hostile =
        List.of(
            "=HYPERLINK(\"http://x\",\"y\")",
            "+41 31 000",
            "-2+3",
            "@SUM(A1)",
            "\tcmd",
            "\rcmd",
            "＝1+1");
    List<QueueEntry> entries = new ArrayList<>();
    for (String text : hostile) {
      QueueEntry base = QueueEntries.full(text, UrgencyLevel.URGENT, UrgencyLevel.SOON, 5);
      entries.add(withText(base, text));
    }
    XSSFWorkbook workbook =
        read(
            write(
                new ReportRequest(
                    ReportPeriod.day(QueueEntries.DAY),
                    "=cmd|' /C calc'!A0",
                    false,
                    QueueEntries.ZONE,
                    Workbooks.GENERATED_AT,
                    "@admin"),
                entries));

    assertThat(cells(workbook)).noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
    List<Cell> fromHostileText =
        cells(workbook).stream()
            .filter(cell -> cell.getCellType() == CellType.STRING)
            .filter(
                cell ->
                    hostile.contains(cell.getStringCellValue())
                        || cell.getStringCellValue().equals("=cmd|' /C calc'!A0")
                        || cell.getStringCellValue().equals("@admin"))
            .collect(Collectors.toList());
    // ticket, site, override reason, by, language, cause... on Queue and Overrides, plus Summary
    // site/author
    assertThat(fromHostileText).hasSizeGreaterThan(hostile.size() * 6);
    assertThat(fromHostileText)
        .allSatisfy(
            cell ->
                assertThat(cell.getCellStyle().getQuotePrefixed())
                    .as(cell.getAddress() + " " + cell.getSheet().getSheetName())
                    .isTrue());
    Cell plain =
        workbook.getSheet("Queue").getRow(1).getCell(column(workbook.getSheet("Queue"), "Status"));
    assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
  }

  @Test
  void write_shouldReplaceCharactersXmlCannotCarryAndCutOverlongText() {
    String control = "pain\u0000 at\u0007 night\uD800 \uFFFF";
    String overlong = "x".repeat(40_000);
    QueueEntry base = QueueEntries.full("A-1", UrgencyLevel.URGENT, UrgencyLevel.SOON, 5);
    QueueEntry entry = withOverride(base, control, overlong);
    XSSFWorkbook workbook = read(write(request(false), List.of(entry)));
    XSSFSheet overrides = workbook.getSheet("Overrides");

    assertThat(
            overrides.getRow(1).getCell(column(overrides, "Nurse's reason")).getStringCellValue())
        .isEqualTo("pain\uFFFD at\uFFFD night\uFFFD \uFFFD");
    String evidence =
        overrides.getRow(1).getCell(column(overrides, "Engine evidence")).getStringCellValue();
    assertThat(evidence)
        .hasSize(CellText.MAX_LENGTH)
        .endsWith(CellText.CUT_MARKER)
        .startsWith("xxxx");
  }

  @Test
  void write_shouldContinueQueueOnNewSheetsPastRowLimit() {
    List<QueueEntry> entries = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      entries.add(
          QueueEntries.full(
              "A-" + i,
              UrgencyLevel.URGENT,
              i % 2 == 0 ? UrgencyLevel.SOON : UrgencyLevel.URGENT,
              i));
    }
    // 10 rows per sheet: a header and 9 intakes.
    XSSFWorkbook workbook =
        read(write(new TriageQueueWorkbook(10), request(false), entries.iterator()));

    assertThat(sheetNames(workbook))
        .containsExactly(
            "Summary", "Queue", "Queue (2)", "Queue (3)", "Overrides", "Overrides (2)");
    XSSFSheet third = workbook.getSheet("Queue (3)");
    assertThat(third.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Ref");
    assertThat(third.getLastRowNum()).isEqualTo(7);
    assertThat(third.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(19);
    assertThat(third.getRow(7).getCell(0).getNumericCellValue()).isEqualTo(25);
    assertThat(third.getPaneInformation().isFreezePane()).isTrue();
    assertThat(workbook.getSheet("Queue (2)").getCTWorksheet().getAutoFilter().getRef())
        .isEqualTo("A1:AH10");
    assertThat(third.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:AH8");
    assertThat(workbook.getSheet("Overrides (2)").getLastRowNum()).isEqualTo(4);
    assertThat(
            Workbooks.summaryRow(workbook.getSheet("Summary"), "Intakes")
                .getCell(1)
                .getNumericCellValue())
        .isEqualTo(25);
  }

  @Test
  void write_shouldPutEngineEvidenceBesideNurseReason() {
    QueueEntry up = QueueEntries.full("A-1", UrgencyLevel.SOON, UrgencyLevel.EMERGENCY, 3);
    QueueEntry none = QueueEntries.full("A-2", UrgencyLevel.SOON, UrgencyLevel.SOON, 3);
    QueueEntry down = QueueEntries.full("A-3", UrgencyLevel.URGENT, UrgencyLevel.ROUTINE, 3);
    XSSFSheet overrides =
        read(write(request(false), List.of(up, none, down))).getSheet("Overrides");

    assertThat(overrides.getLastRowNum()).isEqualTo(2);
    int evidence = column(overrides, "Engine evidence");
    assertThat(column(overrides, "Nurse's reason")).isEqualTo(evidence + 1);
    Row first = overrides.getRow(1);
    assertThat(first.getCell(column(overrides, "Ref")).getNumericCellValue()).isEqualTo(1);
    assertThat(first.getCell(column(overrides, "Direction")).getStringCellValue()).isEqualTo("up");
    assertThat(first.getCell(evidence).getStringCellValue())
        .startsWith("RF-ACS-1: sweating_clammy=true");
    assertThat(first.getCell(evidence + 1).getStringCellValue()).startsWith("Looked well");
    Row second = overrides.getRow(2);
    assertThat(second.getCell(column(overrides, "Ref")).getNumericCellValue()).isEqualTo(3);
    assertThat(second.getCell(column(overrides, "Direction")).getStringCellValue())
        .isEqualTo("down");
    assertThat(second.getCell(column(overrides, "From")).getStringCellValue()).isEqualTo("URGENT");
    assertThat(second.getCell(column(overrides, "To")).getStringCellValue()).isEqualTo("ROUTINE");
  }

  @Test
  void write_shouldSummariseUrgencyWaitsOverridesRedFlagsAndCauses() {
    List<QueueEntry> entries = new ArrayList<>();
    // Ten URGENT intakes waiting 1..10 minutes: median 5, p90 9.
    for (int wait = 1; wait <= 10; wait++) {
      entries.add(QueueEntries.full("U-" + wait, UrgencyLevel.URGENT, UrgencyLevel.URGENT, wait));
    }
    entries.add(QueueEntries.full("E-1", UrgencyLevel.SOON, UrgencyLevel.EMERGENCY, 2));
    entries.add(QueueEntries.full("R-1", UrgencyLevel.URGENT, UrgencyLevel.ROUTINE, 30));
    entries.add(
        withStatus(
            QueueEntries.full("L-1", UrgencyLevel.SOON, UrgencyLevel.SOON, 50),
            QueueStatus.LEFT_WITHOUT_BEING_SEEN));
    Sheet summary = read(write(request(false), entries)).getSheet("Summary");

    Row urgent = urgencyRow(summary, "URGENT");
    assertThat(urgent.getCell(1).getNumericCellValue()).isEqualTo(11); // assessed
    assertThat(urgent.getCell(2).getNumericCellValue()).isEqualTo(10); // final
    assertThat(urgent.getCell(3).getNumericCellValue()).isEqualTo(10); // triaged
    assertThat(urgent.getCell(4).getNumericCellValue()).isEqualTo(5);
    assertThat(urgent.getCell(5).getNumericCellValue()).isEqualTo(9);
    assertThat(urgencyRow(summary, "EMERGENCY").getCell(4).getNumericCellValue()).isEqualTo(2);
    assertThat(
            summaryRow(summary, "Up (more urgent than assessed)").getCell(1).getNumericCellValue())
        .isEqualTo(1);
    assertThat(
            summaryRow(summary, "Down (less urgent than assessed)")
                .getCell(1)
                .getNumericCellValue())
        .isEqualTo(1);
    assertThat(summaryRow(summary, "Left without being seen").getCell(1).getNumericCellValue())
        .isEqualTo(1);
    assertThat(summaryRow(summary, "RF-ACS-1").getCell(1).getNumericCellValue()).isEqualTo(13);
    assertThat(summaryRow(summary, "MSK_STRAIN").getCell(1).getNumericCellValue()).isEqualTo(13);
    Row nine = summaryRow(summary, "09:00");
    assertThat(nine.getCell(1 + UrgencyLevel.URGENT.ordinal()).getNumericCellValue()).isEqualTo(10);
    assertThat(nine.getCell(6).getNumericCellValue()).isEqualTo(13);
  }

  @Test
  void write_shouldMarkWorkflowTheApplicationDoesNotRecordYet() {
    QueueEntry kioskOnly =
        QueueEntry.arrived(QueueEntries.at(8, 15), UrgencyLevel.SOON)
            .ticket("A-1")
            .topCauses(List.of("GERD"))
            .build();
    XSSFWorkbook workbook = read(write(request(false), List.of(kioskOnly)));
    Sheet summary = workbook.getSheet("Summary");

    assertThat(urgencyRow(summary, "SOON").getCell(4).getStringCellValue())
        .isEqualTo("not recorded");
    assertThat(urgencyRow(summary, "SOON").getCell(2).getStringCellValue())
        .isEqualTo("not recorded");
    assertThat(summaryRow(summary, "Left without being seen").getCell(1).getStringCellValue())
        .isEqualTo("not recorded");
    assertThat(
            summaryRow(summary, "Up (more urgent than assessed)").getCell(1).getStringCellValue())
        .isEqualTo("not recorded");
    assertThat(summaryRow(summary, "Vital signs").getCell(3).getStringCellValue())
        .isEqualTo("not recorded");
    XSSFSheet queue = workbook.getSheet("Queue");
    Row row = queue.getRow(1);
    assertThat(row.getCell(column(queue, "Triaged"))).isNull();
    assertThat(row.getCell(column(queue, "Status"))).isNull();
    assertThat(row.getCell(column(queue, "Heart rate (/min)"))).isNull();
    assertThat(row.getCell(column(queue, "Cause 1")).getStringCellValue()).isEqualTo("GERD");
  }

  @Test
  void write_shouldSayNotReviewed_forAnIntakeNoNurseConfirmed_andCountIt() {
    QueueEntry reviewed = QueueEntries.full("A-1", UrgencyLevel.SOON, UrgencyLevel.SOON, 10);
    QueueEntry waiting =
        QueueEntries.full("A-2", UrgencyLevel.ROUTINE, UrgencyLevel.ROUTINE, 10).toBuilder()
            .finalUrgency(null)
            .override(null)
            .build();
    XSSFWorkbook workbook = read(write(request(false), List.of(reviewed, waiting)));
    XSSFSheet queue = workbook.getSheet("Queue");

    assertThat(queue.getRow(1).getCell(column(queue, "Final urgency")).getStringCellValue())
        .isEqualTo("SOON");
    assertThat(queue.getRow(2).getCell(column(queue, "Final urgency")).getStringCellValue())
        .isEqualTo("not reviewed");
    assertThat(
            summaryRow(workbook.getSheet("Summary"), "Not reviewed by a nurse yet")
                .getCell(1)
                .getNumericCellValue())
        .isEqualTo(1);
  }

  @Test
  void write_shouldGiveEachAlertsAcknowledgementTime_andTheirMedianOnSummary() {
    QueueEntry fast = QueueEntries.full("A-1", UrgencyLevel.EMERGENCY, UrgencyLevel.EMERGENCY, 3);
    QueueEntry slow =
        fast.toBuilder()
            .ticket("A-2")
            .alertAcknowledgedAt(fast.alertRaisedAt().plus(Duration.ofMinutes(6)))
            .build();
    QueueEntry open = fast.toBuilder().ticket("A-3").alertAcknowledgedAt(null).build();
    QueueEntry none = QueueEntries.full("A-4", UrgencyLevel.SOON, UrgencyLevel.SOON, 10);
    XSSFWorkbook workbook = read(write(request(false), List.of(fast, slow, open, none)));
    XSSFSheet queue = workbook.getSheet("Queue");

    assertThat(
            queue
                .getRow(1)
                .getCell(column(queue, "Time to acknowledge (min)"))
                .getNumericCellValue())
        .isEqualTo(2.0);
    assertThat(
            queue
                .getRow(2)
                .getCell(column(queue, "Time to acknowledge (min)"))
                .getNumericCellValue())
        .isEqualTo(6.0);
    assertThat(
            queue
                .getRow(1)
                .getCell(column(queue, "Alert acknowledged"))
                .getLocalDateTimeCellValue())
        .isEqualTo(LocalDateTime.of(2026, 11, 24, 9, 2));
    Cell unacknowledged = queue.getRow(3).getCell(column(queue, "Alert acknowledged"));
    assertThat(unacknowledged == null || unacknowledged.getCellType() == CellType.BLANK).isTrue();
    Sheet summary = workbook.getSheet("Summary");
    assertThat(summaryRow(summary, "Raised").getCell(1).getNumericCellValue()).isEqualTo(3);
    assertThat(summaryRow(summary, "Not acknowledged").getCell(1).getNumericCellValue())
        .isEqualTo(1);
    assertThat(
            summaryRow(summary, "Median time to acknowledge (min)")
                .getCell(1)
                .getNumericCellValue())
        .isBetween(2.0, 6.0);
  }

  @Test
  void write_shouldDrawStackedBarChartOfArrivalsPerHourOnSummary() {
    List<QueueEntry> entries = new ArrayList<>();
    QueueEntries.generated(500, 7).forEachRemaining(entries::add);
    XSSFWorkbook workbook = read(write(request(false), entries));
    XSSFSheet summary = workbook.getSheet("Summary");

    var charts = summary.getDrawingPatriarch().getCharts();
    assertThat(charts).hasSize(1);
    var plot = charts.get(0).getCTChart().getPlotArea();
    assertThat(plot.getBarChartArray()).hasSize(1);
    var bar = plot.getBarChartArray(0);
    assertThat(bar.getGrouping().getVal().toString()).isEqualTo("stacked");
    assertThat(bar.getSerArray()).hasSize(5);
    assertThat(bar.getSerArray(0).getVal().getNumRef().getF()).startsWith("Summary!$B$");
    assertThat(bar.getSerArray(0).getCat().getStrRef().getF()).startsWith("Summary!$A$");
    long charted = 0;
    for (var series : bar.getSerArray()) {
      for (var point : series.getVal().getNumRef().getNumCache().getPtArray()) {
        charted += Long.parseLong(point.getV());
      }
    }
    assertThat(charted).isEqualTo(500);
  }

  @Test
  void write_shouldLeaveTemporaryFilesBehindNeitherOnSuccessNorOnFailure() throws Exception {
    java.nio.file.Path poiTemp =
        java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
    long before = countFiles(poiTemp);
    write(
        request(false),
        List.of(QueueEntries.full("A-1", UrgencyLevel.URGENT, UrgencyLevel.SOON, 5)));
    var failing =
        new java.util.Iterator<QueueEntry>() {
          int served;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public QueueEntry next() {
            if (++served > 300) {
              throw new IllegalStateException("database cursor closed");
            }
            return QueueEntries.full("A-" + served, UrgencyLevel.URGENT, UrgencyLevel.SOON, 5);
          }
        };
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(() -> new TriageQueueWorkbook().write(request(false), failing, out))
        .hasMessage("database cursor closed");
    assertThat(out.size()).isZero();
    assertThat(countFiles(poiTemp)).isEqualTo(before);
  }

  @Test
  void write_shouldDeleteTemporaryFilesWhenTheClientConnectionFails() throws Exception {
    java.nio.file.Path poiTemp =
        java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
    write(request(false), List.of()); // make sure POI's temp directory exists before counting
    long before = countFiles(poiTemp);
    java.io.OutputStream brokenPipe =
        new java.io.OutputStream() {
          @Override
          public void write(int b) throws java.io.IOException {
            throw new java.io.IOException("Broken pipe");
          }
        };

    assertThatThrownBy(
            () ->
                new TriageQueueWorkbook()
                    .write(request(false), QueueEntries.generated(500, 3), brokenPipe))
        .isInstanceOf(java.io.IOException.class);
    assertThat(countFiles(poiTemp)).isEqualTo(before);
  }

  @Test
  void write_shouldProduceAllSheetsForAnEmptyPeriod() {
    XSSFWorkbook workbook = read(write(request(true), List.of()));

    assertThat(sheetNames(workbook)).containsExactly("Summary", "Queue", "Overrides");
    assertThat(workbook.getSheet("Queue").getLastRowNum()).isZero();
    assertThat(summaryRow(workbook.getSheet("Summary"), "Intakes").getCell(1).getNumericCellValue())
        .isZero();
  }

  @Test
  void fileName_shouldNameDatesAndVariant() {
    assertThat(TriageQueueWorkbook.fileName(request(true)))
        .isEqualTo("triage-queue_2026-11-24_deidentified.xlsx");
    ReportRequest week =
        new ReportRequest(
            ReportPeriod.week(QueueEntries.DAY),
            null,
            false,
            QueueEntries.ZONE,
            Workbooks.GENERATED_AT,
            null);
    assertThat(TriageQueueWorkbook.fileName(week))
        .isEqualTo("triage-queue_2026-11-24_2026-11-30.xlsx");
  }

  static List<String> sheetNames(XSSFWorkbook workbook) {
    return StreamSupport.stream(workbook.spliterator(), false)
        .map(Sheet::getSheetName)
        .collect(Collectors.toList());
  }

  private static Row urgencyRow(Sheet summary, String level) {
    // The urgency table is the first place each level name appears in column A.
    return summaryRow(summary, level);
  }

  private static long countFiles(java.nio.file.Path dir) throws java.io.IOException {
    if (!java.nio.file.Files.isDirectory(dir)) {
      return 0;
    }
    try (var files = java.nio.file.Files.list(dir)) {
      return files.count();
    }
  }

  private static QueueEntry withText(QueueEntry e, String text) {
    return e.toBuilder()
        .ticket(text)
        .site(text)
        .redFlags(List.of(text))
        .topCauses(List.of(text, text, text))
        .override(
            new NurseOverride(e.assessedUrgency(), e.finalUrgency(), text, text, e.triagedAt()))
        .language(text)
        .patient(new org.triagedesk.reporting.model.PatientIdentity(text, text, null))
        .engineEvidence(text)
        .build();
  }

  private static QueueEntry withOverride(QueueEntry e, String reason, String evidence) {
    return e.toBuilder()
        .override(
            new NurseOverride(
                e.assessedUrgency(), e.finalUrgency(), reason, "nurse.keller", e.triagedAt()))
        .engineEvidence(evidence)
        .build();
  }

  private static QueueEntry withStatus(QueueEntry e, QueueStatus status) {
    return e.toBuilder().status(status).build();
  }

  static Duration minutes(long m) {
    return Duration.ofMinutes(m);
  }
}
