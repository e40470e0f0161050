package org.triagedesk.assessment.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.triagedesk.assessment.OrderedMaps;

/**
 * A compiled criterion: one final class whose kind says which test it is. {@link #test} is the hot
 * path (no allocation); {@link #explain} runs only for rules that fired, to record which answers
 * made them fire.
 *
 * <p>One class with a switch, not one class per kind: a call over a tree of a dozen node classes is
 * megamorphic (an interface dispatch per node, never inlined); a call to this one is direct.
 */
final class Node {

  // What a node tests: int constants, not an enum, so that the switch in test() is a plain table
  // jump (an enum switch reads the constant's ordinal through a lookup array first, 8 % of
  // samples).
  /** Every part holds. */
  private static final int ALL = 0;

  /** At least {@code count} parts hold; "any" is count 1. Explains only the parts that hold. */
  private static final int AT_LEAST = 1;

  /** Negation explains nothing: the absence of an answer is not something the patient said. */
  private static final int NOT = 2;

  /** Chosen options (or yes/no) intersect the mask. */
  private static final int ANY_OPTION = 3;

  /** Chosen options include every option of the mask. */
  private static final int EVERY_OPTION = 4;

  /** The patient answered the question. */
  private static final int ANSWERED = 5;

  /** The question has a number and it compares with the threshold. */
  private static final int COMPARE = 6;

  /** Both questions have a number and their absolute difference compares with the threshold. */
  private static final int DIFFERENCE = 7;

  /** A red flag declared earlier has fired; explains with that flag's own trigger. */
  private static final int FLAG = 8;

  /**
   * Any red flag declared before {@code count} fired at this urgency ordinal or more urgent. The
   * limit keeps a flag from ever looking at itself or at flags not yet evaluated.
   */
  private static final int ANY_FLAG_AT_LEAST = 9;

  /** A score's total compared with a threshold; explains with the total and the items scored. */
  private static final int SCORE = 10;

  /** A benign exception, evaluated before the red flags, holds. */
  private static final int EXCEPTION = 11;

  /**
   * A named definition, remembered per intake: definitions are referred to by many rules (e.g. the
   * ACS features) and depend only on answers, scores and exceptions, which do not change while the
   * red flags are evaluated.
   */
  private static final int DEFINITION = 12;

  private final int kind;

  /** The question, flag, score, exception or definition this node looks at, or the urgency. */
  private final int index;

  /** The second question of a difference; the part count of AT_LEAST; the flag limit. */
  private final int count;

  private final long mask;
  private final Comparison comparison;
  private final double threshold;

  /** The parts of ALL and AT_LEAST; the one inner node of NOT and DEFINITION. */
  private final Node[] parts;

  /**
   * Questions (one bit each, as {@link AnswerSheet#valued}) that all need a value for this node to
   * hold, or null; and questions of which at least one needs a value, or null. Most intakes answer
   * few questions, so most of the protocol's conjunctions and alternatives are ruled out by a word
   * or two of bits without walking them.
   */
  private final long[] allOf;

  private final long[] anyOf;

  /**
   * For a test on one answer (and a definition that is one), its number among the protocol's answer
   * tests ({@link AnswerTests}), whose results are bits computed once per intake; else -1.
   */
  final int answerTest;

  /**
   * The parts of ALL and AT_LEAST that are answer tests, as bits over {@link
   * Evaluation#answerTestsHeld} (or null), and the other parts, which are walked: a conjunction is
   * then a word comparison and an alternative a bit count, instead of a call per part.
   */
  private final long[] testParts;

  private final Node[] walkedParts;

  /** The ids an explanation records the answers under. */
  private final String questionId;

  private final String otherQuestionId;

