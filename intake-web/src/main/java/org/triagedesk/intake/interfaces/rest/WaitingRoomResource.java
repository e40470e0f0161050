package org.triagedesk.intake.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.triagedesk.intake.application.WaitingRoomScreen;

/** The waiting-room screen's calls: public, tickets and rooms only. */
// One instance for all requests, as it keeps no request state: a new one per request cost 7 % of
// the CPU of POST /api/assessments under load (JFR).
@ApplicationScoped
@Path("waiting-room")
@Produces(MediaType.APPLICATION_JSON)
public class WaitingRoomResource {

  @Inject WaitingRoomScreen screen;

  @GET
  @Operation(
      summary =
          "Tickets called to a room in the last few minutes, latest first: ticket and room only"
              + " (public, for the waiting-room screen; polled every few seconds)")
  public Response calls() {
    return Response.ok(screen.calls()).header("Cache-Control", "no-store").build();
  }
}
