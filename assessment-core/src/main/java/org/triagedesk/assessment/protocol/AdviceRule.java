package org.triagedesk.assessment.protocol;

import java.util.List;
import org.triagedesk.assessment.LocalizedText;
import org.triagedesk.assessment.Urgency;

/**
 * A piece of advice, shown when the final urgency is one of {@code urgencies} (empty: any level
 * below EMERGENCY), the top cause is one of {@code causes} (empty: any), and {@code when} holds
 * (null: always).
 */
public record AdviceRule(
    String id,
    List<Urgency> urgencies,
    List<String> causes,
    Criterion when,
    LocalizedText text,
    List<String> sources) {

  public AdviceRule {
    urgencies = urgencies == null ? List.of() : List.copyOf(urgencies);
    causes = causes == null ? List.of() : List.copyOf(causes);
    sources = List.copyOf(sources);
  }
}
