package org.triagedesk.reporting.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts per id (cause category, red flag) with a cap on distinct ids, so that unexpected ids in
 * the data cannot grow memory without bound; ids past the cap are counted together under {@link
 * #OTHER}.
 */
public final class Tally {
  public static final String OTHER = "(other ids)";

  private final int maxDistinct;
  private final Map<String, Long> counts = new HashMap<>();

  public Tally(int maxDistinct) {
    if (maxDistinct < 1) {
      throw new IllegalArgumentException("maxDistinct must be positive");
    }
    this.maxDistinct = maxDistinct;
  }

  public void add(String id) {
    String key = counts.containsKey(id) || counts.size() < maxDistinct ? id : OTHER;
    counts.merge(key, 1L, Long::sum);
  }

  /**
   * Ids with their counts, most frequent first, ties by id; pooled {@link #OTHER} ids always last.
   */
  public List<Map.Entry<String, Long>> mostFrequentFirst() {
    List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(
        Comparator.<Map.Entry<String, Long>, Boolean>comparing(e -> OTHER.equals(e.getKey()))
            .thenComparing(Map.Entry.comparingByValue(Comparator.reverseOrder()))
            .thenComparing(Map.Entry.comparingByKey()));
    return entries;
  }
}
