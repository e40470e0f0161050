package org.triagedesk.intake.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.triagedesk.intake.application.IntakeService;
import org.triagedesk.intake.application.QueueEntry;
import org.triagedesk.intake.application.SubmittedIntake;
import org.triagedesk.intake.application.TriageQueueService;

@Path("intakes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IntakeResource {

  @Inject RequestBodies bodies;
  @Inject IntakeService intakes;
  @Inject TriageQueueService queue;

  @POST
  @Operation(summary = "Submit a kiosk intake: assess it, store it, and return the patient's ticket")
  public Response submit(
      IntakeRequest request,
      @Context UriInfo uri) {
    bodies.valid(request, "a JSON object with patient, protocol and answers");
    SubmittedIntake submitted = intakes.submit(request.toNewIntake());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(submitted.id())).build())
        .entity(submitted)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One intake as it stands in the queue")
  public QueueEntry intake(@PathParam("id") long id) {
    return queue.entry(id).orElseThrow(() -> new NotFoundException("No intake " + id));
  }
}
