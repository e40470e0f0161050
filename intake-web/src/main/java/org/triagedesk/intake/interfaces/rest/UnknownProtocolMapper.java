package org.triagedesk.intake.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.triagedesk.intake.application.UnknownProtocol;

@Provider
public class UnknownProtocolMapper implements ExceptionMapper<UnknownProtocol> {
  @Override
  public Response toResponse(UnknownProtocol e) {
    return ErrorResponse.badRequest(
        "Unknown protocol.", List.of(new ErrorResponse.FieldError("protocol", e.getMessage())));
  }
}
