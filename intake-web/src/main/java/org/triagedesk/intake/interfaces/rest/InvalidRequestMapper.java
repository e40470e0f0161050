package org.triagedesk.intake.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.triagedesk.intake.application.InvalidRequest;

@Provider
public class InvalidRequestMapper implements ExceptionMapper<InvalidRequest> {
  @Override
  public Response toResponse(InvalidRequest e) {
    List<ErrorResponse.FieldError> fields =
        e.fields().entrySet().stream()
            .map(f -> new ErrorResponse.FieldError(f.getKey(), f.getValue()))
            .toList();
    return ErrorResponse.response(
        new ErrorResponse(e.isConflict() ? 409 : 400, e.getMessage(), fields));
  }
}
