package org.triagedesk.intake.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triagedesk.intake.application.InvalidAnswers;
import org.triagedesk.intake.application.InvalidReportRequest;
import org.triagedesk.intake.application.InvalidRequest;
import org.triagedesk.intake.application.SubmissionKeyReused;
import org.triagedesk.intake.application.UnknownProtocol;
import org.triagedesk.intake.application.UnknownResource;

/**
 * Every refusal is a JSON error with its status, a sentence and the fields at fault; never a stack
 * trace.
 */
class ExceptionMappersTest {

  static ErrorResponse body(Response response) {
    assertThat(response.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
    ErrorResponse body = (ErrorResponse) response.getEntity();
    assertThat(body.status()).as("the body repeats the status").isEqualTo(response.getStatus());
    return body;
  }

  @Test
  void invalidRequest_shouldBe400_namingEachField_or409ForAConflict() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("page", "must be 0 or more");
    fields.put("status", "must be WAITING, CALLED or IN_TRIAGE");

    Response bad = new InvalidRequestMapper().toResponse(new InvalidRequest("Bad page.", fields));
    Response stale =
        new InvalidRequestMapper()
            .toResponse(
                InvalidRequest.conflict("Changed by someone else.", "version", "reload first"));

    assertThat(bad.getStatus()).isEqualTo(400);
    assertThat(body(bad).message()).isEqualTo("Bad page.");
    assertThat(body(bad).errors())
        .containsExactly(
            new ErrorResponse.FieldError("page", "must be 0 or more"),
            new ErrorResponse.FieldError("status", "must be WAITING, CALLED or IN_TRIAGE"));
    assertThat(stale.getStatus()).isEqualTo(409);
    assertThat(body(stale).errors())
        .containsExactly(new ErrorResponse.FieldError("version", "reload first"));
  }

  @Test
  void invalidAnswers_shouldBe400_listingEveryQuestionUnderAnswers() {
    Response response =
        new InvalidAnswersMapper()
            .toResponse(
                new InvalidAnswers(
                    List.of(
                        new InvalidAnswers.Problem("pain_now", "must be between 0 and 10"),
                        new InvalidAnswers.Problem("sex", "is not one of the options"))));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(body(response).errors())
        .containsExactly(
            new ErrorResponse.FieldError("answers.pain_now", "must be between 0 and 10"),
            new ErrorResponse.FieldError("answers.sex", "is not one of the options"));
  }

  @Test
  void invalidReportRequest_shouldBe400_namingTheParameter() {
    Response response =
        new InvalidReportRequestMapper()
            .toResponse(new InvalidReportRequest("from", "must be a date YYYY-MM-DD, not 'today'"));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(body(response).errors())
        .containsExactly(
            new ErrorResponse.FieldError("from", "must be a date YYYY-MM-DD, not 'today'"));
  }

  @Test
  void unknownProtocol_shouldBe400_onTheProtocolField_andUnknownResource404() {
    Response protocol =
        new UnknownProtocolMapper().toResponse(new UnknownProtocol("knee", List.of()));
    Response missing = new UnknownResourceMapper().toResponse(new UnknownResource("No intake 99."));

    assertThat(protocol.getStatus()).isEqualTo(400);
    assertThat(body(protocol).errors())
        .extracting(ErrorResponse.FieldError::field)
        .containsExactly("protocol");
    assertThat(body(protocol).errors().get(0).message()).contains("'knee'");
    assertThat(missing.getStatus()).isEqualTo(404);
    assertThat(body(missing).message()).isEqualTo("No intake 99.");
  }

  @Test
  void submissionKeyReused_shouldBe422_onTheIdempotencyKey() {
    Response response = new SubmissionKeyReusedMapper().toResponse(new SubmissionKeyReused());

    assertThat(response.getStatus()).isEqualTo(422);
    assertThat(body(response).errors())
        .extracting(ErrorResponse.FieldError::field)
        .containsExactly("Idempotency-Key");
  }

  @Test
  void constraintViolations_shouldBe400_withThePathAsTheClientWroteIt_sortedByField() {
    var violations =
        Set.<ConstraintViolation<?>>of(
            violation(
                "must not be blank",
                node("submit", ElementKind.METHOD),
                node("request", ElementKind.PARAMETER),
                node("patient", ElementKind.PROPERTY),
                node("givenName", ElementKind.PROPERTY)),
            violation(
                "must not be null",
                node("submit", ElementKind.METHOD),
                node("request", ElementKind.PARAMETER),
                node("answers", ElementKind.PROPERTY)),
            violation(
                "must not be null",
                node("submit", ElementKind.METHOD),
                node("request", ElementKind.PARAMETER)));

    Response response =
        new ConstraintViolationMapper().toResponse(new ConstraintViolationException(violations));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(body(response).errors())
        .containsExactly(
            new ErrorResponse.FieldError("answers", "must not be null"),
            new ErrorResponse.FieldError("body", "must not be null"),
            new ErrorResponse.FieldError("patient.givenName", "must not be blank"));
  }

  @Test
  void unexpectedError_shouldBe500_withAnErrorId_andNoneOfTheExceptionsWords() {
    Response response =
        new UnexpectedErrorMapper().toResponse(new IllegalStateException("Dana Reyes 1980-03-14"));

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(body(response).message())
        .matches("Something went wrong on our side \\(error [0-9a-f-]{36}\\)\\.")
        .doesNotContain("Dana");
    assertThat(
            UnexpectedErrorMapper.withoutMessages(
                new RuntimeException("x", new IllegalStateException("Dana"))))
        .contains("java.lang.RuntimeException", "Caused by: java.lang.IllegalStateException")
        .doesNotContain("Dana");
  }

  @Test
  void unexpectedError_shouldKeepThePlatformsClientErrors_andCallAnUnreadableBodyA400() {
    Response notFound = new UnexpectedErrorMapper().toResponse(new NotFoundException());
    Response unreadable =
        new UnexpectedErrorMapper().toResponse(new RuntimeException(new JsonbException("bad")));

    assertThat(notFound.getStatus()).isEqualTo(404);
    assertThat(body(notFound).message()).startsWith("There is no such resource");
    assertThat(unreadable.getStatus()).isEqualTo(400);
    assertThat(body(unreadable).errors())
        .containsExactly(new ErrorResponse.FieldError("body", "could not be read"));
  }

  // ---- hand-made violations: Bean Validation's interfaces, answering only what the mapper reads
  // ----------

  static Path.Node node(String name, ElementKind kind) {
    return (Path.Node)
        Proxy.newProxyInstance(
            Path.Node.class.getClassLoader(),
            new Class<?>[] {Path.Node.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getName" -> name;
                  case "getKind" -> kind;
                  case "toString" -> name;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  static ConstraintViolation<?> violation(String message, Path.Node... nodes) {
    Path path =
        (Path)
            Proxy.newProxyInstance(
                Path.class.getClassLoader(),
                new Class<?>[] {Path.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "iterator" -> List.of(nodes).iterator();
                      case "toString" -> List.of(nodes).toString();
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    return (ConstraintViolation<?>)
        Proxy.newProxyInstance(
            ConstraintViolation.class.getClassLoader(),
            new Class<?>[] {ConstraintViolation.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getMessage" -> message;
                  case "getPropertyPath" -> path;
                  case "hashCode" -> System.identityHashCode(proxy);
                  case "equals" -> proxy == args[0];
                  case "toString" -> message + " at " + path;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
