package org.triagedesk.assessment.protocol;

import java.util.List;
import org.triagedesk.assessment.LocalizedText;

/**
 * A page of the questionnaire. {@code staffOnly} sections (vital signs) are never shown at the
 * kiosk; the {@code urgentScreen} section is asked first and re-evaluated after each answer. {@code
 * checklists} group some of the section's yes/no questions on one kiosk screen (never in the urgent
 * section).
 */
public record Section(
    String id,
    LocalizedText title,
    List<Question> questions,
    boolean staffOnly,
    boolean urgentScreen,
    List<Checklist> checklists) {

  public Section {
    questions = List.copyOf(questions);
    checklists = List.copyOf(checklists);
  }
}
