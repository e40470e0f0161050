package org.triagedesk.assessment.protocol;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.triagedesk.assessment.LocalizedText;
import org.triagedesk.assessment.Urgency;

/**
 * Checks a protocol's meaning: every id referenced exists and is declared before use, operators fit
 * the question type, values are allowed, sources are declared, all wording is in English and
 * Spanish. The engine refuses any protocol with a problem, so it never runs half-loaded.
 */
public final class ProtocolValidator {

  /** Languages every patient-facing text must carry. */
  public static final List<String> LANGUAGES = List.of("en", "es");

  static final int MAX_OPTIONS = 64;

  private final Protocol protocol;
  private final List<ProtocolProblem> problems = new ArrayList<>();
  private final Map<String, Question> questions = new HashMap<>();
  private final Set<String> checklistIds = new HashSet<>();
  private final Set<String> checklistMembers = new HashSet<>();
  private final Set<String> causes = new HashSet<>();
  private final Set<String> definitionsSoFar = new HashSet<>();
  private final Set<String> flagsSoFar = new HashSet<>();
  private final Map<String, ScoreRule> scoresSoFar = new HashMap<>();
  private final Set<String> exceptionsSoFar = new HashSet<>();

  /**
   * Definitions that (through their parts) use a score or an exception: only rules may use them.
   */
  private final Set<String> lateDefinitions = new HashSet<>();

  private Scope scope = Scope.RULE;
  private boolean usesScoreOrException;

  /**
   * What is being checked: scores and exceptions are evaluated before red flags, so they see less.
   */
  private enum Scope {
    DEFINITION,
    SCORE,
    EXCEPTION,
    RULE
  }

  private String rule;

  private ProtocolValidator(Protocol protocol) {
    this.protocol = protocol;
  }

  public static List<ProtocolProblem> validate(Protocol protocol) {
    ProtocolValidator validator = new ProtocolValidator(protocol);
    validator.run();
    return List.copyOf(validator.problems);
  }

  private void run() {
    required(protocol.id(), "id");
    required(protocol.version(), "version");
    text(protocol.title(), "title");
    if (protocol.fallbackUrgency() == null) {
      problem("fallbackUrgency", "missing");
    }
    checkQuestionnaire();
    for (String vital : protocol.vitalSigns()) {
      if (!questions.containsKey(vital)) {
        problem("vitalSigns", "unknown question '" + vital + "'");
      }
    }
    for (CauseRule cause : protocol.causes()) {
      if (!causes.add(cause.category())) {
        rule = cause.category();
        problem("category", "duplicate cause category '" + cause.category() + "'");
      }
    }
    scope = Scope.DEFINITION;
    for (Map.Entry<String, Criterion> definition : protocol.definitions().entrySet()) {
      rule = "definition " + definition.getKey();
      usesScoreOrException = false;
      criterion(definition.getValue(), "definitions." + definition.getKey(), false);
      definitionsSoFar.add(definition.getKey());
      if (usesScoreOrException) {
        lateDefinitions.add(definition.getKey());
      }
    }
    scope = Scope.SCORE;
    checkScores();
    scope = Scope.EXCEPTION;
    checkExceptions();
    scope = Scope.RULE;
    checkMissingAnswers();
    checkRedFlags();
    checkCauses();
    checkAdvice();
    rule = null;
    for (Urgency level : Urgency.values()) {
      if (!protocol.urgencyMessages().containsKey(level)) {
        problem("urgencyMessages." + level, "missing message for " + level);
      } else {
        text(protocol.urgencyMessages().get(level), "urgencyMessages." + level);
      }
    }
    text(protocol.safetyNet(), "safetyNet");
  }

