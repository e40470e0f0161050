package org.triagedesk.assessment;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Immutable maps that keep insertion order, so explanations print the same way every time.
 * Internal: the engine hands over maps it built and never touches again as {@link #frozen} views,
 * which the result records keep without copying them a second time.
 */
public final class OrderedMaps {

  private OrderedMaps() {}

  /** An unmodifiable view of a map the caller built and gives up. */
  public static Map<String, Object> frozen(LinkedHashMap<String, Object> built) {
    return built.isEmpty() ? Map.of() : new Frozen(built);
  }

  static Map<String, Object> copy(Map<String, Object> source) {
    if (source == null || source.isEmpty()) {
      return Map.of();
    }
    if (source instanceof Frozen) {
      return source;
    }
    return new Frozen(new LinkedHashMap<>(source));
  }

  private static final class Frozen extends AbstractMap<String, Object> {
    private final Map<String, Object> entries;

    Frozen(LinkedHashMap<String, Object> entries) {
      this.entries = Collections.unmodifiableMap(entries);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return entries.entrySet();
    }

    @Override
    public Object get(Object key) {
      return entries.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return entries.containsKey(key);
    }

    @Override
    public int size() {
      return entries.size();
    }
  }
}
