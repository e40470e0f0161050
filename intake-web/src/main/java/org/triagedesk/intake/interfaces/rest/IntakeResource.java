package org.triagedesk.intake.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.triagedesk.intake.application.IntakeService;
import org.triagedesk.intake.application.Submission;
import org.triagedesk.intake.application.SubmittedIntake;

/** Submitting intakes. Reading one and the nurses' actions on it: {@link TriageResource}. */
// One instance for all requests, as it keeps no request state: a new one per request cost 7 % of
// the CPU of POST /api/assessments under load (JFR).
@ApplicationScoped
@Path("intakes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

  @Inject RequestBodies bodies;
  @Inject IntakeService intakes;

  /** A UUID is what the kiosk sends; any client may use another unguessable value of this shape. */
  static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_.:-]{16,64}");

  @POST
  @Operation(
      summary = "Submit an intake: assess it, store it, and return the patient's ticket",
      description =
          "An enrolled kiosk (Bearer token or its cookie) or a logged-in NURSE. With an Idempotency-Key"
              + " header (16 to 64 letters, digits, '-', '_', '.', ':'; the kiosk sends a UUID per patient) a"
              + " repeat of the same submission returns the first result (200, same intake and ticket), and the"
              + " same key with a different submission gets 422. The answer carries only what the patient sees.")
  public Response submit(
      IntakeRequest request,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context UriInfo uri,
      @Context SecurityContext security,
      @Context HttpServletRequest http) {
    if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
      return ErrorResponse.badRequest(
          "The Idempotency-Key header is not valid.",
          List.of(
              new ErrorResponse.FieldError(
                  "Idempotency-Key",
                  "must be 16 to 64 letters, digits, '-', '_', '.' or ':' (a UUID will do)")));
    }
    bodies.valid(request, "a JSON object with patient, protocol and answers");
    Submission submission =
        intakes.submit(request.toNewIntake(), Callers.of(security, http), idempotencyKey);
    SubmittedIntake submitted = submission.intake();
    URI location = uri.getAbsolutePathBuilder().path(Long.toString(submitted.id())).build();
    return submission.stored()
        ? Response.created(location).entity(submitted).build()
        : Response.ok(submitted).location(location).build();
  }
}