  private void checkQuestionnaire() {
    Set<String> sectionIds = new HashSet<>();
    if (protocol.sections().isEmpty()) {
      problem("sections", "a protocol needs at least one section");
    }
    for (Section section : protocol.sections()) {
      rule = "section " + section.id();
      if (!sectionIds.add(section.id())) {
        problem("sections.id", "duplicate section id '" + section.id() + "'");
      }
      text(section.title(), "title");
      for (Question question : section.questions()) {
        rule = "question " + question.id();
        if (questions.containsKey(question.id())) {
          problem("id", "duplicate question id '" + question.id() + "'");
        }
        checkQuestion(question);
        // Display conditions may only look back: the kiosk asks in order.
        if (question.showWhen() != null) {
          showWhen(question.showWhen(), "showWhen");
        }
        questions.put(question.id(), question);
      }
      checkChecklists(section);
    }
  }

  /**
   * A checklist asks some of its section's own yes/no questions together; each question in one list
   * at most.
   */
  private void checkChecklists(Section section) {
    for (Checklist checklist : section.checklists()) {
      rule = "checklist " + checklist.id();
      if (section.urgentScreen() || section.staffOnly()) {
        problem(
            "checklists", "the urgent check and staff-only sections ask one question at a time");
      }
      if (questions.containsKey(checklist.id()) || !checklistIds.add(checklist.id())) {
        problem("id", "'" + checklist.id() + "' is already a question or checklist id");
      }
      text(checklist.text(), "text");
      if (checklist.items().size() < 2) {
        problem("items", "a checklist needs at least two questions");
      }
      for (Checklist.Item item : checklist.items()) {
        String field = "items." + item.question();
        Question question =
            section.questions().stream()
                .filter(q -> q.id().equals(item.question()))
                .findFirst()
                .orElse(null);
        if (question == null) {
          problem(field, "not a question of section '" + section.id() + "'");
          continue;
        }
        if (question.type() != QuestionType.BOOLEAN) {
          problem(field, "only yes/no questions can be ticked");
        }
        if (question.showWhen() != null) {
          problem(field, "a question with a display condition is asked on its own screen");
        }
        if (!checklistMembers.add(item.question())) {
          problem(field, "already in another checklist");
        }
        text(item.label(), field + ".label");
      }
    }
  }

  private void checkQuestion(Question question) {
    text(question.text(), "text");
    if (question.hint() != null) {
      text(question.hint(), "hint");
    }
    boolean choice =
        question.type() == QuestionType.CHOICE || question.type() == QuestionType.MULTI;
    if (choice) {
      if (question.options().isEmpty()) {
        problem("options", "a " + question.type() + " question needs options");
      }
      if (question.options().size() > MAX_OPTIONS) {
        problem("options", "at most " + MAX_OPTIONS + " options");
      }
      Set<String> values = new HashSet<>();
      for (Option option : question.options()) {
        if (!values.add(option.value())) {
          problem("options", "duplicate option '" + option.value() + "'");
        }
        text(option.label(), "options." + option.value() + ".label");
      }
    } else if (!question.options().isEmpty()) {
      problem("options", "only CHOICE and MULTI questions have options");
    }
    boolean numeric =
        question.type() == QuestionType.INTEGER || question.type() == QuestionType.NUMBER;
    if (numeric) {
      if (question.min() == null || question.max() == null) {
        problem("min/max", "a " + question.type() + " question needs min and max");
      } else if (question.min().compareTo(question.max()) > 0) {
        problem("min/max", "min is above max");
      } else if (question.type() == QuestionType.INTEGER
          && (!isWhole(question.min()) || !isWhole(question.max()))) {
        problem("min/max", "an INTEGER question needs whole-number bounds");
      }
    } else if (question.min() != null || question.max() != null) {
      problem("min/max", "only INTEGER and NUMBER questions have a range");
    }
    if (question.assumedWhenUnanswered() != null
        && !allowedValue(question, question.assumedWhenUnanswered())) {
      problem("assumedWhenUnanswered", "not a valid answer to this question");
    }
  }

