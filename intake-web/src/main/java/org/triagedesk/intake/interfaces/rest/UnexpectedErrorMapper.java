package org.triagedesk.intake.interfaces.rest;

import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last line: a body that is not JSON of the right shape is the client's mistake (400); an HTTP
 * error keeps its status; anything else is logged under an error id, without the request or its
 * data, and the client gets the id, never a stack trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  /** Where the request id filter keeps each request's id (infrastructure.security.RequestIds). */
  static final String REQUEST_ID = "triage.requestId";

  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Throwable e) {
    BodyRefused refused = find(e, BodyRefused.class);
    if (refused != null) {
      return ErrorResponse.response(
          new ErrorResponse(
              refused.status(),
              refused.getMessage(),
              List.of(
                  new ErrorResponse.FieldError(
                      "body", refused.status() == 413 ? "is too large" : "is nested too deep"))));
    }
    if (e instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      if (status >= 400 && status < 500 && isUnreadableBody(e)) {
        return unreadableBody(e);
      }
      String known = platformMessage(web);
      if (known != null) {
        return ErrorResponse.response(new ErrorResponse(status, known, List.of()));
      }
      // Our own 4xx messages say what is wrong; others fall back to the reason phrase.
      String message =
          status < 500 && web.getMessage() != null && !web.getMessage().startsWith("HTTP ")
              ? web.getMessage()
              : web.getResponse().getStatusInfo().getReasonPhrase();
      return ErrorResponse.response(new ErrorResponse(status, message, List.of()));
    }
    if (isUnreadableBody(e)) {
      return unreadableBody(e);
    }
    String errorId = UUID.randomUUID().toString();
    Object requestId = request == null ? null : request.getAttribute(REQUEST_ID);
    // The Map becomes fields of Payara's JSON log line (docs/operations.md).
    LOG.log(
        Level.SEVERE,
        "Unexpected error {0}\n{1}",
        new Object[] {
          errorId,
          withoutMessages(e),
          Map.of("errorId", errorId, "requestId", requestId == null ? "" : requestId.toString())
        });
    return ErrorResponse.response(
        new ErrorResponse(
            500, "Something went wrong on our side (error " + errorId + ").", List.of()));
  }

  /**
   * The exception chain as types and stack frames only: exception messages can carry submitted
   * values (a name, an answer), which must never reach the logs.
   */
  static String withoutMessages(Throwable e) {
    StringBuilder trace = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      trace.append(t == e ? "" : "Caused by: ").append(t.getClass().getName()).append('\n');
      StackTraceElement[] frames = t.getStackTrace();
      for (int i = 0; i < Math.min(frames.length, 15); i++) {
        trace.append("\tat ").append(frames[i]).append('\n');
      }
    }
    return trace.toString();
  }

  private static boolean isUnreadableBody(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonbException
          || t instanceof jakarta.json.JsonException
          || t instanceof ProcessingException) {
        return true;
      }
    }
    return false;
  }

  /**
   * What Jersey refuses before a resource runs, said so that a client can fix it. Jersey's own
   * messages are the bare reason phrase ("HTTP 415 Unsupported Media Type").
   */
  private static String platformMessage(WebApplicationException web) {
    if (web instanceof NotAllowedException) {
      return "This method is not allowed here; allowed: "
          + String.join(", ", web.getResponse().getAllowedMethods().stream().sorted().toList())
          + ".";
    }
    if (web instanceof NotSupportedException) {
      return "The body must be JSON, sent with Content-Type: application/json.";
    }
    if (web instanceof NotAcceptableException) {
      return "This resource cannot answer in the media type asked for in Accept (the API answers"
          + " application/json).";
    }
    // Jersey's own 404s: no resource at this path, or an id in the path that is not a number.
    if ((web instanceof NotFoundException || web.getResponse().getStatus() == 404)
        && (web.getMessage() == null || web.getMessage().startsWith("HTTP "))) {
      return "There is no such resource (ids in the path are numbers).";
    }
    return null;
  }

  /**
   * "Unable to deserialize property 'birthDate' because of: ..." (Yasson), nested once per level.
   */
  private static final Pattern PROPERTY = Pattern.compile("deserialize property '([^']+)'");

  /** "Json property evil can not be mapped to a class ..." (Yasson, unknown properties refused). */
  private static final Pattern UNKNOWN = Pattern.compile("Json property (\\S+) can not be mapped");

  /**
   * A 400 naming the field at fault when JSON-B says which; the parser's messages may quote the
   * submitted value, so only the field's name is taken from them, never the rest.
   */
  private static Response unreadableBody(Throwable e) {
    List<String> path = new ArrayList<>();
    String unknown = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage();
      Matcher property = PROPERTY.matcher(message);
      if (property.find()
          && (path.isEmpty() || !path.get(path.size() - 1).equals(property.group(1)))) {
        path.add(property.group(1));
      }
      Matcher unknownField = UNKNOWN.matcher(message);
      if (unknownField.find()) {
        unknown = unknownField.group(1);
      }
    }
    if (unknown != null) {
      path.add(unknown);
      return ErrorResponse.badRequest(
          "The body has a field this request does not take.",
          List.of(new ErrorResponse.FieldError(String.join(".", path), "is not a known field")));
    }
    if (!path.isEmpty()) {
      return ErrorResponse.badRequest(
          "A field of the body has the wrong type or format (dates are YYYY-MM-DD).",
          List.of(
              new ErrorResponse.FieldError(
                  String.join(".", path), "has the wrong type or format")));
    }
    return ErrorResponse.badRequest(
        "The body is not valid JSON of the expected shape (dates are YYYY-MM-DD).",
        List.of(new ErrorResponse.FieldError("body", "could not be read")));
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
