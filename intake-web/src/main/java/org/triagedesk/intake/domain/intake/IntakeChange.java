package org.triagedesk.intake.domain.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.triagedesk.intake.domain.shared.InstantWithZoneColumn;

/**
 * One line of an intake's history: who changed what, when, from what to what, and why. Never
 * updated or deleted: an undo is a new line that points at the line it reverses, so the history
 * shows both.
 */
@Entity
@Table(name = "intake_change")
public class IntakeChange {

  /** What kind of change a history line records. Names are stored: add new ones, never rename. */
  public enum Kind {
    /** A status move; before and after are statuses. */
    STATUS,
    /**
     * A nurse confirmed or overrode the urgency; before and after are urgencies (before may be
     * empty).
     */
    URGENCY,
    /** Vital signs measured and the engine re-run; before and after are the assessed urgencies. */
    VITALS,
    /** An emergency alert raised by an escalation (arrivals raise theirs with the intake). */
    ALERT_RAISED,
    /** A nurse acknowledged the emergency alert. */
    ACKNOWLEDGED,
    /**
     * A nurse undid an earlier change ({@code undoes}); before and after are that change's,
     * swapped.
     */
    UNDONE
  }

  @Id
  @SequenceGenerator(
      name = "intake_change_seq",
      sequenceName = "intake_change_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_change_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "intake_id", nullable = false, updatable = false)
  private Intake intake;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  @Convert(converter = InstantWithZoneColumn.class)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, length = 110, updatable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 16, updatable = false)
  private Kind kind;

  @Column(name = "before_value", length = 40, updatable = false)
  private String before;

  @Column(name = "after_value", length = 40, updatable = false)
  private String after;

  @Column(name = "reason", length = 1000, updatable = false)
  private String reason;

  /** Measurements or other short facts of the change (never identifying data). */
  @Column(name = "detail", length = 1000, updatable = false)
  private String detail;

  @Column(name = "undoes", updatable = false)
  private Long undoes;

  /** For a re-assessment: the engine's earlier result, kept as it was. */
  @Column(name = "superseded_assessment_json", length = 1_000_000, updatable = false)
  private String supersededAssessmentJson;

  protected IntakeChange() {}

  IntakeChange(
      Intake intake,
      Instant occurredAt,
      String actor,
      Kind kind,
      String before,
      String after,
      String reason,
      String detail,
      Long undoes,
      String supersededAssessmentJson) {
    this.intake = Objects.requireNonNull(intake);
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.actor = Objects.requireNonNull(actor);
    this.kind = Objects.requireNonNull(kind);
    this.before = before;
    this.after = after;
    this.reason = reason;
    this.detail = detail;
    this.undoes = undoes;
    this.supersededAssessmentJson = supersededAssessmentJson;
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

  public Kind kind() {
    return kind;
  }

  public String before() {
    return before;
  }

  public String after() {
    return after;
  }

  public String reason() {
    return reason;
  }

  public String detail() {
    return detail;
  }

  public Long undoes() {
    return undoes;
  }

  public String supersededAssessmentJson() {
    return supersededAssessmentJson;
  }

  boolean isUndoable() {
    return kind == Kind.STATUS || kind == Kind.URGENCY;
  }
}
