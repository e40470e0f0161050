package org.triagedesk.intake.application;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a patient submits at the kiosk, already checked for shape by the interface layer. {@code
 * unsure} lists the urgent questions answered "I'm not sure": they are in {@code answers} as yes
 * (that is how the engine must assess them) and are kept apart so that the nurse sees "not sure".
 */
public record NewIntake(
    String givenName,
    String familyName,
    LocalDate birthDate,
    String language,
    String phone,
    String protocol,
    Map<String, Object> answers,
    List<String> unsure) {

  public NewIntake {
    unsure = unsure == null ? List.of() : List.copyOf(unsure);
  }

  public NewIntake(
      String givenName,
      String familyName,
      LocalDate birthDate,
      String language,
      String protocol,
      Map<String, Object> answers) {
    this(givenName, familyName, birthDate, language, null, protocol, answers, List.of());
  }

  /**
   * Names as they are kept: without surrounding spaces, and in Unicode NFC, so that "José" typed
   * with a combining accent and "José" typed precomposed are the same name in the queue, in
   * searches and reports.
   */
  NewIntake normalised() {
    return new NewIntake(
        name(givenName),
        name(familyName),
        birthDate,
        language,
        phone == null || phone.isBlank() ? null : phone.strip(),
        protocol,
        answers,
        unsure);
  }

  private static String name(String name) {
    return Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
  }

  @Override
  public String toString() {
    return "NewIntake[protocol=" + protocol + ", patient and answers redacted]";
  }
}
