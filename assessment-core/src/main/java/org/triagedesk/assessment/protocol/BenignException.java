package org.triagedesk.assessment.protocol;

import java.util.List;
import org.triagedesk.assessment.LocalizedText;

/**
 * A positive benign explanation with a time course (nerve-root arm pain stable for 2 weeks, reflux
 * for 4 weeks, a stiff neck after sleeping awkwardly) that stops one answer from counting as an
 * emergency feature. Rules use it with {@code {"exception": id}}. Its criterion must exclude every
 * urgent-check yes and abnormal vital signs (a property test checks it), so an exception never
 * explains away a sick patient.
 */
public record BenignException(
    String id, LocalizedText description, Criterion when, List<String> sources) {

  public BenignException {
    sources = List.copyOf(sources);
  }
}
