package org.triagedesk.intake.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.triagedesk.intake.domain.staff.StaffAccount;
import org.triagedesk.intake.domain.staff.StaffAccounts;
import org.triagedesk.intake.domain.staff.StaffRole;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaStaffAccounts implements StaffAccounts {

  @PersistenceContext(unitName = "triage")
  private EntityManager em;

  @Override
  public StaffAccount add(StaffAccount account) {
    em.persist(account);
    return account;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<StaffAccount> withUsername(String username) {
    return em.createQuery(
            "SELECT a FROM StaffAccount a WHERE a.username = :username", StaffAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<StaffAccount> all() {
    return em.createQuery("SELECT a FROM StaffAccount a ORDER BY a.username", StaffAccount.class)
        .getResultList();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean anyEnabledAdmin() {
    return em.createQuery(
                "SELECT COUNT(a) FROM StaffAccount a JOIN a.roles r WHERE a.enabled = TRUE AND r = :admin",
                Long.class)
            .setParameter("admin", StaffRole.ADMIN)
            .getSingleResult()
        > 0;
  }
}
