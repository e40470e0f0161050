package org.triagedesk.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.triagedesk.assessment.AssessmentEngine;
import org.triagedesk.assessment.InvalidAnswersException;
import org.triagedesk.assessment.protocol.Protocol;

/**
 * Evaluates answers against a protocol without storing anything: the kiosk's early check, and the
 * API.
 */
@ApplicationScoped
public class AssessmentService {

  @Inject AssessmentEngine engine;
  @Inject ClinicMetrics metrics;

  public AssessmentDocument assess(String protocolId, Map<String, ?> answers) {
    return assess(protocolId, answers, null);
  }

  /**
   * Nurse-measured vital signs, when given, override the kiosk's answers for the same measurement.
   */
  public AssessmentDocument assess(
      String protocolId, Map<String, ?> answers, Map<String, ?> nurseVitals) {
    String id = protocol(protocolId).id();
    try {
      return AssessmentDocument.of(
          metrics.timeAssessment(
              () -> engine.assess(id, answers, nurseVitals == null ? Map.of() : nurseVitals)));
    } catch (InvalidAnswersException e) {
      throw InvalidAnswers.of(e);
    }
  }

  /**
   * The engine's early screening of a partial intake (the urgent check as it is being answered):
   * the same rules, but unanswered questions are not required. The kiosk stops at EMERGENCY.
   */
  public AssessmentDocument screen(String protocolId, Map<String, ?> answersSoFar) {
    String id = protocol(protocolId).id();
    try {
      return AssessmentDocument.of(engine.screen(id, answersSoFar));
    } catch (InvalidAnswersException e) {
      throw InvalidAnswers.of(e);
    }
  }

  /** One line per protocol the clinic offers, for the kiosk's welcome screen. */
  public List<ProtocolView.Summary> protocolSummaries() {
    return protocols().stream().map(ProtocolView.Summary::of).toList();
  }

  /** A protocol's questionnaire as the kiosk renders it. */
  public ProtocolView protocolView(String protocolId) {
    return ProtocolView.of(protocol(protocolId));
  }

  /** Every protocol the engine holds, in the order of the protocol index. */
  public List<Protocol> protocols() {
    return List.copyOf(engine.protocols());
  }

  public Protocol protocol(String protocolId) {
    return engine
        .protocol(protocolId)
        .orElseThrow(() -> new UnknownProtocol(protocolId, engine.protocols()));
  }
}