  private void showWhen(Condition condition, String field) {
    if (!Condition.OPERATORS.contains(condition.operator())) {
      problem(
          field + ".operator",
          "unknown operator '"
              + condition.operator()
              + "', expected one of "
              + String.join(", ", Condition.OPERATORS));
      return;
    }
    if (condition.operator().equals("any")) {
      if (condition.anyOf().isEmpty()) {
        problem(field + ".anyOf", "operator any needs a non-empty anyOf list");
      }
      for (int i = 0; i < condition.anyOf().size(); i++) {
        showWhen(condition.anyOf().get(i), field + ".anyOf[" + i + "]");
      }
      return;
    }
    Question target = condition.question() == null ? null : questions.get(condition.question());
    if (target == null) {
      problem(
          field + ".question",
          "unknown or later question '"
              + condition.question()
              + "' (a display condition may only refer to an earlier question)");
      return;
    }
    if (condition.operator().equals("answered")) {
      return;
    }
    if (condition.values().isEmpty()) {
      problem(field + ".values", "needs at least one value");
    }
    for (Object value : condition.values()) {
      if (!allowedValue(target, value)) {
        problem(field + ".values", "'" + value + "' is not an answer of " + target.id());
      }
    }
  }

  private void checkScores() {
    for (int i = 0; i < protocol.scores().size(); i++) {
      ScoreRule score = protocol.scores().get(i);
      rule = "score " + score.id();
      String path = "scores[" + i + "]";
      if (scoresSoFar.containsKey(score.id())) {
        problem(path + ".id", "duplicate score id '" + score.id() + "'");
      }
      text(score.name(), path + ".name");
      if (score.items().isEmpty()) {
        problem(path + ".items", "a score needs at least one item");
      }
      Set<String> itemIds = new HashSet<>();
      for (int t = 0; t < score.items().size(); t++) {
        ScoreItem item = score.items().get(t);
        if (!itemIds.add(item.id())) {
          problem(path + ".items[" + t + "].id", "duplicate item id '" + item.id() + "'");
        }
        criterion(item.when(), path + ".items[" + t + "].when", false);
      }
      if (score.thresholds().isEmpty()) {
        problem(
            path + ".thresholds", "a score needs the published thresholds its rules compare with");
      }
      double maximum = score.maximum();
      for (int t = 0; t < score.thresholds().size(); t++) {
        ScoreThreshold threshold = score.thresholds().get(t);
        double value = threshold.value().doubleValue();
        boolean reachable = threshold.operator().equals(">") ? value < maximum : value <= maximum;
        if (!reachable) {
          problem(
              path + ".thresholds[" + t + "]",
              "unreachable: "
                  + threshold.operator()
                  + " "
                  + threshold.value().toPlainString()
                  + " but the items add up to at most "
                  + maximum);
        }
        if (value < 0 || (value == 0 && threshold.operator().equals(">="))) {
          problem(
              path + ".thresholds[" + t + "]",
              "always reached: a threshold must need at least one item");
        }
      }
      sources(score.sources(), path + ".sources");
      scoresSoFar.put(score.id(), score);
    }
  }

  private void checkExceptions() {
    for (int i = 0; i < protocol.benignExceptions().size(); i++) {
      BenignException exception = protocol.benignExceptions().get(i);
      rule = "exception " + exception.id();
      String path = "benignExceptions[" + i + "]";
      if (exceptionsSoFar.contains(exception.id())) {
        problem(path + ".id", "duplicate exception id '" + exception.id() + "'");
      }
      text(exception.description(), path + ".description");
      criterion(exception.when(), path + ".when", false);
      sources(exception.sources(), path + ".sources");
      exceptionsSoFar.add(exception.id());
    }
  }

  private void checkMissingAnswers() {
    MissingAnswerRules missing = protocol.missingAnswers();
    if (missing == null) {
      return;
    }
    rule = "missingAnswers";
    text(missing.urgentScreenNote(), "missingAnswers.urgentScreenNote");
    text(missing.selfCareNote(), "missingAnswers.selfCareNote");
    if (missing.selfCareMinimum() == Urgency.SELF_CARE) {
      problem("missingAnswers.selfCareMinimum", "must be more urgent than SELF_CARE");
    }
    sources(missing.sources(), "missingAnswers.sources");
  }

