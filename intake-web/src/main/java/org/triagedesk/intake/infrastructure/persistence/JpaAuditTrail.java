package org.triagedesk.intake.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.triagedesk.intake.domain.audit.AuditEvent;
import org.triagedesk.intake.domain.audit.AuditQuery;
import org.triagedesk.intake.domain.audit.AuditTrail;

/** The audit trail in the {@code audit_event} table: insert and read, nothing else. */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

  static final int PAGE_SIZE = 500;

  @PersistenceContext(unitName = "triage")
  private EntityManager em;

  /** Joins the caller's transaction, so an action and its audit record commit or fail together. */
  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public void record(AuditEvent event) {
    em.persist(event);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEvent> search(AuditQuery query, int page, int pageSize) {
    return query(
            query,
            "SELECT e FROM AuditEvent e",
            " ORDER BY e.occurredAt DESC, e.id DESC",
            AuditEvent.class)
        .setFirstResult(page * pageSize)
        .setMaxResults(pageSize)
        .getResultList();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public long count(AuditQuery query) {
    return query(query, "SELECT COUNT(e) FROM AuditEvent e", "", Long.class).getSingleResult();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Stream<AuditEvent> stream(AuditQuery query) {
    return Stream.iterate(0, page -> page + 1)
        .map(page -> search(query, page, PAGE_SIZE))
        .takeWhile(rows -> !rows.isEmpty())
        .flatMap(List::stream);
  }

  private <T> TypedQuery<T> query(AuditQuery query, String select, String order, Class<T> type) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    StringBuilder where = new StringBuilder();
    if (query.intakeId() != null) {
      where.append(" AND e.intakeId = :intake");
      parameters.put("intake", query.intakeId());
    }
    if (query.actor() != null) {
      where.append(" AND e.actor = :actor");
      parameters.put("actor", query.actor());
    }
    if (query.action() != null) {
      where.append(" AND e.action = :action");
      parameters.put("action", query.action());
    }
    if (query.from() != null) {
      where.append(" AND e.occurredAt >= :from");
      parameters.put("from", query.from());
    }
    if (query.to() != null) {
      where.append(" AND e.occurredAt < :to");
      parameters.put("to", query.to());
    }
    String jpql = select + (where.isEmpty() ? "" : " WHERE" + where.substring(4)) + order;
    TypedQuery<T> typed = em.createQuery(jpql, type);
    parameters.forEach(typed::setParameter);
    return typed;
  }
}
