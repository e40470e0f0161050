package org.triagedesk.assessment.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.triagedesk.assessment.AssessmentEngine;

/**
 * The engine's CPU time per assessment on this thread, for a machine too loaded for JMH's elapsed-time figures:
 * the vignette mix of {@link AssessmentBenchmark}, warmed up, then the thread's CPU time (not wall time, so time
 * spent preempted by other processes does not count) over {@code rounds} batches; prints the median and the
 * lowest batch in ns per assessment. Usage: {@code java -cp benchmarks.jar ...EngineCpuTime [vignettes dir]}.
 */
public final class EngineCpuTime {
  private EngineCpuTime() {}

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Path folder = Path.of(args.length > 0 ? args[0] : "assessment-core/src/test/resources/vignettes");
    List<Map<String, Object>> answers = new ArrayList<>();
    List<Map<String, Object>> vitals = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode vignette = json.readTree(file.toFile());
        answers.add(json.convertValue(vignette.get("answers"), Map.class));
        vitals.add(vignette.has("vitals") ? json.convertValue(vignette.get("vitals"), Map.class) : Map.of());
      }
    }
    AssessmentEngine engine = AssessmentEngine.withBundledProtocols();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int batch = 200_000;
    long sink = 0;
    for (int warm = 0; warm < 10; warm++) {
      sink += run(engine, answers, vitals, batch);
    }
    int rounds = 15;
    double[] perOp = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long start = threads.getCurrentThreadCpuTime();
      sink += run(engine, answers, vitals, batch);
      perOp[r] = (threads.getCurrentThreadCpuTime() - start) / (double) batch;
    }
    java.util.Arrays.sort(perOp);
    System.out.printf(Locale.ROOT, "cpu ns/assessment: median %.0f, lowest %.0f (%d batches of %d; %d)%n",
        perOp[rounds / 2], perOp[0], rounds, batch, sink % 10);
  }

  private static long run(AssessmentEngine engine, List<Map<String, Object>> answers,
      List<Map<String, Object>> vitals, int count) {
    long sink = 0;
    for (int i = 0; i < count; i++) {
      int v = i % answers.size();
      sink += engine.assess("upper-back-pain", answers.get(v), vitals.get(v)).redFlags().size();
    }
    return sink;
  }
}
