package org.triagedesk.intake.application;

import java.util.List;
import org.triagedesk.assessment.InvalidAnswersException;

/**
 * Answers the protocol rejects, every offending question with the reason. The engine's own
 * exception, translated here so that the REST layer knows the application only
 * (docs/architecture.md).
 */
public class InvalidAnswers extends RuntimeException {

  /** One rejected answer: the question's id and why, in words. */
  public record Problem(String questionId, String reason) {}

  private final transient List<Problem> problems;

  public InvalidAnswers(List<Problem> problems) {
    super(problems.size() + " answer(s) do not fit the protocol");
    this.problems = List.copyOf(problems);
  }

  static InvalidAnswers of(InvalidAnswersException e) {
    InvalidAnswers translated =
        new InvalidAnswers(
            e.problems().stream().map(p -> new Problem(p.questionId(), p.reason())).toList());
    translated.initCause(e);
    return translated;
  }

  public List<Problem> problems() {
    return problems;
  }
}
