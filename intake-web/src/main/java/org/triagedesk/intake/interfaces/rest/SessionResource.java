package org.triagedesk.intake.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.triagedesk.intake.application.Caller;
import org.triagedesk.intake.application.KioskService;

/**
 * Who the browser is to the server: a staff member, an enrolled kiosk or nobody; with the CSRF
 * token its pages must send on every change, and the idle timeout. Public: it reveals only the
 * caller's own identity.
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

  /** Set by the authentication mechanism on each request it authenticated by cookie. */
  static final String CSRF_ATTRIBUTE = "triage.csrf";

  @Inject KioskService kiosks;

  public record SessionView(
      String kind,
      String name,
      List<String> roles,
      String csrfToken,
      Integer idleSeconds,
      boolean demo) {}

  @GET
  @Operation(
      summary = "The caller's own session: staff, kiosk or anonymous, its roles and CSRF token")
  public SessionView session(
      @Context SecurityContext security, @Context HttpServletRequest request) {
    Caller caller = Callers.of(security, request);
    String csrf = (String) request.getAttribute(CSRF_ATTRIBUTE);
    List<String> roles = Callers.ROLES.stream().filter(caller::hasRole).toList();
    if (caller.isAnonymous()) {
      return new SessionView("anonymous", null, List.of(), null, null, kiosks.demoMode());
    }
    if (caller.hasRole("KIOSK")) {
      return new SessionView(
          "kiosk",
          caller.name().substring("kiosk:".length()),
          roles,
          csrf,
          null,
          kiosks.demoMode());
    }
    HttpSession session = request.getSession(false);
    return new SessionView(
        "staff",
        caller.name(),
        roles,
        csrf,
        session == null ? null : session.getMaxInactiveInterval(),
        kiosks.demoMode());
  }
}
