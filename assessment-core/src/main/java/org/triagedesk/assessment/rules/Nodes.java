package org.triagedesk.assessment.rules;

import java.util.Map;

/** The evaluation-tree node kinds the rule compiler produces. */
final class Nodes {

  private Nodes() {}

  static final class All implements Node {
    private final Node[] parts;

    All(Node[] parts) {
      this.parts = parts;
    }

    @Override
    public boolean test(Evaluation evaluation) {
      for (Node part : parts) {
        if (!part.test(evaluation)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public void explain(Evaluation evaluation, Map<String, Object> into) {
      for (Node part : parts) {
        part.explain(evaluation, into);
      }
    }
  }

  /** At least {@code count} parts hold; "any" is count 1. Explains only the parts that hold. */
  static final class AtLeast implements Node {
    private final int count;
    private final Node[] parts;

    AtLeast(int count, Node[] parts) {
      this.count = count;
      this.parts = parts;
    }

    @Override
    public boolean test(Evaluation evaluation) {
      int holding = 0;
      for (Node part : parts) {
        if (part.test(evaluation) && ++holding >= count) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void explain(Evaluation evaluation, Map<String, Object> into) {
      for (Node part : parts) {
        if (part.test(evaluation)) {
          part.explain(evaluation, into);
        }
      }
    }
  }

  /** Negation explains nothing: the absence of an answer is not something the patient said. */
  static final class Not implements Node {
    private final Node inner;

    Not(Node inner) {
      this.inner = inner;
    }

    @Override
    public boolean test(Evaluation evaluation) {
      return !inner.test(evaluation);
    }

    @Override
    public void explain(Evaluation evaluation, Map<String, Object> into) {
      // nothing to record
    }
  }

  /** Base for tests of one answer: records that answer when explaining. */
  abstract static class AnswerNode implements Node {
    final int question;
    final String questionId;

    AnswerNode(int question, String questionId) {
      this.question = question;
      this.questionId = questionId;
    }

    /**
     * Records the patient's answer; an assumed value (question skipped) is not something they said.
     */
    @Override
    public void explain(Evaluation evaluation, Map<String, Object> into) {
      if (evaluation.sheet.answered[question]) {
        into.put(questionId, evaluation.sheet.value(question));
      }
    }
  }

  /** Chosen options (or yes/no) intersect the mask; with {@code every}, include all of it. */
  static final class Options extends AnswerNode {
    private final long mask;
    private final boolean every;

    Options(int question, String questionId, long mask, boolean every) {
      super(question, questionId);
      this.mask = mask;
      this.every = every;
    }

    @Override
    public boolean test(Evaluation evaluation) {
      long chosen = evaluation.sheet.bits[question] & mask;
      return every ? chosen == mask : chosen != 0L;
    }
  }

  static final class Answered extends AnswerNode {
    Answered(int question, String questionId) {
      super(question, questionId);
    }

    @Override
    public boolean test(Evaluation evaluation) {
      return evaluation.sheet.answered[question];
    }
  }

  static final class Compare extends AnswerNode {
    private final Comparison comparison;
    private final double threshold;

    Compare(int question, String questionId, Comparison comparison, double threshold) {
      super(question, questionId);
      this.comparison = comparison;
      this.threshold = threshold;
    }

    @Override
    public boolean test(Evaluation evaluation) {
      AnswerSheet sheet = evaluation.sheet;
      return sheet.hasValue[question] && comparison.holds(sheet.number(question), threshold);
    }
  }

  static final class Difference implements Node {
    private final Compare left;
    private final int first;
    private final int second;
    private final Comparison comparison;
    private final double threshold;
    private final Compare right;

    Difference(
        int first,
        String firstId,
        int second,
        String secondId,
        Comparison comparison,
        double threshold) {
      this.first = first;
      this.second = second;
      this.comparison = comparison;
      this.threshold = threshold;
      this.left = new Compare(first, firstId, Comparison.GE, Double.NEGATIVE_INFINITY);
      this.right = new Compare(second, secondId, Comparison.GE, Double.NEGATIVE_INFINITY);
    }

    @Override
    public boolean test(Evaluation evaluation) {
      AnswerSheet sheet = evaluation.sheet;
      return sheet.hasValue[first]
          && sheet.hasValue[second]
          && comparison.holds(Math.abs(sheet.number(first) - sheet.number(second)), threshold);
    }

    @Override
    public void explain(Evaluation evaluation, Map<String, Object> into) {
      left.explain(evaluation, into);
      right.explain(evaluation, into);
    }
  }

  /** A red flag declared earlier has fired; explains with that flag's own trigger. */
  static final class Flag implements Node {
    private final int flag;

    Flag(int flag) {
      this.flag = flag;
    }

    @Override
    public boolean test(Evaluation evaluation) {
      return evaluation.flagLevel[flag] >= 0;
    }

    @Override
    public void explain(Evaluation evaluation, Map<String, Object> into) {
      evaluation.explainFlag(flag, into);
    }
  }

  /**
   * Any red flag declared before {@code limit} fired at this urgency ordinal or more urgent. The
   * limit keeps a flag from ever looking at itself or at flags not yet evaluated.
   */
  static final class AnyFlagAtLeast implements Node {
    private final int ordinal;
    private final int limit;

    AnyFlagAtLeast(int ordinal, int limit) {
      this.ordinal = ordinal;
      this.limit = limit;
    }

    @Override
    public boolean test(Evaluation evaluation) {
      int[] levels = evaluation.flagLevel;
      for (int flag = 0; flag < limit; flag++) {
        if (levels[flag] >= 0 && levels[flag] <= ordinal) {
          return true;
        }
      }
      return false;
    }

    @Override
    public void explain(Evaluation evaluation, Map<String, Object> into) {
      int[] levels = evaluation.flagLevel;
      for (int flag = 0; flag < limit; flag++) {
        if (levels[flag] >= 0 && levels[flag] <= ordinal) {
          evaluation.explainFlag(flag, into);
        }
      }
    }
  }

  /**
   * A score's total compared with a published threshold; explains with the total and the items that
   * scored.
   */
  static final class ScoreTest implements Node {
    private final int score;
    private final Comparison comparison;
    private final double threshold;

    ScoreTest(int score, Comparison comparison, double threshold) {
      this.score = score;
      this.comparison = comparison;
      this.threshold = threshold;
    }

    @Override
    public boolean test(Evaluation evaluation) {
      return comparison.holds(evaluation.scoreTotal[score], threshold);
    }

    @Override
    public void explain(Evaluation evaluation, Map<String, Object> into) {
      evaluation.explainScore(score, into);
    }
  }

  /** A benign exception, evaluated before the red flags, holds. */
  static final class ExceptionHolds implements Node {
    private final int exception;

    ExceptionHolds(int exception) {
      this.exception = exception;
    }

    @Override
    public boolean test(Evaluation evaluation) {
      return evaluation.exceptionHolds[exception];
    }

    @Override
    public void explain(Evaluation evaluation, Map<String, Object> into) {
      evaluation.explainException(exception, into);
    }
  }

  /**
   * A named definition, remembered per intake: definitions are referred to by many rules (e.g. the
   * ACS features) and depend only on answers, scores and exceptions, which do not change while the
   * red flags are evaluated.
   */
  static final class Definition implements Node {
    private final int index;
    private final Node inner;

    Definition(int index, Node inner) {
      this.index = index;
      this.inner = inner;
    }

    @Override
    public boolean test(Evaluation evaluation) {
      byte known = evaluation.definitionState[index];
      if (known != 0) {
        return known > 0;
      }
      boolean holds = inner.test(evaluation);
      evaluation.definitionState[index] = holds ? (byte) 1 : (byte) -1;
      return holds;
    }

    @Override
    public void explain(Evaluation evaluation, Map<String, Object> into) {
      inner.explain(evaluation, into);
    }
  }

  /**
   * A conjunction guarded by the questions it needs a value for: cheaper than walking it when one
   * is missing.
   */
  static final class NeedsValues implements Node {
    private final int[] questions;
    private final Node inner;

    NeedsValues(int[] questions, Node inner) {
      this.questions = questions;
      this.inner = inner;
    }

    @Override
    public boolean test(Evaluation evaluation) {
      boolean[] hasValue = evaluation.sheet.hasValue;
      for (int question : questions) {
        if (!hasValue[question]) {
          return false;
        }
      }
      return inner.test(evaluation);
    }

    @Override
    public void explain(Evaluation evaluation, Map<String, Object> into) {
      inner.explain(evaluation, into);
    }
  }
}
