package org.triagedesk.intake.interfaces.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line: a body that is not JSON of the right shape is the client's mistake (400); an HTTP error
 * keeps its status; anything else is logged under an error id, without the request or its data, and the
 * client gets the id, never a stack trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(Throwable e) {
    if (e instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      if (status >= 400 && status < 500 && isUnreadableBody(e)) {
        return unreadableBody();
      }
      // Our own 4xx messages say what is wrong; others fall back to the reason phrase.
      String message =
          status < 500 && web.getMessage() != null && !web.getMessage().startsWith("HTTP ")
              ? web.getMessage()
              : web.getResponse().getStatusInfo().getReasonPhrase();
      return ErrorResponse.response(new ErrorResponse(status, message, List.of()));
    }
    if (isUnreadableBody(e)) {
      return unreadableBody();
    }
    String errorId = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, () -> "Unexpected error " + errorId + "\n" + withoutMessages(e));
    return ErrorResponse.response(
        new ErrorResponse(500, "Something went wrong on our side (error " + errorId + ").", List.of()));
  }

  /**
   * The exception chain as types and stack frames only: exception messages can carry submitted values
   * (a name, an answer), which must never reach the logs.
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
      if (t instanceof JsonbException || t instanceof jakarta.json.JsonException
          || t instanceof ProcessingException) {
        return true;
      }
    }
    return false;
  }

  private static Response unreadableBody() {
    return ErrorResponse.badRequest(
        "The body is not valid JSON of the expected shape (dates are YYYY-MM-DD).",
        List.of(new ErrorResponse.FieldError("body", "could not be read")));
  }
}
