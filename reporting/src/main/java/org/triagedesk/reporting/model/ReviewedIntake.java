package org.triagedesk.reporting.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One intake as the rule review sees it: what the engine concluded and why, and what the nurse
 * decided.
 *
 * @param arrivedAt when the intake arrived; required
 * @param assessedUrgency the engine's urgency; required
 * @param finalUrgency the nurse's urgency; null while not reviewed (such intakes count as fired,
 *     not compared)
 * @param redFlags red-flag ids that fired; never null
 * @param topCauses cause categories, most likely first; never null
 * @param overrideReason the nurse's reason for a different level; may be null; free text,
 *     de-identified before it is written
 * @param identifiers the patient's own words that must never appear in the workbook (names, phone),
 *     used to de-identify the reason; never written
 * @param arrivalToAcknowledgement for an EMERGENCY (the engine's or the nurse's), arrival to the
 *     nurse's acknowledgement of the alert; null for any other intake or while not acknowledged
 * @param answers the answers as "question=value" (one per value of a multi-choice answer); never
 *     null
 */
public record ReviewedIntake(
    Instant arrivedAt,
    UrgencyLevel assessedUrgency,
    UrgencyLevel finalUrgency,
    List<String> redFlags,
    List<String> topCauses,
    String overrideReason,
    List<String> identifiers,
    Duration arrivalToAcknowledgement,
    List<String> answers) {

  public ReviewedIntake {
    Objects.requireNonNull(arrivedAt, "arrivedAt");
    Objects.requireNonNull(assessedUrgency, "assessedUrgency");
    redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
    topCauses = topCauses == null ? List.of() : List.copyOf(topCauses);
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    answers = answers == null ? List.of() : List.copyOf(answers);
  }

  /**
   * Levels the nurse moved the urgency: positive when the nurse set it higher (the engine
   * under-assessed), negative when lower (over-assessed), 0 when confirmed; empty when not
   * reviewed.
   */
  public java.util.OptionalInt levelsRaised() {
    return finalUrgency == null
        ? java.util.OptionalInt.empty()
        : java.util.OptionalInt.of(assessedUrgency.ordinal() - finalUrgency.ordinal());
  }

  @Override
  public String toString() {
    return "ReviewedIntake[" + assessedUrgency + "->" + finalUrgency + "]";
  }
}
