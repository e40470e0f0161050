package org.triagedesk.intake.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import org.triagedesk.intake.application.Caller;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.triagedesk.intake.application.InvalidReportRequest;
import org.triagedesk.intake.application.ReportService;
import org.triagedesk.intake.application.TriageQueueReport;

@Path("reports")
public class ReportResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject ReportService reports;

  @GET
  @Path("triage-queue.xlsx")
  @Produces(XLSX)
  @Operation(
      summary = "Excel workbook of the intakes of a period (default: today), streamed as it is written",
      description = "CLINICIAN only. Every download is audited with its parameters and row count.")
  public Response triageQueue(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("deidentified") @DefaultValue("false") String deidentified,
      @Context SecurityContext security,
      @Context HttpServletRequest http) {
    if (!deidentified.equals("true") && !deidentified.equals("false")) {
      throw new InvalidReportRequest("deidentified", "must be true or false");
    }
    // Parameters are checked before the first byte is sent, so a bad one still gets a clean 400.
    Caller clinician = Callers.of(security, http);
    TriageQueueReport report =
        reports.triageQueueRequest(from, to, Boolean.parseBoolean(deidentified), clinician.name());
    StreamingOutput body = out -> reports.writeTriageQueue(report, out, clinician);
    return Response.ok(body, XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + report.fileName() + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
