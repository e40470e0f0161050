package org.triagedesk.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.triagedesk.assessment.protocol.BundledProtocols;
import org.triagedesk.assessment.protocol.Protocol;
import org.triagedesk.assessment.protocol.ProtocolException;
import org.triagedesk.assessment.protocol.ProtocolProblem;
import org.triagedesk.assessment.protocol.ProtocolValidator;
import org.triagedesk.assessment.rules.AnswerSheet;
import org.triagedesk.assessment.rules.CompiledProtocol;

/**
 * The assessment engine: validated, compiled protocols and the calls that assess answers against
 * them. Immutable and thread-safe; expensive to build (protocols are parsed, validated and
 * compiled), so create it once and share it. It never logs answers.
 */
public final class AssessmentEngine {

  private final Map<String, CompiledProtocol> protocols;

  private AssessmentEngine(Map<String, CompiledProtocol> protocols) {
    this.protocols = protocols;
  }

  /**
   * Loads every protocol listed in {@code protocols/index.json} on the classpath.
   *
   * @throws ProtocolException naming file, rule and field of every problem, if any protocol is
   *     broken
   */
  public static AssessmentEngine withBundledProtocols() {
    return of(BundledProtocols.load(AssessmentEngine.class.getClassLoader()));
  }

  /**
   * An engine for the given protocols, each validated first.
   *
   * @throws ProtocolException if any protocol is broken or two share an id
   */
  public static AssessmentEngine of(List<Protocol> protocols) {
    List<ProtocolProblem> problems = new ArrayList<>();
    Map<String, CompiledProtocol> compiled = new LinkedHashMap<>();
    for (Protocol protocol : protocols) {
      List<ProtocolProblem> found = ProtocolValidator.validate(protocol);
      if (compiled.containsKey(protocol.id())) {
        problems.add(
            new ProtocolProblem(
                protocol.sourceName(),
                null,
                "id",
                "duplicate protocol id '" + protocol.id() + "'"));
      }
      problems.addAll(found);
      if (found.isEmpty()) {
        compiled.putIfAbsent(protocol.id(), CompiledProtocol.compile(protocol));
      }
    }
    if (!problems.isEmpty()) {
      throw new ProtocolException(problems);
    }
    return new AssessmentEngine(Collections.unmodifiableMap(compiled));
  }

  public Collection<Protocol> protocols() {
    return protocols.values().stream().map(CompiledProtocol::protocol).toList();
  }

  public Optional<Protocol> protocol(String protocolId) {
    CompiledProtocol compiled = protocolId == null ? null : protocols.get(protocolId);
    return compiled == null ? Optional.empty() : Optional.of(compiled.protocol());
  }

  /**
   * Lists every problem with the answers; never throws for bad answers (an unknown protocol is a
   * problem).
   */
  public AnswerValidation validate(String protocolId, Map<String, ?> answers) {
    return validate(protocolId, answers, Map.of());
  }

  /**
   * As {@link #validate(String, Map)}, with a nurse's vital signs overriding the kiosk's answers.
   */
  public AnswerValidation validate(
      String protocolId, Map<String, ?> answers, Map<String, ?> nurseVitals) {
    CompiledProtocol compiled = protocolId == null ? null : protocols.get(protocolId);
    if (compiled == null) {
      return new AnswerValidation(List.of(new AnswerProblem("protocol", "unknown protocol")));
    }
    List<AnswerProblem> problems = new ArrayList<>();
    checkVitals(compiled, nurseVitals, problems);
    compiled.read(answers, nurseVitals, true, problems);
    return new AnswerValidation(problems);
  }

  /**
   * Assesses a complete intake.
   *
   * @throws UnknownProtocolException if no protocol has this id
   * @throws InvalidAnswersException listing every offending question
   */
  public Assessment assess(String protocolId, Map<String, ?> answers) {
    return assess(protocolId, answers, Map.of());
  }

  /**
   * Assesses an intake with the nurse's vital signs: for every id the protocol lists as a vital
   * sign (e.g. {@code temperature_c}), the nurse's value replaces whatever the kiosk recorded under
   * the same id.
   */
  public Assessment assess(String protocolId, Map<String, ?> answers, Map<String, ?> nurseVitals) {
    return run(protocolId, answers, nurseVitals, true);
  }

  /**
   * Early evaluation of a partial intake while the urgent screen is being answered, so that the
   * kiosk can stop at an emergency without asking the rest (docs/clinical/authoring-protocols.md,
   * the urgent section): same rules, but required questions may still be missing. Unanswered pain
   * timing counts as recent.
   */
  public Assessment screen(String protocolId, Map<String, ?> answersSoFar) {
    return run(protocolId, answersSoFar, Map.of(), false);
  }

  private Assessment run(
      String protocolId, Map<String, ?> answers, Map<String, ?> nurseVitals, boolean complete) {
    CompiledProtocol compiled = protocolId == null ? null : protocols.get(protocolId);
    if (compiled == null) {
      throw new UnknownProtocolException(protocolId);
    }
    List<AnswerProblem> problems = new ArrayList<>(0);
    checkVitals(compiled, nurseVitals, problems);
    AnswerSheet sheet = compiled.read(answers, nurseVitals, complete, problems);
    if (!problems.isEmpty()) {
      throw new InvalidAnswersException(problems);
    }
    return compiled.assess(sheet);
  }

  /**
   * A nurse records only vital signs; the reader puts the ones given in place of the kiosk's
   * answers.
   */
  private static void checkVitals(
      CompiledProtocol compiled, Map<String, ?> nurseVitals, List<AnswerProblem> problems) {
    if (nurseVitals == null || nurseVitals.isEmpty()) {
      return;
    }
    for (String id : nurseVitals.keySet()) {
      if (!compiled.isVitalSign(id)) {
        problems.add(new AnswerProblem(id, "is not a vital sign a nurse records"));
      }
    }
  }
}
