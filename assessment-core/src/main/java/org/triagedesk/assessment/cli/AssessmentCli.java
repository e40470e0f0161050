package org.triagedesk.assessment.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.triagedesk.assessment.AnswerProblem;
import org.triagedesk.assessment.Assessment;
import org.triagedesk.assessment.AssessmentEngine;
import org.triagedesk.assessment.InvalidAnswersException;
import org.triagedesk.assessment.UnknownProtocolException;
import org.triagedesk.assessment.protocol.Protocol;
import org.triagedesk.assessment.protocol.ProtocolException;
import org.triagedesk.assessment.protocol.ProtocolProblem;
import org.triagedesk.assessment.protocol.ProtocolReader;

/**
 * Command line for protocol authors.
 *
 * <pre>
 *   assess answers.json [--protocol-file protocol.json]   prints the assessment as JSON
 *   validate protocol.json                                lists every problem of a protocol file
 *   docs protocol.json                                    prints the protocol's Markdown page for clinicians
 * </pre>
 *
 * Exit codes: 0 success, 1 problems found (invalid answers or protocol), 2 usage or I/O error.
 */
public final class AssessmentCli {

  public static final int OK = 0;
  public static final int PROBLEMS = 1;
  public static final int USAGE = 2;
  static final String DEFAULT_PROTOCOL = "upper-back-pain";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final String USAGE_TEXT =
      String.join(
          System.lineSeparator(),
          "usage:",
          "  assessment-cli assess <answers.json> [--protocol-file <protocol.json>]",
          "      answers.json: the bare answers object, or {\"protocol\": \"...\", \"answers\": {...},"
              + " \"vitals\": {...}}",
          "  assessment-cli validate <protocol.json>",
          "  assessment-cli docs <protocol.json>      prints the clinicians' Markdown page of a protocol");

  private final PrintStream out;
  private final PrintStream err;

  AssessmentCli(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(new AssessmentCli(System.out, System.err).run(args));
  }

  int run(String... args) {
    if (args.length == 2 && args[0].equals("validate")) {
      return validate(Path.of(args[1]));
    }
    if (args.length == 2 && args[0].equals("docs")) {
      return docs(Path.of(args[1]));
    }
    if (args.length == 2 && args[0].equals("assess")) {
      return assess(Path.of(args[1]), null);
    }
    if (args.length == 4 && args[0].equals("assess") && args[2].equals("--protocol-file")) {
      return assess(Path.of(args[1]), Path.of(args[3]));
    }
    err.println(USAGE_TEXT);
    return USAGE;
  }

  private int validate(Path file) {
    List<ProtocolProblem> problems;
    Protocol protocol = null;
    try (InputStream json = Files.newInputStream(file)) {
      protocol = ProtocolReader.read(file.getFileName().toString(), json);
      problems = List.of();
    } catch (ProtocolException refused) {
      problems = refused.problems();
    } catch (NoSuchFileException missing) {
      err.println("no such file: " + file);
      return USAGE;
    } catch (IOException unreadable) {
      err.println("cannot read " + file + ": " + unreadable.getMessage());
      return USAGE;
    }
    if (!problems.isEmpty()) {
      out.println(problems.size() + " problem(s) in " + file.getFileName() + ":");
      problems.forEach(problem -> out.println("  " + problem));
      return PROBLEMS;
    }
    out.println(
        "OK: "
            + protocol.id()
            + " "
            + protocol.version()
            + ", "
            + protocol.questions().size()
            + " questions, "
            + protocol.redFlags().size()
            + " red flags, "
            + protocol.causes().size()
            + " causes, "
            + protocol.advice().size()
            + " advice items");
    return OK;
  }

  private int docs(Path file) {
    try (InputStream json = Files.newInputStream(file)) {
      out.print(
          ProtocolDocument.markdown(ProtocolReader.read(file.getFileName().toString(), json)));
      return OK;
    } catch (ProtocolException refused) {
      err.println(refused.getMessage());
      return PROBLEMS;
    } catch (IOException unreadable) {
      err.println("cannot read " + file + ": " + unreadable.getMessage());
      return USAGE;
    }
  }

  @SuppressWarnings("unchecked")
  private int assess(Path answersFile, Path protocolFile) {
    Map<String, Object> input;
    AssessmentEngine engine;
    try {
      input = JSON.readValue(Files.readString(answersFile, StandardCharsets.UTF_8), Map.class);
      engine =
          protocolFile == null ? AssessmentEngine.withBundledProtocols() : engineFor(protocolFile);
    } catch (ProtocolException refused) {
      err.println(refused.getMessage());
      return PROBLEMS;
    } catch (JsonProcessingException malformed) {
      err.println("not valid JSON: " + malformed.getOriginalMessage());
      return USAGE;
    } catch (IOException unreadable) {
      err.println("cannot read: " + unreadable.getMessage());
      return USAGE;
    }
    boolean wrapped = input.get("answers") instanceof Map;
    Map<String, Object> answers = wrapped ? (Map<String, Object>) input.get("answers") : input;
    Map<String, Object> vitals =
        wrapped && input.get("vitals") instanceof Map
            ? (Map<String, Object>) input.get("vitals")
            : Map.of();
    String protocolId =
        wrapped && input.get("protocol") instanceof String id
            ? id
            : protocolFile == null ? DEFAULT_PROTOCOL : engine.protocols().iterator().next().id();
    try {
      Assessment assessment = engine.assess(protocolId, answers, vitals);
      out.println(JSON.writeValueAsString(assessment));
      return OK;
    } catch (InvalidAnswersException invalid) {
      out.println("invalid answers:");
      for (AnswerProblem problem : invalid.problems()) {
        out.println("  " + problem.questionId() + ": " + problem.reason());
      }
      return PROBLEMS;
    } catch (UnknownProtocolException unknown) {
      err.println(unknown.getMessage());
      return PROBLEMS;
    } catch (JsonProcessingException unexpected) {
      err.println("cannot write the assessment: " + unexpected.getOriginalMessage());
      return USAGE;
    }
  }

  private static AssessmentEngine engineFor(Path protocolFile) throws IOException {
    try (InputStream json = Files.newInputStream(protocolFile)) {
      return AssessmentEngine.of(
          List.of(ProtocolReader.read(protocolFile.getFileName().toString(), json)));
    }
  }
}
