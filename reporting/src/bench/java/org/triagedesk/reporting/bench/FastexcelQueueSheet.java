package org.triagedesk.reporting.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.triagedesk.reporting.model.NurseOverride;
import org.triagedesk.reporting.model.PatientIdentity;
import org.triagedesk.reporting.model.QueueEntry;
import org.triagedesk.reporting.model.UrgencyLevel;
import org.triagedesk.reporting.model.VitalSigns;

/**
 * The benchmark peer: the identified Queue sheet of the triage-queue workbook written with fastexcel, the same
 * 34 columns, header, widths, frozen panes, autofilter, cell types (dates as date-times, numbers as numbers) and
 * styles (number formats, wrapped text, one fill per urgency level), flushed every 100 rows as the streaming
 * writer keeps a 100-row window. fastexcel has no quote-prefix style, so text that starts like a formula is
 * written plain here (the generated intakes have none). Bench code only: fastexcel is not a dependency of the
 * shipped module.
 */
final class FastexcelQueueSheet {
  private static final String[] HEADERS = {
    "Ref", "Ticket", "Site", "Arrived", "Triaged", "Wait to triage (min)", "Called", "Closed", "Alert raised",
    "Alert acknowledged", "Time to acknowledge (min)", "Assessed urgency",
    "Final urgency", "Red flags", "Cause 1", "Cause 2", "Cause 3", "Override from", "Override to",
    "Override reason", "Overridden by", "Overridden at", "Status", "Language", "Given name", "Family name",
    "Birth date", "Age", "Heart rate (/min)", "Resp. rate (/min)", "SpO2 (%)", "Systolic BP right (mmHg)",
    "Systolic BP left (mmHg)", "Temperature (°C)"
  };
  private static final int[] WIDTHS = {7, 10, 14, 17, 17, 10, 17, 17, 17, 17, 10, 12, 12, 22, 20, 20, 20, 12, 12, 40, 14, 17,
    14, 9, 16, 16, 11, 6, 11, 11, 11, 11, 11, 11};

  private final ZoneId zone;
  private Worksheet sheet;
  private int row;

  FastexcelQueueSheet(ZoneId zone) {
    this.zone = zone;
  }

  long write(Iterator<QueueEntry> entries, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Triage Desk", "1.0");
    sheet = workbook.newWorksheet("Queue");
    for (int c = 0; c < HEADERS.length; c++) {
      sheet.width(c, WIDTHS[c]);
      sheet.value(0, c, HEADERS[c]);
      sheet.style(0, c).bold().wrapText(true).verticalAlignment("top").fillColor("C0C0C0").set();
    }
    sheet.rowHeight(0, 30);
    sheet.freezePane(1, 1);
    long ref = 0;
    row = 1;
    while (entries.hasNext()) {
      QueueEntry e = entries.next();
      ref++;
      integer(0, ref);
      text(1, e.ticket());
      text(2, e.site());
      dateTime(3, e.arrivedAt());
      dateTime(4, e.triagedAt());
      decimal(5, e.waitToTriage().map(w -> w.toSeconds() / 60.0).orElse(null));
      dateTime(6, e.calledAt());
      dateTime(7, e.closedAt());
      dateTime(8, e.alertRaisedAt());
      dateTime(9, e.alertAcknowledgedAt());
      decimal(10, e.timeToAcknowledge().map(w -> w.toSeconds() / 60.0).orElse(null));
      urgency(11, e.assessedUrgency());
      if (e.finalUrgency() == null) {
        text(12, "not reviewed");
      } else {
        urgency(12, e.finalUrgency());
      }
      wrapped(13, e.redFlags().isEmpty() ? null : String.join(", ", e.redFlags()));
      for (int rank = 0; rank < 3; rank++) {
        text(14 + rank, rank < e.topCauses().size() ? e.topCauses().get(rank) : null);
      }
      NurseOverride o = e.override();
      if (o != null) {
        urgency(17, o.from());
        urgency(18, o.to());
        wrapped(19, o.reason());
        text(20, o.by());
        dateTime(21, o.at());
      }
      text(22, e.status() == null ? null : e.status().name());
      text(23, e.language());
      PatientIdentity p = e.patient();
      if (p != null) {
        text(24, p.givenName());
        text(25, p.familyName());
        date(26, p.birthDate());
      }
      integer(27, e.ageAtArrival());
      VitalSigns v = e.vitalSigns();
      if (v != null) {
        integer(28, v.heartRate());
        integer(29, v.respiratoryRate());
        integer(30, v.spo2());
        integer(31, v.systolicBpRight());
        integer(32, v.systolicBpLeft());
        decimal(33, v.temperatureC());
      }
      row++;
      if (row % 100 == 0) {
        sheet.flush();
      }
    }
    sheet.setAutoFilter(0, 0, Math.max(row - 1, 1), HEADERS.length - 1);
    sheet.finish();
    workbook.finish();
    return ref;
  }

  private void text(int column, String value) {
    if (value != null) {
      sheet.value(row, column, value);
    }
  }

  private void wrapped(int column, String value) {
    if (value != null) {
      sheet.value(row, column, value);
      sheet.style(row, column).wrapText(true).verticalAlignment("top").set();
    }
  }

  private void integer(int column, Number value) {
    if (value != null) {
      sheet.value(row, column, value);
      sheet.style(row, column).format("0").set();
    }
  }

  private void decimal(int column, Number value) {
    if (value != null) {
      sheet.value(row, column, value);
      sheet.style(row, column).format("0.0").set();
    }
  }

  private void dateTime(int column, Instant value) {
    if (value != null) {
      sheet.value(row, column, value.atZone(zone).toLocalDateTime());
      sheet.style(row, column).format("yyyy-mm-dd hh:mm").set();
    }
  }

  private void date(int column, LocalDate value) {
    if (value != null) {
      sheet.value(row, column, value);
      sheet.style(row, column).format("yyyy-mm-dd").set();
    }
  }

  private void urgency(int column, UrgencyLevel level) {
    if (level == null) {
      return;
    }
    sheet.value(row, column, level.name());
    var style = sheet.style(row, column).fillColor(fill(level)).horizontalAlignment("center");
    if (level == UrgencyLevel.EMERGENCY) {
      style.bold().fontColor("FFFFFF");
    }
    style.set();
  }

  private static String fill(UrgencyLevel level) {
    return switch (level) {
      case EMERGENCY -> "C00000";
      case URGENT -> "F48C06";
      case SOON -> "FFE066";
      case ROUTINE -> "9BD77E";
      case SELF_CARE -> "9DC3E6";
    };
  }

  static List<String> headers() {
    return List.of(HEADERS);
  }
}
