/**
 * Figures for the Summary sheet, accumulated one queue entry at a time in bounded memory (counters
 * and per-minute histograms, never lists of entries), so a report of any size streams.
 */
package org.triagedesk.reporting.summary;
