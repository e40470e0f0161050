package org.triagedesk.intake.application;

import java.util.List;

/** One page of the queue: its lines, and how many the filter matches in all. */
public record QueuePage(List<QueueLine> entries, long total, int page, int size) {}
