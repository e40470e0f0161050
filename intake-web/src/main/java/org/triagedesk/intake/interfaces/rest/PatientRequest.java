package org.triagedesk.intake.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Who the patient is, as typed at the kiosk. */
public record PatientRequest(
    @NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters")
        String givenName,
    @NotBlank(message = "must not be blank") @Size(max = 100, message = "must be at most 100 characters")
        String familyName,
    @NotNull(message = "must be a date, YYYY-MM-DD") @Past(message = "must be in the past")
        LocalDate birthDate,
    @NotNull(message = "must be en or es") @Pattern(regexp = "en|es", message = "must be en or es")
        String language) {

  @Override
  public String toString() {
    return "PatientRequest[redacted]";
  }
}
