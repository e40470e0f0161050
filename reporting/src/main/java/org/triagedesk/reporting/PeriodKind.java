package org.triagedesk.reporting;

/** How the clinician chose the report's period; shown on the Summary sheet. */
public enum PeriodKind {
  DAY,
  WEEK,
  CUSTOM
}
