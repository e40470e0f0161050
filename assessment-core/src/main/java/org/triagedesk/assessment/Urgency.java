package org.triagedesk.assessment;

/**
 * How soon a patient must be seen, most urgent first: the product's five levels, the same for every
 * protocol (docs/adr/0002), each with a wait target (docs/architecture.md). The declaration order
 * is the clinical order: {@link #compareTo} ranks EMERGENCY below SELF_CARE, so "more urgent" is
 * "smaller".
 */
public enum Urgency {
  EMERGENCY,
  URGENT,
  SOON,
  ROUTINE,
  SELF_CARE;

  /** The more urgent of the two; red flags set minimums, so urgency only ever moves this way. */
  public Urgency atLeast(Urgency other) {
    return other != null && other.ordinal() < ordinal() ? other : this;
  }

  public boolean isMoreUrgentThan(Urgency other) {
    return ordinal() < other.ordinal();
  }
}
