package org.triagedesk.intake.application;

/**
 * The queue watch's news, once a second: whether something in the queue changed (on this server or
 * another), a heartbeat is due, or neither (a tick). Pages re-read the queue from the database on a
 * change or heartbeat, so an event carries no patient data and a missed one costs nothing; ticks
 * only let each server notice streams whose page has gone.
 */
public record QueueChanged(long mark, Kind kind) {

  public enum Kind {
    CHANGED,
    HEARTBEAT,
    TICK
  }
}
