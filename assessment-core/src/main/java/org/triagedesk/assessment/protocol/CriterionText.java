package org.triagedesk.assessment.protocol;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Renders rule-language criteria as short readable text for clinicians (docs and the CLI). */
public final class CriterionText {

  private CriterionText() {}

  public static String of(Criterion criterion) {
    if (criterion instanceof Criterion.All all) {
      return join(all.of(), " AND ");
    }
    if (criterion instanceof Criterion.Any any) {
      return join(any.of(), " OR ");
    }
    if (criterion instanceof Criterion.Not not) {
      return "NOT " + of(not.criterion());
    }
    if (criterion instanceof Criterion.AtLeast atLeast) {
      return "at least "
          + atLeast.count()
          + " of {"
          + atLeast.of().stream().map(CriterionText::of).collect(Collectors.joining("; "))
          + "}";
    }
    if (criterion instanceof Criterion.FlagFired fired) {
      return fired.flag() + " fired";
    }
    if (criterion instanceof Criterion.AnyFlagAtLeast level) {
      return "another red flag at " + level.level() + " or above";
    }
    if (criterion instanceof Criterion.ScoreTest test) {
      return "score "
          + test.score()
          + " "
          + test.operator()
          + " "
          + test.threshold().toPlainString();
    }
    if (criterion instanceof Criterion.ExceptionHolds holds) {
      return "exception " + holds.exception();
    }
    if (criterion instanceof Criterion.Ref ref) {
      return "*" + ref.definition() + "*";
    }
    if (criterion instanceof Criterion.Difference difference) {
      return "|`"
          + difference.question()
          + "` - `"
          + difference.otherQuestion()
          + "`| "
          + difference.operator()
          + " "
          + difference.threshold().toPlainString();
    }
    Criterion.AnswerTest test = (Criterion.AnswerTest) criterion;
    String question = "`" + test.question() + "`";
    return switch (test.operator()) {
      case EQUALS -> question + " = " + value(test.values().get(0));
      case IN ->
          test.values().size() == 1
              ? question + " = " + value(test.values().get(0))
              : question + " in " + values(test.values());
      case CONTAINS -> question + " includes " + value(test.values().get(0));
      case CONTAINS_ANY -> question + " includes any of " + values(test.values());
      case CONTAINS_ALL -> question + " includes all of " + values(test.values());
      case ANY_SELECTED -> question + " has any option";
      case ANSWERED -> question + " answered";
      case GREATER_THAN, AT_LEAST, LESS_THAN, AT_MOST ->
          question + " " + test.operator().symbol() + " " + value(test.values().get(0));
    };
  }

  private static String join(List<Criterion> parts, String operator) {
    return "(" + parts.stream().map(CriterionText::of).collect(Collectors.joining(operator)) + ")";
  }

  private static String values(List<Object> values) {
    return values.stream().map(CriterionText::value).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String value(Object value) {
    if (value instanceof Boolean yes) {
      return yes ? "yes" : "no";
    }
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    return String.valueOf(value);
  }
}
