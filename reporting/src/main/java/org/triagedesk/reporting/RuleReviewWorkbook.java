package org.triagedesk.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.triagedesk.reporting.model.ReviewedIntake;

/**
 * The rule-review workbook for the clinical owners of the protocol: where nurses' final levels
 * differ from the engine's, per red flag and per cause category, with the reasons they gave
 * (de-identified), the answers seen most in under-assessed intakes, and over- and under-assessment
 * by week with a chart.
 *
 * <p>Intakes are read once from the iterator and folded into {@link RuleReview}'s figures; only
 * those figures are written, a few hundred rows at most, so the workbook is an ordinary XSSF one
 * (SXSSF cannot draw charts, and there is nothing large to stream). Every text goes through {@link
 * RowWriter}: formula-safe, XML-safe. The workbook names no patient and no staff member. Stateless
 * and thread-safe.
 */
public final class RuleReviewWorkbook {

  static final String ABOUT = "About";
  static final String RED_FLAGS = "Red flags";
  static final String CAUSES = "Cause categories";
  static final String ANSWERS = "Under-assessed answers";
  static final String WEEKS = "By week";

  /** Rows of answers and answer pairs listed, and reasons per rule. */
  static final int TOP_ANSWERS = 25;

  static final int TOP_REASONS = 10;

  static final List<String> RULE_COLUMNS =
      List.of(
          "Fired (intakes)",
          "Reviewed by a nurse",
          "Nurse higher (under-assessed)",
          "Nurse lower (over-assessed)",
          "Confirmed",
          "Mean levels higher",
          "Most levels higher",
          "Mean levels lower",
          "Most levels lower",
          "EMERGENCY acknowledged (intakes)",
          "Arrival to acknowledgement, median (min)",
          "Arrival to acknowledgement, longest (min)",
          "Reasons given when the level changed (de-identified, count)");

  /** What was written, for the caller's audit record. */
  public record Written(long intakes, long reviewed, long underAssessed, long overAssessed) {}

  public Written write(ReportRequest request, Iterator<ReviewedIntake> intakes, OutputStream out)
      throws IOException {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(intakes, "intakes");
    Objects.requireNonNull(out, "out");
    RuleReview review = new RuleReview(request.zone());
    while (intakes.hasNext()) {
      review.add(Objects.requireNonNull(intakes.next(), "null intake"));
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      WorkbookStyles styles = new WorkbookStyles(workbook);
      RowWriter cells = new RowWriter(styles, request.zone());
      about(workbook.createSheet(ABOUT), styles, cells, request, review);
      rules(workbook.createSheet(RED_FLAGS), styles, cells, "Red flag", review.redFlags);
      rules(
          workbook.createSheet(CAUSES),
          styles,
          cells,
          "Cause category (ranked first)",
          review.causes);
      answers(workbook.createSheet(ANSWERS), styles, cells, review);
      weeks(workbook.createSheet(WEEKS), styles, cells, review);
      POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
      core.setCreator(WorkbookMetadata.APPLICATION);
      core.setLastModifiedByUser(WorkbookMetadata.APPLICATION);
      core.setTitle("Rule review " + request.period().label());
      core.setSubjectProperty("De-identified rule review");
      workbook.setActiveSheet(0);
      workbook.write(out);
      out.flush();
    }
    return new Written(review.intakes, review.reviewed, review.underAssessed, review.overAssessed);
  }

  /** "rule-review_2026-03-01_2026-03-31.xlsx" */
  public static String fileName(ReportRequest request) {
    ReportPeriod period = request.period();
    return "rule-review_"
        + (period.from().equals(period.to())
            ? period.from().toString()
            : period.from() + "_" + period.to())
        + ".xlsx";
  }

  private static void about(
      XSSFSheet sheet,
      WorkbookStyles styles,
      RowWriter cells,
      ReportRequest request,
      RuleReview review) {
    cells
        .on(sheet.createRow(0))
        .label(0, "Rule review: where nurses' final levels differ from the engine's", styles.title);
    String[][] lines = {
      {
        "Period",
        request.period().from() + " to " + request.period().to() + " (" + request.zone() + ")"
      },
      {"Intakes", null},
      {"Reviewed by a nurse", null},
      {"Nurse higher (under-assessed by the engine)", null},
      {"Nurse lower (over-assessed by the engine)", null},
      {
        "How to read",
        "A red flag counts for every intake it fired on; a cause category for the intakes where it"
            + " was ranked first. 'Levels' count steps between EMERGENCY, URGENT, SOON, ROUTINE and SELF_CARE."
            + " Intakes not yet reviewed count as fired but are not compared. Reasons are the nurses' words with"
            + " the patient's names, phone numbers, e-mail addresses and runs of three or more digits replaced."
      },
      {
        "Start with",
        "The rules with the most 'Nurse higher' (under-assessment is the unsafe direction), then the"
            + " '"
            + ANSWERS
            + "' sheet: answers common in under-assessed intakes but rarer overall point at a rule"
            + " that misses them."
      }
    };
    long[] counts = {0, review.intakes, review.reviewed, review.underAssessed, review.overAssessed};
    for (int i = 0; i < lines.length; i++) {
      cells.on(sheet.createRow(i + 2)).label(0, lines[i][0], styles.header);
      if (lines[i][1] == null) {
        cells.integer(1, counts[i]);
      } else {
        cells.wrappedText(1, lines[i][1]);
      }
    }
    sheet.setColumnWidth(0, 44 * 256);
    sheet.setColumnWidth(1, 100 * 256);
  }

