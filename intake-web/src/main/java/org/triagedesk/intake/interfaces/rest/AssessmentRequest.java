package org.triagedesk.intake.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * Answers to evaluate: {@code {"protocol":"upper-back-pain","answers":{...}}}. A bean, not a record: Payara
 * 6's OpenAPI scanner fails on constraints that a record copies onto its constructor (payara/Payara#7649).
 */
public class AssessmentRequest {

  @NotBlank(message = "must name a protocol, e.g. upper-back-pain")
  private String protocol;

  @NotNull(message = "must be a JSON object of question id to answer")
  private Map<String, Object> answers;

  /** Vital signs a nurse measured (section G); optional. They override the kiosk's answer for the same id. */
  private Map<String, Object> vitals;

  public String getProtocol() {
    return protocol;
  }

  public void setProtocol(String protocol) {
    this.protocol = protocol;
  }

  public Map<String, Object> getAnswers() {
    return answers;
  }

  public void setAnswers(Map<String, Object> answers) {
    this.answers = answers;
  }

  public Map<String, Object> getVitals() {
    return vitals;
  }

  public void setVitals(Map<String, Object> vitals) {
    this.vitals = vitals;
  }

  @Override
  public String toString() {
    return "AssessmentRequest[protocol=" + protocol + ", answers redacted]";
  }
}
