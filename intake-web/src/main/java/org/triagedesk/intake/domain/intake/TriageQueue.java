package org.triagedesk.intake.domain.intake;

import java.util.Comparator;
import java.util.List;

/**
 * The nurses' queue: the most urgent first and, within one level, whoever has waited longest.
 * Urgency is the effective one: a nurse's confirmation or override counts over the engine's.
 */
public record TriageQueue(List<Intake> entries) {

  public static final Comparator<Intake> ORDER =
      Comparator.comparing(Intake::urgency)
          .thenComparing(Intake::arrivedAt)
          .thenComparing(Intake::id, Comparator.nullsLast(Comparator.naturalOrder()));

  public static TriageQueue of(List<Intake> intakes) {
    return new TriageQueue(
        intakes.stream().filter(i -> i.status().isInQueue()).sorted(ORDER).toList());
  }
}
