package org.triagedesk.intake.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.triagedesk.intake.application.Caller;
import org.triagedesk.intake.application.KioskService;

/**
 * A kiosk's browser enrols: it presents the one-time code from the admin's enrolment link and
 * receives its token as an HttpOnly, SameSite=Strict cookie that scripts cannot read. Public: a
 * wrong code gets a 400.
 */
@Path("kiosk-enrolments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class KioskEnrolmentResource {

  static final String COOKIE = "triage_kiosk";
  static final Duration COOKIE_LIFETIME = Duration.ofDays(400);

  @Inject KioskService kiosks;

  /** The enrolment: {@code code} from the link, or {@code demo: true} in demo mode. */
  public static class EnrolmentRequest {
    public String code;
    public boolean demo;

    @Override
    public String toString() {
      return "EnrolmentRequest[code redacted]";
    }
  }

  public record Enrolled(String kiosk) {}

  @POST
  @Operation(
      summary =
          "Enrol this browser as a kiosk with a one-time enrolment code; sets the kiosk cookie")
  public Response enrol(EnrolmentRequest body, @Context HttpServletRequest request) {
    if (body == null) {
      throw new jakarta.ws.rs.BadRequestException(
          "The body must be a JSON object with the enrolment code.");
    }
    Caller device = Caller.anonymous(request.getRemoteAddr());
    KioskService.Enrolment enrolment =
        body.demo ? kiosks.enrolAsDemoKiosk(device) : kiosks.enrol(body.code, device);
    String cookie =
        COOKIE
            + "="
            + enrolment.token()
            + "; Path="
            + contextPath(request)
            + "; Max-Age="
            + COOKIE_LIFETIME.toSeconds()
            + "; HttpOnly; SameSite=Strict"
            + (request.isSecure() ? "; Secure" : "");
    return Response.ok(new Enrolled(enrolment.kioskName())).header("Set-Cookie", cookie).build();
  }

  private static String contextPath(HttpServletRequest request) {
    return request.getContextPath().isEmpty() ? "/" : request.getContextPath();
  }
}
