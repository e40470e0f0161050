package org.triagedesk.intake.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;
import java.util.Set;

/**
 * Checks a request body with Bean Validation and refuses a missing one. Called by the resources
 * rather than declared with {@code @Valid} on their parameters, because Payara 6's OpenAPI
 * generator fails on constrained resource parameters (payara/Payara#7649).
 */
@ApplicationScoped
public class RequestBodies {

  @Inject Validator validator;

  public <T> T valid(T body, String expected) {
    if (body == null) {
      throw new BadRequestException("The body must be " + expected + ".");
    }
    Set<ConstraintViolation<T>> violations = validator.validate(body);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return body;
  }
}
