package org.triagedesk.assessment.protocol;

import java.util.List;
import org.triagedesk.assessment.LocalizedText;
import org.triagedesk.assessment.Urgency;

/**
 * A red flag: when {@code when} holds it sets at least {@code minimum}, raised further by the first
 * matching escalations, inside its time {@code window} (may be null). {@code category} may be null
 * (the flag points at no single cause); when one of {@code alsoCategories} ranks higher than {@code
 * category}, the flag reports that one instead.
 */
public record RedFlagRule(
    String id,
    LocalizedText description,
    String category,
    List<String> alsoCategories,
    Criterion when,
    Urgency minimum,
    List<Escalation> escalations,
    List<String> sources,
    RedFlagWindow window) {

  public RedFlagRule(
      String id,
      LocalizedText description,
      String category,
      List<String> alsoCategories,
      Criterion when,
      Urgency minimum,
      List<Escalation> escalations,
      List<String> sources) {
    this(id, description, category, alsoCategories, when, minimum, escalations, sources, null);
  }

  public RedFlagRule {
    alsoCategories = alsoCategories == null ? List.of() : List.copyOf(alsoCategories);
    escalations = escalations == null ? List.of() : List.copyOf(escalations);
    sources = List.copyOf(sources);
  }
}
