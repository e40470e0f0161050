package org.triagedesk.assessment;

import java.util.List;

/** The outcome of checking answers against a protocol: every offending question, or none. */
public record AnswerValidation(List<AnswerProblem> problems) {

  public AnswerValidation {
    problems = List.copyOf(problems);
  }

  public boolean isValid() {
    return problems.isEmpty();
  }
}
