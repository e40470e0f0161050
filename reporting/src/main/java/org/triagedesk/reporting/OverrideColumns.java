package org.triagedesk.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of the Overrides sheet: the engine's evidence beside the nurse's reason, so
 * clinicians can review the rules where nurses disagreed with them.
 */
final class OverrideColumns {
  private OverrideColumns() {}

  /** Rows are entries that have an override; the caller never passes others. */
  static List<Column<NumberedEntry>> of(boolean deidentified) {
    List<Column<NumberedEntry>> columns = new ArrayList<>();
    columns.add(new Column<>("Ref", 7, (c, i, r) -> c.integer(i, r.ref())));
    if (!deidentified) {
      columns.add(new Column<>("Ticket", 10, (c, i, r) -> c.text(i, r.entry().ticket())));
    }
    columns.add(new Column<>("Site", 14, (c, i, r) -> c.text(i, r.entry().site())));
    columns.add(new Column<>("Arrived", 17, (c, i, r) -> c.dateTime(i, r.entry().arrivedAt())));
    columns.add(new Column<>("From", 12, (c, i, r) -> c.urgency(i, r.entry().override().from())));
    columns.add(new Column<>("To", 12, (c, i, r) -> c.urgency(i, r.entry().override().to())));
    columns.add(new Column<>("Direction", 10, (c, i, r) -> c.text(i, direction(r))));
    columns.add(
        new Column<>(
            "Engine evidence", 50, (c, i, r) -> c.wrappedText(i, r.entry().engineEvidence())));
    columns.add(
        new Column<>(
            "Nurse's reason", 45, (c, i, r) -> c.wrappedText(i, r.entry().override().reason())));
    columns.add(
        new Column<>(
            "Red flags",
            22,
            (c, i, r) -> c.wrappedText(i, QueueColumns.joined(r.entry().redFlags()))));
    columns.add(
        new Column<>(
            "Top causes",
            30,
            (c, i, r) -> c.wrappedText(i, QueueColumns.joined(r.entry().topCauses()))));
    if (!deidentified) {
      columns.add(
          new Column<>("Overridden by", 14, (c, i, r) -> c.text(i, r.entry().override().by())));
    }
    columns.add(
        new Column<>("Overridden at", 17, (c, i, r) -> c.dateTime(i, r.entry().override().at())));
    if (deidentified) {
      columns.add(
          new Column<>(
              "Age band", 9, (c, i, r) -> c.text(i, AgeBand.of(r.entry().ageAtArrival()))));
    }
    return List.copyOf(columns);
  }

  private static String direction(NumberedEntry row) {
    if (row.entry().override().isUp()) {
      return "up";
    }
    return row.entry().override().isDown() ? "down" : "same";
  }
}
