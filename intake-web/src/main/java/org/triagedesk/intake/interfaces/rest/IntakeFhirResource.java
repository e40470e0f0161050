package org.triagedesk.intake.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.triagedesk.assessment.protocol.Protocol;
import org.triagedesk.intake.application.IntakeExchange;
import org.triagedesk.intake.application.IntakeRecord;
import org.triagedesk.intake.application.UnknownProtocol;
import org.triagedesk.intake.application.fhir.FhirR4;
import org.triagedesk.intake.application.fhir.IntakeBundleMapper;

/**
 * One intake as a FHIR R4 Bundle, for the clinic's EHR (NURSE, CLINICIAN); every export is audited.
 */
@Path("intakes/{id}/fhir")
public class IntakeFhirResource {

  @Inject IntakeExchange exchange;
  @Inject Clock clock;

  @GET
  @Produces({FhirR4.JSON, FhirR4.XML, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
  @Operation(
      summary =
          "One intake as a FHIR R4 Bundle: Patient, Encounter, QuestionnaireResponse, RiskAssessment,"
              + " Flags, vital-sign Observations, Provenance (NURSE, CLINICIAN); audited",
      description =
          "application/fhir+json by default; _format=xml (or an Accept of application/fhir+xml)"
              + " gives XML. docs/fhir.md describes the mapping.")
  public Response bundle(
      @PathParam("id") long id,
      @QueryParam("_format") String format,
      @HeaderParam("Accept") String accept,
      @Context SecurityContext security,
      @Context HttpServletRequest http) {
    FhirR4.Format wanted = FhirR4.Format.of(format, accept).orElse(null);
    if (wanted == null) {
      return ErrorResponse.badRequest(
          "Unknown _format.",
          List.of(
              new ErrorResponse.FieldError(
                  "_format", "must be json or xml (or a FHIR media type)")));
    }
    IntakeRecord intake =
        exchange.export(id, wanted.name().toLowerCase(Locale.ROOT), Callers.of(security, http));
    Protocol protocol;
    try {
      protocol = exchange.protocol(intake.protocolId());
    } catch (UnknownProtocol withdrawn) {
      protocol = null; // the answers still go over, by question id
    }
    String body =
        FhirR4.encode(IntakeBundleMapper.toFhirResource(intake, protocol, clock.instant()), wanted);
    return Response.ok(body, wanted.mediaType() + ";charset=UTF-8")
        .header("Cache-Control", "no-store")
        .build();
  }
}
