package org.triagedesk.intake.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.triagedesk.intake.domain.kiosk.Kiosk;
import org.triagedesk.intake.domain.kiosk.KioskSecret;
import org.triagedesk.intake.domain.kiosk.Kiosks;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaKiosks implements Kiosks {

  @PersistenceContext(unitName = "triage")
  private EntityManager em;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public Kiosk add(Kiosk kiosk) {
    em.persist(kiosk);
    return kiosk;
  }

  @Override
  public Optional<Kiosk> find(long id) {
    return Optional.ofNullable(em.find(Kiosk.class, id));
  }

  @Override
  public Optional<Kiosk> withName(String name) {
    return em.createQuery("SELECT k FROM Kiosk k WHERE k.name = :name", Kiosk.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Kiosk> withToken(KioskSecret token) {
    return em.createQuery(
            "SELECT k FROM Kiosk k WHERE k.tokenHash = :hash AND k.revokedAt IS NULL", Kiosk.class)
        .setParameter("hash", token.digest())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Kiosk> withEnrolmentCode(KioskSecret code) {
    return em.createQuery("SELECT k FROM Kiosk k WHERE k.enrolmentCodeHash = :hash", Kiosk.class)
        .setParameter("hash", code.digest())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Kiosk> all() {
    return em.createQuery("SELECT k FROM Kiosk k ORDER BY k.name", Kiosk.class).getResultList();
  }
}
