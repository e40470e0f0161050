package org.triagedesk.intake.domain.kiosk;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.triagedesk.intake.domain.shared.InstantWithZoneColumn;

/**
 * A check-in device an admin enrolled. It proves itself with a token (an API client sends it as a
 * Bearer token; the kiosk page holds it in an HttpOnly cookie set at enrolment). A revoked kiosk
 * submits nothing.
 */
@Entity
@Table(name = "kiosk")
public class Kiosk {

  @Id
  @SequenceGenerator(name = "kiosk_seq", sequenceName = "kiosk_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kiosk_seq")
  private Long id;

  @Version private long version;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(name = "enrolment_code_hash", length = 64)
  private String enrolmentCodeHash;

  @Column(name = "enrolment_expires_at")
  @Convert(converter = InstantWithZoneColumn.class)
  private Instant enrolmentExpiresAt;

  @Column(name = "created_at", nullable = false)
  @Convert(converter = InstantWithZoneColumn.class)
  private Instant createdAt;

  @Column(name = "enrolled_at")
  @Convert(converter = InstantWithZoneColumn.class)
  private Instant enrolledAt;

  @Column(name = "revoked_at")
  @Convert(converter = InstantWithZoneColumn.class)
  private Instant revokedAt;

  protected Kiosk() {}

  /** A kiosk waiting for its device: the one-time enrolment code works until {@code expiresAt}. */
  public Kiosk(String name, KioskSecret enrolmentCode, Instant now, Instant expiresAt) {
    this.name = Objects.requireNonNull(name);
    this.createdAt = now;
    offerEnrolment(enrolmentCode, expiresAt);
  }

  /** A new one-time enrolment code; the device that uses it gets a fresh token. */
  public void offerEnrolment(KioskSecret enrolmentCode, Instant expiresAt) {
    this.enrolmentCodeHash = enrolmentCode.digest();
    this.enrolmentExpiresAt = expiresAt;
  }

  public boolean acceptsEnrolment(Instant now) {
    return revokedAt == null && enrolmentCodeHash != null && now.isBefore(enrolmentExpiresAt);
  }

  /**
   * Uses up the enrolment code and gives the kiosk this token (any earlier token stops working).
   */
  public void enrol(KioskSecret token, Instant now) {
    if (!acceptsEnrolment(now)) {
      throw new IllegalStateException("kiosk " + id + " takes no enrolment now");
    }
    this.tokenHash = token.digest();
    this.enrolmentCodeHash = null;
    this.enrolmentExpiresAt = null;
    this.enrolledAt = now;
  }

  /** Gives the kiosk a token directly, for an API client (shown once to the admin). */
  public void issueToken(KioskSecret token, Instant now) {
    if (revokedAt != null) {
      throw new IllegalStateException("a revoked kiosk gets no token");
    }
    this.tokenHash = token.digest();
    this.enrolledAt = now;
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
    tokenHash = null;
    enrolmentCodeHash = null;
    enrolmentExpiresAt = null;
  }

  public boolean isActive() {
    return revokedAt == null && tokenHash != null;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant enrolledAt() {
    return enrolledAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }

  public Instant enrolmentExpiresAt() {
    return enrolmentExpiresAt;
  }
}
