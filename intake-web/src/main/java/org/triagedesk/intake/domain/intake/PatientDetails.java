package org.triagedesk.intake.domain.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/** Who the patient says they are. Identifying health data: never logged. */
@Embeddable
public class PatientDetails {

  @Column(name = "given_name", nullable = false, length = 100)
  private String givenName;

  @Column(name = "family_name", nullable = false, length = 100)
  private String familyName;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  /** Optional: a number to call the patient back on. */
  @Column(name = "phone", length = 32)
  private String phone;

  /** The language the patient chose at the kiosk: "en" or "es". */
  @Column(name = "language", nullable = false, length = 8)
  private String language;

  protected PatientDetails() {}

  public PatientDetails(String givenName, String familyName, LocalDate birthDate, String language) {
    this.givenName = Objects.requireNonNull(givenName);
    this.familyName = Objects.requireNonNull(familyName);
    this.birthDate = Objects.requireNonNull(birthDate);
    this.language = Objects.requireNonNull(language);
  }

  public PatientDetails withPhone(String phone) {
    this.phone = phone == null || phone.isBlank() ? null : phone.strip();
    return this;
  }

  /** What a de-identified intake shows instead of a name. */
  public static final String REMOVED = "removed";

  /** Retention (see {@link Intake#deidentify}): no name, no phone, the birth year only. */
  void deidentify() {
    givenName = REMOVED;
    familyName = REMOVED;
    phone = null;
    birthDate = birthDate.withDayOfYear(1);
  }

  public String phone() {
    return phone;
  }

  public String givenName() {
    return givenName;
  }

  public String familyName() {
    return familyName;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public String language() {
    return language;
  }

  /**
   * The patient's age in whole years at a moment, on the clinic's calendar: the one age the engine,
   * the queue and the reports use. Between midnight UTC and the clinic's midnight the UTC date is
   * another day, so the zone is the clinic's, never UTC or the JVM's (docs/adr/0006). Born on 29
   * February: a year older on 1 March in years without one.
   */
  public int ageAt(Instant moment, ZoneId clinicZone) {
    return Period.between(birthDate, LocalDate.ofInstant(moment, clinicZone)).getYears();
  }

  @Override
  public String toString() {
    return "PatientDetails[redacted]";
  }
}
