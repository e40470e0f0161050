package org.triagedesk.assessment.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.triagedesk.assessment.AnswerValidation;
import org.triagedesk.assessment.Assessment;
import org.triagedesk.assessment.AssessmentEngine;

/**
 * Single-threaded assessments over the clinical vignettes, round robin: each call validates and normalises
 * the answers (as parsed JSON maps), evaluates every red flag and cause, and builds the explained result.
 * Vignettes are read from {@code -Dvignettes.dir} (default: the module's test resources).
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class AssessmentBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AssessmentEngine engine;
  private List<Map<String, Object>> answers;
  private List<Map<String, Object>> vitals;
  private int next;

  @Setup
  @SuppressWarnings("unchecked")
  public void loadVignettes() throws IOException {
    engine = AssessmentEngine.withBundledProtocols();
    answers = new ArrayList<>();
    vitals = new ArrayList<>();
    Path folder = Path.of(System.getProperty("vignettes.dir", "assessment-core/src/test/resources/vignettes"));
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode vignette = JSON.readTree(file.toFile());
        answers.add(JSON.convertValue(vignette.get("answers"), Map.class));
        vitals.add(vignette.has("vitals") ? JSON.convertValue(vignette.get("vitals"), Map.class) : Map.of());
      }
    }
    if (answers.isEmpty()) {
      throw new IllegalStateException("no vignettes in " + folder.toAbsolutePath());
    }
  }

  @Benchmark
  public Assessment assessVignetteMix() {
    int index = next;
    next = index + 1 == answers.size() ? 0 : index + 1;
    return engine.assess("upper-back-pain", answers.get(index), vitals.get(index));
  }

  /** Answer validation and normalisation alone: the first phase of every assessment, for a breakdown. */
  @Benchmark
  public AnswerValidation validateVignetteMix() {
    int index = next;
    next = index + 1 == answers.size() ? 0 : index + 1;
    return engine.validate("upper-back-pain", answers.get(index), vitals.get(index));
  }
}
