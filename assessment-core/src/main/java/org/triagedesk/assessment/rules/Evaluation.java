package org.triagedesk.assessment.rules;

import java.util.Arrays;
import java.util.Map;

/** The state of evaluating one intake: its answers and the level of each red flag so far (-1: not fired). */
final class Evaluation {

  final AnswerSheet sheet;
  final int[] flagLevel;
  private final CompiledProtocol protocol;

  Evaluation(CompiledProtocol protocol, AnswerSheet sheet) {
    this.protocol = protocol;
    this.sheet = sheet;
    this.flagLevel = new int[protocol.flags.length];
    Arrays.fill(flagLevel, -1);
  }

  /** Records the answers behind a fired flag: its trigger and any escalation that applied. */
  void explainFlag(int flag, Map<String, Object> into) {
    CompiledProtocol.Flag compiled = protocol.flags[flag];
    compiled.when.explain(this, into);
    for (int i = 0; i < compiled.escalations.length; i++) {
      if (compiled.escalations[i].test(this)) {
        compiled.escalations[i].explain(this, into);
      }
    }
  }
}
