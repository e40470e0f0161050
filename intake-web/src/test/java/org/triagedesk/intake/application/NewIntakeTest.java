package org.triagedesk.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewIntakeTest {

  static NewIntake intake(String given, String family, String phone) {
    return new NewIntake(
        given,
        family,
        LocalDate.of(1990, 1, 1),
        "es",
        phone,
        "upper-back-pain",
        Map.of(),
        List.of());
  }

  @Test
  void normalised_shouldTrimNames_andComposeThemInNfc() {
    NewIntake kept = intake("  Jose\u0301 ", "\tNun\u0303ez\n", null).normalised();

    assertThat(kept.givenName()).isEqualTo("Jos\u00e9");
    assertThat(kept.familyName()).isEqualTo("Nu\u00f1ez");
  }

  @Test
  void normalised_shouldKeepABlankPhoneAsNone_andTrimAGivenOne() {
    assertThat(intake("Ana", "Ruiz", "   ").normalised().phone()).isNull();
    assertThat(intake("Ana", "Ruiz", " 555 0100 ").normalised().phone()).isEqualTo("555 0100");
  }

  @Test
  void toString_shouldNeverShowPatientData() {
    assertThat(intake("Ana", "Ruiz", "555 0100").toString()).doesNotContain("Ana", "Ruiz", "555");
  }
}
