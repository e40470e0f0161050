package org.triagedesk.reporting.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triagedesk.reporting.QueueEntries;

/** The builder sets each field by name and a copy through it keeps every value. */
class QueueEntryTest {

  static final Instant NINE = Instant.parse("2026-11-24T08:00:00Z");

  @Test
  void arrived_shouldStartWithOnlyTheRequiredFields() {
    QueueEntry entry = QueueEntry.arrived(NINE, UrgencyLevel.SOON).build();

    assertThat(entry.arrivedAt()).isEqualTo(NINE);
    assertThat(entry.assessedUrgency()).isEqualTo(UrgencyLevel.SOON);
    assertThat(entry.redFlags()).isEmpty();
    assertThat(entry.topCauses()).isEmpty();
    assertThat(entry)
        .extracting(
            QueueEntry::ticket,
            QueueEntry::site,
            QueueEntry::triagedAt,
            QueueEntry::calledAt,
            QueueEntry::closedAt,
            QueueEntry::finalUrgency,
            QueueEntry::override,
            QueueEntry::status,
            QueueEntry::language,
            QueueEntry::patient,
            QueueEntry::ageAtArrival,
            QueueEntry::vitalSigns,
            QueueEntry::engineEvidence)
        .containsOnlyNulls();
  }

  @Test
  void builder_shouldSetEachFieldByItsName() {
    var override =
        new NurseOverride(
            UrgencyLevel.SOON, UrgencyLevel.URGENT, "why", "nurse", NINE.plusSeconds(9));
    var patient = new PatientIdentity("Ana", "Test", java.time.LocalDate.of(1980, 1, 1));
    var vitals = new VitalSigns(80, 14, 98, 120, 121, 36.6);

    QueueEntry entry =
        QueueEntry.arrived(NINE, UrgencyLevel.SOON)
            .ticket("A-001")
            .site("Bern")
            .triagedAt(NINE.plusSeconds(1))
            .calledAt(NINE.plusSeconds(2))
            .closedAt(NINE.plusSeconds(3))
            .finalUrgency(UrgencyLevel.URGENT)
            .redFlags(List.of("RF-1"))
            .topCauses(List.of("GERD"))
            .override(override)
            .status(QueueStatus.CLOSED)
            .language("es")
            .patient(patient)
            .ageAtArrival(46)
            .vitalSigns(vitals)
            .engineEvidence("because")
            .alertRaisedAt(NINE)
            .alertAcknowledgedAt(NINE.plusSeconds(90))
            .build();

    assertThat(entry)
        .isEqualTo(
            new QueueEntry(
                "A-001",
                "Bern",
                NINE,
                NINE.plusSeconds(1),
                NINE.plusSeconds(2),
                NINE.plusSeconds(3),
                UrgencyLevel.SOON,
                UrgencyLevel.URGENT,
                List.of("RF-1"),
                List.of("GERD"),
                override,
                QueueStatus.CLOSED,
                "es",
                patient,
                46,
                vitals,
                "because",
                NINE,
                NINE.plusSeconds(90)));
    assertThat(entry.timeToAcknowledge()).contains(java.time.Duration.ofSeconds(90));
  }

  @Test
  void toBuilder_shouldCopyEveryField() {
    QueueEntry full = QueueEntries.full("A-7", UrgencyLevel.URGENT, UrgencyLevel.SOON, 12);

    assertThat(full.toBuilder().build()).isEqualTo(full);
    assertThat(full.toBuilder().status(QueueStatus.WAITING).build())
        .isEqualTo(
            new QueueEntry(
                full.ticket(),
                full.site(),
                full.arrivedAt(),
                full.triagedAt(),
                full.calledAt(),
                full.closedAt(),
                full.assessedUrgency(),
                full.finalUrgency(),
                full.redFlags(),
                full.topCauses(),
                full.override(),
                QueueStatus.WAITING,
                full.language(),
                full.patient(),
                full.ageAtArrival(),
                full.vitalSigns(),
                full.engineEvidence(),
                full.alertRaisedAt(),
                full.alertAcknowledgedAt()));
  }

  @Test
  void build_shouldStillRefuseAnEntryWithoutArrivalOrAssessedUrgency() {
    assertThatNullPointerException()
        .isThrownBy(() -> QueueEntry.arrived(null, UrgencyLevel.SOON).build());
    assertThatNullPointerException().isThrownBy(() -> QueueEntry.arrived(NINE, null).build());
  }
}
