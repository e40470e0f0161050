package org.triagedesk.intake.interfaces.rest;

/**
 * The bodies of the nurses' actions on one intake. {@code version}: the intake's version the nurse
 * saw.
 */
final class TriageRequests {

  private TriageRequests() {}

  /**
   * {"status": "IN_TRIAGE", "reason": "...", "version": 3}; a call may name the room the patient is
   * called to, {"status": "CALLED", "room": "2", "version": 3}, which shows on the waiting-room
   * screen.
   */
  public record StatusChange(String status, String room, String reason, Long version) {}

  /** {"urgency": "URGENT", "reason": "...", "confirmBelowRedFlag": false, "version": 3} */
  public record UrgencyDecision(
      String urgency, String reason, Boolean confirmBelowRedFlag, Long version) {}

  /** {"reason": "...", "version": 4} */
  public record Undo(String reason, Long version) {}
}
