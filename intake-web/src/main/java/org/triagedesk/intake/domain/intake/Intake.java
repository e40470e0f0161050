package org.triagedesk.intake.domain.intake;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.triagedesk.assessment.Urgency;
import org.triagedesk.intake.domain.intake.IntakeChange.Kind;
import org.triagedesk.intake.domain.shared.InstantWithZoneColumn;

/**
 * One patient's visit as the kiosk recorded it: who, what they answered, what the engine concluded,
 * and where the visit is in the queue. The answers and the engine's full result are kept as JSON
 * documents so that every urgency can be explained later exactly as it was computed.
 *
 * <p>The nurses' work happens here too (as Cargo Tracker's cargo handles its own itinerary): status
 * moves, confirming or overriding the urgency, vital signs with a re-assessment, acknowledging an
 * emergency alert, and undoing the last change. Each appends a line to the history; services
 * orchestrate and audit.
 */
@Entity
@Table(name = "intake")
public class Intake {

  private static final DateTimeFormatter CLOCK_TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

  @Id
  @SequenceGenerator(name = "intake_seq", sequenceName = "intake_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "intake_seq")
  private Long id;

  @Version private long version;

  @Column(name = "ticket", length = 8)
  private String ticket;

  @Column(name = "arrived_at", nullable = false)
  @Convert(converter = InstantWithZoneColumn.class)
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

  /**
   * Empty until a nurse confirms or overrides the urgency: reports must never count the engine as a
   * review.
   */
  @Enumerated(EnumType.STRING)
  @Column(name = "final_urgency", length = 16)
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

  /**
   * The queue's sort key, kept in the row so that the database orders and pages the queue with an
   * index: the effective urgency's rank (0 = EMERGENCY) while the patient is in the queue, empty
   * once off it, so months of closed intakes sit outside the part of the index the queue reads.
   */
  @Column(name = "queue_rank")
  private Integer queueRank;

  @Column(name = "called_at")
  @Convert(converter = InstantWithZoneColumn.class)
  private Instant calledAt;

  /** The room the patient was last called to (shown on the waiting-room screen with the ticket). */
  @Column(name = "call_room", length = 16)
  private String callRoom;

  @Column(name = "room_called_at")
  @Convert(converter = InstantWithZoneColumn.class)
  private Instant roomCalledAt;

  @Column(name = "triaged_at")
  @Convert(converter = InstantWithZoneColumn.class)
  private Instant triagedAt;

  @Column(name = "closed_at")
  @Convert(converter = InstantWithZoneColumn.class)
  private Instant closedAt;

  @Column(name = "reviewed_by", length = 110)
  private String reviewedBy;

  @Column(name = "reviewed_at")
  @Convert(converter = InstantWithZoneColumn.class)
  private Instant reviewedAt;

  @Column(name = "override_reason", length = 1000)
  private String overrideReason;

  /** The nurse's urgency is below a fired red flag's minimum, on purpose: stays highlighted. */
  @Column(name = "below_red_flag", nullable = false)
  private boolean belowRedFlag;

  @Embedded private VitalSigns vitals;

  @Column(name = "vitals_at")
  @Convert(converter = InstantWithZoneColumn.class)
  private Instant vitalsAt;

  @Column(name = "vitals_by", length = 110)
  private String vitalsBy;

  @Column(name = "alert_raised_at")
  @Convert(converter = InstantWithZoneColumn.class)
  private Instant alertRaisedAt;

  @Column(name = "alert_acknowledged_at")
  @Convert(converter = InstantWithZoneColumn.class)
  private Instant alertAcknowledgedAt;

  @Column(name = "alert_acknowledged_by", length = 110)
  private String alertAcknowledgedBy;

  /** Who changed the intake last and when: named in the 409 a nurse with a stale copy gets. */
  @Column(name = "changed_by", length = 110)
  private String changedBy;

  @Column(name = "changed_at")
  @Convert(converter = InstantWithZoneColumn.class)
  private Instant changedAt;

  @OneToMany(mappedBy = "intake", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<IntakeChange> history = new ArrayList<>();

  /**
   * Urgent questions answered "I'm not sure": assessed as yes, shown to the nurse as "not sure".
   */
  @Column(name = "unsure", nullable = false, length = 2000)
  @Convert(converter = IdListColumn.class)
  private List<String> unsure = List.of();

  /**
   * The client's Idempotency-Key, when it sent one: a retry with the same key finds this intake.
   */
  @Column(name = "idempotency_key", length = 64)
  private String idempotencyKey;

  /** SHA-256 of what was submitted under the key, to tell a true retry from a different intake. */
  @Column(name = "request_digest", length = 64)
  private String requestDigest;

  /**
   * When the retention job removed who the patient was (see {@link #deidentify}); empty until then.
   */
  @Column(name = "deidentified_at")
  @Convert(converter = InstantWithZoneColumn.class)
  private Instant deidentifiedAt;

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
    this.finalUrgency = null;
    this.queueRank = assessment.urgency().ordinal();
    if (assessment.urgency() == Urgency.EMERGENCY) {
      this.alertRaisedAt = arrivedAt;
    }
    this.redFlags = List.copyOf(assessment.redFlags());
    this.topCauses = List.copyOf(assessment.topCauses());
    this.assessmentJson = assessment.json();
    this.answersJson = Objects.requireNonNull(answersJson);
  }

  // ---- the nurses' actions
  // ------------------------------------------------------------------------

  /**
   * Refuses to act on what the nurse saw if someone changed the intake since: never a silently lost
   * update. {@code seen} null means the caller did not say (a measurement or acknowledgement, which
   * never overwrite).
   */
  public void checkUnchangedSince(Long seen) {
    if (seen != null && seen != version) {
      throw TriageRuleBroken.conflict(
          "version",
          "Ticket "
              + ticket
              + " was changed by "
              + (changedBy == null ? "someone else" : changedBy)
              + (changedAt == null ? "" : " at " + CLOCK_TIME.format(changedAt) + " UTC")
              + " after you loaded it (version "
              + seen
              + ", now "
              + version
              + "). Reload and check before acting.");
    }
  }

  /**
   * Calls the patient to a room: the move to CALLED, and the room with the time for the
   * waiting-room screen (a second call, after being put back to waiting, is announced again).
   */
  public void callTo(String room, String reason, String by, Instant at) {
    String where = blankToNull(room);
    if (where == null || !ROOM.matcher(where).matches()) {
      throw TriageRuleBroken.invalid(
          "room",
          "A room is 1 to 16 letters, digits, spaces or '-' (e.g. \"2\" or \"Triage 1\"): it is shown on the"
              + " waiting-room screen.");
    }
    moveTo(IntakeStatus.CALLED, reason, by, at);
    callRoom = where;
    roomCalledAt = at;
  }

  private static final java.util.regex.Pattern ROOM =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N} -]{1,16}");

  /** Moves the patient along the clinic's workflow; an impossible move is refused saying why. */
  public void moveTo(IntakeStatus next, String reason, String by, Instant at) {
    Objects.requireNonNull(next);
    if (!status.canMoveTo(next)) {
      throw TriageRuleBroken.conflict(
          "status",
          "Ticket "
              + ticket
              + " is "
              + status
              + ": it cannot move to "
              + next
              + (status.next().isEmpty()
                  ? " (it is off the queue; undo the last change instead)"
                  : " (possible: " + status.next() + ")")
              + ".");
    }
    IntakeStatus before = status;
    status = next;
    switch (next) {
      case CALLED -> calledAt = calledAt == null ? at : calledAt;
      case IN_TRIAGE -> triagedAt = triagedAt == null ? at : triagedAt;
      case SEEN, LEFT_WITHOUT_BEING_SEEN -> closedAt = at;
      case WAITING -> {}
    }
    record(
        new IntakeChange(
            this,
            at,
            by,
            Kind.STATUS,
            before.name(),
            next.name(),
            blankToNull(reason),
            null,
            null,
            null));
  }

  /**
   * Sets the final urgency: a confirmation when it equals the engine's, an override otherwise
   * (which needs a reason). Going below {@code redFlagFloor} (the highest minimum of the fired red
   * flags) needs the nurse's explicit confirmation and stays highlighted.
   */
  public void setFinalUrgency(
      Urgency urgency,
      String reason,
      boolean confirmedBelowRedFlag,
      Urgency redFlagFloor,
      String by,
      Instant at) {
    Objects.requireNonNull(urgency);
    String why = blankToNull(reason);
    if (urgency != assessedUrgency && why == null) {
      throw TriageRuleBroken.invalid(
          "reason",
          "An override needs a reason: say why "
              + urgency
              + " and not the engine's "
              + assessedUrgency
              + ".");
    }
    boolean below = redFlagFloor != null && redFlagFloor.isMoreUrgentThan(urgency);
    if (below && !confirmedBelowRedFlag) {
      throw TriageRuleBroken.invalid(
          "confirmBelowRedFlag",
          "A red flag that fired asks for at least "
              + redFlagFloor
              + ". To set "
              + urgency
              + " anyway, confirm it explicitly (confirmBelowRedFlag: true) and give the reason.");
    }
    if (!status.isInQueue()) {
      throw TriageRuleBroken.conflict(
          "status", "Ticket " + ticket + " is " + status + ": off the queue.");
    }
    Urgency before = finalUrgency;
    finalUrgency = urgency;
    reviewedBy = by;
    reviewedAt = at;
    overrideReason = why;
    belowRedFlag = below;
    record(
        new IntakeChange(
            this,
            at,
            by,
            Kind.URGENCY,
            nameOf(before),
            urgency.name(),
            why,
            below ? "below red-flag minimum " + redFlagFloor + ", confirmed" : null,
            null,
            null));
  }

  /**
   * A nurse's measurement and the engine's new result on the answers plus these vitals. The earlier
   * result is kept in the history. If the urgency rises above the nurse's final one, that review no
   * longer holds: the final urgency is cleared so the row moves up and asks for review again;
   * reaching EMERGENCY raises the alert.
   */
  public void recordVitals(
      VitalSigns measured, AssessmentRecord reassessment, String by, Instant at) {
    if (!status.isInQueue()) {
      throw TriageRuleBroken.conflict(
          "status", "Ticket " + ticket + " is " + status + ": off the queue.");
    }
    Urgency wasEffective = urgency();
    Urgency wasAssessed = assessedUrgency;
    String superseded = assessmentJson;
    vitals = measured.over(vitals());
    vitalsAt = at;
    vitalsBy = by;
    assessedUrgency = reassessment.urgency();
    redFlags = List.copyOf(reassessment.redFlags());
    topCauses = List.copyOf(reassessment.topCauses());
    assessmentJson = reassessment.json();
    protocolVersion = reassessment.protocolVersion();
    if (finalUrgency != null && assessedUrgency.isMoreUrgentThan(finalUrgency)) {
      finalUrgency = null;
      reviewedBy = null;
      reviewedAt = null;
      overrideReason = null;
      belowRedFlag = false;
    }
    record(
        new IntakeChange(
            this,
            at,
            by,
            Kind.VITALS,
            wasAssessed.name(),
            assessedUrgency.name(),
            null,
            vitals.toString(),
            null,
            superseded));
    if (urgency() == Urgency.EMERGENCY && wasEffective != Urgency.EMERGENCY) {
      alertRaisedAt = at;
      alertAcknowledgedAt = null;
      alertAcknowledgedBy = null;
      record(
          new IntakeChange(
              this,
              at,
              by,
              Kind.ALERT_RAISED,
              wasEffective.name(),
              Urgency.EMERGENCY.name(),
              null,
              "escalated by vital signs",
              null,
              null));
    }
  }

  /**
   * A nurse has seen the emergency alert; the time from raising to acknowledging is kept for
   * reports.
   */
  public void acknowledgeAlert(String by, Instant at) {
    if (!hasOpenAlert()) {
      throw TriageRuleBroken.conflict(
          "alert",
          alertAcknowledgedAt != null
              ? "The alert for ticket "
                  + ticket
                  + " was already acknowledged by "
                  + alertAcknowledgedBy
                  + "."
              : "Ticket " + ticket + " has no open emergency alert.");
    }
    alertAcknowledgedAt = at;
    alertAcknowledgedBy = by;
    record(
        new IntakeChange(
            this,
            at,
            by,
            Kind.ACKNOWLEDGED,
            null,
            null,
            null,
            "after " + Duration.between(alertRaisedAt, at).toSeconds() + " s",
            null,
            null));
  }

  /** Reverses the last status move or urgency decision not yet undone; a reason is required. */
  public void undoLastChange(String reason, String by, Instant at) {
    String why = blankToNull(reason);
    if (why == null) {
      throw TriageRuleBroken.invalid("reason", "Say why the last change is undone.");
    }
    if (deidentifiedAt != null) {
      // It would put a patient without a name back in the queue.
      throw TriageRuleBroken.conflict(
          "history", "Ticket " + ticket + " was de-identified by the retention job.");
    }
    IntakeChange last =
        lastUndoable()
            .orElseThrow(
                () ->
                    TriageRuleBroken.conflict(
                        "history", "Ticket " + ticket + " has no change to undo."));
    if (last.kind() == Kind.STATUS) {
      IntakeStatus undone = IntakeStatus.valueOf(last.after());
      status = IntakeStatus.valueOf(last.before());
      switch (undone) {
        case CALLED -> calledAt = last.occurredAt().equals(calledAt) ? null : calledAt;
        case IN_TRIAGE -> triagedAt = last.occurredAt().equals(triagedAt) ? null : triagedAt;
        case SEEN, LEFT_WITHOUT_BEING_SEEN -> closedAt = null;
        case WAITING -> {}
      }
    } else {
      // The decision before the undone one, if any, holds again.
      Optional<IntakeChange> previous = standing(Kind.URGENCY, last);
      finalUrgency = previous.map(c -> Urgency.valueOf(c.after())).orElse(null);
      reviewedBy = previous.map(IntakeChange::actor).orElse(null);
      reviewedAt = previous.map(IntakeChange::occurredAt).orElse(null);
      overrideReason = previous.map(IntakeChange::reason).orElse(null);
      belowRedFlag = previous.map(c -> c.detail() != null).orElse(false);
    }
    record(
        new IntakeChange(
            this,
            at,
            by,
            Kind.UNDONE,
            last.after(),
            last.before(),
            why,
            last.kind().name(),
            last.id(),
            null));
  }

  private Optional<IntakeChange> lastUndoable() {
    return standing(null, null).filter(IntakeChange::isUndoable);
  }

  /**
   * The latest change still standing (not undone): of {@code kind} if given, and before {@code
   * before} if given. Undo lines themselves are never undone; undo again to go one step further
   * back.
   */
  private Optional<IntakeChange> standing(Kind kind, IntakeChange before) {
    List<Long> undone =
        history.stream().map(IntakeChange::undoes).filter(Objects::nonNull).toList();
    int from = before == null ? history.size() - 1 : history.indexOf(before) - 1;
    for (int i = from; i >= 0; i--) {
      IntakeChange change = history.get(i);
      if (change.kind() == Kind.UNDONE
          || !change.isUndoable()
          || (change.id() != null && undone.contains(change.id()))) {
        continue;
      }
      if (kind == null || change.kind() == kind) {
        return Optional.of(change);
      }
    }
    return Optional.empty();
  }

  private void record(IntakeChange change) {
    history.add(change);
    changedBy = change.actor();
    changedAt = change.occurredAt();
    queueRank = status.isInQueue() ? urgency().ordinal() : null;
  }

  private static String nameOf(Urgency urgency) {
    return urgency == null ? null : urgency.name();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  // ---- reading
  // --------------------------------------------------------------------------------------

  /** The urgency the queue acts on: the nurse's once reviewed, the engine's until then. */
  public Urgency urgency() {
    return finalUrgency != null ? finalUrgency : assessedUrgency;
  }

  public boolean hasOpenAlert() {
    return alertRaisedAt != null && alertAcknowledgedAt == null && status.isInQueue();
  }

  public long version() {
    return version;
  }

  public Optional<Instant> calledAt() {
    return Optional.ofNullable(calledAt);
  }

  public Optional<String> callRoom() {
    return Optional.ofNullable(callRoom);
  }

  public Optional<Instant> roomCalledAt() {
    return Optional.ofNullable(roomCalledAt);
  }

  public Optional<Instant> triagedAt() {
    return Optional.ofNullable(triagedAt);
  }

  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }

  public Optional<String> reviewedBy() {
    return Optional.ofNullable(reviewedBy);
  }

  public Optional<Instant> reviewedAt() {
    return Optional.ofNullable(reviewedAt);
  }

  public Optional<String> overrideReason() {
    return Optional.ofNullable(overrideReason);
  }

  public boolean isBelowRedFlag() {
    return belowRedFlag;
  }

  /** Never null: an intake without measurements has empty vital signs. */
  public VitalSigns vitals() {
    return vitals == null ? VitalSigns.none() : vitals;
  }

  public Optional<Instant> vitalsAt() {
    return Optional.ofNullable(vitalsAt);
  }

  public Optional<String> vitalsBy() {
    return Optional.ofNullable(vitalsBy);
  }

  public Optional<Instant> alertRaisedAt() {
    return Optional.ofNullable(alertRaisedAt);
  }

  public Optional<Instant> alertAcknowledgedAt() {
    return Optional.ofNullable(alertAcknowledgedAt);
  }

  public Optional<String> alertAcknowledgedBy() {
    return Optional.ofNullable(alertAcknowledgedBy);
  }

  public Optional<String> changedBy() {
    return Optional.ofNullable(changedBy);
  }

  public Optional<Instant> changedAt() {
    return Optional.ofNullable(changedAt);
  }

  public List<IntakeChange> history() {
    return List.copyOf(history);
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

  /**
   * Retention: removes who the patient was, once the intake has left the queue, and keeps what the
   * clinic's statistics and the review of the rules need (times, statuses, answers, assessment,
   * urgencies, the nurses' decisions). Names become "removed", the phone goes, the birth date keeps
   * its year only (the age group), and the Idempotency-Key and request digest go (the digest was
   * computed from the names). Returns false, changing nothing, for an intake still in the queue (a
   * nurse needs the name) or already de-identified.
   */
  public boolean deidentify(Instant at) {
    if (queueRank != null || deidentifiedAt != null) {
      return false;
    }
    patient.deidentify();
    idempotencyKey = null;
    requestDigest = null;
    deidentifiedAt = Objects.requireNonNull(at);
    return true;
  }

  public Optional<Instant> deidentifiedAt() {
    return Optional.ofNullable(deidentifiedAt);
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

  /** The patient's age when they arrived, on the clinic's calendar. */
  public int ageOnArrival(ZoneId clinicZone) {
    return patient.ageAt(arrivedAt, clinicZone);
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

  /** Empty until a nurse confirms or overrides the urgency. */
  public Optional<Urgency> finalUrgency() {
    return Optional.ofNullable(finalUrgency);
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
