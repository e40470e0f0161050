package org.triagedesk.assessment;

import java.util.List;

/**
 * Thrown by {@link AssessmentEngine#assess} when answers break the protocol; lists every problem.
 */
public final class InvalidAnswersException extends RuntimeException {

  private final transient List<AnswerProblem> problems;

  public InvalidAnswersException(List<AnswerProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  public List<AnswerProblem> problems() {
    return problems;
  }

  // Question ids and reasons only: the message must never carry the patient's answers.
  private static String describe(List<AnswerProblem> problems) {
    StringBuilder text = new StringBuilder("invalid answers:");
    for (AnswerProblem problem : problems) {
      text.append(' ')
          .append(problem.questionId())
          .append(" (")
          .append(problem.reason())
          .append(");");
    }
    return text.toString();
  }
}
