package org.triagedesk.reporting;

import java.util.List;

/**
 * What a write produced, for the caller's audit record (how many intakes left the system, in which
 * variant) without reopening the file. Holds no patient data.
 *
 * @param intakes entries written to the Queue sheet(s)
 * @param overrides entries written to the Overrides sheet(s)
 * @param deidentified whether the de-identified variant was written
 * @param sheetNames the workbook's sheets, in tab order
 */
public record WrittenReport(
    long intakes, long overrides, boolean deidentified, List<String> sheetNames) {
  public WrittenReport {
    sheetNames = List.copyOf(sheetNames);
  }
}
