package org.triagedesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triagedesk.reporting.Workbooks.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.triagedesk.reporting.model.ReviewedIntake;
import org.triagedesk.reporting.model.UrgencyLevel;

/**
 * A known history of nurses' decisions, written and read back: every count, level difference,
 * reason, acknowledgement time, answer pattern and week is where the clinical owner will look for
 * it.
 */
class RuleReviewWorkbookTest {

  static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
  static final Instant MONDAY_2_MARCH =
      LocalDate.of(2026, 3, 2).atTime(9, 0).atZone(ZONE).toInstant();

  static ReviewedIntake intake(
      int day,
      UrgencyLevel engine,
      UrgencyLevel nurse,
      List<String> flags,
      String cause,
      String reason,
      Duration ack,
      String... answers) {
    return new ReviewedIntake(
        MONDAY_2_MARCH.plus(Duration.ofDays(day)),
        engine,
        nurse,
        flags,
        cause == null ? List.of() : List.of(cause, "MSK_STRAIN"),
        reason,
        List.of("Ana", "Prueba", "+41 79 555 12 34"),
        ack,
        List.of(answers));
  }

  /**
   * Week 1 (2 March): RF-ACS-3 fired three times: SOON → URGENT (1 up), SOON → EMERGENCY (2 up),
   * SOON → SOON. RF-AORTA once, EMERGENCY confirmed, acknowledged after 3 and 5 minutes (two
   * intakes). Week 2 (9 March): a ROUTINE the nurse set to SELF_CARE (1 down), an unreviewed SOON
   * with RF-ACS-3.
   */
  static List<ReviewedIntake> history() {
    List<ReviewedIntake> history = new ArrayList<>();
    history.add(
        intake(
            0,
            UrgencyLevel.SOON,
            UrgencyLevel.URGENT,
            List.of("RF-ACS-3"),
            "CARDIAC_ACS",
            "Ana looks grey, call 0791234567",
            null,
            "sweating_clammy=true",
            "pain_quality=burning"));
    history.add(
        intake(
            1,
            UrgencyLevel.SOON,
            UrgencyLevel.EMERGENCY,
            List.of("RF-ACS-3"),
            "CARDIAC_ACS",
            "=HYPERLINK(\"http://x\") pale",
            null,
            "sweating_clammy=true",
            "age=67"));
    history.add(
        intake(
            2,
            UrgencyLevel.SOON,
            UrgencyLevel.SOON,
            List.of("RF-ACS-3"),
            "CARDIAC_ACS",
            null,
            null,
            "pain_quality=burning"));
    history.add(
        intake(
            3,
            UrgencyLevel.EMERGENCY,
            UrgencyLevel.EMERGENCY,
            List.of("RF-AORTA"),
            "AORTIC",
            null,
            Duration.ofMinutes(3),
            "sudden_severe_or_tearing=true"));
    history.add(
        intake(
            4,
            UrgencyLevel.EMERGENCY,
            UrgencyLevel.EMERGENCY,
            List.of("RF-AORTA"),
            "AORTIC",
            null,
            Duration.ofMinutes(5),
            "sudden_severe_or_tearing=true"));
    history.add(
        intake(
            7,
            UrgencyLevel.ROUTINE,
            UrgencyLevel.SELF_CARE,
            List.of(),
            "POSTURAL",
            "Desk worker, Prueba reassured",
            null,
            "mechanical=true"));
    history.add(
        intake(
            8,
            UrgencyLevel.SOON,
            null,
            List.of("RF-ACS-3"),
            "CARDIAC_ACS",
            null,
            null,
            "pain_quality=burning"));
    return history;
  }

  static XSSFWorkbook written(List<ReviewedIntake> history) {
    return read(bytes(history));
  }

