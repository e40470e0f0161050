package org.triagedesk.reporting.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One intake's whole triage workflow, as the reports see it. Everything the web application may not
 * record yet is nullable; the workbook leaves such cells empty and the Summary marks the figure "not
 * recorded".
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
 * @param engineEvidence the engine's short explanation of the assessed urgency (answers and flags that led
 *     to it); may be null
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
    String engineEvidence) {

  public QueueEntry {
    Objects.requireNonNull(arrivedAt, "arrivedAt");
    Objects.requireNonNull(assessedUrgency, "assessedUrgency");
    redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
    topCauses = topCauses == null ? List.of() : List.copyOf(topCauses);
  }

  /** The urgency the clinic acted on: the final one once a nurse reviewed, the assessed one before. */
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
}
