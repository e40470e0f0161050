package org.triagedesk.intake.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.triagedesk.assessment.AssessmentEngine;
import org.triagedesk.assessment.InvalidAnswersException;

/**
 * The engine's model and its exception stop at the application layer: resources get application
 * types.
 */
class AssessmentServiceTest {

  static final AssessmentService SERVICE = new AssessmentService();

  static {
    SERVICE.engine = AssessmentEngine.withBundledProtocols();
    // The timer is the platform's (MicroProfile Metrics); here only the assessment it wraps
    // matters.
    SERVICE.metrics =
        new ClinicMetrics() {
          @Override
          public <T> T timeAssessment(Supplier<T> assessment) {
            return assessment.get();
          }
        };
  }

  @Test
  void assess_shouldTranslateRejectedAnswers_intoInvalidAnswers_keepingEveryQuestion() {
    assertThatThrownBy(
            () -> SERVICE.assess("upper-back-pain", Map.of("pain_now", 11, "sex", "robot")))
        .isInstanceOfSatisfying(
            InvalidAnswers.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidAnswers.Problem::questionId)
                    .contains("pain_now", "sex"))
        .hasCauseInstanceOf(InvalidAnswersException.class);
    assertThatThrownBy(() -> SERVICE.screen("upper-back-pain", Map.of("pain_now", 11)))
        .isInstanceOf(InvalidAnswers.class);
  }

  @Test
  void protocolView_shouldCarryTheQuestionnaire_andSummariesEveryProtocol() {
    ProtocolView view = SERVICE.protocolView("upper-back-pain");

    assertThat(view.id()).isEqualTo("upper-back-pain");
    assertThat(view.sections()).isNotEmpty();
    assertThat(view.sections().get(0).questions())
        .extracting(ProtocolView.QuestionView::id)
        .contains("age");
    assertThat(SERVICE.protocolSummaries())
        .extracting(ProtocolView.Summary::id)
        .contains("upper-back-pain");
    assertThatThrownBy(() -> SERVICE.protocolView("knee")).isInstanceOf(UnknownProtocol.class);
  }
}
