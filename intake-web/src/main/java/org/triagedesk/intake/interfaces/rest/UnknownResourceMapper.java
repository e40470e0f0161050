package org.triagedesk.intake.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.triagedesk.intake.application.UnknownResource;

@Provider
public class UnknownResourceMapper implements ExceptionMapper<UnknownResource> {
  @Override
  public Response toResponse(UnknownResource e) {
    return ErrorResponse.response(new ErrorResponse(404, e.getMessage(), List.of()));
  }
}
