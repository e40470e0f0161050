package org.triagedesk.intake.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.triagedesk.intake.application.InvalidReportRequest;

@Provider
public class InvalidReportRequestMapper implements ExceptionMapper<InvalidReportRequest> {
  @Override
  public Response toResponse(InvalidReportRequest e) {
    return ErrorResponse.badRequest(
        "The report parameters are not valid.",
        List.of(new ErrorResponse.FieldError(e.parameter(), e.getMessage())));
  }
}
