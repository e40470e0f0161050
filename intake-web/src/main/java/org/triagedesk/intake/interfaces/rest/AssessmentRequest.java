package org.triagedesk.intake.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** Answers to evaluate: {@code {"protocol":"upper-back-pain","answers":{...}}}. */
public record AssessmentRequest(
    @NotBlank(message = "must name a protocol, e.g. upper-back-pain") String protocol,
    @NotNull(message = "must be a JSON object of question id to answer") Map<String, Object> answers) {

  @Override
  public String toString() {
    return "AssessmentRequest[protocol=" + protocol + ", answers redacted]";
  }
}