  /**
   * The workbook of the known history; also kept under target/ for a reader to open (LibreOffice
   * check).
   */
  static byte[] bytes(List<ReviewedIntake> history) {
    ReportRequest request =
        new ReportRequest(
            ReportPeriod.custom(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 15)),
            null,
            true,
            ZONE,
            Instant.parse("2026-03-16T08:00:00Z"),
            "dr.amsler");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      RuleReviewWorkbook.Written written =
          new RuleReviewWorkbook().write(request, history.iterator(), out);
      assertThat(written).isEqualTo(new RuleReviewWorkbook.Written(7, 6, 2, 1));
      java.nio.file.Path kept = java.nio.file.Path.of("target", "rule-review-sample.xlsx");
      java.nio.file.Files.createDirectories(kept.getParent());
      java.nio.file.Files.write(kept, out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static Row rowOf(Sheet sheet, String firstCell) {
    for (Row row : sheet) {
      Cell cell = row.getCell(0);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && cell.getStringCellValue().equals(firstCell)) {
        return row;
      }
    }
    throw new AssertionError("no row " + firstCell + " on " + sheet.getSheetName());
  }

  static double number(Row row, Sheet sheet, String header) {
    return row.getCell(Workbooks.column(sheet, header)).getNumericCellValue();
  }

  @Test
  void perRedFlag_countsFiredHigherLowerLevelsReasonsAndAcknowledgement() {
    XSSFWorkbook workbook = written(history());
    Sheet flags = workbook.getSheet(RuleReviewWorkbook.RED_FLAGS);
    Row acs = rowOf(flags, "RF-ACS-3");
    assertThat(acs.getRowNum()).as("most under-assessed first").isEqualTo(1);
    assertThat(number(acs, flags, "Fired (intakes)")).isEqualTo(4);
    assertThat(number(acs, flags, "Reviewed by a nurse")).isEqualTo(3);
    assertThat(number(acs, flags, "Nurse higher (under-assessed)")).isEqualTo(2);
    assertThat(number(acs, flags, "Nurse lower (over-assessed)")).isEqualTo(0);
    assertThat(number(acs, flags, "Confirmed")).isEqualTo(1);
    assertThat(number(acs, flags, "Mean levels higher")).isEqualTo(1.5);
    assertThat(number(acs, flags, "Most levels higher")).isEqualTo(2);
    String reasons =
        acs.getCell(Workbooks.column(flags, RuleReviewWorkbook.RULE_COLUMNS.get(12)))
            .getStringCellValue();
    // De-identified: the patient's name and the phone number are gone; the formula-like text stays
    // text.
    assertThat(reasons)
        .contains("[patient] looks grey, call [number] (1)")
        .doesNotContain("Ana")
        .doesNotContain("0791");
    assertThat(reasons).contains("=HYPERLINK(\"http://x\") pale (1)");
    Cell reasonCell = acs.getCell(Workbooks.column(flags, RuleReviewWorkbook.RULE_COLUMNS.get(12)));
    assertThat(reasonCell.getCellType()).isEqualTo(CellType.STRING);
    assertThat(reasonCell.getCellStyle().getQuotePrefixed())
        .as("starts like a formula: quote-prefixed")
        .isTrue();

    Row aorta = rowOf(flags, "RF-AORTA");
    assertThat(number(aorta, flags, "Fired (intakes)")).isEqualTo(2);
    assertThat(number(aorta, flags, "EMERGENCY acknowledged (intakes)")).isEqualTo(2);
    assertThat(number(aorta, flags, "Arrival to acknowledgement, median (min)")).isEqualTo(4.0);
    assertThat(number(aorta, flags, "Arrival to acknowledgement, longest (min)")).isEqualTo(5.0);
  }

  @Test
  void perCauseCategory_countsTheFirstRankedOnly_andLowerLevels() {
    XSSFWorkbook workbook = written(history());
    Sheet causes = workbook.getSheet(RuleReviewWorkbook.CAUSES);
    assertThat(number(rowOf(causes, "CARDIAC_ACS"), causes, "Fired (intakes)")).isEqualTo(4);
    Row postural = rowOf(causes, "POSTURAL");
    assertThat(number(postural, causes, "Nurse lower (over-assessed)")).isEqualTo(1);
    assertThat(number(postural, causes, "Most levels lower")).isEqualTo(1);
    assertThat(postural.getCell(13).getStringCellValue())
        .isEqualTo("Desk worker, [patient] reassured (1)");
    assertThat(causes.getRow(0).getCell(0).getStringCellValue())
        .isEqualTo("Cause category (ranked first)");
    for (Row row : causes) {
      assertThat(row.getCell(0).getStringCellValue()).isNotEqualTo("MSK_STRAIN");
    }
  }

