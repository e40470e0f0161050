package org.triagedesk.reporting;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.triagedesk.reporting.model.ReviewedIntake;

/**
 * The rule review's figures, accumulated as intakes pass: per red flag and per first-ranked cause
 * category, how often it fired and how the nurse's level compared with the engine's; per week, how
 * many intakes the nurse set higher (under-assessed) or lower (over-assessed); and the answers seen
 * most in under-assessed intakes. Memory grows with the number of rules, weeks and distinct
 * answers, never with the intakes.
 */
final class RuleReview {

  /** One rule's figures. */
  static final class Tally {
    long fired;
    long reviewed;
    long higher;
    long lower;
    long levelsHigher;
    long levelsLower;
    int mostHigher;
    int mostLower;
    final Map<String, Long> reasons = new HashMap<>();
    final List<Long> acknowledgementSeconds = new ArrayList<>();

    void add(ReviewedIntake intake, String reason) {
      fired++;
      intake
          .levelsRaised()
          .ifPresent(
              levels -> {
                reviewed++;
                if (levels > 0) {
                  higher++;
                  levelsHigher += levels;
                  mostHigher = Math.max(mostHigher, levels);
                } else if (levels < 0) {
                  lower++;
                  levelsLower += -levels;
                  mostLower = Math.max(mostLower, -levels);
                }
                if (levels != 0 && reason != null) {
                  reasons.merge(reason, 1L, Long::sum);
                }
              });
      Duration ack = intake.arrivalToAcknowledgement();
      // The caller gives it only for EMERGENCY intakes (engine's or nurse's) whose alert was
      // acknowledged.
      if (ack != null && !ack.isNegative()) {
        acknowledgementSeconds.add(ack.toSeconds());
      }
    }

    long confirmed() {
      return reviewed - higher - lower;
    }

    Double meanHigher() {
      return higher == 0 ? null : (double) levelsHigher / higher;
    }

    Double meanLower() {
      return lower == 0 ? null : (double) levelsLower / lower;
    }

    /** Median arrival-to-acknowledgement in minutes, or null without an acknowledged EMERGENCY. */
    Double medianAcknowledgementMinutes() {
      if (acknowledgementSeconds.isEmpty()) {
        return null;
      }
      List<Long> sorted = acknowledgementSeconds.stream().sorted().toList();
      int n = sorted.size();
      double seconds =
          n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
      return seconds / 60.0;
    }

    Double maxAcknowledgementMinutes() {
      return acknowledgementSeconds.isEmpty()
          ? null
          : acknowledgementSeconds.stream().mapToLong(Long::longValue).max().getAsLong() / 60.0;
    }

    /** The reasons given, most frequent first, each with its count: "pale and sweaty (3)". */
    String reasonsText(int most) {
      return reasons.entrySet().stream()
          .sorted(
              Map.Entry.<String, Long>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .limit(most)
          .map(e -> e.getKey() + " (" + e.getValue() + ")")
          .collect(Collectors.joining("\n"));
    }
  }

  /** A week's counts: reviewed, nurse higher, nurse lower. */
  static final class Week {
    long reviewed;
    long higher;
    long lower;
  }

  private final ZoneId zone;
  final Map<String, Tally> redFlags = new TreeMap<>();
  final Map<String, Tally> causes = new TreeMap<>();
  final Map<LocalDate, Week> weeks = new TreeMap<>();
  final Map<String, Long> underAnswers = new HashMap<>();
  final Map<String, Long> underPairs = new HashMap<>();
  final Map<String, Long> reviewedAnswers = new HashMap<>();
  long intakes;
  long reviewed;
  long underAssessed;
  long overAssessed;

  RuleReview(ZoneId zone) {
    this.zone = zone;
  }

  void add(ReviewedIntake intake) {
    intakes++;
    String reason = ReasonText.deidentify(intake.overrideReason(), intake.identifiers());
    for (String flag : intake.redFlags().stream().distinct().toList()) {
      redFlags.computeIfAbsent(flag, k -> new Tally()).add(intake, reason);
    }
    if (!intake.topCauses().isEmpty()) {
      causes.computeIfAbsent(intake.topCauses().get(0), k -> new Tally()).add(intake, reason);
    }
    if (intake.levelsRaised().isEmpty()) {
      return;
    }
    int levels = intake.levelsRaised().getAsInt();
    reviewed++;
    LocalDate monday =
        intake
            .arrivedAt()
            .atZone(zone)
            .toLocalDate()
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Week week = weeks.computeIfAbsent(monday, k -> new Week());
    week.reviewed++;
    List<String> answers = intake.answers().stream().distinct().sorted().toList();
    answers.forEach(a -> reviewedAnswers.merge(a, 1L, Long::sum));
    if (levels > 0) {
      underAssessed++;
      week.higher++;
      answers.forEach(a -> underAnswers.merge(a, 1L, Long::sum));
      for (int i = 0; i < answers.size(); i++) {
        for (int j = i + 1; j < answers.size(); j++) {
          underPairs.merge(answers.get(i) + " + " + answers.get(j), 1L, Long::sum);
        }
      }
    } else if (levels < 0) {
      overAssessed++;
      week.lower++;
    }
  }

  /**
   * The {@code most} most frequent entries, ties by name: a reviewer sees which to look at first.
   */
  static List<Map.Entry<String, Long>> top(Map<String, Long> counts, int most) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(most)
        .toList();
  }
}
