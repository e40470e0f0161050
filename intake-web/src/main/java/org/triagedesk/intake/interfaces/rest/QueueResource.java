package org.triagedesk.intake.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.triagedesk.intake.application.QueueAlert;
import org.triagedesk.intake.application.QueuePage;
import org.triagedesk.intake.application.TriageQueueService;

@Path("queue")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

  @Inject TriageQueueService queue;
  @Inject QueueBroadcast broadcast;

  @GET
  @Operation(
      summary = "The queue, most urgent first, then longest waiting (NURSE, CLINICIAN)",
      description =
          "Optional status (WAITING, CALLED, IN_TRIAGE) and urgency filters; page (from 0) and size"
              + " (1-200, default 50). The body is the page's lines; X-Total-Count says how many match in all.")
  public Response queue(
      @QueryParam("status") String status,
      @QueryParam("urgency") String urgency,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size,
      @Context SecurityContext security,
      @Context HttpServletRequest http) {
    QueuePage result = queue.queue(status, urgency, page, size, Callers.of(security, http));
    return Response.ok(result.entries())
        .header("X-Total-Count", result.total())
        .header("X-Page", result.page())
        .header("X-Page-Size", result.size())
        .build();
  }

  @GET
  @Path("alerts")
  @Operation(
      summary =
          "Emergencies no nurse has acknowledged yet: the banner of every staff page (NURSE, CLINICIAN)")
  public List<QueueAlert> alerts(
      @Context SecurityContext security, @Context HttpServletRequest http) {
    return queue.openAlerts(Callers.of(security, http));
  }

  @GET
  @Path("events")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(
      summary =
          "Server-sent events: 'queue' when anything in the queue changed on any server, 'heartbeat'"
              + " every 15 s (NURSE, CLINICIAN)",
      description =
          "Events carry no patient data: re-read GET /api/queue and /api/queue/alerts on each.")
  public void events(@Context SseEventSink sink, @Context Sse sse) {
    broadcast.register(sink, sse);
  }
}
