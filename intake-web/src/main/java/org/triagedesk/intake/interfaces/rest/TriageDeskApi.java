package org.triagedesk.intake.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Triage Desk API",
            version = "0.1",
            description = "Kiosk intakes, assessments, the triage queue and reports."))
public class TriageDeskApi extends Application {}
