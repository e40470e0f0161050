package org.triagedesk.intake.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.triagedesk.assessment.Urgency;

/**
 * One intake in full, for handing over to another system (FHIR): who the patient is, every answer
 * as the engine took it, the engine's current result, the nurse's decisions and measurements, and
 * the history. Plain values only, so that a wire format can be built from it without touching the
 * entity.
 *
 * <p>{@code status} is the clinic's status name (WAITING, CALLED, IN_TRIAGE, SEEN,
 * LEFT_WITHOUT_BEING_SEEN); {@code causeNames} gives each cause category in the clinic's words.
 */
public record IntakeRecord(
    long id,
    String ticket,
    Instant arrivedAt,
    String status,
    Instant closedAt,
    Patient patient,
    String protocolId,
    String protocolVersion,
    Map<String, Object> answers,
    List<String> unsure,
    AssessmentDocument assessment,
    Instant assessedAt,
    Urgency finalUrgency,
    String overrideReason,
    String reviewedBy,
    Instant reviewedAt,
    Map<String, Object> vitals,
    Instant vitalsAt,
    String vitalsBy,
    Instant alertRaisedAt,
    Instant alertAcknowledgedAt,
    String alertAcknowledgedBy,
    List<IntakeDetail.HistoryLine> history,
    Map<String, String> causeNames) {

  /** Who the patient says they are: identifying data, never logged. */
  public record Patient(
      String givenName, String familyName, LocalDate birthDate, String language, String phone) {
    @Override
    public String toString() {
      return "Patient[redacted]";
    }
  }

  public IntakeRecord {
    answers =
        answers == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
    unsure = unsure == null ? List.of() : List.copyOf(unsure);
    vitals =
        vitals == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vitals));
    history = history == null ? List.of() : List.copyOf(history);
    causeNames = causeNames == null ? Map.of() : Map.copyOf(causeNames);
  }

  /** The urgency the clinic acts on: the nurse's once reviewed, the engine's until then. */
  public Urgency urgency() {
    return finalUrgency != null ? finalUrgency : assessment.urgency();
  }

  /** A cause category in the clinic's words (its id when the clinic has no words for it). */
  public String causeName(String category) {
    return causeNames.getOrDefault(category, category);
  }
}
