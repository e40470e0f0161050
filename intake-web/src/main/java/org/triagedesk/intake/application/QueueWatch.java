package org.triagedesk.intake.application;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.triagedesk.intake.domain.intake.IntakeRepository;

/**
 * Notices every change to the queue by reading a cheap mark from the database once a second, and
 * fires {@link QueueChanged} every second: CHANGED when it moved, a HEARTBEAT every 15 s, otherwise
 * a TICK. Reading the database rather than listening to this server's own writes is what makes it
 * work with several servers behind a load balancer: a change committed on any of them moves the
 * same mark, and each server tells its own pages. An EJB timer rather than a managed executor: each
 * tick then runs in a proper container invocation with its own transaction (a plain executor thread
 * gets no usable persistence context on Payara).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class QueueWatch {

  private static final Logger LOG = Logger.getLogger(QueueWatch.class.getName());
  static final int HEARTBEAT_EVERY = 15;

  @Inject IntakeRepository intakes;
  @Inject Event<QueueChanged> changes;

  private IntakeRepository.QueueMark last;
  private long sequence;
  private int ticks;

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
  void tick() {
    IntakeRepository.QueueMark mark;
    try {
      mark = intakes.queueMark();
    } catch (RuntimeException e) {
      // The database may be briefly away; pages fall back to polling meanwhile.
      LOG.log(Level.WARNING, "queue watch skipped a tick: {0}", e.getClass().getName());
      return;
    }
    boolean moved = last != null && !mark.equals(last);
    last = mark;
    boolean heartbeat = ++ticks % HEARTBEAT_EVERY == 0;
    try {
      changes.fire(
          new QueueChanged(
              moved || heartbeat ? ++sequence : sequence,
              moved
                  ? QueueChanged.Kind.CHANGED
                  : heartbeat ? QueueChanged.Kind.HEARTBEAT : QueueChanged.Kind.TICK));
    } catch (RuntimeException e) {
      // A listener's failure (a stream's broken connection) must never fail the timer: it would be
      // retried
      // and delayed, and every page would stop hearing about changes.
      LOG.log(Level.WARNING, "a queue listener failed: {0}", e.getClass().getName());
    }
  }
}
