package org.triagedesk.reporting.model;

/**
 * How soon a patient must be seen, most urgent first. Mirrors {@code org.triagedesk.assessment.Urgency}
 * constant for constant so that the web module maps with {@code UrgencyLevel.valueOf(urgency.name())};
 * kept here so that reporting builds and tests without the engine (see docs/adr/0003).
 */
public enum UrgencyLevel {
  EMERGENCY,
  URGENT,
  SOON,
  ROUTINE,
  SELF_CARE;

  /** True when this level asks for a patient to be seen sooner than {@code other}. */
  public boolean isMoreUrgentThan(UrgencyLevel other) {
    return ordinal() < other.ordinal();
  }
}
