package org.triagedesk.intake.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.triagedesk.intake.application.AssessmentService;
import org.triagedesk.intake.application.ProtocolView;

// One instance for all requests, as it keeps no request state: a new one per request cost 7 % of
// the CPU of POST /api/assessments under load (JFR).
@ApplicationScoped
@Path("protocols")
@Produces(MediaType.APPLICATION_JSON)
public class ProtocolResource {

  @Inject AssessmentService assessments;

  @GET
  @Operation(
      summary = "Every protocol the clinic offers: id, version and title in English and Spanish")
  public List<ProtocolView.Summary> protocols() {
    return assessments.protocolSummaries();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A protocol's questionnaire, in English and Spanish, for the kiosk")
  public ProtocolView protocol(@PathParam("id") String id) {
    return assessments.protocolView(id);
  }
}
