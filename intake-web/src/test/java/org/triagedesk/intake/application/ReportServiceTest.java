package org.triagedesk.intake.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.triagedesk.reporting.PeriodKind;

/**
 * The dates and ranges of a report request, on the clinic's calendar; a bad one names its
 * parameter.
 */
class ReportServiceTest {

  /** 03:00 UTC on 24 November 2026: still the 23rd in New York, the clinic's zone here. */
  static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");

  static ReportService service() {
    ReportService service = new ReportService();
    service.clock = Clock.fixed(NOW, ZoneId.of("America/New_York"));
    return service;
  }

  static TriageQueueReport request(String from, String to) {
    return service().triageQueueRequest(from, to, false, "clinician");
  }

  static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void triageQueueRequest_shouldBeTheClinicsToday_whenNoDateIsGiven() {
    TriageQueueReport today = request(null, " ");

    assertThat(today.from()).as("the clinic's day, not UTC's 24th").isEqualTo(day("2026-11-23"));
    assertThat(today.to()).isEqualTo(day("2026-11-23"));
    assertThat(today.request().period().kind()).isEqualTo(PeriodKind.DAY);
    assertThat(today.request().zone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(today.request().generatedAt()).isEqualTo(NOW);
  }

  @Test
  void triageQueueRequest_shouldTakeOneDay_whenOnlyToIsGiven() {
    TriageQueueReport report = request(null, "2026-11-02");

    assertThat(report.from()).isEqualTo(day("2026-11-02"));
    assertThat(report.to()).isEqualTo(day("2026-11-02"));
  }

  @Test
  void triageQueueRequest_shouldRunToToday_whenOnlyFromIsGiven_orStayOnAFutureDay() {
    assertThat(request("2026-11-01", null).to()).isEqualTo(day("2026-11-23"));
    assertThat(request("2026-12-01", null).to()).isEqualTo(day("2026-12-01"));
  }

  @Test
  void triageQueueRequest_shouldCallSevenDaysAWeek_andOtherRangesCustom() {
    assertThat(request("2026-11-16", "2026-11-22").request().period().kind())
        .isEqualTo(PeriodKind.WEEK);
    assertThat(request("2026-11-16", "2026-11-23").request().period().kind())
        .isEqualTo(PeriodKind.CUSTOM);
    assertThat(request("2026-11-16", "2026-11-16").request().period().kind())
        .isEqualTo(PeriodKind.DAY);
  }

  @Test
  void triageQueueRequest_shouldAcceptAYearOf366Days_andRefuseOneDayMore() {
    assertThat(request("2024-01-01", "2024-12-31").request().period().days()).isEqualTo(366);

    assertThatThrownBy(() -> request("2024-01-01", "2025-01-01"))
        .isInstanceOfSatisfying(
            InvalidReportRequest.class, e -> assertThat(e.parameter()).isEqualTo("to"))
        .hasMessageContaining("366 days");
  }

  @Test
  void triageQueueRequest_shouldRefuseFromAfterTo_namingFrom() {
    assertThatThrownBy(() -> request("2026-11-20", "2026-11-19"))
        .isInstanceOfSatisfying(
            InvalidReportRequest.class, e -> assertThat(e.parameter()).isEqualTo("from"))
        .hasMessageContaining("2026-11-20 > 2026-11-19");
  }

  @Test
  void triageQueueRequest_shouldRefuseADateThatIsNotYyyyMmDd_namingTheParameter() {
    assertThatThrownBy(() -> request("24.11.2026", null))
        .isInstanceOfSatisfying(
            InvalidReportRequest.class, e -> assertThat(e.parameter()).isEqualTo("from"))
        .hasMessageContaining("'24.11.2026'");
    assertThatThrownBy(() -> request("2026-11-01", "2026-02-30"))
        .isInstanceOfSatisfying(
            InvalidReportRequest.class, e -> assertThat(e.parameter()).isEqualTo("to"));
  }

  @Test
  void triageQueueRequest_shouldCarryTheVariant_andNameTheFile() {
    TriageQueueReport report =
        service().triageQueueRequest("2026-11-16", "2026-11-22", true, "clinician");

    assertThat(report.deidentified()).isTrue();
    assertThat(report.request().generatedBy()).isEqualTo("clinician");
    assertThat(report.fileName()).isEqualTo("triage-queue_2026-11-16_2026-11-22_deidentified.xlsx");
  }

  @Test
  void writeTriageQueue_shouldRunOutsideATransaction_soThatEachPageIsLetGo() throws Exception {
    // JpaIntakeRepository.arrivedBetween keeps about one page in memory only when read outside a
    // transaction.
    var write =
        ReportService.class.getMethod(
            "writeTriageQueue", TriageQueueReport.class, OutputStream.class, Caller.class);

    assertThat(ReportService.class.isAnnotationPresent(Transactional.class)).isFalse();
    assertThat(write.isAnnotationPresent(Transactional.class)).isFalse();
    assertThat(
            ReportService.class.isAnnotationPresent(Stateless.class)
                || ReportService.class.isAnnotationPresent(Stateful.class))
        .as("an EJB would start one")
        .isFalse();
  }
}
