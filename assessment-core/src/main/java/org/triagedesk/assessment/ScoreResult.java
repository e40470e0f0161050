package org.triagedesk.assessment;

import java.util.List;
import java.util.Map;

/**
 * A scoring instrument's result for one intake: the total, the items that scored (item id to
 * points) and the answers behind them. Listed only when the total is above zero.
 */
public record ScoreResult(
    String id,
    double total,
    Map<String, Double> items,
    Map<String, Object> triggeredBy,
    List<String> sources) {

  public ScoreResult {
    // Keeps the protocol's item order, so the explanation reads the same way every time.
    items = OrderedMaps.copy(items);
    triggeredBy = OrderedMaps.copy(triggeredBy);
    sources = List.copyOf(sources);
  }
}
