package org.triagedesk.assessment.protocol;

import java.util.List;
import org.triagedesk.assessment.Urgency;

/**
 * A likely-cause category: its scoring features, the urgency it sets when it ranks first (default,
 * or the first matching urgency rule), and, optionally, categories it outranks when {@code
 * outranksWhen} holds (e.g. a radicular distribution ranks NERVE_ROOT above a strain). {@code
 * selfCareNeeds} lists the questions that define the cause: SELF_CARE for it needs them answered.
 */
public record CauseRule(
    String category,
    Urgency defaultUrgency,
    List<UrgencyRule> urgencyRules,
    List<CauseFeature> features,
    List<String> outranks,
    Criterion outranksWhen,
    List<String> sources,
    List<String> selfCareNeeds) {

  public CauseRule(
      String category,
      Urgency defaultUrgency,
      List<UrgencyRule> urgencyRules,
      List<CauseFeature> features,
      List<String> outranks,
      Criterion outranksWhen,
      List<String> sources) {
    this(
        category,
        defaultUrgency,
        urgencyRules,
        features,
        outranks,
        outranksWhen,
        sources,
        List.of());
  }

  public CauseRule {
    selfCareNeeds = selfCareNeeds == null ? List.of() : List.copyOf(selfCareNeeds);
    urgencyRules = urgencyRules == null ? List.of() : List.copyOf(urgencyRules);
    features = List.copyOf(features);
    outranks = outranks == null ? List.of() : List.copyOf(outranks);
    sources = List.copyOf(sources);
  }
}
