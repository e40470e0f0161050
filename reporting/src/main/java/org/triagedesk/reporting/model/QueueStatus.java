package org.triagedesk.reporting.model;

/** Where an intake stands in the triage queue. */
public enum QueueStatus {
  WAITING,
  CALLED,
  IN_TRIAGE,
  CLOSED,
  LEFT_WITHOUT_BEING_SEEN
}
