package org.triagedesk.assessment;

import java.util.List;
import java.util.Map;

/**
 * A likely-cause category with its score and the answers that raised and lowered it. Causes come
 * ranked, highest score first; the ranking explains, it never lowers urgency.
 */
public record RankedCause(
    String category,
    double score,
    Map<String, Object> raisedBy,
    Map<String, Object> loweredBy,
    List<String> sources) {

  public RankedCause {
    raisedBy = OrderedMaps.copy(raisedBy);
    loweredBy = OrderedMaps.copy(loweredBy);
    sources = List.copyOf(sources);
  }
}
