package org.triagedesk.intake.interfaces.rest;

import java.util.Map;

/** Answers to evaluate: {@code {"protocol":"upper-back-pain","answers":{...},"vitals":{...}}}. */
public class AssessmentRequest extends AnswersRequest {

  /**
   * Vital signs a nurse measured (section G); optional. They override the kiosk's answer for the
   * same id.
   */
  private Map<String, Object> vitals;

  public Map<String, Object> getVitals() {
    return vitals;
  }

  public void setVitals(Map<String, Object> vitals) {
    this.vitals = vitals;
  }

  @Override
  public String toString() {
    return "AssessmentRequest[protocol=" + getProtocol() + ", answers redacted]";
  }
}
