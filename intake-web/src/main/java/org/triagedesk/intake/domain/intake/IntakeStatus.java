package org.triagedesk.intake.domain.intake;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an intake is in the clinic's workflow. A patient is in the queue until seen or gone; the
 * allowed moves are the clinic's: called (may be called again or put back), taken into triage,
 * seen, or left.
 */
public enum IntakeStatus {
  /** Submitted at the kiosk or the desk, waiting to be called by a nurse. */
  WAITING,
  /** Called by a nurse, not yet in the triage room. */
  CALLED,
  /** With a nurse in triage. */
  IN_TRIAGE,
  /** Triaged and handed on: off the queue. */
  SEEN,
  /** Gone before being seen: off the queue. */
  LEFT_WITHOUT_BEING_SEEN;

  public boolean isInQueue() {
    return this == WAITING || this == CALLED || this == IN_TRIAGE;
  }

  /** The statuses this one may move to. */
  public Set<IntakeStatus> next() {
    return switch (this) {
      case WAITING -> EnumSet.of(CALLED, IN_TRIAGE, LEFT_WITHOUT_BEING_SEEN);
      // A called patient who does not answer goes back to waiting, keeping their place by arrival.
      case CALLED -> EnumSet.of(WAITING, IN_TRIAGE, LEFT_WITHOUT_BEING_SEEN);
      case IN_TRIAGE -> EnumSet.of(SEEN, LEFT_WITHOUT_BEING_SEEN);
      case SEEN, LEFT_WITHOUT_BEING_SEEN -> EnumSet.noneOf(IntakeStatus.class);
    };
  }

  public boolean canMoveTo(IntakeStatus next) {
    return next().contains(next);
  }
}
