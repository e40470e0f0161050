package org.triagedesk.intake.application;

import java.time.LocalDate;
import java.util.Map;

/** What a patient submits at the kiosk, already checked for shape by the interface layer. */
public record NewIntake(
    String givenName,
    String familyName,
    LocalDate birthDate,
    String language,
    String protocol,
    Map<String, Object> answers) {

  @Override
  public String toString() {
    return "NewIntake[protocol=" + protocol + ", patient and answers redacted]";
  }
}
