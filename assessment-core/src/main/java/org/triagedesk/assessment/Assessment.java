package org.triagedesk.assessment;

import java.util.List;

/**
 * The engine's answer for one intake: how soon, which red flags fired and why, the likely causes
 * ranked (highest score first, never a diagnosis) and the advice to show. {@code protocolVersion}
 * records which rules produced it. {@code scores} lists the scoring instruments that scored, with
 * their items; {@code benignExceptions} the benign explanations that stopped a feature from
 * counting; {@code unansweredUrgentQuestions} the urgent-check questions the patient did not answer
 * (missing is not no); {@code notes} says when there were not enough answers for a lower level.
 */
public record Assessment(
    String protocolId,
    String protocolVersion,
    Urgency urgency,
    List<FiredRedFlag> redFlags,
    List<RankedCause> causes,
    Advice advice,
    List<ScoreResult> scores,
    List<AppliedException> benignExceptions,
    List<String> unansweredUrgentQuestions,
    List<AssessmentNote> notes) {

  public Assessment(
      String protocolId,
      String protocolVersion,
      Urgency urgency,
      List<FiredRedFlag> redFlags,
      List<RankedCause> causes,
      Advice advice) {
    this(
        protocolId,
        protocolVersion,
        urgency,
        redFlags,
        causes,
        advice,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  public Assessment {
    redFlags = List.copyOf(redFlags);
    causes = List.copyOf(causes);
    scores = scores == null ? List.of() : List.copyOf(scores);
    benignExceptions = benignExceptions == null ? List.of() : List.copyOf(benignExceptions);
    unansweredUrgentQuestions =
        unansweredUrgentQuestions == null ? List.of() : List.copyOf(unansweredUrgentQuestions);
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** The top-ranked cause category, if any cause scored above zero. */
  public java.util.Optional<String> topCause() {
    return causes.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(causes.get(0).category());
  }
}
