package org.triagedesk.intake.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.triagedesk.intake.domain.shared.InstantWithZoneColumn;

/**
 * One line of the append-only audit trail: when, who (and in which role), what, on which intake,
 * from where, and how it ended. It has no setters: once written it is never changed. The detail
 * holds parameters and counts, never patient data or secrets.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  static final int DETAIL_LENGTH = 1000;

  @Id
  @SequenceGenerator(
      name = "audit_event_seq",
      sequenceName = "audit_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  @Convert(converter = InstantWithZoneColumn.class)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, length = 110, updatable = false)
  private String actor;

  @Column(name = "actor_roles", nullable = false, length = 64, updatable = false)
  private String actorRoles;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 40, updatable = false)
  private AuditAction action;

  @Column(name = "intake_id", updatable = false)
  private Long intakeId;

  @Column(name = "client_address", length = 64, updatable = false)
  private String clientAddress;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 16, updatable = false)
  private Outcome outcome;

  @Column(name = "detail", length = DETAIL_LENGTH, updatable = false)
  private String detail;

  protected AuditEvent() {}

  public AuditEvent(
      Instant occurredAt,
      Actor actor,
      AuditAction action,
      Long intakeId,
      Outcome outcome,
      String detail) {
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.actor = clip(actor.name(), 110);
    this.actorRoles = clip(actor.rolesText(), 64);
    this.clientAddress = actor.clientAddress() == null ? null : clip(actor.clientAddress(), 64);
    this.action = Objects.requireNonNull(action);
    this.intakeId = intakeId;
    this.outcome = Objects.requireNonNull(outcome);
    this.detail = detail == null ? null : clip(detail, DETAIL_LENGTH);
  }

  private static String clip(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String actorRoles() {
    return actorRoles;
  }

  public AuditAction action() {
    return action;
  }

  public Long intakeId() {
    return intakeId;
  }

  public String clientAddress() {
    return clientAddress;
  }

  public Outcome outcome() {
    return outcome;
  }

  public String detail() {
    return detail;
  }
}
