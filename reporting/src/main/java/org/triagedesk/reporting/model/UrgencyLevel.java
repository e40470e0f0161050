package org.triagedesk.reporting.model;

/**
 * How soon a patient must be seen, most urgent first. The reports' own copy of the engine's levels,
 * so that reporting builds and tests without the engine (docs/adr/0003); the web module maps one to
 * the other in one exhaustive switch, tested over every constant (docs/adr/0006).
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
