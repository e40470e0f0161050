package org.triagedesk.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.triagedesk.assessment.AssessmentEngine;
import org.triagedesk.assessment.protocol.Protocol;

/** Evaluates answers against a protocol without storing anything: the kiosk's early check, and the API. */
@ApplicationScoped
public class AssessmentService {

  @Inject AssessmentEngine engine;
  @Inject ClinicMetrics metrics;

  public AssessmentDocument assess(String protocolId, Map<String, ?> answers) {
    return assess(protocolId, answers, null);
  }

  /** Nurse-measured vital signs, when given, override the kiosk's answers for the same measurement. */
  public AssessmentDocument assess(
      String protocolId, Map<String, ?> answers, Map<String, ?> nurseVitals) {
    String id = protocol(protocolId).id();
    return AssessmentDocument.of(metrics.timeAssessment(
        () -> engine.assess(id, answers, nurseVitals == null ? Map.of() : nurseVitals)));
  }

  /**
   * The engine's early screening of a partial intake (the urgent check as it is being answered): the same
   * rules, but unanswered questions are not required. The kiosk stops at EMERGENCY.
   */
  public AssessmentDocument screen(String protocolId, Map<String, ?> answersSoFar) {
    return AssessmentDocument.of(engine.screen(protocol(protocolId).id(), answersSoFar));
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
