package org.triagedesk.intake.domain.intake;

import java.util.List;
import java.util.Objects;
import org.triagedesk.assessment.Urgency;

/**
 * What an intake keeps of the engine's result: the figures the queue and reports sort and count by,
 * and the whole result as JSON for explanation and review.
 */
public record AssessmentRecord(
    String protocolId,
    String protocolVersion,
    Urgency urgency,
    List<String> redFlags,
    List<String> topCauses,
    String json) {

  public AssessmentRecord {
    Objects.requireNonNull(protocolId);
    Objects.requireNonNull(protocolVersion);
    Objects.requireNonNull(urgency);
    redFlags = List.copyOf(redFlags);
    topCauses = List.copyOf(topCauses);
    Objects.requireNonNull(json);
  }
}
