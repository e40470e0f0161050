package org.triagedesk.intake.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.triagedesk.intake.application.NewIntake;

/**
 * A kiosk submission: the patient, the protocol and the answers. A bean for the reason given in {@link
 * AssessmentRequest}.
 */
public class IntakeRequest {

  @NotNull(message = "must give givenName, familyName, birthDate and language")
  @Valid
  private PatientRequest patient;

  @NotBlank(message = "must name a protocol, e.g. upper-back-pain")
  private String protocol;

  @NotNull(message = "must be a JSON object of question id to answer")
  private Map<String, Object> answers;

  NewIntake toNewIntake() {
    return new NewIntake(
        patient.getGivenName(),
        patient.getFamilyName(),
        patient.getBirthDate(),
        patient.getLanguage(),
        protocol,
        answers);
  }

  public PatientRequest getPatient() {
    return patient;
  }

  public void setPatient(PatientRequest patient) {
    this.patient = patient;
  }

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

  @Override
  public String toString() {
    return "IntakeRequest[protocol=" + protocol + ", patient and answers redacted]";
  }
}