  private void checkRedFlags() {
    for (int i = 0; i < protocol.redFlags().size(); i++) {
      RedFlagRule flag = protocol.redFlags().get(i);
      rule = flag.id();
      String path = "redFlags[" + i + "]";
      if (flagsSoFar.contains(flag.id())) {
        problem(path + ".id", "duplicate red flag id '" + flag.id() + "'");
      }
      text(flag.description(), path + ".description");
      if (flag.category() != null && !causes.contains(flag.category())) {
        problem(path + ".category", "unknown cause category '" + flag.category() + "'");
      }
      for (String also : flag.alsoCategories()) {
        if (!causes.contains(also)) {
          problem(path + ".alsoCategories", "unknown cause category '" + also + "'");
        }
      }
      criterion(flag.when(), path + ".when", true);
      for (int e = 0; e < flag.escalations().size(); e++) {
        Escalation escalation = flag.escalations().get(e);
        criterion(escalation.when(), path + ".escalate[" + e + "].when", true);
        if (!escalation.to().isMoreUrgentThan(flag.minimum())) {
          problem(
              path + ".escalate[" + e + "].to",
              "an escalation must be more urgent than the minimum " + flag.minimum());
        }
      }
      sources(flag.sources(), path + ".sources");
      RedFlagWindow window = flag.window();
      if (window != null) {
        text(window.text(), path + ".window.text");
        if (window.within() != null) {
          criterion(window.within(), path + ".window.within", true);
        }
        if (window.otherwise() != null && !flag.minimum().isMoreUrgentThan(window.otherwise())) {
          problem(
              path + ".window.otherwise",
              "outside its window a flag must be less urgent than its minimum " + flag.minimum());
        }
        sources(window.sources(), path + ".window.sources");
      }
      flagsSoFar.add(flag.id());
    }
  }

  private void checkCauses() {
    for (int i = 0; i < protocol.causes().size(); i++) {
      CauseRule cause = protocol.causes().get(i);
      rule = cause.category();
      String path = "causes[" + i + "]";
      if (cause.features().isEmpty()) {
        problem(path + ".raise", "a cause needs at least one feature");
      }
      for (int f = 0; f < cause.features().size(); f++) {
        criterion(cause.features().get(f).when(), path + ".features[" + f + "].when", true);
      }
      for (int u = 0; u < cause.urgencyRules().size(); u++) {
        criterion(cause.urgencyRules().get(u).when(), path + ".urgencyRules[" + u + "].when", true);
      }
      for (String other : cause.outranks()) {
        if (!causes.contains(other) || other.equals(cause.category())) {
          problem(path + ".outranks", "unknown or own cause category '" + other + "'");
        }
      }
      if (cause.outranksWhen() != null) {
        criterion(cause.outranksWhen(), path + ".outranksWhen", true);
      }
      for (String needed : cause.selfCareNeeds()) {
        if (!questions.containsKey(needed)) {
          problem(path + ".selfCareNeeds", "unknown question '" + needed + "'");
        }
      }
      sources(cause.sources(), path + ".sources");
    }
  }

