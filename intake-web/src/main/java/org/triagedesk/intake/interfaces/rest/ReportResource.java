package org.triagedesk.intake.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.triagedesk.intake.application.Caller;
import org.triagedesk.intake.application.InvalidReportRequest;
import org.triagedesk.intake.application.ReportService;
import org.triagedesk.intake.application.RuleReviewReport;
import org.triagedesk.intake.application.RuleReviewService;
import org.triagedesk.intake.application.TriageQueueReport;

@Path("reports")
public class ReportResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject ReportService reports;
  @Inject RuleReviewService ruleReview;

  @GET
  @Path("triage-queue.xlsx")
  @Produces(XLSX)
  @Operation(
      summary =
          "Excel workbook of the intakes of a period (default: today), streamed as it is written",
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

  @GET
  @Path("rule-review.xlsx")
  @Produces(XLSX)
  @Operation(
      summary =
          "Rule-review workbook of a period (default: today): per red flag and cause category, how often the"
              + " nurse's final level was higher or lower than the engine's, with the reasons (de-identified); the"
              + " answers seen most in under-assessed intakes; a chart by week",
      description =
          "CLINICIAN only; always de-identified. Every download is audited with its period and counts.")
  public Response ruleReview(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @Context SecurityContext security,
      @Context HttpServletRequest http) {
    Caller clinician = Callers.of(security, http);
    RuleReviewReport report = ruleReview.request(from, to, clinician.name());
    StreamingOutput body = out -> ruleReview.write(report, out, clinician);
    return Response.ok(body, XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + report.fileName() + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
