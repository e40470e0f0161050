package org.triagedesk.assessment;

import java.util.List;

/**
 * The engine's answer for one intake: how soon, which red flags fired and why, the likely causes ranked
 * (highest score first, never a diagnosis) and the advice to show. {@code protocolVersion} records which
 * rules produced it.
 */
public record Assessment(
    String protocolId,
    String protocolVersion,
    Urgency urgency,
    List<FiredRedFlag> redFlags,
    List<RankedCause> causes,
    Advice advice) {

  public Assessment {
    redFlags = List.copyOf(redFlags);
    causes = List.copyOf(causes);
  }

  /** The top-ranked cause category, if any cause scored above zero. */
  public java.util.Optional<String> topCause() {
    return causes.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(causes.get(0).category());
  }
}
