package org.triagedesk.intake.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.triagedesk.intake.application.NewIntake;

/** A kiosk submission: the patient, the protocol and the answers. */
public class IntakeRequest extends AnswersRequest {

  @NotNull(message = "must give givenName, familyName, birthDate and language")
  @Valid
  private PatientRequest patient;

  NewIntake toNewIntake() {
    return new NewIntake(
        patient.getGivenName(),
        patient.getFamilyName(),
        patient.getBirthDate(),
        patient.getLanguage(),
        getProtocol(),
        getAnswers());
  }

  public PatientRequest getPatient() {
    return patient;
  }

  public void setPatient(PatientRequest patient) {
    this.patient = patient;
  }

  @Override
  public String toString() {
    return "IntakeRequest[protocol=" + getProtocol() + ", patient and answers redacted]";
  }
}
