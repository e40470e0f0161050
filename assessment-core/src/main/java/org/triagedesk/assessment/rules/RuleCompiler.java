package org.triagedesk.assessment.rules;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triagedesk.assessment.protocol.Criterion;
import org.triagedesk.assessment.protocol.QuestionType;

/**
 * Turns the rule language into an evaluation tree once, at load: question ids become array indexes,
 * option values become bit masks, definitions are shared sub-trees. The protocol has been validated
 * before, so every reference resolves.
 */
final class RuleCompiler {

  private final CompiledProtocol protocol;
  private final Map<String, Node> definitions = new HashMap<>();
  private final Map<String, Integer> flagIndex = new HashMap<>();

  RuleCompiler(CompiledProtocol protocol) {
    this.protocol = protocol;
  }

  /** Each definition is evaluated at most once per intake (definitions never look at red flags). */
  void define(String name, Criterion criterion) {
    definitions.put(name, Node.definition(definitions.size(), compile(criterion, 0)));
  }

  int definitionCount() {
    return definitions.size();
  }

  void declareFlag(String id, int index) {
    flagIndex.put(id, index);
  }

  int questionIndex(String id) {
    return protocol.questionIndex(id);
  }

  /**
   * @param flagLimit how many red flags (in file order) the criterion may look at
   */
  Node compile(Criterion criterion, int flagLimit) {
    if (criterion instanceof Criterion.All all) {
      // A question the whole conjunction needs and nobody answered ends it early (Node's masks).
      return Node.all(compileAll(all.of(), flagLimit));
    }
    if (criterion instanceof Criterion.Any any) {
      return Node.atLeast(1, compileAll(any.of(), flagLimit));
    }
    if (criterion instanceof Criterion.AtLeast atLeast) {
      return Node.atLeast(atLeast.count(), compileAll(atLeast.of(), flagLimit));
    }
    if (criterion instanceof Criterion.Not not) {
      return Node.not(compile(not.criterion(), flagLimit));
    }
    if (criterion instanceof Criterion.Ref ref) {
      return definitions.get(ref.definition());
    }
    if (criterion instanceof Criterion.FlagFired fired) {
      return Node.flag(flagIndex.get(fired.flag()));
    }
    if (criterion instanceof Criterion.AnyFlagAtLeast atLeast) {
      return Node.anyFlagAtLeast(atLeast.level().ordinal(), flagLimit);
    }
    if (criterion instanceof Criterion.ScoreTest test) {
      return Node.score(
          protocol.scoreIndex(test.score()),
          Comparison.of(test.operator()),
          test.threshold().doubleValue());
    }
    if (criterion instanceof Criterion.ExceptionHolds holds) {
      return Node.exception(protocol.exceptionIndex(holds.exception()));
    }
    if (criterion instanceof Criterion.Difference difference) {
      int first = protocol.questionIndex(difference.question());
      int second = protocol.questionIndex(difference.otherQuestion());
      return Node.difference(
          first,
          difference.question(),
          second,
          difference.otherQuestion(),
          Comparison.of(difference.operator()),
          difference.threshold().doubleValue());
    }
    return answerTest((Criterion.AnswerTest) criterion);
  }

  private Node[] compileAll(List<Criterion> parts, int flagLimit) {
    Node[] nodes = new Node[parts.size()];
    for (int i = 0; i < nodes.length; i++) {
      nodes[i] = compile(parts.get(i), flagLimit);
    }
    return nodes;
  }

  private Node answerTest(Criterion.AnswerTest test) {
    int q = protocol.questionIndex(test.question());
    String id = test.question();
    // No default branch: a new operator does not compile until it says how it is evaluated.
    return switch (test.operator()) {
      case ANSWERED -> Node.answered(q, id);
      case ANY_SELECTED -> Node.options(q, id, -1L, false);
      case GREATER_THAN -> Node.compare(q, id, Comparison.GT, number(test));
      case AT_LEAST -> Node.compare(q, id, Comparison.GE, number(test));
      case LESS_THAN -> Node.compare(q, id, Comparison.LT, number(test));
      case AT_MOST -> Node.compare(q, id, Comparison.LE, number(test));
      case EQUALS ->
          protocol.questions[q].type() == QuestionType.INTEGER
                  || protocol.questions[q].type() == QuestionType.NUMBER
              ? Node.all(
                  new Node[] {
                    Node.compare(q, id, Comparison.GE, number(test)),
                    Node.compare(q, id, Comparison.LE, number(test))
                  })
              : Node.options(q, id, mask(q, test.values()), false);
      case CONTAINS_ALL -> Node.options(q, id, mask(q, test.values()), true);
      case IN, CONTAINS, CONTAINS_ANY -> Node.options(q, id, mask(q, test.values()), false);
    };
  }

  private static double number(Criterion.AnswerTest test) {
    return ((BigDecimal) test.values().get(0)).doubleValue();
  }

  private long mask(int q, List<Object> values) {
    long mask = 0L;
    for (Object value : values) {
      if (value instanceof Boolean yes) {
        mask |= yes ? AnswerSheet.YES : AnswerSheet.NO;
      } else {
        mask |= 1L << protocol.optionIds[q].indexOf((String) value);
      }
    }
    return mask;
  }
}
