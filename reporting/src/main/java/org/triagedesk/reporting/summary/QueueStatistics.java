package org.triagedesk.reporting.summary;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.triagedesk.reporting.model.NurseOverride;
import org.triagedesk.reporting.model.QueueEntry;
import org.triagedesk.reporting.model.QueueStatus;
import org.triagedesk.reporting.model.UrgencyLevel;

/**
 * Everything the Summary sheet shows, accumulated while the entries stream past. Memory is fixed:
 * counters, one {@link WaitHistogram} per urgency level and two capped {@link Tally tallies}. Not
 * thread-safe.
 */
public final class QueueStatistics {
  /** Protocols name a few dozen causes and red flags; the cap only guards against bad data. */
  static final int MAX_DISTINCT_IDS = 500;

  private static final int LEVELS = UrgencyLevel.values().length;

  private final ZoneId zone;
  private long intakes;
  private final long[] assessed = new long[LEVELS];
  private final long[] finalLevel = new long[LEVELS];
  private final WaitHistogram[] waits = new WaitHistogram[LEVELS];
  private final long[][] arrivalsByHour = new long[24][LEVELS];
  private final Tally topCauses = new Tally(MAX_DISTINCT_IDS);
  private final Tally redFlags = new Tally(MAX_DISTINCT_IDS);
  private long overridesUp;
  private long overridesDown;
  private long overridesUnchanged;
  private long leftWithoutBeingSeen;
  private long withoutCause;
  private long triageRecorded;
  private long finalRecorded;
  private long statusRecorded;
  private long vitalSignsRecorded;
  private long ageRecorded;
  private long languageRecorded;
  private long alertsRaised;
  private long alertsOpen;
  private final WaitHistogram acknowledgeTimes = new WaitHistogram();

  public QueueStatistics(ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
    for (int i = 0; i < LEVELS; i++) {
      waits[i] = new WaitHistogram();
    }
  }

  public void add(QueueEntry entry) {
    intakes++;
    int effective = entry.effectiveUrgency().ordinal();
    assessed[entry.assessedUrgency().ordinal()]++;
    if (entry.finalUrgency() != null) {
      finalRecorded++;
      finalLevel[entry.finalUrgency().ordinal()]++;
    }
    if (entry.triagedAt() != null) {
      triageRecorded++;
    }
    entry.waitToTriage().ifPresent(waits[effective]::add);
    arrivalsByHour[entry.arrivedAt().atZone(zone).getHour()][effective]++;
    if (entry.topCauses().isEmpty()) {
      withoutCause++;
    } else {
      topCauses.add(entry.topCauses().get(0));
    }
    // A flag listed twice for one intake still counts one intake.
    new LinkedHashSet<>(entry.redFlags()).forEach(redFlags::add);
    countOverride(entry.override());
    if (entry.status() != null) {
      statusRecorded++;
      if (entry.status() == QueueStatus.LEFT_WITHOUT_BEING_SEEN) {
        leftWithoutBeingSeen++;
      }
    }
    if (entry.vitalSigns() != null) {
      vitalSignsRecorded++;
    }
    if (entry.ageAtArrival() != null) {
      ageRecorded++;
    }
    if (entry.language() != null) {
      languageRecorded++;
    }
    if (entry.alertRaisedAt() != null) {
      alertsRaised++;
      if (entry.alertAcknowledgedAt() == null) {
        alertsOpen++;
      }
      entry.timeToAcknowledge().ifPresent(acknowledgeTimes::add);
    }
  }

  private void countOverride(NurseOverride override) {
    if (override == null) {
      return;
    }
    if (override.isUp()) {
      overridesUp++;
    } else if (override.isDown()) {
      overridesDown++;
    } else {
      overridesUnchanged++;
    }
  }

  public long intakes() {
    return intakes;
  }

  public long assessed(UrgencyLevel level) {
    return assessed[level.ordinal()];
  }

  /** Intakes whose final (nurse-reviewed) urgency is {@code level}. */
  public long finalUrgency(UrgencyLevel level) {
    return finalLevel[level.ordinal()];
  }

  /** Arrival-to-triage waits of intakes whose effective urgency is {@code level}. */
  public WaitHistogram waits(UrgencyLevel level) {
    return waits[level.ordinal()];
  }

  /** Arrivals in hour of day {@code hour} (0-23, in the report's zone) by effective urgency. */
  public long arrivals(int hour, UrgencyLevel level) {
    return arrivalsByHour[hour][level.ordinal()];
  }

  public List<Map.Entry<String, Long>> topCauses() {
    return topCauses.mostFrequentFirst();
  }

  public long withoutCause() {
    return withoutCause;
  }

  /** Red flag ids with the number of intakes in which each fired, most frequent first. */
  public List<Map.Entry<String, Long>> redFlags() {
    return redFlags.mostFrequentFirst();
  }

  public long overridesUp() {
    return overridesUp;
  }

  public long overridesDown() {
    return overridesDown;
  }

  /** Overrides that kept the level (e.g. a nurse confirming with a reason). */
  public long overridesUnchanged() {
    return overridesUnchanged;
  }

  /** Intakes no nurse has confirmed or overridden yet (their final urgency is empty). */
  public long notReviewed() {
    return intakes - finalRecorded;
  }

  /** EMERGENCY alerts the intakes raised. */
  public long alertsRaised() {
    return alertsRaised;
  }

  /** Alerts no nurse has acknowledged. */
  public long alertsOpen() {
    return alertsOpen;
  }

  /** Alert-to-acknowledgement times of the acknowledged alerts. */
  public WaitHistogram acknowledgeTimes() {
    return acknowledgeTimes;
  }

  public long leftWithoutBeingSeen() {
    return leftWithoutBeingSeen;
  }

  /** How many intakes carry each part of the workflow that the application may not record yet. */
  public List<Coverage> coverage() {
    return List.of(
        new Coverage("Triage time", triageRecorded),
        new Coverage("Final urgency (nurse review)", finalRecorded),
        new Coverage("Status", statusRecorded),
        new Coverage("Vital signs", vitalSignsRecorded),
        new Coverage("Age at arrival", ageRecorded),
        new Coverage("Language", languageRecorded));
  }

  /** True when at least one intake has a triage time, so waits can be shown at all. */
  public boolean triageRecorded() {
    return triageRecorded > 0;
  }

  /**
   * True when nurse review (a final urgency or a triage time) is recorded, so override counts mean
   * something.
   */
  public boolean nurseReviewRecorded() {
    return finalRecorded > 0
        || triageRecorded > 0
        || overridesUp + overridesDown + overridesUnchanged > 0;
  }

  public boolean statusRecorded() {
    return statusRecorded > 0;
  }

  /**
   * @param what the part of the workflow
   * @param intakes how many intakes have it recorded
   */
  public record Coverage(String what, long intakes) {}
}
