package org.triagedesk.intake.domain.intake;

/**
 * A nurse's action the intake refuses as things stand: an impossible status move, a stale version,
 * an override without a reason. {@code field} names what was wrong; {@code conflict} tells a clash
 * with the intake's current state (someone else changed it, the move is not possible now) from bad
 * input.
 */
public class TriageRuleBroken extends RuntimeException {

  private final String field;
  private final boolean conflict;

  public TriageRuleBroken(String field, String message, boolean conflict) {
    super(message);
    this.field = field;
    this.conflict = conflict;
  }

  static TriageRuleBroken conflict(String field, String message) {
    return new TriageRuleBroken(field, message, true);
  }

  static TriageRuleBroken invalid(String field, String message) {
    return new TriageRuleBroken(field, message, false);
  }

  public String field() {
    return field;
  }

  public boolean isConflict() {
    return conflict;
  }
}
