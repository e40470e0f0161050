package org.triagedesk.assessment;

import java.util.List;
import java.util.Map;

/**
 * A red flag that fired: the minimum urgency it sets, its suspected category (null when the flag
 * points at no single category, e.g. abnormal vital signs), the answers that triggered it (question
 * id to value) and its sources.
 */
public record FiredRedFlag(
    String id,
    Urgency minimumUrgency,
    String category,
    Map<String, Object> triggeredBy,
    List<String> sources,
    LocalizedText description) {

  public FiredRedFlag {
    triggeredBy = OrderedMaps.copy(triggeredBy);
    sources = List.copyOf(sources);
  }
}
