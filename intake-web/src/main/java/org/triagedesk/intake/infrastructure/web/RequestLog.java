package org.triagedesk.intake.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.triagedesk.intake.infrastructure.security.RequestIds;

/**
 * One log line per API request: method, path, status, time taken and the request id, as fields of
 * Payara's JSON log line (a {@code Map} parameter becomes fields there; docs/operations.md). Never
 * the query string, headers or body: they can hold names and answers. The path holds at most an
 * intake's number or a staff username. Logger {@code org.triagedesk.intake.requests}: set it to
 * WARNING to keep only failed requests.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestLog extends HttpFilter {

  private static final Logger LOG = Logger.getLogger("org.triagedesk.intake.requests");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = RequestIds.assign(request, response);
    long start = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      int status = response.getStatus();
      Level level = status >= 500 ? Level.WARNING : Level.INFO;
      if (LOG.isLoggable(level)) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("requestId", id);
        fields.put("method", request.getMethod());
        fields.put("path", path);
        fields.put("status", Integer.toString(status));
        fields.put("millis", Long.toString((System.nanoTime() - start) / 1_000_000));
        LOG.log(level, "{0} {1} -> {2}", new Object[] {request.getMethod(), path, status, fields});
      }
    }
  }
}
