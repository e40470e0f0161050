package org.triagedesk.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.triagedesk.intake.domain.audit.AuditAction;
import org.triagedesk.intake.domain.audit.AuditEvent;
import org.triagedesk.intake.domain.audit.AuditQuery;
import org.triagedesk.intake.domain.audit.AuditTrail;
import org.triagedesk.intake.domain.audit.Outcome;

/** Admins search the audit trail and download what they found. Searches are themselves audited. */
@ApplicationScoped
public class AuditSearch {

  static final int MAX_PAGE_SIZE = 500;

  @Inject AuditTrail trail;
  @Inject Audit audit;

  /** The clinic's clock: a search by day means the clinic's day. */
  @Inject Clock clock;

  public record Page(long total, int page, int pageSize, List<AuditEventView> events) {}

  /**
   * The query from request parameters, each optional: intake id, actor, action, and dates
   * (YYYY-MM-DD, inclusive, in the clinic's zone) or instants (ISO-8601).
   */
  public AuditCriteria criteria(
      String intake, String actor, String action, String from, String to) {
    Map<String, String> problems = new LinkedHashMap<>();
    Long intakeId = null;
    if (present(intake)) {
      try {
        intakeId = Long.parseLong(intake.strip());
      } catch (NumberFormatException e) {
        problems.put("intake", "must be an intake number");
      }
    }
    AuditAction actionFilter = null;
    if (present(action)) {
      try {
        actionFilter = AuditAction.valueOf(action.strip());
      } catch (IllegalArgumentException e) {
        problems.put("action", "is not an audited action");
      }
    }
    Instant start = present(from) ? instant(from, false, "from", problems) : null;
    Instant end = present(to) ? instant(to, true, "to", problems) : null;
    if (start != null && end != null && !start.isBefore(end)) {
      problems.put("from", "must be before to");
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequest("The audit search cannot be run as asked.", problems);
    }
    return new AuditCriteria(
        new AuditQuery(intakeId, present(actor) ? actor.strip() : null, actionFilter, start, end));
  }

  @Transactional
  public Page search(AuditCriteria criteria, int page, int pageSize, Caller admin) {
    AuditQuery query = criteria.query;
    if (page < 0 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new InvalidRequest(
          "The audit search cannot be run as asked.",
          Map.of(
              page < 0 ? "page" : "size",
              page < 0 ? "must be 0 or more" : "must be 1 to " + MAX_PAGE_SIZE));
    }
    long total = trail.count(query);
    List<AuditEventView> events =
        trail.search(query, page, pageSize).stream().map(AuditEventView::of).toList();
    audit.record(
        admin,
        AuditAction.AUDIT_SEARCHED,
        query.intakeId(),
        Outcome.SUCCESS,
        describe(query) + " rows=" + events.size());
    return new Page(total, page, pageSize, events);
  }

  /** Every matching record as CSV (RFC 4180), newest first, written as it is read. */
  @Transactional
  public long writeCsv(AuditCriteria criteria, OutputStream out, Caller admin) throws IOException {
    AuditQuery query = criteria.query;
    long rows = 0;
    Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    csv.write("id,occurred_at,actor,roles,action,intake,client_address,outcome,detail\r\n");
    try (Stream<AuditEvent> events = trail.stream(query)) {
      for (AuditEvent e : (Iterable<AuditEvent>) events::iterator) {
        csv.write(
            String.join(
                ",",
                Long.toString(e.id()),
                e.occurredAt().toString(),
                cell(e.actor()),
                cell(e.actorRoles()),
                e.action().name(),
                e.intakeId() == null ? "" : e.intakeId().toString(),
                cell(e.clientAddress()),
                e.outcome().name(),
                cell(e.detail())));
        csv.write("\r\n");
        rows++;
      }
    }
    csv.flush();
    audit.record(
        admin,
        AuditAction.AUDIT_SEARCHED,
        query.intakeId(),
        Outcome.SUCCESS,
        describe(query) + " csv rows=" + rows);
    return rows;
  }

  /** Quoted, and a leading = + - @ neutralised, so a spreadsheet never runs a cell as a formula. */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text = value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0 ? value : "'" + value;
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  private static String describe(AuditQuery query) {
    return "intake="
        + query.intakeId()
        + " actor="
        + (query.actor() == null ? null : "given")
        + " action="
        + query.action()
        + " from="
        + query.from()
        + " to="
        + query.to();
  }

  private Instant instant(
      String value, boolean endOfDay, String field, Map<String, String> problems) {
    String text = value.strip();
    try {
      if (text.length() == 10) {
        LocalDate day = LocalDate.parse(text);
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay(clock.getZone()).toInstant();
      }
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      problems.put(field, "must be a date YYYY-MM-DD or an instant like 2026-12-03T09:00:00Z");
      return null;
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
