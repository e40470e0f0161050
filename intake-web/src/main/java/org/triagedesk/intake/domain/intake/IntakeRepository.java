package org.triagedesk.intake.domain.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Where intakes are kept. The domain owns this interface; infrastructure implements it. */
public interface IntakeRepository {

  /**
   * Stores a new intake and gives it its ticket, writing it at once.
   *
   * @throws SubmissionKeyTaken if another intake already holds its Idempotency-Key
   */
  Intake store(Intake intake);

  /** The intake stored under this client Idempotency-Key, if any. */
  Optional<Intake> findBySubmissionKey(String idempotencyKey);

  Optional<Intake> find(long id);

  /** Every intake still in the queue (waiting or called), in no particular order. */
  List<Intake> inQueue();

  /**
   * Every intake that arrived in [from, to), oldest first, read lazily a page at a time, so that reports over
   * many intakes never hold them all in memory.
   */
  Stream<Intake> arrivedBetween(Instant from, Instant to);
}
