package org.triagedesk.intake.application;

/**
 * Something in the queue changed (on this server or another), or a heartbeat is due: pages re-read the
 * queue from the database on either, so an event carries no patient data and a missed one costs nothing.
 */
public record QueueChanged(long mark, boolean heartbeat) {}