  private Node(
      int kind,
      int index,
      int count,
      long mask,
      Comparison comparison,
      double threshold,
      Node[] parts,
      String questionId,
      String otherQuestionId,
      int answerTest) {
    this.kind = kind;
    this.index = index;
    this.count = count;
    this.mask = mask;
    this.comparison = comparison;
    this.threshold = threshold;
    this.parts = parts;
    this.questionId = questionId;
    this.otherQuestionId = otherQuestionId;
    this.allOf = allOf();
    this.anyOf = anyOf();
    this.answerTest = kind == DEFINITION ? parts[0].answerTest : answerTest;
    long[] tests = null;
    List<Node> walked = new ArrayList<>();
    if (kind == ALL || kind == AT_LEAST) {
      for (Node part : parts) {
        // A test repeated in an AT_LEAST counts twice: only its first occurrence is a bit.
        if (part.answerTest >= 0 && !isSet(tests, part.answerTest)) {
          tests = union(tests, bit(part.answerTest));
        } else {
          walked.add(part);
        }
      }
    }
    this.testParts = tests;
    this.walkedParts = walked.toArray(new Node[0]);
  }

  private static boolean isSet(long[] bits, int bit) {
    return bits != null && (bit >>> 6) < bits.length && (bits[bit >>> 6] & (1L << bit)) != 0L;
  }

  /** Read off the test itself (see {@link #test}), so the masks are exactly as strict as it is. */
  private long[] allOf() {
    return switch (kind) {
      case ANY_OPTION, ANSWERED, COMPARE -> bit(index);
      case EVERY_OPTION -> mask == 0L ? null : bit(index);
      case DIFFERENCE -> union(bit(index), bit(count));
      case DEFINITION -> parts[0].allOf;
      case ALL -> {
        long[] all = null;
        for (Node part : parts) {
          all = union(all, part.allOf);
        }
        yield all;
      }
      // Whichever parts hold, each needs these.
      case AT_LEAST -> {
        if (count <= 0) {
          yield null; // holds with no part holding
        }
        long[] common = parts[0].allOf;
        for (Node part : parts) {
          common = intersection(common, part.allOf);
        }
        yield common;
      }
      default -> null;
    };
  }

  private long[] anyOf() {
    return switch (kind) {
      case ANY_OPTION, ANSWERED, COMPARE, DIFFERENCE, EVERY_OPTION -> allOf;
      case DEFINITION -> parts[0].anyOf;
      case ALL -> {
        for (Node part : parts) {
          if (part.anyOf != null) {
            yield part.anyOf;
          }
        }
        yield null;
      }
      // At least one part holds, and it needs one of its own questions.
      case AT_LEAST -> {
        if (count <= 0) {
          yield null;
        }
        long[] any = null;
        for (Node part : parts) {
          if (part.anyOf == null) {
            yield null;
          }
          any = union(any, part.anyOf);
        }
        yield any;
      }
      default -> null;
    };
  }

  private static long[] bit(int question) {
    long[] bits = new long[(question >>> 6) + 1];
    bits[question >>> 6] = 1L << question;
    return bits;
  }

  private static long[] union(long[] a, long[] b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    long[] union = Arrays.copyOf(a.length >= b.length ? a : b, Math.max(a.length, b.length));
    long[] shorter = a.length >= b.length ? b : a;
    for (int w = 0; w < shorter.length; w++) {
      union[w] |= shorter[w];
    }
    return union;
  }

  private static long[] intersection(long[] a, long[] b) {
    if (a == null || b == null) {
      return null;
    }
    long[] common = new long[Math.min(a.length, b.length)];
    boolean any = false;
    for (int w = 0; w < common.length; w++) {
      common[w] = a[w] & b[w];
      any |= common[w] != 0L;
    }
    return any ? common : null;
  }

  private static boolean allSet(long[] held, long[] bits) {
    for (int w = 0; w < bits.length; w++) {
      if ((held[w] & bits[w]) != bits[w]) {
        return false;
      }
    }
    return true;
  }

  private static int countSet(long[] held, long[] bits) {
    int count = 0;
    for (int w = 0; w < bits.length; w++) {
      count += Long.bitCount(held[w] & bits[w]);
    }
    return count;
  }

