package org.triagedesk.intake.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The one age function: whole years on the clinic's calendar, at its midnight, across clock
 * changes.
 */
class PatientDetailsTest {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

  static PatientDetails bornOn(String date) {
    return new PatientDetails("Ana", "Test", LocalDate.parse(date), "en");
  }

  @Test
  void ageAt_shouldTurnAYearOlderAtTheClinicsMidnight_notAtUtcMidnight() {
    // New York springs forward at 02:00 on 8 March 2026; the birthday is that day. 05:00Z is local
    // midnight.
    PatientDetails patient = bornOn("1980-03-08");

    assertThat(patient.ageAt(Instant.parse("2026-03-08T00:30:00Z"), NEW_YORK))
        .as("UTC says 8 March, the clinic still 7 March 19:30")
        .isEqualTo(45);
    assertThat(patient.ageAt(Instant.parse("2026-03-08T04:59:59Z"), NEW_YORK)).isEqualTo(45);
    assertThat(patient.ageAt(Instant.parse("2026-03-08T05:00:00Z"), NEW_YORK)).isEqualTo(46);
    assertThat(patient.ageAt(Instant.parse("2026-03-08T07:30:00Z"), NEW_YORK))
        .as("after the clock jumped from 02:00 to 03:00")
        .isEqualTo(46);
    assertThat(patient.ageAt(Instant.parse("2026-03-09T04:59:59Z"), NEW_YORK)).isEqualTo(46);
  }

  @Test
  void ageAt_shouldCountTheBirthdayFromLocalMidnight_onTheNightTheClocksGoBack() {
    // Zurich goes back from 03:00 to 02:00 on 25 October 2026; local midnight that day is 22:00Z
    // the day before.
    PatientDetails patient = bornOn("2000-10-25");

    assertThat(patient.ageAt(Instant.parse("2026-10-24T21:59:59Z"), ZURICH)).isEqualTo(25);
    assertThat(patient.ageAt(Instant.parse("2026-10-24T22:00:00Z"), ZURICH)).isEqualTo(26);
    assertThat(patient.ageAt(Instant.parse("2026-10-25T00:30:00Z"), ZURICH))
        .as("02:30 the first time")
        .isEqualTo(26);
    assertThat(patient.ageAt(Instant.parse("2026-10-25T01:30:00Z"), ZURICH))
        .as("02:30 the second time")
        .isEqualTo(26);
  }

  @Test
  void ageAt_shouldTakeTheFirstOfMarch_forALeapDayBirthday() {
    PatientDetails patient = bornOn("2004-02-29");

    assertThat(patient.ageAt(Instant.parse("2026-02-28T12:00:00Z"), ZURICH)).isEqualTo(21);
    assertThat(patient.ageAt(Instant.parse("2026-03-01T12:00:00Z"), ZURICH)).isEqualTo(22);
  }
}
