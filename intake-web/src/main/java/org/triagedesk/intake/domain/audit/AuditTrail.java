package org.triagedesk.intake.domain.audit;

import java.util.List;
import java.util.stream.Stream;

/**
 * The append-only audit trail. There is deliberately no way to change or remove an event. The
 * domain owns this interface; infrastructure implements it.
 */
public interface AuditTrail {

  void record(AuditEvent event);

  /** Newest first, one page. */
  List<AuditEvent> search(AuditQuery query, int page, int pageSize);

  long count(AuditQuery query);

  /** Every matching event, newest first, read a page at a time. */
  Stream<AuditEvent> stream(AuditQuery query);
}
