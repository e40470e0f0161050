package org.triagedesk.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.triagedesk.reporting.model.NurseOverride;
import org.triagedesk.reporting.model.PatientIdentity;
import org.triagedesk.reporting.model.QueueEntry;
import org.triagedesk.reporting.model.VitalSigns;

/** The columns of the Queue sheet, for the identified or the de-identified variant. */
final class QueueColumns {
  private QueueColumns() {}

  static List<Column<NumberedEntry>> of(boolean deidentified) {
    List<Column<NumberedEntry>> columns = new ArrayList<>();
    columns.add(new Column<>("Ref", 7, (c, i, r) -> c.integer(i, r.ref())));
    if (!deidentified) {
      columns.add(entry("Ticket", 10, (c, i, e) -> c.text(i, e.ticket())));
    }
    columns.add(entry("Site", 14, (c, i, e) -> c.text(i, e.site())));
    columns.add(entry("Arrived", 17, (c, i, e) -> c.dateTime(i, e.arrivedAt())));
    columns.add(entry("Triaged", 17, (c, i, e) -> c.dateTime(i, e.triagedAt())));
    columns.add(
        entry(
            "Wait to triage (min)",
            10,
            (c, i, e) ->
                c.decimal(i, e.waitToTriage().map(w -> w.toSeconds() / 60.0).orElse(null))));
    columns.add(entry("Called", 17, (c, i, e) -> c.dateTime(i, e.calledAt())));
    columns.add(entry("Closed", 17, (c, i, e) -> c.dateTime(i, e.closedAt())));
    columns.add(entry("Alert raised", 17, (c, i, e) -> c.dateTime(i, e.alertRaisedAt())));
    columns.add(
        entry("Alert acknowledged", 17, (c, i, e) -> c.dateTime(i, e.alertAcknowledgedAt())));
    columns.add(
        entry(
            "Time to acknowledge (min)",
            10,
            (c, i, e) ->
                c.decimal(i, e.timeToAcknowledge().map(w -> w.toSeconds() / 60.0).orElse(null))));
    columns.add(entry("Assessed urgency", 12, (c, i, e) -> c.urgency(i, e.assessedUrgency())));
    columns.add(entry("Final urgency", 12, QueueColumns::finalUrgency));
    columns.add(entry("Red flags", 22, (c, i, e) -> c.wrappedText(i, joined(e.redFlags()))));
    for (int rank = 0; rank < 3; rank++) {
      int r = rank;
      columns.add(entry("Cause " + (rank + 1), 20, (c, i, e) -> c.text(i, nth(e.topCauses(), r))));
    }
    columns.add(override("Override from", 12, (c, i, o) -> c.urgency(i, o.from())));
    columns.add(override("Override to", 12, (c, i, o) -> c.urgency(i, o.to())));
    columns.add(override("Override reason", 40, (c, i, o) -> c.wrappedText(i, o.reason())));
    if (!deidentified) {
      // A staff name plus a time points back at one patient visit: left out when de-identified.
      columns.add(override("Overridden by", 14, (c, i, o) -> c.text(i, o.by())));
    }
    columns.add(override("Overridden at", 17, (c, i, o) -> c.dateTime(i, o.at())));
    columns.add(
        entry("Status", 14, (c, i, e) -> c.text(i, e.status() == null ? null : e.status().name())));
    columns.add(entry("Language", 9, (c, i, e) -> c.text(i, e.language())));
    if (deidentified) {
      columns.add(entry("Age band", 9, (c, i, e) -> c.text(i, AgeBand.of(e.ageAtArrival()))));
    } else {
      columns.add(patient("Given name", 16, (c, i, p) -> c.text(i, p.givenName())));
      columns.add(patient("Family name", 16, (c, i, p) -> c.text(i, p.familyName())));
      columns.add(patient("Birth date", 11, (c, i, p) -> c.date(i, p.birthDate())));
      columns.add(entry("Age", 6, (c, i, e) -> c.integer(i, e.ageAtArrival())));
    }
    columns.add(vital("Heart rate (/min)", VitalSigns::heartRate));
    columns.add(vital("Resp. rate (/min)", VitalSigns::respiratoryRate));
    columns.add(vital("SpO2 (%)", VitalSigns::spo2));
    columns.add(vital("Systolic BP right (mmHg)", VitalSigns::systolicBpRight));
    columns.add(vital("Systolic BP left (mmHg)", VitalSigns::systolicBpLeft));
    columns.add(
        entry(
            "Temperature (°C)",
            11,
            (c, i, e) ->
                c.decimal(i, e.vitalSigns() == null ? null : e.vitalSigns().temperatureC())));
    return List.copyOf(columns);
  }

  /**
   * Empty means no nurse has confirmed or overridden the engine's level yet: the report says so in
   * words.
   */
  static final String NOT_REVIEWED = "not reviewed";

  private static void finalUrgency(RowWriter cells, int column, QueueEntry entry) {
    if (entry.finalUrgency() == null) {
      cells.text(column, NOT_REVIEWED);
    } else {
      cells.urgency(column, entry.finalUrgency());
    }
  }

  static String joined(List<String> ids) {
    return ids.isEmpty() ? null : String.join(", ", ids);
  }

  private static String nth(List<String> ids, int index) {
    return index < ids.size() ? ids.get(index) : null;
  }

  private static Column<NumberedEntry> entry(
      String header, int width, Column.CellValue<QueueEntry> value) {
    return new Column<>(header, width, (c, i, r) -> value.write(c, i, r.entry()));
  }

  private static Column<NumberedEntry> override(
      String header, int width, Column.CellValue<NurseOverride> value) {
    return entry(
        header,
        width,
        (c, i, e) -> {
          if (e.override() != null) {
            value.write(c, i, e.override());
          }
        });
  }

  private static Column<NumberedEntry> patient(
      String header, int width, Column.CellValue<PatientIdentity> value) {
    return entry(
        header,
        width,
        (c, i, e) -> {
          if (e.patient() != null) {
            value.write(c, i, e.patient());
          }
        });
  }

  private static Column<NumberedEntry> vital(String header, Function<VitalSigns, Integer> value) {
    return entry(
        header,
        11,
        (c, i, e) -> c.integer(i, e.vitalSigns() == null ? null : value.apply(e.vitalSigns())));
  }
}
