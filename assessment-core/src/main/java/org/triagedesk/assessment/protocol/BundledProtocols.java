package org.triagedesk.assessment.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the protocols listed in {@code protocols/index.json} on the classpath. Reads all of them
 * before deciding: one broken file refuses the whole set, with every problem of every file.
 */
public final class BundledProtocols {

  public static final String INDEX = "protocols/index.json";

  private BundledProtocols() {}

  public static List<Protocol> load(ClassLoader classLoader) {
    List<ProtocolProblem> problems = new ArrayList<>();
    List<Protocol> protocols = new ArrayList<>();
    for (String file : listed(classLoader)) {
      try (InputStream json = classLoader.getResourceAsStream("protocols/" + file)) {
        if (json == null) {
          problems.add(
              new ProtocolProblem(
                  file, null, null, "listed in " + INDEX + " but not on the classpath"));
          continue;
        }
        protocols.add(ProtocolReader.read(file, json));
      } catch (ProtocolException refused) {
        problems.addAll(refused.problems());
      } catch (IOException unreadable) {
        problems.add(
            new ProtocolProblem(file, null, null, "cannot be read: " + unreadable.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ProtocolException(problems);
    }
    return protocols;
  }

  private static List<String> listed(ClassLoader classLoader) {
    try (InputStream index = classLoader.getResourceAsStream(INDEX)) {
      if (index == null) {
        throw new ProtocolException(
            List.of(new ProtocolProblem(INDEX, null, null, "not found on the classpath")));
      }
      JsonNode root = new ObjectMapper().readTree(index);
      JsonNode files = root.get("protocols");
      if (files == null || !files.isArray() || files.isEmpty()) {
        throw new ProtocolException(
            List.of(
                new ProtocolProblem(
                    INDEX, null, "protocols", "must be a non-empty list of file names")));
      }
      List<String> names = new ArrayList<>();
      for (JsonNode file : files) {
        names.add(file.asText());
      }
      return names;
    } catch (IOException unreadable) {
      throw new ProtocolException(
          List.of(
              new ProtocolProblem(
                  INDEX, null, null, "cannot be read: " + unreadable.getMessage())));
    }
  }
}
