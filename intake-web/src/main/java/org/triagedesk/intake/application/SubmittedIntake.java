package org.triagedesk.intake.application;

import java.util.List;
import java.util.Map;
import org.triagedesk.assessment.Urgency;

/**
 * What the kiosk tells the patient once the intake is safely stored: the ticket, the level (which
 * picks the kiosk's "what to do now"), and the protocol's plain-language message, advice and safety
 * net for it. Red flags, ranked causes, scores and sources stay on the staff side ({@code GET
 * /api/intakes/{id}}).
 */
public record SubmittedIntake(
    long id,
    String ticket,
    Urgency urgency,
    Map<String, String> message,
    List<Map<String, String>> advice,
    Map<String, String> safetyNet) {

  static SubmittedIntake of(long id, String ticket, AssessmentDocument assessment) {
    AssessmentDocument.AdviceText advice = assessment.advice();
    return new SubmittedIntake(
        id,
        ticket,
        assessment.urgency(),
        advice == null ? null : advice.urgencyMessage(),
        advice == null
            ? List.of()
            : advice.items().stream().map(AssessmentDocument.Item::text).toList(),
        advice == null ? null : advice.safetyNet());
  }
}