  /** Whether the questions this node needs have values: if not, it cannot hold. */
  private boolean possible(long[] valued) {
    if (allOf != null) {
      for (int w = 0; w < allOf.length; w++) {
        if ((valued[w] & allOf[w]) != allOf[w]) {
          return false;
        }
      }
    }
    if (anyOf != null) {
      for (int w = 0; w < anyOf.length; w++) {
        if ((valued[w] & anyOf[w]) != 0L) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  private static Node of(int kind, int index, int count, Node... parts) {
    return new Node(kind, index, count, 0L, null, 0, parts, null, null, -1);
  }

  static Node all(Node[] parts) {
    return of(ALL, 0, 0, parts);
  }

  static Node atLeast(int count, Node[] parts) {
    return of(AT_LEAST, 0, count, parts);
  }

  static Node not(Node inner) {
    return of(NOT, 0, 0, inner);
  }

  /**
   * @param answerTest the test's number among the protocol's answer tests, or -1 when it holds
   *     without a value (every option of none) and so is not one
   */
  static Node options(int question, String questionId, long mask, boolean every, int answerTest) {
    return new Node(
        every ? EVERY_OPTION : ANY_OPTION,
        question,
        0,
        mask,
        null,
        0,
        null,
        questionId,
        null,
        answerTest);
  }

  static Node answered(int question, String questionId, int answerTest) {
    return new Node(ANSWERED, question, 0, 0L, null, 0, null, questionId, null, answerTest);
  }

  static Node compare(
      int question, String questionId, Comparison comparison, double threshold, int answerTest) {
    return new Node(
        COMPARE, question, 0, 0L, comparison, threshold, null, questionId, null, answerTest);
  }

  static Node difference(
      int first,
      String firstId,
      int second,
      String secondId,
      Comparison comparison,
      double threshold) {
    return new Node(
        DIFFERENCE, first, second, 0L, comparison, threshold, null, firstId, secondId, -1);
  }

  static Node flag(int flag) {
    return of(FLAG, flag, 0);
  }

  static Node anyFlagAtLeast(int ordinal, int limit) {
    return of(ANY_FLAG_AT_LEAST, ordinal, limit);
  }

  static Node score(int score, Comparison comparison, double threshold) {
    return new Node(SCORE, score, 0, 0L, comparison, threshold, null, null, null, -1);
  }

  static Node exception(int exception) {
    return of(EXCEPTION, exception, 0);
  }

  static Node definition(int index, Node inner) {
    return of(DEFINITION, index, 0, inner);
  }

  /**
   * A question this node cannot hold without a value for (answered or assumed), or -1 when there is
   * none: read off the compiled test itself, so it is exactly as strict as {@link #test}.
   */
  int neededQuestion() {
    if (allOf == null) {
      return -1;
    }
    for (int w = 0; w < allOf.length; w++) {
      if (allOf[w] != 0L) {
        return (w << 6) + Long.numberOfTrailingZeros(allOf[w]);
      }
    }
    return -1;
  }

  /** The question an answer test looks at. */
  int question() {
    return index;
  }

  /**
   * An answer test evaluated on the sheet itself, once per intake ({@link AnswerTests}); every
   * other reader takes its bit.
   */
  boolean testAnswer(AnswerSheet sheet) {
    return switch (kind) {
      case ANY_OPTION -> (sheet.bits[index] & mask) != 0L;
      case EVERY_OPTION -> (sheet.bits[index] & mask) == mask;
      case ANSWERED -> sheet.isAnswered(index);
      case COMPARE -> sheet.hasValue(index) && comparison.holds(sheet.number(index), threshold);
      default -> throw new IllegalStateException("not an answer test: kind " + kind);
    };
  }

  boolean test(Evaluation evaluation) {
    if (answerTest >= 0) {
      return evaluation.answerTestHeld(answerTest);
    }
    AnswerSheet sheet = evaluation.sheet;
    return switch (kind) {
      case ALL -> {
        if (testParts != null && !allSet(evaluation.answerTestsHeld, testParts)) {
          yield false;
        }
        if (walkedParts.length == 0) {
          yield true;
        }
        if (!possible(sheet.valued)) {
          yield false;
        }
        for (Node part : walkedParts) {
          if (!part.test(evaluation)) {
            yield false;
          }
        }
        yield true;
      }
      case AT_LEAST -> {
        // As many parts as asked for, and at least one (tests are pure, so the order they are
        // counted in does not matter).
        int needed = Math.max(count, 1);
        int holding = testParts == null ? 0 : countSet(evaluation.answerTestsHeld, testParts);
        if (holding >= needed) {
          yield true;
        }
        if (walkedParts.length == 0 || !possible(sheet.valued)) {
          yield false;
        }
        for (Node part : walkedParts) {
          if (part.test(evaluation) && ++holding >= needed) {
            yield true;
          }
        }
        yield false;
      }
      case NOT -> !parts[0].test(evaluation);
      case ANY_OPTION -> (sheet.bits[index] & mask) != 0L;
      case EVERY_OPTION -> (sheet.bits[index] & mask) == mask;
      case ANSWERED -> sheet.isAnswered(index);
      case COMPARE -> sheet.hasValue(index) && comparison.holds(sheet.number(index), threshold);
      case DIFFERENCE ->
          sheet.hasValue(index)
              && sheet.hasValue(count)
              && comparison.holds(Math.abs(sheet.number(index) - sheet.number(count)), threshold);
      case FLAG -> evaluation.flagLevel[index] >= 0;
      case ANY_FLAG_AT_LEAST -> {
        int[] levels = evaluation.flagLevel;
        for (int flag = 0; flag < count; flag++) {
          if (levels[flag] >= 0 && levels[flag] <= index) {
            yield true;
          }
        }
        yield false;
      }
      case SCORE -> comparison.holds(evaluation.scoreTotal[index], threshold);
      case EXCEPTION -> evaluation.exceptionHolds[index];
      case DEFINITION -> {
        byte known = evaluation.definitionState[index];
        if (known != 0) {
          yield known > 0;
        }
        boolean holds = parts[0].test(evaluation);
        evaluation.definitionState[index] = holds ? (byte) 1 : (byte) -1;
        yield holds;
      }
      default -> throw new IllegalStateException("unknown node kind " + kind);
    };
  }

  void explain(Evaluation evaluation, OrderedMaps.Builder<Object> into) {
    switch (kind) {
      case ALL, DEFINITION -> {
        for (Node part : parts) {
          part.explain(evaluation, into);
        }
      }
      case AT_LEAST -> {
        for (Node part : parts) {
          if (part.test(evaluation)) {
            part.explain(evaluation, into);
          }
        }
      }
      case NOT -> {
        // nothing to record
      }
      case ANY_OPTION, EVERY_OPTION, ANSWERED, COMPARE -> explainAnswer(evaluation, index, into);
      case DIFFERENCE -> {
        explainAnswer(evaluation, index, into);
        explainAnswer(evaluation, count, into);
      }
      case FLAG -> evaluation.explainFlag(index, into);
      case ANY_FLAG_AT_LEAST -> {
        int[] levels = evaluation.flagLevel;
        for (int flag = 0; flag < count; flag++) {
          if (levels[flag] >= 0 && levels[flag] <= index) {
            evaluation.explainFlag(flag, into);
          }
        }
      }
      case SCORE -> evaluation.explainScore(index, into);
      case EXCEPTION -> evaluation.explainException(index, into);
      default -> throw new IllegalStateException("unknown node kind " + kind);
    }
  }

  /**
   * Records the patient's answer; an assumed value (question skipped) is not something they said.
   */
  private void explainAnswer(
      Evaluation evaluation, int question, OrderedMaps.Builder<Object> into) {
    if (evaluation.sheet.isAnswered(question)) {
      into.put(question == index ? questionId : otherQuestionId, evaluation.sheet.value(question));
    }
  }
}
