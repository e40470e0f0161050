package org.triagedesk.intake.interfaces.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.triagedesk.intake.application.Caller;

/**
 * Who is calling, for the use case and its audit record: account or kiosk, roles, client address.
 */
public final class Callers {

  static final List<String> ROLES = List.of("NURSE", "CLINICIAN", "ADMIN", "KIOSK");

  private Callers() {}

  static Caller of(SecurityContext security, HttpServletRequest request) {
    return of(security.getUserPrincipal(), security::isUserInRole, request.getRemoteAddr());
  }

  /** The same from a servlet request, for pages the container answers itself (the error page). */
  public static Caller of(HttpServletRequest request) {
    return of(request.getUserPrincipal(), request::isUserInRole, request.getRemoteAddr());
  }

  private static Caller of(
      Principal principal, java.util.function.Predicate<String> hasRole, String address) {
    if (principal == null) {
      return Caller.anonymous(address);
    }
    Set<String> roles = new HashSet<>();
    ROLES.stream().filter(hasRole).forEach(roles::add);
    return new Caller(principal.getName(), roles, address);
  }
}
