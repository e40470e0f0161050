package org.triagedesk.assessment.protocol;

import java.util.List;

/** A protocol is broken; lists every problem found, each naming file, rule and field. */
public final class ProtocolException extends RuntimeException {

  private final transient List<ProtocolProblem> problems;

  public ProtocolException(List<ProtocolProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  public List<ProtocolProblem> problems() {
    return problems;
  }

  private static String describe(List<ProtocolProblem> problems) {
    StringBuilder text =
        new StringBuilder("protocol refused, ").append(problems.size()).append(" problem(s):");
    for (ProtocolProblem problem : problems) {
      text.append(System.lineSeparator()).append("  ").append(problem);
    }
    return text.toString();
  }
}
