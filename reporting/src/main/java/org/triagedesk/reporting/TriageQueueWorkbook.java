package org.triagedesk.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.triagedesk.reporting.model.QueueEntry;
import org.triagedesk.reporting.summary.QueueStatistics;

/**
 * Writes the triage-queue workbook (Summary, Queue, Overrides) for clinicians, streaming: entries
 * are read one at a time from the iterator (e.g. a database cursor), only a window of rows stays in
 * memory, and the Summary figures are accumulated in fixed memory as the entries pass.
 *
 * <p>Nothing reaches {@code out} before the last entry has been read: SXSSF buffers rows in
 * temporary files (deflated, {@link StreamingWorkbook}) and assembles the .xlsx at the end. A
 * failure while reading therefore leaves {@code out} untouched (the web module can still answer
 * with an error), and the temporary files are deleted on every path.
 *
 * <p>Stateless and thread-safe: create one and share it.
 */
public final class TriageQueueWorkbook {
  /** Excel's row limit; the Queue and Overrides sheets continue on a new sheet past it. */
  public static final int MAX_ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows();

  /**
   * Rows kept in memory per sheet; older rows are flushed to the temporary file. Rows are only ever
   * appended, so a small window suffices, and 10 rows of cell objects instead of 100 keep SXSSF's
   * row map and cells in the CPU cache: about 7 % less CPU (docs/benchmarks/excel.md).
   */
  private static final int ROW_WINDOW = 10;

  private final int rowsPerSheet;

  public TriageQueueWorkbook() {
    this(MAX_ROWS_PER_SHEET);
  }

  /** Lets tests exercise continuation sheets without writing a million rows. */
  TriageQueueWorkbook(int rowsPerSheet) {
    if (rowsPerSheet < 2 || rowsPerSheet > MAX_ROWS_PER_SHEET) {
      throw new IllegalArgumentException("rowsPerSheet must be 2.." + MAX_ROWS_PER_SHEET);
    }
    this.rowsPerSheet = rowsPerSheet;
  }

  /**
   * Writes the workbook for {@code request} to {@code out}, which is flushed but not closed.
   *
   * @param entries the intakes of the requested period and site, in the order they should be listed
   *     (normally by arrival); read once, never collected
   * @return counts for the caller's audit record
   * @throws IOException when {@code out} fails
   */
  public WrittenReport write(ReportRequest request, Iterator<QueueEntry> entries, OutputStream out)
      throws IOException {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(out, "out");
    SXSSFWorkbook workbook = new StreamingWorkbook(ROW_WINDOW);
    try {
      WorkbookStyles styles = new WorkbookStyles(workbook);
      RowWriter queueCells = new RowWriter(styles, request.zone());
      RowWriter overrideCells = new RowWriter(styles, request.zone());
      SummarySheet summary =
          new SummarySheet(workbook, styles, new RowWriter(styles, request.zone()));
      ContinuedSheet<NumberedEntry> queue =
          new ContinuedSheet<>(
              workbook,
              "Queue",
              QueueColumns.of(request.deidentified()),
              rowsPerSheet,
              styles,
              queueCells);
      ContinuedSheet<NumberedEntry> overrides =
          new ContinuedSheet<>(
              workbook,
              "Overrides",
              OverrideColumns.of(request.deidentified()),
              rowsPerSheet,
              styles,
              overrideCells);
      QueueStatistics stats = new QueueStatistics(request.zone());

      long ref = 0;
      long overrideCount = 0;
      while (entries.hasNext()) {
        QueueEntry entry = Objects.requireNonNull(entries.next(), "null queue entry");
        NumberedEntry row = new NumberedEntry(++ref, entry);
        queue.append(row);
        if (entry.override() != null) {
          overrides.append(row);
          overrideCount++;
        }
        stats.add(entry);
      }
      queue.finish();
      overrides.finish();
      summary.fill(request, stats);
      List<String> sheetNames = orderSheets(workbook, queue.sheetNames(), overrides.sheetNames());
      workbook.setActiveSheet(0);
      workbook.setSelectedTab(0);
      WorkbookMetadata.apply(workbook, request);
      workbook.write(out);
      out.flush();
      return new WrittenReport(ref, overrideCount, request.deidentified(), sheetNames);
    } finally {
      // dispose() deletes the temporary sheet files; close() alone does not on every POI version.
      workbook.dispose();
      workbook.close();
    }
  }

  /** A download file name for the request, e.g. "triage-queue_2026-11-24_deidentified.xlsx". */
  public static String fileName(ReportRequest request) {
    ReportPeriod period = request.period();
    String dates =
        period.from().equals(period.to())
            ? period.from().toString()
            : period.from() + "_" + period.to();
    return "triage-queue_" + dates + (request.deidentified() ? "_deidentified" : "") + ".xlsx";
  }

  /**
   * Summary first, then the Queue sheets, then the Overrides sheets, whatever order they were
   * opened in.
   */
  private static List<String> orderSheets(
      SXSSFWorkbook workbook, List<String> queueSheets, List<String> overrideSheets) {
    List<String> order = new ArrayList<>();
    order.add(SummarySheet.NAME);
    order.addAll(queueSheets);
    order.addAll(overrideSheets);
    for (int i = 0; i < order.size(); i++) {
      workbook.setSheetOrder(order.get(i), i);
    }
    return List.copyOf(order);
  }
}
