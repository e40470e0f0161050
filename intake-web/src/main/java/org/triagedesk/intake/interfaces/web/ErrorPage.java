package org.triagedesk.intake.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.triagedesk.intake.application.Audit;
import org.triagedesk.intake.interfaces.rest.Callers;

/**
 * What the server says when the container refuses a request (a role that may not, a method not
 * allowed, an unexpected failure): JSON for the API, a short page for people; never a stack trace.
 */
@WebServlet("/error")
public class ErrorPage extends HttpServlet {

  @Inject Audit audit;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? "" : uri.toString().substring(request.getContextPath().length());
    String message =
        switch (status) {
          case 403 -> "Your account's role may not do this. Ask an administrator if you need it.";
          case 400 -> "The request could not be understood (a malformed address, header or body).";
          case 405 -> "This method is not allowed here.";
          case 413 -> "The request body is too large.";
          case 415 -> "The body must be JSON, sent with Content-Type: application/json.";
          case 500 -> "Something went wrong on our side.";
          default -> "Not found.";
        };
    if (status == HttpServletResponse.SC_FORBIDDEN) {
      audit.refused(Callers.of(request), request.getMethod() + " " + path);
    }
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setCharacterEncoding("UTF-8");
    if (path.startsWith("/api/")) {
      response.setContentType("application/json");
      response
          .getWriter()
          .write(
              jakarta.json.Json.createObjectBuilder()
                  .add("status", status)
                  .add("message", message)
                  .add("errors", jakarta.json.Json.createArrayBuilder())
                  .build()
                  .toString());
      return;
    }
    response.setContentType("text/html");
    String root = request.getContextPath();
    response
        .getWriter()
        .write(
            """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s – Triage Desk</title><link rel="stylesheet" href="%s/css/triage.css"></head>
        <body class="staff"><main id="main"><h1>%s</h1><p>%s</p>
        <p><a href="%s/login.html">Log in as someone else</a></p></main></body></html>
        """
                .formatted(
                    status == 403 ? "Not allowed" : "Error " + status,
                    root,
                    status == 403 ? "Not allowed" : "Error " + status,
                    message,
                    root));
  }
}
