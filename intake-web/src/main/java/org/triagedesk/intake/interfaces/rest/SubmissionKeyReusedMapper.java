package org.triagedesk.intake.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.triagedesk.intake.application.SubmissionKeyReused;

/**
 * The same Idempotency-Key with a different submission: 422, the request is well formed but cannot
 * be.
 */
@Provider
public class SubmissionKeyReusedMapper implements ExceptionMapper<SubmissionKeyReused> {
  @Override
  public Response toResponse(SubmissionKeyReused e) {
    return ErrorResponse.response(
        new ErrorResponse(
            422,
            e.getMessage(),
            List.of(
                new ErrorResponse.FieldError(
                    "Idempotency-Key", "already used for a different intake"))));
  }
}
