package org.triagedesk.intake.application;

import java.time.LocalDate;
import org.triagedesk.reporting.ReportRequest;
import org.triagedesk.reporting.TriageQueueWorkbook;

/**
 * A checked request for the triage-queue workbook: its period (the clinic's days, inclusive), its
 * variant and its file name. It wraps the reporting library's request so that the REST layer never
 * sees the library.
 */
public final class TriageQueueReport {

  private final ReportRequest request;

  TriageQueueReport(ReportRequest request) {
    this.request = request;
  }

  public LocalDate from() {
    return request.period().from();
  }

  public LocalDate to() {
    return request.period().to();
  }

  public boolean deidentified() {
    return request.deidentified();
  }

  /** The name the download is saved under, e.g. with the period and the variant. */
  public String fileName() {
    return TriageQueueWorkbook.fileName(request);
  }

  ReportRequest request() {
    return request;
  }
}
