package org.triagedesk.intake.domain.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.triagedesk.assessment.Urgency;

/**
 * One patient's visit as the kiosk recorded it: who, what they answered, what the engine concluded, and
 * where the visit is in the queue. The answers and the engine's full result are kept as JSON documents so
 * that every urgency can be explained later exactly as it was computed.
 */
@Entity
@Table(name = "intake")
public class Intake {

  @Id
  @SequenceGenerator(name = "intake_seq", sequenceName = "intake_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_seq")
  private Long id;

  @Version private long version;

  @Column(name = "ticket", length = 8)
  private String ticket;

  @Column(name = "arrived_at", nullable = false)
  @Convert(converter = InstantColumn.class)
  private Instant arrivedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 32)
  private IntakeStatus status;

  @Embedded private PatientDetails patient;

  @Column(name = "protocol_id", nullable = false, length = 64)
  private String protocolId;

  @Column(name = "protocol_version", nullable = false, length = 32)
  private String protocolVersion;

  @Column(name = "answers_json", nullable = false, length = 1_000_000)
  private String answersJson;

  @Enumerated(EnumType.STRING)
  @Column(name = "assessed_urgency", nullable = false, length = 16)
  private Urgency assessedUrgency;

  @Enumerated(EnumType.STRING)
  @Column(name = "final_urgency", nullable = false, length = 16)
  private Urgency finalUrgency;

  @Column(name = "red_flags", nullable = false, length = 1000)
  @Convert(converter = IdListColumn.class)
  private List<String> redFlags;

  @Column(name = "top_causes", nullable = false, length = 1000)
  @Convert(converter = IdListColumn.class)
  private List<String> topCauses;

  @Column(name = "assessment_json", nullable = false, length = 1_000_000)
  private String assessmentJson;

  @Enumerated(EnumType.STRING)
  @Column(name = "submitted_via", nullable = false, length = 16)
  private Submitter.Channel submittedVia;

  @Column(name = "submitted_by", nullable = false, length = 110)
  private String submittedBy;

  /** Urgent questions answered "I'm not sure": assessed as yes, shown to the nurse as "not sure". */
  @Column(name = "unsure", nullable = false, length = 2000)
  @Convert(converter = IdListColumn.class)
  private List<String> unsure = List.of();

  /** The client's Idempotency-Key, when it sent one: a retry with the same key finds this intake. */
  @Column(name = "idempotency_key", length = 64)
  private String idempotencyKey;

  /** SHA-256 of what was submitted under the key, to tell a true retry from a different intake. */
  @Column(name = "request_digest", length = 64)
  private String requestDigest;

  protected Intake() {}

  public Intake(
      PatientDetails patient,
      Instant arrivedAt,
      AssessmentRecord assessment,
      String answersJson,
      Submitter submitter) {
    this.submittedVia = submitter.channel();
    this.submittedBy = submitter.name();
    this.patient = Objects.requireNonNull(patient);
    this.arrivedAt = Objects.requireNonNull(arrivedAt);
    this.status = IntakeStatus.WAITING;
    this.protocolId = assessment.protocolId();
    this.protocolVersion = assessment.protocolVersion();
    this.assessedUrgency = assessment.urgency();
    this.finalUrgency = assessment.urgency();
    this.redFlags = List.copyOf(assessment.redFlags());
    this.topCauses = List.copyOf(assessment.topCauses());
    this.assessmentJson = assessment.json();
    this.answersJson = Objects.requireNonNull(answersJson);
  }

  /** Records which yes answers were really "I'm not sure". */
  public Intake unsureOf(List<String> questionIds) {
    this.unsure = List.copyOf(questionIds);
    return this;
  }

  /** Ties the intake to the client's Idempotency-Key and the digest of what it submitted. */
  public Intake submittedUnder(SubmissionKey key) {
    this.idempotencyKey = key.key();
    this.requestDigest = key.digest();
    return this;
  }

  /** Gives the intake its ticket once the database has numbered it. */
  public void numberAs(Ticket ticket) {
    if (this.ticket != null) {
      throw new IllegalStateException("an intake keeps its first ticket");
    }
    this.ticket = ticket.code();
  }

  public Long id() {
    return id;
  }

  public Ticket ticket() {
    return new Ticket(ticket);
  }

  public Instant arrivedAt() {
    return arrivedAt;
  }

  public IntakeStatus status() {
    return status;
  }

  public PatientDetails patient() {
    return patient;
  }

  public String protocolId() {
    return protocolId;
  }

  public String protocolVersion() {
    return protocolVersion;
  }

  public String answersJson() {
    return answersJson;
  }

  public Urgency assessedUrgency() {
    return assessedUrgency;
  }

  public Urgency finalUrgency() {
    return finalUrgency;
  }

  public List<String> redFlags() {
    return redFlags;
  }

  public List<String> topCauses() {
    return topCauses;
  }

  public String assessmentJson() {
    return assessmentJson;
  }

  public List<String> unsure() {
    return unsure == null ? List.of() : unsure;
  }

  public java.util.Optional<SubmissionKey> submissionKey() {
    return idempotencyKey == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(new SubmissionKey(idempotencyKey, requestDigest));
  }

  public Submitter submitter() {
    return new Submitter(submittedVia, submittedBy);
  }
}
