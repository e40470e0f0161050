package org.triagedesk.assessment.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triagedesk.assessment.LocalizedText;
import org.triagedesk.assessment.Urgency;

/**
 * One complaint protocol as data: the questionnaire, the red-flag rules, the cause categories, the
 * advice and the sources they cite. Read from a versioned resource file; validated before any
 * engine uses it.
 *
 * @param vitalSigns question ids a nurse measures; a nurse's value replaces the kiosk's for the
 *     same id
 * @param definitions named criteria shared by rules (e.g. "recent"), in file order
 * @param fallbackUrgency urgency when no red flag fired and no cause scored above zero
 * @param sources source id (S1..) to its reference
 * @param sourceName where it was read from (file name), used in error messages
 * @param scores published scoring instruments, evaluated before the red flags that compare their
 *     totals
 * @param benignExceptions benign explanations that stop a feature from counting, evaluated before
 *     red flags
 * @param missingAnswers the "missing is not no" rules (may be null: the protocol then trusts its
 *     own rules)
 */
public record Protocol(
    String id,
    String version,
    LocalizedText title,
    List<Section> sections,
    List<String> vitalSigns,
    Map<String, Criterion> definitions,
    List<RedFlagRule> redFlags,
    List<CauseRule> causes,
    Urgency fallbackUrgency,
    List<AdviceRule> advice,
    Map<Urgency, LocalizedText> urgencyMessages,
    LocalizedText safetyNet,
    Map<String, String> sources,
    String sourceName,
    List<ScoreRule> scores,
    List<BenignException> benignExceptions,
    MissingAnswerRules missingAnswers) {

  public Protocol(
      String id,
      String version,
      LocalizedText title,
      List<Section> sections,
      List<String> vitalSigns,
      Map<String, Criterion> definitions,
      List<RedFlagRule> redFlags,
      List<CauseRule> causes,
      Urgency fallbackUrgency,
      List<AdviceRule> advice,
      Map<Urgency, LocalizedText> urgencyMessages,
      LocalizedText safetyNet,
      Map<String, String> sources,
      String sourceName) {
    this(
        id,
        version,
        title,
        sections,
        vitalSigns,
        definitions,
        redFlags,
        causes,
        fallbackUrgency,
        advice,
        urgencyMessages,
        safetyNet,
        sources,
        sourceName,
        List.of(),
        List.of(),
        null);
  }

  public Protocol {
    scores = scores == null ? List.of() : List.copyOf(scores);
    benignExceptions = benignExceptions == null ? List.of() : List.copyOf(benignExceptions);
    sections = List.copyOf(sections);
    vitalSigns = vitalSigns == null ? List.of() : List.copyOf(vitalSigns);
    definitions =
        Collections.unmodifiableMap(
            new LinkedHashMap<>(definitions == null ? Map.of() : definitions));
    redFlags = List.copyOf(redFlags);
    causes = List.copyOf(causes);
    advice = advice == null ? List.of() : List.copyOf(advice);
    urgencyMessages = Collections.unmodifiableMap(new LinkedHashMap<>(urgencyMessages));
    sources =
        Collections.unmodifiableMap(new LinkedHashMap<>(sources == null ? Map.of() : sources));
  }

  public Optional<Question> question(String id) {
    for (Section section : sections) {
      for (Question question : section.questions()) {
        if (question.id().equals(id)) {
          return Optional.of(question);
        }
      }
    }
    return Optional.empty();
  }

  /** Every question in questionnaire order. */
  public List<Question> questions() {
    List<Question> all = new ArrayList<>();
    for (Section section : sections) {
      all.addAll(section.questions());
    }
    return all;
  }

  public Optional<RedFlagRule> redFlag(String id) {
    return redFlags.stream().filter(flag -> flag.id().equals(id)).findFirst();
  }

  public Optional<ScoreRule> score(String id) {
    return scores.stream().filter(score -> score.id().equals(id)).findFirst();
  }

  /**
   * The questions of the urgent screen the patient must answer (follow-ups with a display condition
   * excluded).
   */
  public List<Question> urgentScreenQuestions() {
    List<Question> urgent = new ArrayList<>();
    for (Section section : sections) {
      if (section.urgentScreen()) {
        for (Question question : section.questions()) {
          if (question.showWhen() == null) {
            urgent.add(question);
          }
        }
      }
    }
    return urgent;
  }

  public Optional<CauseRule> cause(String category) {
    return causes.stream().filter(cause -> cause.category().equals(category)).findFirst();
  }
}
