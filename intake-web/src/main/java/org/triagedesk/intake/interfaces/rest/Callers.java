package org.triagedesk.intake.interfaces.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.triagedesk.intake.application.Caller;

/** Who is calling, for the use case and its audit record: account or kiosk, roles, client address. */
final class Callers {

  static final List<String> ROLES = List.of("NURSE", "CLINICIAN", "ADMIN", "KIOSK");

  private Callers() {}

  static Caller of(SecurityContext security, HttpServletRequest request) {
    Principal principal = security.getUserPrincipal();
    if (principal == null) {
      return Caller.anonymous(request.getRemoteAddr());
    }
    Set<String> roles = new HashSet<>();
    ROLES.stream().filter(security::isUserInRole).forEach(roles::add);
    return new Caller(principal.getName(), roles, request.getRemoteAddr());
  }
}
