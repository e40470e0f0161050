package org.triagedesk.assessment.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Every test on one answer in the protocol (an option chosen, a question answered, a number
 * compared), each once and numbered by {@link RuleCompiler}. An intake's are all evaluated in one
 * pass over the questions that have a value, before any rule is walked; the rules then read bits
 * ({@link Node#test}), so that a criterion made of such tests needs no walk. Immutable.
 */
final class AnswerTests {

  /** Words of {@link Evaluation#answerTestsHeld}. */
  final int words;

  /** The questions some test looks at, one bit each (as {@link AnswerSheet#valued}). */
  private final long[] tested;

  /** Per question, its tests and their numbers (else null). */
  private final Node[][] byQuestion;

  private final int[][] numbers;

  /**
   * @param tests the answer tests, test {@code i} being the one numbered {@code i}
   */
  AnswerTests(List<Node> tests, int questionCount) {
    words = (tests.size() + 63) >>> 6;
    tested = new long[(questionCount + 63) >>> 6];
    List<List<Integer>> perQuestion = new ArrayList<>();
    for (int q = 0; q < questionCount; q++) {
      perQuestion.add(new ArrayList<>());
    }
    for (int i = 0; i < tests.size(); i++) {
      perQuestion.get(tests.get(i).question()).add(i);
    }
    byQuestion = new Node[questionCount][];
    numbers = new int[questionCount][];
    for (int q = 0; q < questionCount; q++) {
      if (!perQuestion.get(q).isEmpty()) {
        tested[q >>> 6] |= 1L << q;
        numbers[q] = perQuestion.get(q).stream().mapToInt(Integer::intValue).toArray();
        byQuestion[q] = perQuestion.get(q).stream().map(tests::get).toArray(Node[]::new);
      }
    }
  }

  /**
   * Sets the bit of every test that holds on this sheet. A test cannot hold without a value for its
   * question, so only the questions with one are visited.
   */
  void evaluate(AnswerSheet sheet, long[] held) {
    long[] valued = sheet.valued;
    for (int w = 0; w < tested.length; w++) {
      for (long visit = valued[w] & tested[w]; visit != 0L; visit &= visit - 1) {
        int q = (w << 6) + Long.numberOfTrailingZeros(visit);
        Node[] tests = byQuestion[q];
        int[] bits = numbers[q];
        for (int i = 0; i < tests.length; i++) {
          // Without a branch: whether a test holds changes from one intake to the next.
          held[bits[i] >>> 6] |= (tests[i].testAnswer(sheet) ? 1L : 0L) << bits[i];
        }
      }
    }
  }
}
