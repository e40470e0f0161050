package org.triagedesk.intake.domain.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.triagedesk.intake.domain.shared.InstantWithZoneColumn;

/**
 * A member of staff who logs in. The password is kept only as the platform's PBKDF2 hash; this
 * class never sees a plain password.
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

  @Id
  @SequenceGenerator(
      name = "staff_account_seq",
      sequenceName = "staff_account_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_account_seq")
  private Long id;

  @Version private long version;

  @Column(name = "username", nullable = false, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 100)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 16)
  private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

  @Column(name = "created_at", nullable = false)
  @Convert(converter = InstantWithZoneColumn.class)
  private Instant createdAt;

  /** Last change of password, roles or status: sessions opened before it end. */
  @Column(name = "changed_at", nullable = false)
  @Convert(converter = InstantWithZoneColumn.class)
  private Instant changedAt;

  protected StaffAccount() {}

  public StaffAccount(
      String username, String displayName, String passwordHash, Set<StaffRole> roles, Instant now) {
    this.username = Objects.requireNonNull(username);
    this.displayName = Objects.requireNonNull(displayName);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.roles = roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles);
    this.enabled = true;
    this.createdAt = now;
    this.changedAt = now;
  }

  public void changePassword(String newHash, Instant now) {
    this.passwordHash = Objects.requireNonNull(newHash);
    this.changedAt = now;
  }

  public void assignRoles(Set<StaffRole> newRoles, Instant now) {
    this.roles.clear();
    this.roles.addAll(newRoles);
    this.changedAt = now;
  }

  public void enable(boolean enabled, Instant now) {
    this.enabled = enabled;
    this.changedAt = now;
  }

  public void rename(String displayName, Instant now) {
    this.displayName = Objects.requireNonNull(displayName);
    this.changedAt = now;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean enabled() {
    return enabled;
  }

  public Set<StaffRole> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant changedAt() {
    return changedAt;
  }

  @Override
  public String toString() {
    return "StaffAccount[" + username + ", roles=" + roles + ", enabled=" + enabled + "]";
  }
}
