package org.triagedesk.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.triagedesk.intake.domain.intake.IntakeRepository;
import org.triagedesk.intake.domain.intake.TriageQueue;

/** The live triage queue as nurses see it. */
@ApplicationScoped
public class TriageQueueService {

  @Inject IntakeRepository intakes;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<QueueEntry> queue() {
    Instant now = clock.instant();
    return TriageQueue.of(intakes.inQueue()).entries().stream()
        .map(intake -> QueueEntry.of(intake, now))
        .toList();
  }

  /** One intake as a queue line, whether or not it is still waiting. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<QueueEntry> entry(long id) {
    return intakes.find(id).map(intake -> QueueEntry.of(intake, clock.instant()));
  }
}
