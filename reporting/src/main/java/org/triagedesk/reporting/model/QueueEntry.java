package org.triagedesk.reporting.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One intake's whole triage workflow, as the reports see it. Everything the web application may not
 * record yet is nullable; the workbook leaves such cells empty and the Summary marks the figure
 * "not recorded".
 *
 * @param ticket the queue ticket shown to the patient (identified workbook only)
 * @param site clinic site; may be null
 * @param arrivedAt when the intake was submitted at the kiosk; required
 * @param triagedAt when a nurse started triage; may be null
 * @param calledAt when the patient was called; may be null
 * @param closedAt when the intake was closed; may be null
 * @param assessedUrgency the engine's urgency; required
 * @param finalUrgency the urgency after nurse review; may be null (not reviewed yet)
 * @param redFlags red flag ids that fired, e.g. "RF-ACS-1"; never null (null becomes empty)
 * @param topCauses cause category ids, most likely first, e.g. "MSK_STRAIN"; never null
 * @param override the nurse's override; null when there was none
 * @param status where the intake stands; may be null when the application does not record it
 * @param language kiosk language tag, e.g. "en"; may be null
 * @param patient name and birth date; may be null; never written to a de-identified workbook
 * @param ageAtArrival age in whole years at arrival; may be null
 * @param vitalSigns nurse-entered vital signs; may be null
 * @param engineEvidence the engine's short explanation of the assessed urgency (answers and flags
 *     that led to it); may be null
 * @param alertRaisedAt when the intake raised the nurses' EMERGENCY alert; null when it raised none
 * @param alertAcknowledgedAt when a nurse acknowledged that alert; null while it is open
 */
