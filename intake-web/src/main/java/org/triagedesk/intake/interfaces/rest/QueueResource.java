package org.triagedesk.intake.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.triagedesk.intake.application.QueueEntry;
import org.triagedesk.intake.application.TriageQueueService;

@Path("queue")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

  @Inject TriageQueueService queue;

  @GET
  @Operation(summary = "Waiting intakes, most urgent first, then longest waiting")
  public List<QueueEntry> queue() {
    return queue.queue();
  }
}
