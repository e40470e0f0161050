package org.triagedesk.assessment.protocol;

import java.util.List;
import org.triagedesk.assessment.LocalizedText;
import org.triagedesk.assessment.Urgency;

/**
 * "Missing is not no". An intake whose urgent-screen questions are not all answered is at least
 * {@code urgentScreenMinimum} and names them; SELF_CARE needs evidence (urgent screen answered and
 * the top cause's {@code selfCareNeeds} answered), else at least {@code selfCareMinimum} with
 * {@code selfCareNote}. Urgent-screen questions with a display condition (follow-ups such as where
 * the discomfort is) are not counted: an unanswered follow-up is handled by the rules themselves.
 */
public record MissingAnswerRules(
    Urgency urgentScreenMinimum,
    LocalizedText urgentScreenNote,
    Urgency selfCareMinimum,
    LocalizedText selfCareNote,
    List<String> sources) {

  public MissingAnswerRules {
    sources = List.copyOf(sources);
  }
}
