package org.triagedesk.intake.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.triagedesk.intake.application.NewIntake;

/** A kiosk submission: the patient, the protocol and the answers. */
public class IntakeRequest extends AnswersRequest {

  @NotNull(message = "must give givenName, familyName, birthDate and language")
  @Valid
  private PatientRequest patient;

  /**
   * Urgent yes/no questions answered "I'm not sure": also in answers as true, recorded for the
   * nurse.
   */
  private List<@NotNull(message = "must be question ids") String> unsure;

  NewIntake toNewIntake() {
    return new NewIntake(
        patient.getGivenName(),
        patient.getFamilyName(),
        patient.getBirthDate(),
        patient.getLanguage(),
        patient.getPhone(),
        getProtocol(),
        getAnswers(),
        unsure);
  }

  public List<String> getUnsure() {
    return unsure;
  }

  public void setUnsure(List<String> unsure) {
    this.unsure = unsure;
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