  @Test
  void underAssessedAnswers_rankTheAnswersAndPairsSeenMost() {
    Sheet answers = written(history()).getSheet(RuleReviewWorkbook.ANSWERS);
    List<String> lines = new ArrayList<>();
    for (Row row : answers) {
      if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.NUMERIC) {
        lines.add(
            row.getCell(1).getStringCellValue()
                + (row.getCell(2) == null
                    ? ""
                    : " "
                        + (long) row.getCell(2).getNumericCellValue()
                        + " "
                        + row.getCell(3).getNumericCellValue()
                        + (row.getCell(4) == null
                            ? ""
                            : " " + Math.round(row.getCell(4).getNumericCellValue()))));
      }
    }
    // Both under-assessed intakes said sweaty: 100% of under-assessed, 2 of 6 reviewed (33%).
    assertThat(lines)
        .contains(
            "sweating_clammy=true 2 100.0 33",
            "pain_quality=burning 1 50.0 33",
            "age=67 1 50.0 17",
            "pain_quality=burning + sweating_clammy=true 1 50.0");
    assertThat(lines.indexOf("sweating_clammy=true 2 100.0 33"))
        .isLessThan(lines.indexOf("age=67 1 50.0 17"));
  }

  @Test
  void byWeek_countsHigherAndLower_andDrawsTheChart() {
    XSSFWorkbook workbook = written(history());
    XSSFSheet weeks = workbook.getSheet(RuleReviewWorkbook.WEEKS);
    Row first = weeks.getRow(1);
    assertThat(first.getCell(0).getLocalDateTimeCellValue().toLocalDate())
        .isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(5);
    assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(2);
    assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(0);
    Row second = weeks.getRow(2);
    assertThat(second.getCell(0).getLocalDateTimeCellValue().toLocalDate())
        .isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(second.getCell(1).getNumericCellValue())
        .as("the unreviewed one is not counted")
        .isEqualTo(1);
    assertThat(second.getCell(3).getNumericCellValue()).isEqualTo(1);
    var charts = weeks.getDrawingPatriarch().getCharts();
    assertThat(charts).hasSize(1);
    assertThat(charts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(2);
  }

  @Test
  void theWorkbook_namesNoPatientAndNoStaff_andAnEmptyPeriodStillOpens() {
    XSSFWorkbook workbook = written(history());
    assertThat(Workbooks.cells(workbook))
        .allSatisfy(
            cell -> {
              if (cell.getCellType() == CellType.STRING) {
                assertThat(cell.getStringCellValue())
                    .doesNotContain("Ana")
                    .doesNotContain("Prueba")
                    .doesNotContain("dr.amsler")
                    .doesNotContain("555");
              }
            });
    assertThat(workbook.getProperties().getCoreProperties().getCreator()).isEqualTo("Triage Desk");
    assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo(RuleReviewWorkbook.ABOUT);

    ReportRequest request =
        new ReportRequest(
            ReportPeriod.day(LocalDate.of(2026, 3, 2)),
            null,
            true,
            ZONE,
            Instant.parse("2026-03-16T08:00:00Z"),
            null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      assertThat(new RuleReviewWorkbook().write(request, List.<ReviewedIntake>of().iterator(), out))
          .isEqualTo(new RuleReviewWorkbook.Written(0, 0, 0, 0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(
            read(out.toByteArray())
                .getSheet(RuleReviewWorkbook.ANSWERS)
                .getRow(3)
                .getCell(1)
                .getStringCellValue())
        .isEqualTo("No under-assessed intake in this period.");
    assertThat(RuleReviewWorkbook.fileName(request)).isEqualTo("rule-review_2026-03-02.xlsx");
  }
}
