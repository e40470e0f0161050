package org.triagedesk.assessment.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The criteria of a group of rules (the causes' features, a score's items), sorted by a question
 * each cannot hold without ({@link Node#neededQuestion}): most intakes answer few of the protocol's
 * questions, so the criteria that need one of the others are never visited. Which criteria held is
 * recorded as bits (rule {@code r}'s item {@code i} is bit {@code 64 * firstWord[r] + i}), so that
 * the callers add weights and explain in the protocol's order, as when every criterion was tested.
 */
final class CriteriaByQuestion {

  /** Per rule, its first word in the bit set. */
  private final int[] firstWord;

  /** Words of the bit set for all the rules. */
  final int words;

  /** Criteria that need no particular question, tested for every intake, and their bits. */
  private final Node[] always;

  private final int[] alwaysBit;

  /**
   * The questions some criterion needs (one bit each, as {@link AnswerSheet#valued}), so that only
   * those with a value are visited; per question, those criteria and their bits (else null).
   */
  private final long[] keyed;

  private final Node[][] byQuestion;
  private final int[][] bitsByQuestion;

  /**
   * @param criteria per rule, its criteria in the protocol's order
   */
  CriteriaByQuestion(Node[][] criteria, int questionCount) {
    firstWord = new int[criteria.length];
    int word = 0;
    for (int r = 0; r < criteria.length; r++) {
      firstWord[r] = word;
      word += (criteria[r].length + 63) >>> 6;
    }
    words = word;
    List<Node> alwaysList = new ArrayList<>();
    List<Integer> alwaysBits = new ArrayList<>();
    List<List<Node>> nodes = new ArrayList<>();
    List<List<Integer>> bits = new ArrayList<>();
    for (int q = 0; q < questionCount; q++) {
      nodes.add(new ArrayList<>());
      bits.add(new ArrayList<>());
    }
    for (int r = 0; r < criteria.length; r++) {
      for (int i = 0; i < criteria[r].length; i++) {
        Node node = criteria[r][i];
        int needed = node.neededQuestion();
        if (needed < 0) {
          alwaysList.add(node);
          alwaysBits.add(bit(r, i));
        } else {
          nodes.get(needed).add(node);
          bits.get(needed).add(bit(r, i));
        }
      }
    }
    always = alwaysList.toArray(new Node[0]);
    alwaysBit = alwaysBits.stream().mapToInt(Integer::intValue).toArray();
    keyed = new long[(questionCount + 63) >>> 6];
    byQuestion = new Node[questionCount][];
    bitsByQuestion = new int[questionCount][];
    for (int q = 0; q < questionCount; q++) {
      if (!nodes.get(q).isEmpty()) {
        keyed[q >>> 6] |= 1L << q;
        byQuestion[q] = nodes.get(q).toArray(new Node[0]);
        bitsByQuestion[q] = bits.get(q).stream().mapToInt(Integer::intValue).toArray();
      }
    }
  }

  private int bit(int rule, int item) {
    return (firstWord[rule] << 6) + item;
  }

  /**
   * Sets the bit of every criterion that holds for this intake in {@code held}, from word {@code
   * base} on (the caller gives zeroed words).
   */
  void collect(Evaluation evaluation, long[] held, int base) {
    int offset = base << 6;
    for (int i = 0; i < always.length; i++) {
      if (always[i].test(evaluation)) {
        set(held, offset + alwaysBit[i]);
      }
    }
    long[] valued = evaluation.sheet.valued;
    for (int w = 0; w < keyed.length; w++) {
      for (long visit = valued[w] & keyed[w]; visit != 0L; visit &= visit - 1) {
        int q = (w << 6) + Long.numberOfTrailingZeros(visit);
        Node[] nodes = byQuestion[q];
        int[] bits = bitsByQuestion[q];
        for (int i = 0; i < nodes.length; i++) {
          if (nodes[i].test(evaluation)) {
            set(held, offset + bits[i]);
          }
        }
      }
    }
  }

  /** Whether item {@code item} of rule {@code rule} held, as {@link #collect} recorded it. */
  boolean held(long[] held, int base, int rule, int item) {
    int bit = ((base + firstWord[rule]) << 6) + item;
    return (held[bit >>> 6] & (1L << bit)) != 0L;
  }

  private static void set(long[] held, int bit) {
    held[bit >>> 6] |= 1L << bit;
  }
}
