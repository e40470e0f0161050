package org.triagedesk.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable copies that keep insertion order, so explanations print the same way every time. */
final class OrderedMaps {

  private OrderedMaps() {}

  static Map<String, Object> copy(Map<String, Object> source) {
    if (source == null || source.isEmpty()) {
      return Map.of();
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(source));
  }
}
