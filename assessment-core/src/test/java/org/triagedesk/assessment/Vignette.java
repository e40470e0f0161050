package org.triagedesk.assessment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A clinical vignette read from src/test/resources/vignettes (or another folder): answers in,
 * expected triage out.
 */
record Vignette(
    String id,
    String story,
    String direction,
    Map<String, Object> answers,
    Map<String, Object> vitals,
    Urgency expectedUrgency,
    List<Urgency> acceptableUrgencies,
    String expectedTopCause,
    List<String> acceptableCauses,
    List<String> expectedRedFlags,
    List<String> sources) {

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  Vignette {
    vitals = vitals == null ? Map.of() : vitals;
    acceptableUrgencies = acceptableUrgencies == null ? List.of() : acceptableUrgencies;
    acceptableCauses = acceptableCauses == null ? List.of() : acceptableCauses;
    expectedRedFlags = expectedRedFlags == null ? List.of() : expectedRedFlags;
  }

  boolean urgencyMatches(Urgency actual) {
    return actual == expectedUrgency || acceptableUrgencies.contains(actual);
  }

  boolean topCauseMatches(String actual) {
    return expectedTopCause.equals(actual) || acceptableCauses.contains(actual);
  }

  static List<Vignette> all() {
    return allIn("vignettes");
  }

  /**
   * The vignettes in another test-resources folder, e.g. {@code vignettes-second-pass}; sorted by
   * file name.
   */
  static List<Vignette> allIn(String resourceFolder) {
    URL folder = Vignette.class.getClassLoader().getResource(resourceFolder);
    if (folder == null) {
      throw new IllegalStateException(
          "no vignette folder " + resourceFolder + " on the test class path");
    }
    try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
      return files
          .filter(file -> file.toString().endsWith(".json"))
          .sorted()
          .map(Vignette::read)
          .toList();
    } catch (IOException | URISyntaxException unreadable) {
      throw new IllegalStateException("cannot list vignettes", unreadable);
    }
  }

  private static Vignette read(Path file) {
    try (InputStream json = Files.newInputStream(file)) {
      return JSON.readValue(json, Vignette.class);
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read vignette " + file, unreadable);
    }
  }
}
