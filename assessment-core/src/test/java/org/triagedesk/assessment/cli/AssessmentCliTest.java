package org.triagedesk.assessment.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentCliTest {

  @TempDir Path folder;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final AssessmentCli cli =
      new AssessmentCli(
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));

  private Path file(String name, String content) throws IOException {
    return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void assess_shouldPrintTheAssessmentAsJson_forBareAnswers() throws IOException {
    Path answers = file("answers.json", "{\"age\": 58, \"sweating_clammy\": true}");

    int exit = cli.run("assess", answers.toString());

    assertThat(exit).isEqualTo(AssessmentCli.OK);
    JsonNode assessment = new ObjectMapper().readTree(output());
    assertThat(assessment.get("urgency").asText()).isEqualTo("EMERGENCY");
    assertThat(assessment.get("protocolId").asText()).isEqualTo("upper-back-pain");
    assertThat(assessment.get("redFlags").get(0).get("id").asText()).isEqualTo("RF-ACS-1");
  }

  @Test
  void assess_shouldReadTheWrappedForm_withProtocolAndNurseVitals() throws IOException {
    Path answers =
        file(
            "wrapped.json",
            "{\"protocol\": \"upper-back-pain\", \"answers\": {\"age\": 40},"
                + " \"vitals\": {\"temperature_c\": 38.7}}");

    int exit = cli.run("assess", answers.toString());

    assertThat(exit).isEqualTo(AssessmentCli.OK);
    assertThat(new ObjectMapper().readTree(output()).get("urgency").asText()).isEqualTo("URGENT");
  }

  @Test
  void assess_shouldListInvalidAnswers_andExitNonZero() throws IOException {
    Path answers = file("bad.json", "{\"sex\": \"robot\"}");

    int exit = cli.run("assess", answers.toString());

    assertThat(exit).isEqualTo(AssessmentCli.PROBLEMS);
    assertThat(output()).contains("age: is required").contains("sex: must be one of:");
  }

  @Test
  void assess_shouldUseAProtocolFile_whenGiven() throws IOException {
    Path protocol = copyResource("test-protocols/sore-throat.json", "sore-throat.json");
    Path answers = file("throat.json", "{\"age\": 20, \"stridor\": true}");

    int exit = cli.run("assess", answers.toString(), "--protocol-file", protocol.toString());

    assertThat(exit).isEqualTo(AssessmentCli.OK);
    assertThat(output()).contains("RF-AIRWAY");
  }

  @Test
  void validate_shouldAcceptASoundProtocol() throws IOException {
    Path protocol = copyResource("protocols/upper-back-pain.json", "upper-back-pain.json");

    assertThat(cli.run("validate", protocol.toString())).isEqualTo(AssessmentCli.OK);
    assertThat(output()).startsWith("OK: upper-back-pain");
  }

  @Test
  void validate_shouldListEveryProblem_andExitNonZero() throws IOException {
    String sound = Files.readString(copyResource("protocols/upper-back-pain.json", "source.json"));
    Path badUrgencies =
        file("broken.json", sound.replace("\"minimum\": \"SOON\"", "\"minimum\": \"LATER\""));
    Path badSources = file("sources.json", sound.replaceAll("\"S10\"(?!:)", "\"S99\""));

    assertThat(cli.run("validate", badUrgencies.toString())).isEqualTo(AssessmentCli.PROBLEMS);
    assertThat(cli.run("validate", badSources.toString())).isEqualTo(AssessmentCli.PROBLEMS);

    assertThat(output())
        .contains("4 problem(s) in broken.json")
        .contains("broken.json: rule RF-ACS-3, field redFlags[2].minimum: unknown urgency 'LATER'")
        .contains(
            "sources.json: rule RF-ACS-1, field redFlags[0].sources: source 'S99' is not declared in sources");
  }

  @Test
  void run_shouldPrintUsage_forUnknownCommands() {
    assertThat(cli.run("frobnicate")).isEqualTo(AssessmentCli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
  }

  @Test
  void docs_shouldPrintTheClinicalPage() throws IOException {
    Path protocol = copyResource("protocols/upper-back-pain.json", "upper-back-pain.json");

    assertThat(cli.run("docs", protocol.toString())).isEqualTo(AssessmentCli.OK);
    assertThat(output()).contains("| RF-CORD |");
  }

  private Path copyResource(String resource, String name) throws IOException {
    try (InputStream json = getClass().getClassLoader().getResourceAsStream(resource)) {
      Path target = folder.resolve(name);
      Files.copy(json, target);
      return target;
    }
  }
}
