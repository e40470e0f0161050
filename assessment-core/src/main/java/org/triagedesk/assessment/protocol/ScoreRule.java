package org.triagedesk.assessment.protocol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triagedesk.assessment.LocalizedText;

/**
 * A published scoring instrument written as data (ADD-RS, Wells, PERC, NEWS2): named items, each a
 * criterion with points, summed; rules compare the total only with the instrument's own {@code
 * thresholds}, so a rule cannot invent a cut-off the source does not give. Items sharing a {@code
 * group} are alternative bands of one finding (e.g. respiratory rate 21-24 or 25 and above): only
 * the highest one that holds counts.
 */
public record ScoreRule(
    String id,
    LocalizedText name,
    List<ScoreItem> items,
    List<ScoreThreshold> thresholds,
    List<String> sources) {

  public ScoreRule {
    items = List.copyOf(items);
    thresholds = List.copyOf(thresholds);
    sources = List.copyOf(sources);
  }

  /** The highest total the items can reach: per group its best item, plus every ungrouped item. */
  public double maximum() {
    Map<String, Double> best = new LinkedHashMap<>();
    double total = 0;
    for (ScoreItem item : items) {
      if (item.group() == null) {
        total += item.points();
      } else {
        best.merge(item.group(), item.points(), Math::max);
      }
    }
    for (double points : best.values()) {
      total += points;
    }
    return total;
  }
}
