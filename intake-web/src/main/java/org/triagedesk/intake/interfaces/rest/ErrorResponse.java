package org.triagedesk.intake.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Every error the API returns: a status, a sentence, and the fields that were wrong. */
public record ErrorResponse(int status, String message, List<FieldError> errors) {

  public record FieldError(String field, String message) {}

  static Response badRequest(String message, List<FieldError> errors) {
    return response(new ErrorResponse(400, message, errors));
  }

  static Response response(ErrorResponse body) {
    return Response.status(body.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body)
        .build();
  }
}
