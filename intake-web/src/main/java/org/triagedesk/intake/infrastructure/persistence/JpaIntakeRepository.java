package org.triagedesk.intake.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.triagedesk.intake.domain.intake.Intake;
import org.triagedesk.intake.domain.intake.IntakeRepository;
import org.triagedesk.intake.domain.intake.IntakeStatus;
import org.triagedesk.intake.domain.intake.SubmissionKeyTaken;
import org.triagedesk.intake.domain.intake.Ticket;

@ApplicationScoped
public class JpaIntakeRepository implements IntakeRepository {

  /** Rows fetched per page when streaming a period; the persistence context is cleared between pages. */
  static final int PAGE_SIZE = 500;

  @PersistenceContext(unitName = "triage")
  private EntityManager em;

  @Override
  public Intake store(Intake intake) {
    em.persist(intake);
    intake.numberAs(Ticket.forIntakeNumber(intake.id()));
    if (intake.submissionKey().isPresent()) {
      // Written now, not at commit, so that a second request with the same key (a double tap that got
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
  public List<Intake> inQueue() {
    return em.createQuery("SELECT i FROM Intake i WHERE i.status IN :statuses", Intake.class)
        .setParameter("statuses", List.of(IntakeStatus.WAITING, IntakeStatus.CALLED))
        .getResultList();
  }

  @Override
  public Stream<Intake> arrivedBetween(Instant from, Instant to) {
    // Keyset paging on (arrivedAt, id): stable under concurrent inserts, cheap on the index, and each page
    // is read only when the previous one has been consumed. The first page starts just before the period,
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
