package org.triagedesk.intake.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/**
 * The part every answers-carrying request shares: which protocol, and the answers to it. Request
 * bodies are beans, not records: Payara 6's OpenAPI scanner fails on constraints that a record
 * copies onto its constructor (payara/Payara#7649).
 */
public abstract class AnswersRequest {

  @NotBlank(message = "must name a protocol, e.g. upper-back-pain")
  private String protocol;

  @NotNull(message = "must be a JSON object of question id to answer")
  private Map<String, Object> answers;

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
}
