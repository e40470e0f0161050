package org.triagedesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Report-only run of the blind second-pass vignettes (src/test/resources/vignettes-second-pass)
 * against the bundled upper-back-pain protocol. It never fails on a wrong triage: it prints a table
 * and a summary and writes them to {@code target/second-pass-report.md} (or to the path in system
 * property {@code secondpass.out}).
 *
 * <p>The class name does not end in "Test", so {@code mvn verify} skips it. Run it with {@code mvn
 * -o -B -q -pl assessment-core test -Dtest=SecondPassVignetteReport
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SecondPassVignetteReport {

  static final String FOLDER = "vignettes-second-pass";
  private static final String PROTOCOL = "upper-back-pain";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void report_secondPassVignettes_againstCurrentEngine() throws IOException {
    AssessmentEngine engine = AssessmentEngine.withBundledProtocols();
    List<Vignette> vignettes = Vignette.allIn(FOLDER);
    Map<String, List<String>> needsQuestion = needsQuestion();

    StringBuilder table = new StringBuilder();
    table.append(
        "| case | direction | expected urgency | expected cause | actual urgency | actual top cause | urgency | cause"
            + " | expected flags missing | fired flags | result |\n");
    table.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    Map<Urgency, int[]> perLevel = new EnumMap<>(Urgency.class);
    Map<String, int[]> perDirection = new TreeMap<>();
    List<String> missedEmergencies = new ArrayList<>();
    List<String> overTriagedTraps = new ArrayList<>();
    List<String> underTriaged = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<String> flagMisses = new ArrayList<>();
    int urgencyPasses = 0;
    int fullPasses = 0;
    for (Vignette vignette : vignettes) {
      int[] level = perLevel.computeIfAbsent(vignette.expectedUrgency(), key -> new int[3]);
      int[] direction = perDirection.computeIfAbsent(vignette.direction(), key -> new int[3]);
      level[2]++;
      direction[2]++;
      String expectedUrgency =
          vignette.expectedUrgency()
              + (vignette.acceptableUrgencies().isEmpty()
                  ? ""
                  : " (or " + join(vignette.acceptableUrgencies()) + ")");
      String expectedCause =
          vignette.expectedTopCause()
              + (vignette.acceptableCauses().isEmpty()
                  ? ""
                  : " (or " + join(vignette.acceptableCauses()) + ")");
      Assessment assessment;
      try {
        assessment = engine.assess(PROTOCOL, vignette.answers(), vignette.vitals());
      } catch (InvalidAnswersException invalid) {
        errors.add(vignette.id() + ": " + invalid.getMessage());
        table.append(
            row(
                vignette.id(),
                vignette.direction(),
                expectedUrgency,
                expectedCause,
                "ERROR",
                "-",
                "-",
                "-",
                "-",
                "-",
                "ERROR"));
        if (vignette.expectedUrgency() == Urgency.EMERGENCY) {
          missedEmergencies.add(vignette.id() + " (error)");
        }
        continue;
      }
      String topCause = assessment.topCause().orElse("-");
      boolean urgencyOk = vignette.urgencyMatches(assessment.urgency());
      boolean causeOk = assessment.topCause().map(vignette::topCauseMatches).orElse(false);
      List<String> fired = assessment.redFlags().stream().map(FiredRedFlag::id).toList();
      List<String> missingFlags =
          vignette.expectedRedFlags().stream().filter(flag -> !fired.contains(flag)).toList();
      if (!missingFlags.isEmpty()) {
        flagMisses.add(vignette.id() + ": missing " + missingFlags + ", fired " + fired);
      }
      if (urgencyOk) {
        urgencyPasses++;
        level[0]++;
        direction[0]++;
      }
      if (urgencyOk && causeOk) {
        fullPasses++;
        level[1]++;
        direction[1]++;
      }
      if (vignette.expectedUrgency() == Urgency.EMERGENCY
          && assessment.urgency() != Urgency.EMERGENCY) {
        missedEmergencies.add(vignette.id() + " → " + assessment.urgency() + "/" + topCause);
      }
      if ("no-over-triage".equals(vignette.direction())
          && (assessment.urgency() == Urgency.EMERGENCY
              || assessment.urgency() == Urgency.URGENT)) {
        overTriagedTraps.add(
            vignette.id()
                + " → "
                + assessment.urgency()
                + "/"
                + topCause
                + " flags "
                + assessment.redFlags().stream().map(FiredRedFlag::id).toList());
      }
      if (!urgencyOk && assessment.urgency().ordinal() > vignette.expectedUrgency().ordinal()) {
        underTriaged.add(
            vignette.id()
                + ": expected "
                + vignette.expectedUrgency()
                + ", got "
                + assessment.urgency());
      }
      table.append(
          row(
              vignette.id(),
              vignette.direction(),
              expectedUrgency,
              expectedCause,
              assessment.urgency().name(),
              topCause,
              urgencyOk ? "ok" : "WRONG",
              causeOk ? "ok" : "WRONG",
              missingFlags.isEmpty() ? "" : String.join(", ", missingFlags),
              String.join(", ", fired),
              urgencyOk && causeOk ? "PASS" : "FAIL"));
    }

    StringBuilder report = new StringBuilder();
    report.append("# Second-pass vignettes against the current engine\n\n");
    report
        .append("Protocol ")
        .append(PROTOCOL)
        .append(" version ")
        .append(engine.protocol(PROTOCOL).map(protocol -> protocol.version()).orElse("?"))
        .append("; ")
        .append(vignettes.size())
        .append(" blind cases from src/test/resources/")
        .append(FOLDER)
        .append(".\n\n");
    report.append("## Summary\n\n");
    report.append(
        "PASS = urgency is the expected level or an acceptable higher neighbour, and the top cause is the"
            + " expected or an acceptable one. Red flags are reported but not part of PASS.\n\n");
    report.append(
        String.format(
            "- Urgency right: %d/%d; urgency and top cause right (PASS): %d/%d%n",
            urgencyPasses, vignettes.size(), fullPasses, vignettes.size()));
    report.append("- Per expected urgency level (urgency right / urgency+cause right / cases):\n");
    perLevel.forEach(
        (level, tally) ->
            report.append(
                String.format(
                    "  - %-9s urgency %d/%d, full %d/%d%n",
                    level, tally[0], tally[2], tally[1], tally[2])));
    report.append("- Per direction (urgency right / urgency+cause right / cases):\n");
    perDirection.forEach(
        (direction, tally) ->
            report.append(
                String.format(
                    "  - %-16s urgency %d/%d, full %d/%d%n",
                    direction, tally[0], tally[2], tally[1], tally[2])));
    report.append(
        String.format(
            "- Emergencies missed (expected EMERGENCY, got lower): %d%n",
            missedEmergencies.size()));
    missedEmergencies.forEach(miss -> report.append("  - ").append(miss).append('\n'));
    report.append(
        String.format(
            "- Benign traps (no-over-triage) over-triaged to EMERGENCY/URGENT: %d%n",
            overTriagedTraps.size()));
    overTriagedTraps.forEach(trap -> report.append("  - ").append(trap).append('\n'));
    report.append(
        String.format(
            "- Any case under-triaged (below expected and not acceptable): %d%n",
            underTriaged.size()));
    underTriaged.forEach(under -> report.append("  - ").append(under).append('\n'));
    report.append(
        String.format(
            "- Expected red flags not fired (only %d cases name flags): %d%n",
            vignettes.stream().filter(vignette -> !vignette.expectedRedFlags().isEmpty()).count(),
            flagMisses.size()));
    flagMisses.forEach(miss -> report.append("  - ").append(miss).append('\n'));
    report.append(String.format("- Errors (answers refused by the engine): %d%n", errors.size()));
    errors.forEach(error -> report.append("  - ").append(error).append('\n'));
    report.append(
        String.format(
            "- Cases that need a question the catalogue lacks: %d%n", needsQuestion.size()));
    needsQuestion.forEach(
        (id, needs) ->
            report
                .append("  - ")
                .append(id)
                .append(": ")
                .append(String.join("; ", needs))
                .append('\n'));
    report.append("\n## Per case\n\n").append(table);

    System.out.print(report);
    Path out = Path.of(System.getProperty("secondpass.out", "target/second-pass-report.md"));
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, report);
    assertThat(vignettes).as("second-pass vignettes").isNotEmpty();
  }

  private static Map<String, List<String>> needsQuestion() throws IOException {
    Map<String, List<String>> needs = new TreeMap<>();
    Path folder;
    try {
      folder = Path.of(SecondPassVignetteReport.class.getClassLoader().getResource(FOLDER).toURI());
    } catch (java.net.URISyntaxException bad) {
      throw new IOException(bad);
    }
    try (var files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          JsonNode node = JSON.readTree(in);
          JsonNode list = node.get("needsQuestion");
          if (list != null && list.isArray() && !list.isEmpty()) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(item.asText()));
            needs.put(node.get("id").asText(), items);
          }
        }
      }
    }
    return needs;
  }

  private static String join(List<?> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }
}
