package org.triagedesk.assessment;

import java.util.List;

/**
 * What the patient is told: the message for the urgency level, advice items for the level and the
 * top cause, and the safety net (null at EMERGENCY, where the questionnaire stops and staff take
 * over).
 */
public record Advice(
    List<AdviceItem> items, LocalizedText safetyNet, LocalizedText urgencyMessage) {

  public Advice {
    items = List.copyOf(items);
  }
}
