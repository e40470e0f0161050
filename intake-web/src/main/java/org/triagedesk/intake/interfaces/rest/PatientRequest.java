package org.triagedesk.intake.interfaces.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Who the patient is, as typed at the kiosk. A bean for the reason given in {@link AnswersRequest}. */
public class PatientRequest {

  /**
   * No control characters (NUL, the other C0 and C1 controls, DEL) and no unpaired surrogate halves: a name
   * is printed on a queue screen, in workbooks and in the audit export, where these break or hide text. In a
   * Java regex a well-formed surrogate pair is one code point, so only a lone half matches \p{Cs}.
   */
  static final String PLAIN_TEXT = "[^\\p{Cc}\\p{Cs}]*";

  static final String NO_CONTROL_CHARACTERS =
      "must not contain control characters (such as NUL or a line break) or broken characters";

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
