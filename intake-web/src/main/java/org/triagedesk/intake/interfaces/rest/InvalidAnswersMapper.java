package org.triagedesk.intake.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.triagedesk.intake.application.InvalidAnswers;

/** Answers the protocol rejects become a 400 that lists every offending question. */
@Provider
public class InvalidAnswersMapper implements ExceptionMapper<InvalidAnswers> {
  @Override
  public Response toResponse(InvalidAnswers e) {
    return ErrorResponse.badRequest(
        "Some answers do not fit the protocol.",
        e.problems().stream()
            .map(p -> new ErrorResponse.FieldError("answers." + p.questionId(), p.reason()))
            .toList());
  }
}