  private static void rules(
      XSSFSheet sheet,
      WorkbookStyles styles,
      RowWriter cells,
      String what,
      Map<String, RuleReview.Tally> tallies) {
    cells.on(sheet.createRow(0)).label(0, what, styles.header);
    for (int c = 0; c < RULE_COLUMNS.size(); c++) {
      cells.label(c + 1, RULE_COLUMNS.get(c), styles.header);
    }
    int r = 1;
    // Most under-assessed first: the rule a clinical owner should review first is at the top.
    List<Map.Entry<String, RuleReview.Tally>> ordered =
        tallies.entrySet().stream()
            .sorted(
                (a, b) ->
                    a.getValue().higher != b.getValue().higher
                        ? Long.compare(b.getValue().higher, a.getValue().higher)
                        : a.getValue().fired != b.getValue().fired
                            ? Long.compare(b.getValue().fired, a.getValue().fired)
                            : a.getKey().compareTo(b.getKey()))
            .toList();
    for (Map.Entry<String, RuleReview.Tally> entry : ordered) {
      RuleReview.Tally t = entry.getValue();
      cells.on(sheet.createRow(r++));
      cells.text(0, entry.getKey());
      cells.integer(1, t.fired);
      cells.integer(2, t.reviewed);
      cells.integer(3, t.higher);
      cells.integer(4, t.lower);
      cells.integer(5, t.confirmed());
      cells.decimal(6, t.meanHigher());
      cells.integer(7, t.higher == 0 ? null : t.mostHigher);
      cells.decimal(8, t.meanLower());
      cells.integer(9, t.lower == 0 ? null : t.mostLower);
      cells.integer(10, t.acknowledgementSeconds.size());
      cells.decimal(11, t.medianAcknowledgementMinutes());
      cells.decimal(12, t.maxAcknowledgementMinutes());
      String reasons = t.reasonsText(TOP_REASONS);
      cells.wrappedText(13, reasons.isEmpty() ? null : reasons);
    }
    sheet.createFreezePane(1, 1);
    sheet.setColumnWidth(0, 28 * 256);
    for (int c = 1; c <= 12; c++) {
      sheet.setColumnWidth(c, 14 * 256);
    }
    sheet.setColumnWidth(13, 70 * 256);
  }

  private static void answers(
      XSSFSheet sheet, WorkbookStyles styles, RowWriter cells, RuleReview review) {
    int r = 0;
    cells
        .on(sheet.createRow(r++))
        .label(
            0,
            "Answers seen most in under-assessed intakes (nurse's level above the engine's), "
                + review.underAssessed
                + " of "
                + review.reviewed
                + " reviewed",
            styles.title);
    r =
        block(
            sheet,
            styles,
            cells,
            review,
            r + 1,
            "Answer",
            RuleReview.top(review.underAnswers, TOP_ANSWERS),
            true);
    block(
        sheet,
        styles,
        cells,
        review,
        r + 1,
        "Answer pair",
        RuleReview.top(review.underPairs, TOP_ANSWERS),
        false);
    sheet.setColumnWidth(0, 8 * 256);
    sheet.setColumnWidth(1, 70 * 256);
    for (int c = 2; c <= 4; c++) {
      sheet.setColumnWidth(c, 18 * 256);
    }
  }

  private static int block(
      XSSFSheet sheet,
      WorkbookStyles styles,
      RowWriter cells,
      RuleReview review,
      int r,
      String what,
      List<Map.Entry<String, Long>> top,
      boolean withOverall) {
    cells.on(sheet.createRow(r++));
    cells.label(0, "Rank", styles.header);
    cells.label(1, what, styles.header);
    cells.label(2, "Under-assessed intakes with it", styles.header);
    cells.label(3, "% of under-assessed", styles.header);
    if (withOverall) {
      cells.label(4, "% of all reviewed", styles.header);
    }
    int rank = 1;
    for (Map.Entry<String, Long> entry : top) {
      cells.on(sheet.createRow(r++));
      cells.integer(0, rank++);
      cells.text(1, entry.getKey());
      cells.integer(2, entry.getValue());
      cells.decimal(3, percent(entry.getValue(), review.underAssessed));
      if (withOverall) {
        cells.decimal(
            4, percent(review.reviewedAnswers.getOrDefault(entry.getKey(), 0L), review.reviewed));
      }
    }
    if (top.isEmpty()) {
      cells
          .on(sheet.createRow(r++))
          .label(1, "No under-assessed intake in this period.", styles.notRecorded);
    }
    return r;
  }

  private static void weeks(
      XSSFSheet sheet, WorkbookStyles styles, RowWriter cells, RuleReview review) {
    cells.on(sheet.createRow(0));
    List<String> headers =
        List.of(
            "Week starting (Monday)",
            "Reviewed",
            "Nurse higher (under-assessed)",
            "Nurse lower (over-assessed)",
            "Confirmed");
    for (int c = 0; c < headers.size(); c++) {
      cells.label(c, headers.get(c), styles.header);
    }
    int r = 1;
    for (Map.Entry<LocalDate, RuleReview.Week> week : review.weeks.entrySet()) {
      RuleReview.Week w = week.getValue();
      cells.on(sheet.createRow(r++));
      cells.date(0, week.getKey());
      cells.integer(1, w.reviewed);
      cells.integer(2, w.higher);
      cells.integer(3, w.lower);
      cells.integer(4, w.reviewed - w.higher - w.lower);
    }
    for (int c = 0; c < headers.size(); c++) {
      sheet.setColumnWidth(c, 18 * 256);
    }
    if (!review.weeks.isEmpty()) {
      int last = r - 1;
      ReviewChart.draw(
          sheet,
          review,
          new CellRangeAddress(1, last, 0, 3),
          new CellRangeAddress(r + 1, r + 21, 0, 8));
    }
  }

  private static Double percent(long part, long whole) {
    return whole == 0 ? null : 100.0 * part / whole;
  }
}
