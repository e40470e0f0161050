package org.triagedesk.intake.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.triagedesk.intake.application.IntakeDetail;
import org.triagedesk.intake.application.TriageQueueService;
import org.triagedesk.intake.application.TriageService;

/**
 * One intake: its detail (NURSE, CLINICIAN) and the nurses' actions on it (NURSE). Each action
 * returns the updated intake; bad input is a 400 naming the field, a missing intake 404, a stale
 * version or an impossible move 409 saying why (and who changed it when).
 */
@Path("intakes/{id}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TriageResource {

  @Inject TriageQueueService queue;
  @Inject TriageService triage;

  @GET
  @Operation(
      summary =
          "One intake in full: answers, evidence, sources, advice, vital signs, history and version"
              + " (NURSE, CLINICIAN); every view is audited. The ETag is the version: with If-None-Match a page that"
              + " is still current gets 304 and nothing else (not a view, not audited)")
  public Response intake(
      @PathParam("id") long id,
      @Context Request request,
      @Context SecurityContext security,
      @Context HttpServletRequest http) {
    Optional<Long> version = queue.version(id);
    if (version.isPresent() && request.evaluatePreconditions(tag(version.get())) != null) {
      return Response.notModified(tag(version.get())).build();
    }
    IntakeDetail detail = queue.detail(id, Callers.of(security, http));
    return Response.ok(detail).tag(tag(detail.version())).build();
  }

  private static EntityTag tag(long version) {
    return new EntityTag(Long.toString(version));
  }

  @POST
  @Path("status")
  @Operation(
      summary =
          "Move the patient: WAITING, CALLED, IN_TRIAGE, SEEN or LEFT_WITHOUT_BEING_SEEN (NURSE);"
              + " a call with a room (\"room\": \"2\") shows ticket and room on the waiting-room screen")
  public IntakeDetail status(
      @PathParam("id") long id,
      TriageRequests.StatusChange body,
      @Context SecurityContext security,
      @Context HttpServletRequest http) {
    TriageRequests.StatusChange change =
        required(body, "{\"status\": \"IN_TRIAGE\", \"version\": 3}");
    return triage.moveTo(
        id,
        change.status(),
        change.room(),
        change.reason(),
        change.version(),
        Callers.of(security, http));
  }

  @POST
  @Path("override")
  @Operation(
      summary =
          "Confirm or override the urgency; an override needs a reason, going below a fired red"
              + " flag's minimum also confirmBelowRedFlag (NURSE)")
  public IntakeDetail override(
      @PathParam("id") long id,
      TriageRequests.UrgencyDecision body,
      @Context SecurityContext security,
      @Context HttpServletRequest http) {
    TriageRequests.UrgencyDecision decision =
        required(body, "{\"urgency\": \"URGENT\", \"reason\": \"...\", \"version\": 3}");
    return triage.setUrgency(
        id,
        decision.urgency(),
        decision.reason(),
        Boolean.TRUE.equals(decision.confirmBelowRedFlag()),
        decision.version(),
        Callers.of(security, http));
  }

  @POST
  @Path("vitals")
  @Operation(
      summary =
          "Record vital signs (heart_rate, respiratory_rate, spo2, systolic_bp_right,"
              + " systolic_bp_left, temperature_c) and re-run the assessment (NURSE)")
  public IntakeDetail vitals(
      @PathParam("id") long id,
      Map<String, Object> body,
      @Context SecurityContext security,
      @Context HttpServletRequest http) {
    Map<String, Object> measured =
        new LinkedHashMap<>(required(body, "{\"heart_rate\": 112, \"spo2\": 95}"));
    Object version = measured.remove("version");
    Long seen = version instanceof Number n ? Long.valueOf(n.longValue()) : null;
    return triage.recordVitals(id, measured, seen, Callers.of(security, http));
  }

  @POST
  @Path("acknowledge")
  @Operation(summary = "Acknowledge the patient's emergency alert (NURSE); who and when are kept")
  public IntakeDetail acknowledge(
      @PathParam("id") long id,
      @Context SecurityContext security,
      @Context HttpServletRequest http) {
    return triage.acknowledgeAlert(id, Callers.of(security, http));
  }

  @POST
  @Path("undo")
  @Operation(summary = "Undo the last status move or urgency decision, with a reason (NURSE)")
  public IntakeDetail undo(
      @PathParam("id") long id,
      TriageRequests.Undo body,
      @Context SecurityContext security,
      @Context HttpServletRequest http) {
    TriageRequests.Undo undo = required(body, "{\"reason\": \"...\", \"version\": 4}");
    return triage.undo(id, undo.reason(), undo.version(), Callers.of(security, http));
  }

  private static <T> T required(T body, String example) {
    if (body == null) {
      throw new BadRequestException("The body must be a JSON object such as " + example + ".");
    }
    return body;
  }
}
