package org.triagedesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.triagedesk.assessment.protocol.CauseRule;
import org.triagedesk.assessment.protocol.Protocol;
import org.triagedesk.assessment.protocol.RedFlagRule;

/**
 * Runs every clinical vignette, the first sets and the blind second-pass set, against the bundled
 * upper-back-pain protocol, and prints the accuracy per expected urgency level for each set.
 */
class VignetteTest {

  private static final String PROTOCOL = "upper-back-pain";
  private static final AssessmentEngine ENGINE = AssessmentEngine.withBundledProtocols();
  private static final List<Vignette> VIGNETTES = Vignette.all();
  private static final List<Vignette> SECOND_PASS = Vignette.allIn("vignettes-second-pass");

  @TestFactory
  Stream<DynamicTest> assess_shouldMatchExpectedTriage_forEachVignette() {
    return Stream.concat(VIGNETTES.stream(), SECOND_PASS.stream())
        .map(
            vignette ->
                DynamicTest.dynamicTest(
                    vignette.id(),
                    () -> {
                      Assessment assessment =
                          ENGINE.assess(PROTOCOL, vignette.answers(), vignette.vitals());
                      assertThat(assessment.urgency())
                          .as("%s urgency", vignette.id())
                          .matches(
                              vignette::urgencyMatches,
                              "is "
                                  + vignette.expectedUrgency()
                                  + " or "
                                  + vignette.acceptableUrgencies());
                      assertThat(assessment.topCause())
                          .as("%s top cause", vignette.id())
                          .hasValueSatisfying(
                              top ->
                                  assertThat(vignette.topCauseMatches(top))
                                      .as(
                                          "top cause %s, expected %s or %s",
                                          top,
                                          vignette.expectedTopCause(),
                                          vignette.acceptableCauses())
                                      .isTrue());
                      assertThat(assessment.redFlags())
                          .extracting(FiredRedFlag::id)
                          .as("%s red flags", vignette.id())
                          .containsAll(vignette.expectedRedFlags());
                    }));
  }

  @Test
  void secondPassVignettes_shouldMissNoEmergency_andReportAccuracyPerUrgencyLevel() {
    Map<Urgency, int[]> perLevel = new EnumMap<>(Urgency.class);
    List<String> misses = new ArrayList<>();
    List<String> emergenciesMissed = new ArrayList<>();
    for (Vignette vignette : SECOND_PASS) {
      Assessment assessment = ENGINE.assess(PROTOCOL, vignette.answers(), vignette.vitals());
      int[] tally = perLevel.computeIfAbsent(vignette.expectedUrgency(), level -> new int[2]);
      tally[1]++;
      if (vignette.urgencyMatches(assessment.urgency())
          && assessment.topCause().map(vignette::topCauseMatches).orElse(false)) {
        tally[0]++;
      } else {
        misses.add(
            vignette.id()
                + ": got "
                + assessment.urgency()
                + "/"
                + assessment.topCause().orElse("-"));
      }
      if (vignette.expectedUrgency() == Urgency.EMERGENCY
          && assessment.urgency() != Urgency.EMERGENCY) {
        emergenciesMissed.add(vignette.id());
      }
    }
    StringBuilder report =
        new StringBuilder(
            "Second-pass vignette accuracy per expected urgency level "
                + "(urgency and top cause):\n");
    perLevel.forEach(
        (level, tally) ->
            report.append(String.format("  %-9s %d/%d%n", level, tally[0], tally[1])));
    report.append("  emergencies missed: ").append(emergenciesMissed.size()).append("\n");
    System.out.print(report);

    assertThat(SECOND_PASS).hasSizeGreaterThanOrEqualTo(60);
    assertThat(emergenciesMissed).as("second-pass emergencies missed").isEmpty();
    assertThat(misses).as("second-pass vignettes assessed wrongly").isEmpty();
  }

  @Test
  void vignettes_shouldCoverEveryRedFlagAndCause_andReportAccuracyPerUrgencyLevel() {
    Protocol protocol = ENGINE.protocol(PROTOCOL).orElseThrow();
    Map<Urgency, int[]> perLevel = new EnumMap<>(Urgency.class);
    Map<String, Integer> perFlag = new TreeMap<>();
    protocol.redFlags().forEach(flag -> perFlag.put(flag.id(), 0));
    List<String> misses = new ArrayList<>();
    for (Vignette vignette : VIGNETTES) {
      Assessment assessment = ENGINE.assess(PROTOCOL, vignette.answers(), vignette.vitals());
      int[] tally = perLevel.computeIfAbsent(vignette.expectedUrgency(), level -> new int[2]);
      tally[1]++;
      boolean right =
          vignette.urgencyMatches(assessment.urgency())
              && assessment.topCause().map(vignette::topCauseMatches).orElse(false);
      if (right) {
        tally[0]++;
      } else {
        misses.add(
            vignette.id()
                + ": got "
                + assessment.urgency()
                + "/"
                + assessment.topCause().orElse("-"));
      }
      vignette.expectedRedFlags().forEach(flag -> perFlag.merge(flag, 1, Integer::sum));
    }
    StringBuilder report =
        new StringBuilder(
            "Vignette accuracy per expected urgency level (urgency and top cause):\n");
    perLevel.forEach(
        (level, tally) ->
            report.append(String.format("  %-9s %d/%d%n", level, tally[0], tally[1])));
    report.append("Vignettes per red flag:\n");
    perFlag.forEach((flag, count) -> report.append(String.format("  %-12s %d%n", flag, count)));
    System.out.print(report);

    assertThat(VIGNETTES).hasSizeGreaterThanOrEqualTo(40);
    assertThat(misses).as("vignettes assessed wrongly").isEmpty();
    assertThat(perFlag)
        .as("every red flag has a vignette")
        .allSatisfy((flag, count) -> assertThat(count).isPositive());
    assertThat(VIGNETTES)
        .extracting(Vignette::expectedTopCause)
        .containsAll(protocol.causes().stream().map(CauseRule::category).toList());
    assertThat(VIGNETTES)
        .extracting(Vignette::direction)
        .contains("hidden-emergency", "no-over-triage");
    assertThat(protocol.redFlags()).extracting(RedFlagRule::id).hasSize(perFlag.size());
  }
}
