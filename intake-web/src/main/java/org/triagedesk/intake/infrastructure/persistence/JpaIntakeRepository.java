package org.triagedesk.intake.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.triagedesk.assessment.Urgency;
import org.triagedesk.intake.domain.intake.Intake;
import org.triagedesk.intake.domain.intake.IntakeRepository;
import org.triagedesk.intake.domain.intake.IntakeStatus;
import org.triagedesk.intake.domain.intake.SubmissionKeyTaken;
import org.triagedesk.intake.domain.intake.Ticket;
import org.triagedesk.intake.domain.intake.TriageRuleBroken;

@ApplicationScoped
public class JpaIntakeRepository implements IntakeRepository {

  /**
   * Rows fetched per page when streaming a period. Nothing here clears the persistence context: the
   * memory stays at about one page because the caller reads outside any transaction (ReportService
   * is not transactional, and its workbook is written while the response streams), where the
   * container gives each query a persistence context of its own and detaches its intakes once read.
   * Called inside a transaction, every page read would stay managed until it ends;
   * ReportServiceTest guards the caller.
   */
  static final int PAGE_SIZE = 500;

  @PersistenceContext(unitName = "triage")
  private EntityManager em;

  @Override
  public Intake store(Intake intake) {
    em.persist(intake);
    intake.numberAs(Ticket.forIntakeNumber(intake.id()));
    if (intake.submissionKey().isPresent()) {
      // Written now, not at commit, so that a second request with the same key (a double tap that
      // got
      // past the look-up) fails here, where it can be told apart from any other failure.
      try {
        em.flush();
      } catch (PersistenceException e) {
        if (isUniqueViolation(e)) {
          throw new SubmissionKeyTaken(e);
        }
        throw e;
      }
    }
    return intake;
  }

  @Override
  public Optional<Intake> findBySubmissionKey(String idempotencyKey) {
    return em.createQuery("SELECT i FROM Intake i WHERE i.idempotencyKey = :key", Intake.class)
        .setParameter("key", idempotencyKey)
        .getResultStream()
        .findFirst();
  }

  /** SQLSTATE 23505 (unique violation) on H2 and PostgreSQL alike. */
  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Optional<Intake> find(long id) {
    return Optional.ofNullable(em.find(Intake.class, id));
  }

  @Override
  public List<Intake> queue(IntakeStatus status, Urgency urgency, int first, int max) {
    // queue_rank is set only while an intake is in the queue: the index (queue_rank, arrived_at,
    // id) holds
    // the queue in order at its front, and months of closed intakes (rank empty) are never read.
    // Written as
    // "queue_rank >= 0", not "IS NOT NULL": H2 2.2 scans the whole table for the latter (EXPLAIN),
    // a range
    // on the index's first column it reads from the index.
    TypedQuery<Intake> query =
        em.createQuery(
                "SELECT i FROM Intake i WHERE "
                    + filter(status, urgency)
                    + " ORDER BY i.queueRank, i.arrivedAt, i.id",
                Intake.class)
            .setFirstResult(first)
            .setMaxResults(max);
    bind(query, status, urgency);
    return query.getResultList();
  }

  @Override
  public long queueSize(IntakeStatus status, Urgency urgency) {
    TypedQuery<Long> query =
        em.createQuery(
            "SELECT COUNT(i) FROM Intake i WHERE " + filter(status, urgency), Long.class);
    bind(query, status, urgency);
    return query.getSingleResult();
  }

  private static String filter(IntakeStatus status, Urgency urgency) {
    return (urgency == null ? "i.queueRank >= 0" : "i.queueRank = :rank")
        + (status == null ? "" : " AND i.status = :status");
  }

  private static void bind(TypedQuery<?> query, IntakeStatus status, Urgency urgency) {
    if (urgency != null) {
      query.setParameter("rank", urgency.ordinal());
    }
    if (status != null) {
      query.setParameter("status", status);
    }
  }

  @Override
  public List<Intake> calledToRoomSince(Instant since) {
    // queue_rank >= 0 keeps the read inside the queue's part of the index (see queueMark).
    return em.createQuery(
            "SELECT i FROM Intake i WHERE i.queueRank >= 0 AND i.status = :called AND i.roomCalledAt >= :since"
                + " ORDER BY i.roomCalledAt DESC, i.id DESC",
            Intake.class)
        .setParameter("called", IntakeStatus.CALLED)
        .setParameter("since", since)
        .setMaxResults(20)
        .getResultList();
  }

  @Override
  public List<Intake> withOpenAlert() {
    return em.createQuery(
            "SELECT i FROM Intake i WHERE i.queueRank >= 0 AND i.alertRaisedAt IS NOT NULL"
                + " AND i.alertAcknowledgedAt IS NULL ORDER BY i.alertRaisedAt, i.id",
            Intake.class)
        .getResultList();
  }

