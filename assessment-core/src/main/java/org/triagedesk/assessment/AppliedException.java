package org.triagedesk.assessment;

import java.util.List;
import java.util.Map;

/**
 * A benign explanation the protocol accepted for this intake (e.g. arm pain that is a stable
 * nerve-root pattern), so that one feature did not count towards an emergency; listed so the nurse
 * sees why.
 */
public record AppliedException(
    String id, LocalizedText description, Map<String, Object> triggeredBy, List<String> sources) {

  public AppliedException {
    triggeredBy = OrderedMaps.copy(triggeredBy);
    sources = List.copyOf(sources);
  }
}
