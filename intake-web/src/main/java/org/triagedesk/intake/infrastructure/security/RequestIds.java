package org.triagedesk.intake.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every request's id, in the {@code X-Request-Id} response header and in the log lines about it, so
 * that a client's report ("error 4f2c…") and an operator's log line meet. A well-formed id sent by
 * the client or a proxy in front is kept (a load balancer's id then follows the request through);
 * anything else is replaced by a fresh UUID, so a client cannot write arbitrary text into the logs.
 */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";

  /** The request attribute that holds the id (read by the error mapper and the request log). */
  public static final String ATTRIBUTE = "triage.requestId";

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

  private RequestIds() {}

  /** The request's id, assigned once and set on the response. */
  public static String assign(HttpServletRequest request, HttpServletResponse response) {
    Object existing = request.getAttribute(ATTRIBUTE);
    String id;
    if (existing instanceof String known) {
      id = known;
    } else {
      String sent = request.getHeader(HEADER);
      id =
          sent != null && WELL_FORMED.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
      request.setAttribute(ATTRIBUTE, id);
    }
    response.setHeader(HEADER, id);
    return id;
  }
}
