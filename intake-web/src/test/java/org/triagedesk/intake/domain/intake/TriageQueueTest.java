package org.triagedesk.intake.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triagedesk.assessment.Urgency;

class TriageQueueTest {

  static final Instant NINE = Instant.parse("2026-11-24T09:00:00Z");

  static Intake intake(String name, Urgency urgency, int minutesAfterNine) {
    return new Intake(
        new PatientDetails(name, "Test", LocalDate.of(1980, 1, 1), "en"),
        NINE.plusSeconds(60L * minutesAfterNine),
        new AssessmentRecord("upper-back-pain", "1", urgency, List.of(), List.of(), "{}"),
        "{}",
        Submitter.kiosk("Front door"));
  }

  @Test
  void of_shouldPutTheMostUrgentFirst_thenWhoeverWaitedLongest() {
    var routineEarly = intake("routine-early", Urgency.ROUTINE, 0);
    var urgentLate = intake("urgent-late", Urgency.URGENT, 30);
    var urgentEarly = intake("urgent-early", Urgency.URGENT, 10);
    var emergencyLatest = intake("emergency", Urgency.EMERGENCY, 45);
    var selfCare = intake("self-care", Urgency.SELF_CARE, 5);

    var queue =
        TriageQueue.of(List.of(routineEarly, urgentLate, selfCare, emergencyLatest, urgentEarly));

    assertThat(queue.entries())
        .extracting(i -> i.patient().givenName())
        .containsExactly("emergency", "urgent-early", "urgent-late", "routine-early", "self-care");
  }
}
