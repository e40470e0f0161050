package org.triagedesk.intake.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the retention job every {@code triage.retention.check.seconds} (default an hour) when {@code
 * TRIAGE_RETENTION_DAYS} is set. An EJB timer, not persistent: every server of a cluster runs its
 * own, and whichever finds work first does it (see {@link IntakeRetention#deidentifyBatch}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class RetentionSchedule {

  private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());
  static final int BATCH = 200;

  @Resource TimerService timers;
  @Inject IntakeRetention retention;

  @Inject
  @ConfigProperty(name = "triage.retention.days")
  Optional<String> days;

  @Inject
  @ConfigProperty(name = "triage.retention.check.seconds", defaultValue = "3600")
  long checkSeconds;

  private RetentionPeriod period;

  @PostConstruct
  void schedule() {
    period =
        RetentionPeriod.ofDays(
            days.orElse(
                null)); // a wrong value fails the deployment rather than keeping data silently
    if (!period.isOn()) {
      LOG.info("Retention off: intakes keep who the patient was (TRIAGE_RETENTION_DAYS not set)");
      return;
    }
    long everyMillis = Duration.ofSeconds(Math.max(1, checkSeconds)).toMillis();
    timers.createIntervalTimer(
        Math.min(everyMillis, 10_000), everyMillis, new TimerConfig("retention", false));
    LOG.info(
        () ->
            "Retention on: intakes are de-identified "
                + period.describe()
                + " after arrival, checked every "
                + Math.max(1, checkSeconds)
                + " s");
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each batch commits on its own
  void run() {
    int total = 0;
    try {
      int done;
      do {
        done = retention.deidentifyBatch(period.keep().orElseThrow(), BATCH);
        total += done;
      } while (done == BATCH);
    } catch (RuntimeException e) {
      // Another server de-identified the same intakes at the same moment, or the database is away:
      // the
      // next run picks up whatever is left.
      LOG.log(Level.WARNING, "retention run stopped early: {0}", e.getClass().getName());
    }
    if (total > 0) {
      LOG.info("Retention: " + total + " intakes de-identified");
    }
  }
}
