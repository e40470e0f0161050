package org.triagedesk.assessment;

import java.util.List;

/** One piece of patient advice with the sources it comes from. */
public record AdviceItem(String id, LocalizedText text, List<String> sources) {

  public AdviceItem {
    sources = List.copyOf(sources);
  }
}
