package org.triagedesk.intake.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.triagedesk.intake.application.KioskService;
import org.triagedesk.intake.application.KioskView;

/** Enrolled kiosks, for admins: create (with an enrolment code), new code, API token, revoke. */
@Path("kiosks")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class KioskResource {

  @Inject KioskService kiosks;

  public static class NewKioskRequest {
    public String name;
  }

  @GET
  @Operation(summary = "Every kiosk and its state (ADMIN)")
  public List<KioskView> all() {
    return kiosks.all();
  }

  @POST
  @Operation(
      summary =
          "Create a kiosk; the answer holds its one-time enrolment code, shown only now (ADMIN)")
  public Response create(
      NewKioskRequest body, @Context SecurityContext security, @Context HttpServletRequest http) {
    if (body == null) {
      throw new BadRequestException("The body must be a JSON object with the kiosk's name.");
    }
    return Response.status(Response.Status.CREATED)
        .entity(kiosks.create(body.name, Callers.of(security, http)))
        .build();
  }

  @POST
  @Path("{id}/enrolment-code")
  @Operation(summary = "A new one-time enrolment code for a kiosk (ADMIN)")
  public KioskService.IssuedSecret newEnrolment(
      @PathParam("id") long id,
      @Context SecurityContext security,
      @Context HttpServletRequest http) {
    return kiosks.newEnrolment(id, Callers.of(security, http));
  }

  @POST
  @Path("{id}/token")
  @Operation(
      summary =
          "A new API token for a kiosk, shown only now; the previous token stops working (ADMIN)")
  public KioskService.IssuedSecret issueToken(
      @PathParam("id") long id,
      @Context SecurityContext security,
      @Context HttpServletRequest http) {
    return kiosks.issueToken(id, Callers.of(security, http));
  }

  @POST
  @Path("{id}/revocation")
  @Operation(summary = "Revoke a kiosk: its token and cookie stop working at once (ADMIN)")
  public KioskView revoke(
      @PathParam("id") long id,
      @Context SecurityContext security,
      @Context HttpServletRequest http) {
    return kiosks.revoke(id, Callers.of(security, http));
  }
}
