package org.triagedesk.intake.application;

import org.triagedesk.reporting.ReportRequest;
import org.triagedesk.reporting.RuleReviewWorkbook;

/**
 * A checked request for the rule-review workbook (always de-identified): its period and file name.
 * It wraps the reporting library's request so that the REST layer never sees the library
 * (docs/architecture.md).
 */
public final class RuleReviewReport {

  private final ReportRequest request;

  RuleReviewReport(ReportRequest request) {
    this.request = request;
  }

  /** The name the download is saved under, with the period. */
  public String fileName() {
    return RuleReviewWorkbook.fileName(request);
  }

  ReportRequest request() {
    return request;
  }
}
