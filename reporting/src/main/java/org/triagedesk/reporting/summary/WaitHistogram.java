package org.triagedesk.reporting.summary;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Waits counted in whole-minute buckets up to a week, plus one bucket for longer waits. Percentiles
 * are exact to the minute while memory stays fixed (10,081 counters) whatever the number of
 * intakes.
 */
public final class WaitHistogram {
  /**
   * Waits of a week or more share the last bucket; a triage wait that long is a data problem
   * anyway.
   */
  public static final int MAX_MINUTES = 7 * 24 * 60;

  private final long[] countsByMinute = new long[MAX_MINUTES + 1];
  private long total;

  public void add(Duration wait) {
    long minutes = Math.max(0, wait.toMinutes());
    countsByMinute[(int) Math.min(minutes, MAX_MINUTES)]++;
    total++;
  }

  public long count() {
    return total;
  }

  /**
   * The nearest-rank percentile in whole minutes (the smallest wait that at least {@code percent}%
   * of waits do not exceed), or empty when no wait was recorded. {@link #MAX_MINUTES} means "a week
   * or more".
   */
  public OptionalLong percentileMinutes(int percent) {
    if (percent < 1 || percent > 100) {
      throw new IllegalArgumentException("percent must be 1..100: " + percent);
    }
    if (total == 0) {
      return OptionalLong.empty();
    }
    long rank = (total * percent + 99) / 100; // ceil(total * percent / 100), at least 1
    long seen = 0;
    for (int minute = 0; minute < countsByMinute.length; minute++) {
      seen += countsByMinute[minute];
      if (seen >= rank) {
        return OptionalLong.of(minute);
      }
    }
    throw new IllegalStateException("histogram counts do not add up to " + total);
  }
}
