package org.triagedesk.intake.interfaces.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures on a request body become a 400 naming each bad field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<ErrorResponse.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new ErrorResponse.FieldError(field(v), v.getMessage()))
            .sorted(Comparator.comparing(ErrorResponse.FieldError::field))
            .toList();
    return ErrorResponse.badRequest("The request has invalid fields.", errors);
  }

  /** "submit.request.patient.givenName" -> "patient.givenName": the path as the client wrote it. */
  static String field(ConstraintViolation<?> violation) {
    List<String> names = new ArrayList<>();
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case PROPERTY, CONTAINER_ELEMENT -> names.add(node.getName());
        default -> {}
      }
    }
    return names.isEmpty() ? "body" : String.join(".", names);
  }
}
