package org.triagedesk.intake.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.triagedesk.intake.application.NameRule;

/**
 * Who the patient is, as typed at the kiosk. A bean for the reason given in {@link AnswersRequest}.
 */
public class PatientRequest {

  /** The names rule of {@link NameRule}: what no name holds, and why. */
  static final String PLAIN_TEXT = NameRule.REGEX;

  static final String NO_CONTROL_CHARACTERS = NameRule.MESSAGE;

  @NotBlank(message = "must not be blank")
  @Size(max = 100, message = "must be at most 100 characters")
  @Pattern(regexp = PLAIN_TEXT, message = NO_CONTROL_CHARACTERS)
  private String givenName;

  @NotBlank(message = "must not be blank")
  @Size(max = 100, message = "must be at most 100 characters")
  @Pattern(regexp = PLAIN_TEXT, message = NO_CONTROL_CHARACTERS)
  private String familyName;

  @NotNull(message = "must be a date, YYYY-MM-DD")
  @Past(message = "must be in the past")
  private LocalDate birthDate;

  /** Optional. */
  @Size(max = 32, message = "must be at most 32 characters")
  @Pattern(regexp = "[0-9 +()-]*", message = "must be digits, spaces and + - ( ) only")
  private String phone;

  @NotNull(message = "must be en or es")
  @Pattern(regexp = "en|es", message = "must be en or es")
  private String language;

  public String getGivenName() {
    return givenName;
  }

  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  @Override
  public String toString() {
    return "PatientRequest[redacted]";
  }
}
