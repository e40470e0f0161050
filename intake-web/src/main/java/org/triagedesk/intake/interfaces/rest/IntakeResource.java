package org.triagedesk.intake.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.triagedesk.intake.application.IntakeService;
import org.triagedesk.intake.application.SubmittedIntake;

/** Submitting intakes. Reading one and the nurses' actions on it: {@link TriageResource}. */
@Path("intakes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

  @Inject RequestBodies bodies;
  @Inject IntakeService intakes;

  @POST
  @Operation(
      summary = "Submit an intake: assess it, store it, and return the patient's ticket",
      description = "An enrolled kiosk (Bearer token or its cookie) or a logged-in NURSE.")
  public Response submit(
      IntakeRequest request,
      @Context UriInfo uri,
      @Context SecurityContext security,
      @Context HttpServletRequest http) {
    bodies.valid(request, "a JSON object with patient, protocol and answers");
    SubmittedIntake submitted = intakes.submit(request.toNewIntake(), Callers.of(security, http));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(submitted.id())).build())
        .entity(submitted)
        .build();
  }
}
