package org.triagedesk.intake.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.triagedesk.assessment.Urgency;
import org.triagedesk.intake.domain.intake.IntakeRepository;
import org.triagedesk.intake.domain.intake.IntakeRepository.QueueFigures;

/**
 * The clinic's figures for operations, in the application registry of MicroProfile Metrics (served
 * by Payara at {@code /metrics}, docs/operations.md): intakes stored by urgency, the engine's
 * assessment time, and the queue: its length and its longest wait per urgency, and the emergency
 * alerts no nurse has acknowledged.
 *
 * <p>The queue gauges never touch the database when scraped: they read figures taken when the queue
 * watch reports a change (at most once a second, and at every heartbeat), so a scraper polling fast
 * costs nothing and a quiet queue costs one set of three aggregate queries every 15 s. The longest
 * wait is computed at read time from the oldest arrival, so it grows between changes as it should.
 * Counts only: no metric holds a name, a birth date or an answer.
 */
@ApplicationScoped
public class ClinicMetrics {

  private static final Logger LOG = Logger.getLogger(ClinicMetrics.class.getName());

  static final String INTAKES = "triage.intakes";
  static final String ASSESSMENT = "triage.assessment.duration";
  static final String QUEUE_LENGTH = "triage.queue.length";
  static final String LONGEST_WAIT = "triage.queue.longest.wait";
  static final String OPEN_ALERTS = "triage.alerts.unacknowledged";

  @Inject
  @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
  MetricRegistry registry;

  @Inject IntakeRepository intakes;
  @Inject Clock clock;

  private volatile QueueFigures figures = new QueueFigures(Map.of(), Map.of(), 0);
  private volatile boolean loaded;
  private Timer assessmentTime;

  /**
   * Made when the application starts, not at the first intake: a scrape of a server that has stored
   * nothing yet still finds every metric, at zero.
   */
  void start(@Observes @Initialized(ApplicationScoped.class) Object unused) {
    // Being called is enough: the container made the bean, and @PostConstruct registered the
    // metrics.
  }

  @PostConstruct
  void register() {
    assessmentTime =
        registry.timer(
            Metadata.builder()
                .withName(ASSESSMENT)
                .withDescription("Time the assessment engine takes to assess one set of answers")
                .build());
    for (Urgency urgency : Urgency.values()) {
      Tag tag = new Tag("urgency", urgency.name());
      registry.counter(
          Metadata.builder()
              .withName(INTAKES)
              .withDescription("Intakes stored, by the urgency the engine assessed")
              .build(),
          tag);
      registry.gauge(
          Metadata.builder()
              .withName(QUEUE_LENGTH)
              .withDescription("Intakes in the triage queue now, by urgency")
              .build(),
          this,
          metrics -> metrics.figures.inQueue().getOrDefault(urgency, 0L),
          tag);
      registry.gauge(
          Metadata.builder()
              .withName(LONGEST_WAIT)
              .withUnit(MetricUnits.SECONDS)
              .withDescription(
                  "How long the patient waiting longest (not yet called) has waited, by urgency;"
                      + " 0 when nobody waits")
              .build(),
          this,
          metrics -> metrics.longestWait(urgency),
          tag);
    }
    registry.gauge(
        Metadata.builder()
            .withName(OPEN_ALERTS)
            .withDescription("Emergency alerts no nurse has acknowledged yet")
            .build(),
        this,
        metrics -> metrics.figures.openAlerts());
  }

  /** An intake was stored (not a repeat of an earlier submission). */
  public void intakeStored(Urgency urgency) {
    registry.counter(INTAKES, new Tag("urgency", urgency.name())).inc();
  }

  public <T> T timeAssessment(Supplier<T> assessment) {
    long start = System.nanoTime();
    try {
      return assessment.get();
    } finally {
      assessmentTime.update(Duration.ofNanos(System.nanoTime() - start));
    }
  }

  long longestWait(Urgency urgency) {
    Instant oldest = figures.oldestWaiting().get(urgency);
    return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toSeconds());
  }

  /** Runs in the queue watch's tick: a failure here must never stop the queue's events. */
  void onQueue(@Observes QueueChanged change) {
    if (change.kind() == QueueChanged.Kind.TICK && loaded) {
      return;
    }
    try {
      figures = intakes.queueFigures();
      loaded = true;
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Queue figures for the metrics could not be read: {0}",
          e.getClass().getName());
    }
  }
}
