package org.triagedesk.intake.infrastructure.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every response carries: a Content-Security-Policy with no inline script, no framing,
 * no sniffing, no referrer; and {@code Cache-Control: no-store} on everything that can carry
 * patient data (the API, staff pages, the login page). The authentication mechanism applies them
 * too, because its own 401, 403 and 429 answers are sent before any filter runs.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
          + " media-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response);
    chain.doFilter(request, response);
  }

  static void apply(HttpServletRequest request, HttpServletResponse response) {
    RequestIds.assign(request, response);
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (mayCarryPatientData(path)) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
  }

  static boolean mayCarryPatientData(String path) {
    return path.startsWith("/api/")
        || path.startsWith("/staff/")
        || path.equals("/login.html")
        || path.equals("/")
        || path.equals("/index.html")
        || path.equals("/login")
        || path.equals("/logout")
        || path.equals("/enrol.html");
  }
}
