package org.triagedesk.intake.domain.intake;

/** Where an intake is in the clinic's workflow. */
public enum IntakeStatus {
  /** Submitted at the kiosk, waiting to be called by a nurse. */
  WAITING,
  /** Called by a nurse. */
  CALLED,
  /** Seen and closed. */
  CLOSED,
  /** Closed because the patient left before being seen. */
  LEFT_WITHOUT_BEING_SEEN;

  public boolean isInQueue() {
    return this == WAITING || this == CALLED;
  }
}