  private void checkAdvice() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < protocol.advice().size(); i++) {
      AdviceRule advice = protocol.advice().get(i);
      rule = "advice " + advice.id();
      String path = "advice[" + i + "]";
      if (!ids.add(advice.id())) {
        problem(path + ".id", "duplicate advice id '" + advice.id() + "'");
      }
      if (advice.urgencies().contains(Urgency.EMERGENCY)) {
        problem(path + ".urgencies", "no advice at EMERGENCY: the kiosk stops and staff take over");
      }
      for (String cause : advice.causes()) {
        if (!causes.contains(cause)) {
          problem(path + ".causes", "unknown cause category '" + cause + "'");
        }
      }
      if (advice.when() != null) {
        criterion(advice.when(), path + ".when", true);
      }
      text(advice.text(), path + ".text");
      sources(advice.sources(), path + ".sources");
    }
  }

  private void criterion(Criterion criterion, String path, boolean inRule) {
    if (criterion == null) {
      problem(path, "missing criterion");
    } else if (criterion instanceof Criterion.All all) {
      parts(all.of(), path + ".all", inRule);
    } else if (criterion instanceof Criterion.Any any) {
      parts(any.of(), path + ".any", inRule);
    } else if (criterion instanceof Criterion.Not not) {
      criterion(not.criterion(), path + ".not", inRule);
    } else if (criterion instanceof Criterion.AtLeast atLeast) {
      if (atLeast.count() < 1 || atLeast.count() > atLeast.of().size()) {
        problem(
            path + ".atLeast",
            "must be between 1 and the number of parts (" + atLeast.of().size() + ")");
      }
      parts(atLeast.of(), path + ".of", inRule);
    } else if (criterion instanceof Criterion.AnswerTest test) {
      answerTest(test, path);
    } else if (criterion instanceof Criterion.Difference difference) {
      for (String id : List.of(difference.question(), difference.otherQuestion())) {
        Question question = questions.get(id);
        if (question == null) {
          problem(path + ".diff", "unknown question '" + id + "'");
        } else if (!isNumeric(question)) {
          problem(path + ".diff", "question '" + id + "' is not a number");
        }
      }
    } else if (criterion instanceof Criterion.FlagFired fired) {
      if (!inRule) {
        problem(
            path + ".flag",
            "definitions cannot refer to red flags; use the flag in the rule itself");
      } else if (!flagsSoFar.contains(fired.flag())) {
        problem(
            path + ".flag",
            "unknown red flag '"
                + fired.flag()
                + "' (a rule may only refer to red flags declared before it)");
      }
    } else if (criterion instanceof Criterion.AnyFlagAtLeast) {
      if (!inRule) {
        problem(path + ".anyFlagAtLeast", "definitions cannot refer to red flags");
      }
    } else if (criterion instanceof Criterion.ScoreTest test) {
      usesScoreOrException = true;
      ScoreRule score =
          scope == Scope.DEFINITION
              ? protocol.score(test.score()).orElse(null)
              : scoresSoFar.get(test.score());
      if (scope == Scope.SCORE) {
        problem(path + ".score", "a score item cannot use a score");
      } else if (score == null) {
        problem(
            path + ".score",
            "unknown or later score '"
                + test.score()
                + "' (scores are declared in \"scores\", before the rules that use them)");
      } else if (score.thresholds().stream()
          .noneMatch(
              threshold ->
                  threshold.operator().equals(test.operator())
                      && threshold.value().compareTo(test.threshold()) == 0)) {
        problem(
            path + ".score",
            "'"
                + test.operator()
                + " "
                + test.threshold().toPlainString()
                + "' is not a published threshold of "
                + score.id()
                + " (declare it in its thresholds)");
      }
    } else if (criterion instanceof Criterion.ExceptionHolds holds) {
      usesScoreOrException = true;
      boolean declared =
          scope == Scope.DEFINITION
              ? protocol.benignExceptions().stream()
                  .anyMatch(exception -> exception.id().equals(holds.exception()))
              : exceptionsSoFar.contains(holds.exception());
      if (scope == Scope.SCORE) {
        problem(path + ".exception", "a score item cannot use a benign exception");
      } else if (!declared) {
        problem(
            path + ".exception", "unknown or later benign exception '" + holds.exception() + "'");
      }
    } else if (criterion instanceof Criterion.Ref ref) {
      if (!definitionsSoFar.contains(ref.definition())) {
        problem(
            path + ".ref",
            "unknown definition '"
                + ref.definition()
                + "' (definitions must be declared before use)");
      } else if (lateDefinitions.contains(ref.definition())) {
        usesScoreOrException = true;
        if (scope == Scope.SCORE || scope == Scope.EXCEPTION) {
          problem(
              path + ".ref",
              "definition '"
                  + ref.definition()
                  + "' uses a score or exception, so a "
                  + scope.name().toLowerCase(Locale.ROOT)
                  + " cannot use it (they are evaluated first)");
        }
      }
    }
  }

  private void parts(List<Criterion> parts, String path, boolean inRule) {
    if (parts.isEmpty()) {
      problem(path, "needs at least one part");
    }
    for (int i = 0; i < parts.size(); i++) {
      criterion(parts.get(i), path + "[" + i + "]", inRule);
    }
  }

  private void answerTest(Criterion.AnswerTest test, String path) {
    Question question = questions.get(test.question());
    if (question == null) {
      problem(path + ".q", "unknown question '" + test.question() + "'");
      return;
    }
    QuestionType type = question.type();
    AnswerOperator operator = test.operator();
    // No default branch: a new operator does not compile until it says which questions it fits.
    boolean fits =
        switch (operator) {
          case EQUALS -> type != QuestionType.MULTI && test.values().size() == 1;
          case IN ->
              (type == QuestionType.CHOICE || type == QuestionType.BOOLEAN)
                  && !test.values().isEmpty();
          case CONTAINS -> type == QuestionType.MULTI && test.values().size() == 1;
          case CONTAINS_ANY, CONTAINS_ALL -> type == QuestionType.MULTI && !test.values().isEmpty();
          case ANY_SELECTED, ANSWERED -> test.values().equals(List.of(Boolean.TRUE));
          case GREATER_THAN, AT_LEAST, LESS_THAN, AT_MOST ->
              isNumeric(question)
                  && test.values().size() == 1
                  && test.values().get(0) instanceof BigDecimal;
        };
    if (!fits) {
      problem(
          path + "." + operator,
          "operator '"
              + operator
              + "' does not fit "
              + type
              + " question '"
              + question.id()
              + "' with "
              + test.values().size()
              + " value(s)");
      return;
    }
    if (operator == AnswerOperator.ANY_SELECTED && type != QuestionType.MULTI) {
      problem(path + ".anySelected", "anySelected needs a MULTI question");
    }
    boolean namesAnswers =
        switch (operator) {
          case EQUALS, IN, CONTAINS, CONTAINS_ANY, CONTAINS_ALL -> true;
          case ANY_SELECTED, ANSWERED, GREATER_THAN, AT_LEAST, LESS_THAN, AT_MOST -> false;
        };
    if (!namesAnswers) {
      return;
    }
    for (Object value : test.values()) {
      if (!allowedValue(question, value)) {
        problem(
            path + "." + operator,
            "'" + value + "' is not an answer of " + question.id() + describeAllowed(question));
      }
    }
  }

  private static String describeAllowed(Question question) {
    return question.options().isEmpty()
        ? ""
        : " (allowed: " + String.join(", ", question.optionValues()) + ")";
  }

  private void sources(List<String> sources, String path) {
    if (sources.isEmpty()) {
      problem(path, "every rule needs at least one source id");
    }
    for (String source : sources) {
      if (!protocol.sources().containsKey(source)) {
        problem(path, "source '" + source + "' is not declared in sources");
      }
    }
  }

  private static boolean allowedValue(Question question, Object value) {
    return switch (question.type()) {
      case BOOLEAN -> value instanceof Boolean;
      case CHOICE, MULTI -> value instanceof String text && question.option(text).isPresent();
      case INTEGER, NUMBER ->
          value instanceof BigDecimal number
              && (question.type() == QuestionType.NUMBER || isWhole(number));
    };
  }

  private static boolean isNumeric(Question question) {
    return question.type() == QuestionType.INTEGER || question.type() == QuestionType.NUMBER;
  }

  private static boolean isWhole(BigDecimal number) {
    return number.stripTrailingZeros().scale() <= 0;
  }

  private void text(LocalizedText text, String field) {
    if (text == null) {
      problem(field, "missing");
      return;
    }
    for (String language : LANGUAGES) {
      String value = text.byLanguage().get(language);
      if (value == null || value.isBlank()) {
        problem(field, "missing text in language '" + language + "'");
      }
    }
  }

  private void required(String value, String field) {
    if (value == null || value.isBlank()) {
      problem(field, "missing");
    }
  }

  private void problem(String field, String message) {
    String file = protocol.sourceName() == null ? protocol.id() : protocol.sourceName();
    problems.add(new ProtocolProblem(file, rule, field, message));
  }
}
