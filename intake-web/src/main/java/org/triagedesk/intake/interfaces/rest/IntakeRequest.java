package org.triagedesk.intake.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.triagedesk.intake.application.NewIntake;

/** A kiosk submission: the patient, the protocol and the answers. */
public record IntakeRequest(
    @NotNull(message = "must give givenName, familyName, birthDate and language") @Valid
        PatientRequest patient,
    @NotBlank(message = "must name a protocol, e.g. upper-back-pain") String protocol,
    @NotNull(message = "must be a JSON object of question id to answer") Map<String, Object> answers) {

  NewIntake toNewIntake() {
    return new NewIntake(
        patient.givenName(),
        patient.familyName(),
        patient.birthDate(),
        patient.language(),
        protocol,
        answers);
  }

  @Override
  public String toString() {
    return "IntakeRequest[protocol=" + protocol + ", patient and answers redacted]";
  }
}
