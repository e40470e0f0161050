package org.triagedesk.assessment.protocol;

import java.util.List;
import org.triagedesk.assessment.LocalizedText;
import org.triagedesk.assessment.Urgency;

/**
 * The time window a red flag's source gives (an ACS episode within 12 hours, neurological onset
 * within 72 hours, a rash within 3 days). When {@code within} is given and does not hold, the flag
 * fires at {@code otherwise} instead of its acute level (not at all when {@code otherwise} is
 * null). {@code within} may be null when the flag's own criterion already holds only inside the
 * window; the text then documents it.
 */
public record RedFlagWindow(
    LocalizedText text, Criterion within, Urgency otherwise, List<String> sources) {

  public RedFlagWindow {
    sources = List.copyOf(sources);
  }
}