  @Override
  public List<Intake> dueForDeidentification(Instant cutoff, int max) {
    // The (arrived_at, id) index serves the range; intakes still in the queue are left to the
    // nurses.
    return em.createQuery(
            "SELECT i FROM Intake i WHERE i.arrivedAt < :cutoff AND i.queueRank IS NULL"
                + " AND i.deidentifiedAt IS NULL ORDER BY i.arrivedAt, i.id",
            Intake.class)
        .setParameter("cutoff", cutoff)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public QueueMark queueMark() {
    Object[] open =
        em.createQuery(
                "SELECT COUNT(i), SUM(i.version) FROM Intake i WHERE i.queueRank >= 0",
                Object[].class)
            .getSingleResult();
    Long last = em.createQuery("SELECT MAX(i.id) FROM Intake i", Long.class).getSingleResult();
    return new QueueMark(
        last == null ? 0 : last,
        open[0] == null ? 0 : ((Number) open[0]).longValue(),
        open[1] == null ? 0 : ((Number) open[1]).longValue());
  }

  @Override
  public QueueFigures queueFigures() {
    Map<Urgency, Long> inQueue = new EnumMap<>(Urgency.class);
    for (Object[] row :
        em.createQuery(
                "SELECT i.queueRank, COUNT(i) FROM Intake i WHERE i.queueRank >= 0 GROUP BY i.queueRank",
                Object[].class)
            .getResultList()) {
      inQueue.put(Urgency.values()[((Number) row[0]).intValue()], ((Number) row[1]).longValue());
    }
    Map<Urgency, Instant> oldestWaiting = new EnumMap<>(Urgency.class);
    // Native SQL: in JPQL, EclipseLink runs MIN(arrivedAt) through the column's converter, which
    // PostgreSQL's
    // aggregate (a java.sql.Timestamp) breaks; the raw value is turned into an instant below
    // instead.
    @SuppressWarnings("unchecked")
    List<Object[]> oldestRows =
        em.createNativeQuery(
                "SELECT queue_rank, MIN(arrived_at) FROM intake WHERE queue_rank >= 0 AND status = ?"
                    + " GROUP BY queue_rank")
            .setParameter(1, IntakeStatus.WAITING.name())
            .getResultList();
    for (Object[] row : oldestRows) {
      Instant oldest = instant(row[1]);
      if (oldest != null) {
        oldestWaiting.put(Urgency.values()[((Number) row[0]).intValue()], oldest);
      }
    }
    long openAlerts =
        em.createQuery(
                "SELECT COUNT(i) FROM Intake i WHERE i.queueRank >= 0 AND i.alertRaisedAt IS NOT NULL"
                    + " AND i.alertAcknowledgedAt IS NULL",
                Long.class)
            .getSingleResult();
    return new QueueFigures(inQueue, oldestWaiting, openAlerts);
  }

  /**
   * An aggregate over a converted column comes back as the converter's result or as the column's
   * type.
   */
  private static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof java.time.OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof java.sql.Timestamp time) {
      return time.toInstant();
    }
    return null;
  }

  @Override
  public void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      // Another nurse's change committed between our read and our write.
      throw new TriageRuleBroken(
          "version",
          "Someone else changed this patient at the same moment. Reload and check before acting.",
          true);
    }
  }

  @Override
  public Stream<Intake> arrivedBetween(Instant from, Instant to) {
    // Keyset paging on (arrivedAt, id): stable under concurrent inserts, cheap on the index, and
    // each page
    // is read only when the previous one has been consumed. The first page starts just before the
    // period,
    // so one query shape serves every page.
    List<Intake> first = page(from, to, from.minusSeconds(1), 0);
    return Stream.iterate(
            first,
            page -> !page.isEmpty(),
            page -> page.size() < PAGE_SIZE ? List.of() : nextPage(from, to, page))
        .flatMap(List::stream);
  }

  private List<Intake> nextPage(Instant from, Instant to, List<Intake> previous) {
    Intake last = previous.get(previous.size() - 1);
    return page(from, to, last.arrivedAt(), last.id());
  }

  private List<Intake> page(Instant from, Instant to, Instant afterArrival, long afterId) {
    return em.createQuery(
            "SELECT i FROM Intake i WHERE i.arrivedAt >= :from AND i.arrivedAt < :to"
                + " AND (i.arrivedAt > :afterArrival"
                + " OR (i.arrivedAt = :afterArrival AND i.id > :afterId))"
                + " ORDER BY i.arrivedAt, i.id",
            Intake.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("afterArrival", afterArrival)
        .setParameter("afterId", afterId)
        .setMaxResults(PAGE_SIZE)
        .getResultList();
  }
}
