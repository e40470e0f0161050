package org.triagedesk.intake.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.triagedesk.intake.application.AuditCriteria;
import org.triagedesk.intake.application.AuditSearch;
import org.triagedesk.intake.application.Caller;

/** The audit trail, for admins: search a page at a time, or download every match as CSV. */
@Path("audit")
public class AuditResource {

  @Inject AuditSearch audit;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Search the audit trail, newest first (ADMIN)")
  public AuditSearch.Page search(
      @QueryParam("intake") String intake,
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size,
      @Context SecurityContext security,
      @Context HttpServletRequest http) {
    AuditCriteria query = audit.criteria(intake, actor, action, from, to);
    return audit.search(query, page, size, Callers.of(security, http));
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  @Operation(summary = "Every audit record matching the search, as CSV (ADMIN)")
  public Response export(
      @QueryParam("intake") String intake,
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @Context SecurityContext security,
      @Context HttpServletRequest http) {
    AuditCriteria query = audit.criteria(intake, actor, action, from, to);
    Caller admin = Callers.of(security, http);
    StreamingOutput body = out -> audit.writeCsv(query, out, admin);
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"audit.csv\"")
        .build();
  }
}
