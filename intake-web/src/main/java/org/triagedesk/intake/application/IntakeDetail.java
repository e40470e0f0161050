package org.triagedesk.intake.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.triagedesk.assessment.Urgency;

/**
 * One patient as the nurse's detail page shows it: the queue line, every answer in the protocol's
 * words, the assessment with its evidence (the answers behind each red flag and cause) and sources,
 * the advice the patient was given, the vital signs, and the history of everything that happened,
 * with who and when. {@code version} is what the next nurse action sends back (a stale one gets a
 * 409).
 */
public record IntakeDetail(
    QueueLine intake,
    long version,
    String protocol,
    String protocolVersion,
    List<AnswerLine> answers,
    List<RedFlagLine> redFlags,
    List<CauseLine> causes,
    String urgencyMessage,
    List<String> advice,
    String safetyNet,
    Map<String, Object> vitals,
    Instant vitalsAt,
    String vitalsBy,
    String overrideReason,
    String reviewedBy,
    Instant reviewedAt,
    Instant alertRaisedAt,
    Instant alertAcknowledgedAt,
    String alertAcknowledgedBy,
    List<HistoryLine> history) {

  /** A question and its answer, both in words, with the question's id. */
  public record AnswerLine(String question, String questionText, String answer) {}

  public record SourceLine(String id, String text) {}

  public record RedFlagLine(
      String id,
      String description,
      Urgency minimumUrgency,
      List<AnswerLine> triggeredBy,
      List<SourceLine> sources) {}

  public record CauseLine(
      String category,
      String name,
      double score,
      List<AnswerLine> raisedBy,
      List<AnswerLine> loweredBy,
      List<SourceLine> sources) {}

  /** One event of the timeline; {@code id} is the history line's (empty for the arrival). */
  public record HistoryLine(
      Long id,
      Instant at,
      String by,
      String kind,
      String what,
      String before,
      String after,
      String reason,
      String detail,
      Long undoes) {}
}
