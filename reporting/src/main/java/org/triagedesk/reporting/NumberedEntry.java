package org.triagedesk.reporting;

import org.triagedesk.reporting.model.QueueEntry;

/**
 * A queue entry with its reference in this report (1, 2, ...). The reference links an Overrides row
 * to its Queue row and is the only row key of a de-identified workbook, where tickets are left out.
 */
record NumberedEntry(long ref, QueueEntry entry) {}
