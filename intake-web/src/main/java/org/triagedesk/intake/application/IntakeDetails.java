package org.triagedesk.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.triagedesk.assessment.Urgency;
import org.triagedesk.intake.domain.intake.Intake;
import org.triagedesk.intake.domain.intake.IntakeChange;

/** Builds the views of an intake (queue line, detail) with the protocol's words. */
@ApplicationScoped
public class IntakeDetails {

  @Inject AssessmentService assessments;
  @Inject WaitTargets targets;
  @Inject Jsonb jsonb;
  @Inject Clock clock;

  /**
   * The words of the intake's protocol. A protocol that was withdrawn (or a test protocol another
   * deployment had) must not take the whole queue down: its intakes are shown with their ids.
   */
  ProtocolWording wording(Intake intake) {
    try {
      return new ProtocolWording(assessments.protocol(intake.protocolId()));
    } catch (UnknownProtocol withdrawn) {
      return new ProtocolWording(null);
    }
  }

  QueueLine line(Intake intake) {
    return QueueLine.of(intake, clock, targets, wording(intake));
  }

  /** The stored answers as the engine takes them again (numbers as BigDecimal, lists, booleans). */
  @SuppressWarnings("unchecked")
  Map<String, Object> answers(Intake intake) {
    return jsonb.fromJson(intake.answersJson(), Map.class);
  }

  @SuppressWarnings("unchecked")
  IntakeDetail detail(Intake intake) {
    ProtocolWording words = wording(intake);
    Map<String, Object> assessment = jsonb.fromJson(intake.assessmentJson(), Map.class);
    List<IntakeDetail.AnswerLine> answerLines = new ArrayList<>();
    // Questionnaire order, not storage order: the nurse reads them as the patient was asked.
    if (words.protocol() == null) {
      answers(intake).forEach((id, value) -> answerLines.add(answerLine(words, id, value)));
    } else {
      for (var question : words.protocol().questions()) {
        Object value = answers(intake).get(question.id());
        if (value != null) {
          answerLines.add(answerLine(words, question.id(), value));
        }
      }
    }
    List<IntakeDetail.RedFlagLine> flags = new ArrayList<>();
    for (Map<String, Object> flag : list(assessment.get("redFlags"))) {
      String id = (String) flag.get("id");
      flags.add(
          new IntakeDetail.RedFlagLine(
              id,
              words.redFlag(id),
              flag.get("minimumUrgency") == null
                  ? null
                  : Urgency.valueOf((String) flag.get("minimumUrgency")),
              evidence(words, flag.get("triggeredBy")),
              sources(words, flag.get("sources"))));
    }
    List<IntakeDetail.CauseLine> causes = new ArrayList<>();
    for (Map<String, Object> cause : list(assessment.get("causes"))) {
      String category = (String) cause.get("category");
      causes.add(
          new IntakeDetail.CauseLine(
              category,
              ProtocolWording.cause(category),
              cause.get("score") instanceof Number n ? n.doubleValue() : 0,
              evidence(words, cause.get("raisedBy")),
              evidence(words, cause.get("loweredBy")),
              sources(words, cause.get("sources"))));
    }
    Map<String, Object> advice =
        assessment.get("advice") instanceof Map<?, ?> a ? (Map<String, Object>) a : Map.of();
    List<String> adviceItems = new ArrayList<>();
    for (Map<String, Object> item : list(advice.get("items"))) {
      adviceItems.add(english(item.get("text")));
    }
    return new IntakeDetail(
        line(intake),
        intake.version(),
        intake.protocolId(),
        intake.protocolVersion(),
        answerLines,
        flags,
        causes,
        english(advice.get("urgencyMessage")),
        adviceItems,
        english(advice.get("safetyNet")) != null
            ? english(advice.get("safetyNet"))
            : words.safetyNet(),
        intake.vitals().asAnswers(),
        intake.vitalsAt().orElse(null),
        intake.vitalsBy().orElse(null),
        intake.overrideReason().orElse(null),
        intake.reviewedBy().orElse(null),
        intake.reviewedAt().orElse(null),
        intake.alertRaisedAt().orElse(null),
        intake.alertAcknowledgedAt().orElse(null),
        intake.alertAcknowledgedBy().orElse(null),
        history(intake));
  }

  private static IntakeDetail.AnswerLine answerLine(
      ProtocolWording words, String id, Object value) {
    return new IntakeDetail.AnswerLine(id, words.question(id), words.answer(id, value));
  }

  @SuppressWarnings("unchecked")
  private static List<IntakeDetail.AnswerLine> evidence(ProtocolWording words, Object answers) {
    if (!(answers instanceof Map<?, ?> map)) {
      return List.of();
    }
    List<IntakeDetail.AnswerLine> lines = new ArrayList<>();
    ((Map<String, Object>) map).forEach((id, value) -> lines.add(answerLine(words, id, value)));
    return lines;
  }

  private static List<IntakeDetail.SourceLine> sources(ProtocolWording words, Object ids) {
    if (!(ids instanceof List<?> list)) {
      return List.of();
    }
    return list.stream()
        .map(String::valueOf)
        .map(id -> new IntakeDetail.SourceLine(id, words.source(id)))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
  }

  private static String english(Object texts) {
    return texts instanceof Map<?, ?> map && map.get(ProtocolWording.STAFF_LANGUAGE) != null
        ? String.valueOf(map.get(ProtocolWording.STAFF_LANGUAGE))
        : null;
  }

  static List<IntakeDetail.HistoryLine> history(Intake intake) {
    List<IntakeDetail.HistoryLine> lines = new ArrayList<>();
    String submitter =
        intake.submitter().channel().name().toLowerCase(Locale.ROOT)
            + ": "
            + intake.submitter().name();
    lines.add(
        new IntakeDetail.HistoryLine(
            null,
            intake.arrivedAt(),
            submitter,
            "ARRIVED",
            "Arrived, assessed by the engine",
            null,
            null,
            null,
            null,
            null));
    if (intake.alertRaisedAt().filter(intake.arrivedAt()::equals).isPresent()) {
      lines.add(
          new IntakeDetail.HistoryLine(
              null,
              intake.arrivedAt(),
              submitter,
              "ALERT_RAISED",
              "Emergency alert raised on arrival",
              null,
              "EMERGENCY",
              null,
              null,
              null));
    }
    for (IntakeChange change : intake.history()) {
      lines.add(
          new IntakeDetail.HistoryLine(
              change.id(),
              change.occurredAt(),
              change.actor(),
              change.kind().name(),
              what(change),
              change.before(),
              change.after(),
              change.reason(),
              change.detail(),
              change.undoes()));
    }
    return lines;
  }

  private static String what(IntakeChange change) {
    return switch (change.kind()) {
      case STATUS -> "Status " + words(change.before()) + " → " + words(change.after());
      case URGENCY ->
          change.before() == null
              ? "Urgency set to " + words(change.after())
              : "Urgency " + words(change.before()) + " → " + words(change.after());
      case VITALS ->
          "Vital signs measured; engine re-run: "
              + words(change.before())
              + " → "
              + words(change.after());
      case ALERT_RAISED -> "Emergency alert raised (escalation)";
      case ACKNOWLEDGED -> "Emergency alert acknowledged";
      case UNDONE -> "Undone: " + words(change.before()) + " → " + words(change.after());
    };
  }

  /** "LEFT_WITHOUT_BEING_SEEN" → "left without being seen"; empty → "not reviewed". */
  static String words(String constant) {
    return constant == null ? "not reviewed" : constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static BigDecimal decimal(Object value) {
    return value instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(value));
  }
}
