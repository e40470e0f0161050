/**
 * The reporting input model: immutable records describing one intake's whole triage workflow,
 * filled by the web module (from its database) and read once, row by row, by the workbook writer.
 */
package org.triagedesk.reporting.model;
