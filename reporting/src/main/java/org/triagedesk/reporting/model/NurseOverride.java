package org.triagedesk.reporting.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A nurse changing the engine's urgency. Not named {@code Override}: that would shadow {@code
 * java.lang.Override}.
 *
 * @param from the urgency before the override (normally the assessed one)
 * @param to the urgency the nurse set
 * @param reason the nurse's free text; may be null
 * @param by staff user name of the nurse; may be null
 * @param at when the override was made; may be null
 */
public record NurseOverride(
    UrgencyLevel from, UrgencyLevel to, String reason, String by, Instant at) {
  public NurseOverride {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /** True when the nurse raised the urgency (the patient is to be seen sooner). */
  public boolean isUp() {
    return to.isMoreUrgentThan(from);
  }

  /** True when the nurse lowered the urgency. */
  public boolean isDown() {
    return from.isMoreUrgentThan(to);
  }
}
