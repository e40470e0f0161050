package org.triagedesk.assessment.rules;

import java.util.Arrays;
import org.triagedesk.assessment.OrderedMaps;

/**
 * The state of evaluating one intake: its answers and the level of each red flag so far (-1: not
 * fired).
 */
final class Evaluation {

  final AnswerSheet sheet;
  final int[] flagLevel;
  final double[] scoreTotal;
  final boolean[] exceptionHolds;

  /** Per definition: 0 not evaluated yet, 1 holds, -1 does not hold. */
  final byte[] definitionState;

  /** Which score items held, one bit each ({@link CompiledProtocol.Score#total} records them). */
  final long[] itemsHeld;

  /** Which cause features held, one bit each (recorded once when the causes are scored). */
  final long[] featuresHeld;

  /** Which of the protocol's answer tests hold, one bit each ({@link AnswerTests}). */
  final long[] answerTestsHeld;

  /** Scratch space for a score's best band per group, reused across scores. */
  final double[] bestBand;

  private final CompiledProtocol protocol;

  Evaluation(CompiledProtocol protocol, AnswerSheet sheet) {
    this.protocol = protocol;
    this.sheet = sheet;
    this.flagLevel = new int[protocol.flags.length];
    this.scoreTotal = new double[protocol.scores.length];
    this.exceptionHolds = new boolean[protocol.exceptions.length];
    this.definitionState = new byte[protocol.definitionCount];
    this.bestBand = new double[protocol.maxScoreGroups];
    this.itemsHeld = new long[protocol.scoreItemWords];
    this.featuresHeld = new long[protocol.causeFeatures.words];
    this.answerTestsHeld = new long[protocol.answerTests.words];
    protocol.answerTests.evaluate(sheet, answerTestsHeld);
    Arrays.fill(flagLevel, -1);
  }

  boolean answerTestHeld(int test) {
    return (answerTestsHeld[test >>> 6] & (1L << test)) != 0L;
  }

  /** Records a score's total under its id, then the answers behind the items that scored. */
  void explainScore(int score, OrderedMaps.Builder<Object> into) {
    CompiledProtocol.Score compiled = protocol.scores[score];
    into.put(compiled.rule.id(), scoreTotal[score]);
    boolean[] counted = compiled.counted(this);
    for (int i = 0; i < counted.length; i++) {
      if (counted[i]) {
        compiled.items[i].explain(this, into);
      }
    }
  }

  void explainException(int exception, OrderedMaps.Builder<Object> into) {
    protocol.exceptions[exception].when.explain(this, into);
  }

  /** Records the answers behind a fired flag: its trigger and any escalation that applied. */
  void explainFlag(int flag, OrderedMaps.Builder<Object> into) {
    CompiledProtocol.Flag compiled = protocol.flags[flag];
    compiled.when.explain(this, into);
    if (compiled.window != null && !compiled.window.test(this)) {
      return; // fired outside its window: no escalation applied
    }
    for (int i = 0; i < compiled.escalations.length; i++) {
      if (compiled.escalations[i].test(this)) {
        compiled.escalations[i].explain(this, into);
      }
    }
  }
}