public record QueueEntry(
    String ticket,
    String site,
    Instant arrivedAt,
    Instant triagedAt,
    Instant calledAt,
    Instant closedAt,
    UrgencyLevel assessedUrgency,
    UrgencyLevel finalUrgency,
    List<String> redFlags,
    List<String> topCauses,
    NurseOverride override,
    QueueStatus status,
    String language,
    PatientIdentity patient,
    Integer ageAtArrival,
    VitalSigns vitalSigns,
    String engineEvidence,
    Instant alertRaisedAt,
    Instant alertAcknowledgedAt) {

  public QueueEntry {
    Objects.requireNonNull(arrivedAt, "arrivedAt");
    Objects.requireNonNull(assessedUrgency, "assessedUrgency");
    redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
    topCauses = topCauses == null ? List.of() : List.copyOf(topCauses);
  }

  /**
   * The urgency the clinic acted on: the final one once a nurse reviewed, the assessed one before.
   */
  public UrgencyLevel effectiveUrgency() {
    return finalUrgency != null ? finalUrgency : assessedUrgency;
  }

  /** Arrival to triage, when triage is recorded and not before arrival (a clock error). */
  public Optional<Duration> waitToTriage() {
    if (triagedAt == null || triagedAt.isBefore(arrivedAt)) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(arrivedAt, triagedAt));
  }

  /** Alert to acknowledgement, when both are recorded and in order (a clock error gives none). */
  public Optional<Duration> timeToAcknowledge() {
    if (alertRaisedAt == null
        || alertAcknowledgedAt == null
        || alertAcknowledgedAt.isBefore(alertRaisedAt)) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(alertRaisedAt, alertAcknowledgedAt));
  }

  /**
   * An entry with the two required fields; everything else starts empty (null, or no red flags and
   * causes) and is set by name, so that callers never count positions among seventeen.
   */
  public static Builder arrived(Instant arrivedAt, UrgencyLevel assessedUrgency) {
    return new Builder(arrivedAt, assessedUrgency);
  }

  /** A builder holding this entry's values, to make a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(arrivedAt, assessedUrgency);
    b.ticket = ticket;
    b.site = site;
    b.triagedAt = triagedAt;
    b.calledAt = calledAt;
    b.closedAt = closedAt;
    b.finalUrgency = finalUrgency;
    b.redFlags = redFlags;
    b.topCauses = topCauses;
    b.override = override;
    b.status = status;
    b.language = language;
    b.patient = patient;
    b.ageAtArrival = ageAtArrival;
    b.vitalSigns = vitalSigns;
    b.engineEvidence = engineEvidence;
    b.alertRaisedAt = alertRaisedAt;
    b.alertAcknowledgedAt = alertAcknowledgedAt;
    return b;
  }

  /** Sets {@link QueueEntry}'s fields by name; {@link #build()} applies the record's checks. */
  public static final class Builder {
    private String ticket;
    private String site;
    private Instant arrivedAt;
    private Instant triagedAt;
    private Instant calledAt;
    private Instant closedAt;
    private UrgencyLevel assessedUrgency;
    private UrgencyLevel finalUrgency;
    private List<String> redFlags;
    private List<String> topCauses;
    private NurseOverride override;
    private QueueStatus status;
    private String language;
    private PatientIdentity patient;
    private Integer ageAtArrival;
    private VitalSigns vitalSigns;
    private String engineEvidence;
    private Instant alertRaisedAt;
    private Instant alertAcknowledgedAt;

    private Builder(Instant arrivedAt, UrgencyLevel assessedUrgency) {
      this.arrivedAt = arrivedAt;
      this.assessedUrgency = assessedUrgency;
    }

    public Builder ticket(String ticket) {
      this.ticket = ticket;
      return this;
    }

    public Builder site(String site) {
      this.site = site;
      return this;
    }

    public Builder arrivedAt(Instant arrivedAt) {
      this.arrivedAt = arrivedAt;
      return this;
    }

    public Builder triagedAt(Instant triagedAt) {
      this.triagedAt = triagedAt;
      return this;
    }

    public Builder calledAt(Instant calledAt) {
      this.calledAt = calledAt;
      return this;
    }

    public Builder closedAt(Instant closedAt) {
      this.closedAt = closedAt;
      return this;
    }

    public Builder assessedUrgency(UrgencyLevel assessedUrgency) {
      this.assessedUrgency = assessedUrgency;
      return this;
    }

    public Builder finalUrgency(UrgencyLevel finalUrgency) {
      this.finalUrgency = finalUrgency;
      return this;
    }

    public Builder redFlags(List<String> redFlags) {
      this.redFlags = redFlags;
      return this;
    }

    public Builder topCauses(List<String> topCauses) {
      this.topCauses = topCauses;
      return this;
    }

    public Builder override(NurseOverride override) {
      this.override = override;
      return this;
    }

    public Builder status(QueueStatus status) {
      this.status = status;
      return this;
    }

    public Builder language(String language) {
      this.language = language;
      return this;
    }

    public Builder patient(PatientIdentity patient) {
      this.patient = patient;
      return this;
    }

    public Builder ageAtArrival(Integer ageAtArrival) {
      this.ageAtArrival = ageAtArrival;
      return this;
    }

    public Builder vitalSigns(VitalSigns vitalSigns) {
      this.vitalSigns = vitalSigns;
      return this;
    }

    public Builder engineEvidence(String engineEvidence) {
      this.engineEvidence = engineEvidence;
      return this;
    }

    public Builder alertRaisedAt(Instant alertRaisedAt) {
      this.alertRaisedAt = alertRaisedAt;
      return this;
    }

    public Builder alertAcknowledgedAt(Instant alertAcknowledgedAt) {
      this.alertAcknowledgedAt = alertAcknowledgedAt;
      return this;
    }

    public QueueEntry build() {
      return new QueueEntry(
          ticket,
          site,
          arrivedAt,
          triagedAt,
          calledAt,
          closedAt,
          assessedUrgency,
          finalUrgency,
          redFlags,
          topCauses,
          override,
          status,
          language,
          patient,
          ageAtArrival,
          vitalSigns,
          engineEvidence,
          alertRaisedAt,
          alertAcknowledgedAt);
    }
  }
}
