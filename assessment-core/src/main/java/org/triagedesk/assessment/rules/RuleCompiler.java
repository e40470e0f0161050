package org.triagedesk.assessment.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
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

  /** The answer tests, each once (a test written in several rules is one node), numbered. */
  private final Map<AnswerTestKey, Node> answerTestsByKey = new HashMap<>();

  private final List<Node> answerTests = new ArrayList<>();

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

  /** The answer tests of every criterion compiled so far. */
  AnswerTests answerTests() {
    return new AnswerTests(answerTests, protocol.questions.length);
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
      case ANSWERED -> answered(q, id);
      case ANY_SELECTED -> options(q, id, -1L, false);
      case GREATER_THAN -> compare(q, id, Comparison.GT, number(test));
      case AT_LEAST -> compare(q, id, Comparison.GE, number(test));
      case LESS_THAN -> compare(q, id, Comparison.LT, number(test));
      case AT_MOST -> compare(q, id, Comparison.LE, number(test));
      case EQUALS ->
          protocol.questions[q].type() == QuestionType.INTEGER
                  || protocol.questions[q].type() == QuestionType.NUMBER
              ? Node.all(
                  new Node[] {
                    compare(q, id, Comparison.GE, number(test)),
                    compare(q, id, Comparison.LE, number(test))
                  })
              : options(q, id, mask(q, test.values()), false);
      case CONTAINS_ALL -> options(q, id, mask(q, test.values()), true);
      case IN, CONTAINS, CONTAINS_ANY -> options(q, id, mask(q, test.values()), false);
    };
  }

  /** What makes two answer tests the same test. */
  private record AnswerTestKey(
      int question, int form, long mask, Comparison comparison, double threshold) {}

  private Node options(int q, String id, long mask, boolean every) {
    if (every && mask == 0L) {
      return Node.options(q, id, mask, true, -1); // holds unanswered: not an answer test
    }
    AnswerTestKey key = new AnswerTestKey(q, every ? 1 : 0, mask, null, 0);
    return numbered(key, n -> Node.options(q, id, mask, every, n));
  }

  private Node answered(int q, String id) {
    return numbered(new AnswerTestKey(q, 2, 0L, null, 0), n -> Node.answered(q, id, n));
  }

  private Node compare(int q, String id, Comparison comparison, double threshold) {
    AnswerTestKey key = new AnswerTestKey(q, 3, 0L, comparison, threshold);
    return numbered(key, n -> Node.compare(q, id, comparison, threshold, n));
  }

  private Node numbered(AnswerTestKey key, IntFunction<Node> make) {
    Node known = answerTestsByKey.get(key);
    if (known == null) {
      known = make.apply(answerTests.size());
      answerTests.add(known);
      answerTestsByKey.put(key, known);
    }
    return known;
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
