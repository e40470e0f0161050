package org.triagedesk.intake.interfaces.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.triagedesk.assessment.protocol.Protocol;
import org.triagedesk.intake.application.AssessmentService;
import org.triagedesk.intake.application.UnknownProtocol;
import org.triagedesk.intake.application.fhir.FhirR4;
import org.triagedesk.intake.application.fhir.QuestionnaireMapper;

/**
 * GET /fhir/Questionnaire/{protocol}: a protocol as a FHIR R4 Questionnaire, public like the
 * protocol itself (it holds no patient data). A servlet rather than a JAX-RS resource because FHIR
 * URLs are rooted at /fhir, outside the /api application. Errors are FHIR OperationOutcomes, which
 * name the problem.
 */
@WebServlet("/fhir/Questionnaire/*")
public class FhirQuestionnaireServlet extends HttpServlet {

  @Inject AssessmentService assessments;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    FhirR4.Format format =
        FhirR4.Format.of(request.getParameter("_format"), request.getHeader("Accept")).orElse(null);
    if (format == null) {
      fail(
          response,
          FhirR4.Format.JSON,
          400,
          "Unknown _format: use json or xml (or a FHIR media type).");
      return;
    }
    String path = request.getPathInfo();
    String id = path == null ? "" : path.substring(1);
    if (id.isEmpty() || id.contains("/")) {
      fail(
          response,
          format,
          404,
          "Ask for /fhir/Questionnaire/{protocol}, e.g. /fhir/Questionnaire/upper-back-pain.");
      return;
    }
    Protocol protocol;
    try {
      protocol = assessments.protocol(id);
    } catch (UnknownProtocol unknown) {
      fail(response, format, 404, unknown.getMessage());
      return;
    }
    write(
        response, format, 200, FhirR4.encode(QuestionnaireMapper.toFhirResource(protocol), format));
  }

  private static void fail(
      HttpServletResponse response, FhirR4.Format format, int status, String message)
      throws IOException {
    OperationOutcome outcome = new OperationOutcome();
    outcome
        .addIssue()
        .setSeverity(OperationOutcome.IssueSeverity.ERROR)
        .setCode(
            status == 404
                ? OperationOutcome.IssueType.NOTFOUND
                : OperationOutcome.IssueType.INVALID)
        .setDiagnostics(message);
    write(response, format, status, FhirR4.encode(outcome, format));
  }

  private static void write(
      HttpServletResponse response, FhirR4.Format format, int status, String body)
      throws IOException {
    response.setStatus(status);
    response.setCharacterEncoding("UTF-8");
    response.setContentType(format.mediaType());
    response.getWriter().write(body);
  }
}
