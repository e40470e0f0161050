package org.triagedesk.intake.application;

import java.util.List;
import java.util.Map;
import org.triagedesk.assessment.Advice;
import org.triagedesk.assessment.AdviceItem;
import org.triagedesk.assessment.Assessment;
import org.triagedesk.assessment.FiredRedFlag;
import org.triagedesk.assessment.LocalizedText;
import org.triagedesk.assessment.RankedCause;
import org.triagedesk.assessment.Urgency;

/**
 * The engine's result as the API returns it and as an intake stores it (JSON): urgency, the red
 * flags that fired, ranked likely causes and advice, each with the answers behind it and its
 * sources.
 */
public record AssessmentDocument(
    String protocol,
    String protocolVersion,
    Urgency urgency,
    List<RedFlag> redFlags,
    List<Cause> causes,
    AdviceText advice,
    List<Score> scores,
    List<BenignException> benignExceptions,
    List<String> unansweredUrgentQuestions,
    List<Note> notes) {

  /**
   * A scoring instrument (ADD-RS, Wells, PERC, NEWS2...) that scored: total and the items that
   * counted.
   */
  public record Score(
      String id,
      double total,
      Map<String, Double> items,
      Map<String, Object> triggeredBy,
      List<String> sources) {}

  /** A benign explanation that stopped a feature from counting, with the answers behind it. */
  public record BenignException(
      String id,
      Map<String, String> description,
      Map<String, Object> triggeredBy,
      List<String> sources) {}

  /** Why the level is not lower, e.g. "not enough answers for self-care". */
  public record Note(String id, Map<String, String> text) {}

  public record RedFlag(
      String id,
      Urgency minimumUrgency,
      String category,
      Map<String, Object> triggeredBy,
      List<String> sources,
      Map<String, String> description) {}

  public record Cause(
      String category,
      double score,
      Map<String, Object> raisedBy,
      Map<String, Object> loweredBy,
      List<String> sources) {}

  public record AdviceText(
      Map<String, String> urgencyMessage, List<Item> items, Map<String, String> safetyNet) {}

  public record Item(String id, Map<String, String> text, List<String> sources) {}

  public static AssessmentDocument of(Assessment assessment) {
    return new AssessmentDocument(
        assessment.protocolId(),
        assessment.protocolVersion(),
        assessment.urgency(),
        assessment.redFlags().stream().map(AssessmentDocument::redFlag).toList(),
        assessment.causes().stream().map(AssessmentDocument::cause).toList(),
        advice(assessment.advice()),
        assessment.scores().stream()
            .map(s -> new Score(s.id(), s.total(), s.items(), s.triggeredBy(), s.sources()))
            .toList(),
        assessment.benignExceptions().stream()
            .map(
                e ->
                    new BenignException(
                        e.id(), texts(e.description()), e.triggeredBy(), e.sources()))
            .toList(),
        assessment.unansweredUrgentQuestions(),
        assessment.notes().stream().map(n -> new Note(n.id(), texts(n.text()))).toList());
  }

  public List<String> redFlagIds() {
    return redFlags.stream().map(RedFlag::id).toList();
  }

  /** The three highest-ranked cause categories, best first. */
  public List<String> topCauses() {
    return causes.stream().limit(3).map(Cause::category).toList();
  }

  private static RedFlag redFlag(FiredRedFlag flag) {
    return new RedFlag(
        flag.id(),
        flag.minimumUrgency(),
        flag.category(),
        flag.triggeredBy(),
        flag.sources(),
        texts(flag.description()));
  }

  private static Cause cause(RankedCause cause) {
    return new Cause(
        cause.category(), cause.score(), cause.raisedBy(), cause.loweredBy(), cause.sources());
  }

  private static AdviceText advice(Advice advice) {
    return new AdviceText(
        texts(advice.urgencyMessage()),
        advice.items().stream().map(AssessmentDocument::item).toList(),
        texts(advice.safetyNet()));
  }

  private static Item item(AdviceItem item) {
    return new Item(item.id(), texts(item.text()), item.sources());
  }

  private static Map<String, String> texts(LocalizedText text) {
    return text == null ? null : text.byLanguage();
  }
}
