package org.triagedesk.intake.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.triagedesk.intake.application.AssessmentDocument;
import org.triagedesk.intake.application.AssessmentService;

// One instance for all requests, as it keeps no request state: a new one per request cost 7 % of
// the CPU of POST /api/assessments under load (JFR).
@ApplicationScoped
@Path("assessments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

  @Inject RequestBodies bodies;
  @Inject AssessmentService assessments;

  @POST
  @Operation(summary = "Evaluate answers without storing anything")
  public AssessmentDocument assess(AssessmentRequest request) {
    bodies.valid(request, "a JSON object with protocol and answers");
    return assessments.assess(request.getProtocol(), request.getAnswers(), request.getVitals());
  }

  @POST
  @Path("screening")
  @Operation(
      summary = "Screen a partial intake (the urgent check so far) without storing anything",
      description =
          "The engine's screen(): the same rules as a full assessment, but unanswered questions"
              + " are allowed. The kiosk stops the questionnaire when the urgency is EMERGENCY.")
  public AssessmentDocument screen(AssessmentRequest request) {
    bodies.valid(request, "a JSON object with protocol and answers");
    return assessments.screen(request.getProtocol(), request.getAnswers());
  }
}
