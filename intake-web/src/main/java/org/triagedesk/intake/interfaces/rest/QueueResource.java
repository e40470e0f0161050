package org.triagedesk.intake.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.triagedesk.intake.application.QueueEntry;
import org.triagedesk.intake.application.TriageQueueService;

@Path("queue")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

  @Inject TriageQueueService queue;

  @GET
  @Operation(summary = "Waiting intakes, most urgent first, then longest waiting (NURSE, CLINICIAN)")
  public List<QueueEntry> queue(@Context SecurityContext security, @Context HttpServletRequest http) {
    return queue.queue(Callers.of(security, http));
  }
}
