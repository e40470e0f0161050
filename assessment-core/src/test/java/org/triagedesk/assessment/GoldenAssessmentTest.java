package org.triagedesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every vignette's assessment, serialized as JSON, is byte-for-byte the one the engine produced
 * before its performance rework (commit of the golden files: "Golden assessments of every
 * vignette"). A change of clinical content changes these files on purpose: regenerate them with
 * {@code mvn -pl assessment-core test -Dtest=GoldenAssessmentTest
 * -Dgolden.write=src/test/resources/golden} and review the diff as a clinical change.
 */
class GoldenAssessmentTest {

  private static final AssessmentEngine ENGINE = AssessmentEngine.withBundledProtocols();
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @TestFactory
  Stream<DynamicTest> assess_shouldGiveTheGoldenJson_forEveryVignette() {
    return Stream.of("vignettes", "vignettes-second-pass")
        .flatMap(
            folder ->
                Vignette.allIn(folder).stream()
                    .map(
                        vignette ->
                            DynamicTest.dynamicTest(
                                folder + "/" + vignette.id(),
                                () -> {
                                  String actual =
                                      JSON.writeValueAsString(
                                              ENGINE.assess(
                                                  "upper-back-pain",
                                                  vignette.answers(),
                                                  vignette.vitals()))
                                          + "\n";
                                  String name = "golden/" + folder + "/" + vignette.id() + ".json";
                                  String write = System.getProperty("golden.write");
                                  if (write != null) {
                                    Path file = Path.of(write, folder, vignette.id() + ".json");
                                    Files.createDirectories(file.getParent());
                                    Files.writeString(file, actual, StandardCharsets.UTF_8);
                                  }
                                  assertThat(actual).as(name).isEqualTo(golden(name));
                                })));
  }

  private static String golden(String resource) throws IOException {
    try (InputStream in =
        GoldenAssessmentTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("golden file %s (see the class comment to write it)", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
