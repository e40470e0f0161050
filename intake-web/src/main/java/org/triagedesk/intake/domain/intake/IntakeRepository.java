package org.triagedesk.intake.domain.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.triagedesk.assessment.Urgency;

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

  /**
   * One page of the queue in {@link TriageQueue} order (most urgent, then longest waiting), ordered
   * and paged by the database; {@code status} and {@code urgency} filter when not null.
   */
  List<Intake> queue(IntakeStatus status, Urgency urgency, int first, int max);

  /** How many intakes {@link #queue} would list without paging. */
  long queueSize(IntakeStatus status, Urgency urgency);

  /**
   * Patients still CALLED who were called to a room at or after {@code since}, latest call first:
   * what the waiting-room screen shows.
   */
  List<Intake> calledToRoomSince(Instant since);

  /**
   * Intakes in the queue whose emergency alert no nurse has acknowledged yet, oldest alert first.
   */
  List<Intake> withOpenAlert();

  /**
   * A value that changes whenever the queue as anyone sees it changes (an arrival, any change to an
   * intake in the queue, one leaving it), whichever server made the change: read from the database,
   * so every server of a cluster notices every other's changes.
   */
  QueueMark queueMark();

  /** Writes pending changes now, so a concurrent change is detected inside the use case. */
  void flush();

  /**
   * Every intake that arrived in [from, to), oldest first, read lazily a page at a time, so that
   * reports over many intakes never hold them all in memory. Call it outside a transaction: inside
   * one, the intakes of every page read stay in the persistence context until the transaction ends.
   */
  Stream<Intake> arrivedBetween(Instant from, Instant to);

  /**
   * Up to {@code max} intakes that arrived before {@code cutoff}, have left the queue and still say
   * who the patient was: what the retention job de-identifies next, oldest first.
   */
  List<Intake> dueForDeidentification(Instant cutoff, int max);

  /** See {@link #queueMark()}. */
  record QueueMark(long lastIntake, long inQueue, long versions) {}

  /**
   * The queue in figures, for the operations metrics: three aggregate queries over the queue's part
   * of the index, however long the history.
   */
  QueueFigures queueFigures();

  /**
   * Per urgency: intakes in the queue, and the arrival of the one waiting longest (status WAITING,
   * not yet called); {@code openAlerts}: emergency alerts no nurse has acknowledged.
   */
  record QueueFigures(
      Map<Urgency, Long> inQueue, Map<Urgency, Instant> oldestWaiting, long openAlerts) {
    public QueueFigures {
      inQueue = Map.copyOf(inQueue);
      oldestWaiting = Map.copyOf(oldestWaiting);
    }
  }
}
