/**
 * Triage-queue workbooks for clinicians: {@link org.triagedesk.reporting.TriageQueueWorkbook}
 * streams a {@link org.triagedesk.reporting.ReportRequest} and its queue entries into an .xlsx
 * file. Everything else in this package is an implementation detail of that writer.
 */
package org.triagedesk.reporting;
