package org.triagedesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.triagedesk.assessment.protocol.AnswerOperator;
import org.triagedesk.assessment.protocol.Criterion;
import org.triagedesk.assessment.protocol.Protocol;
import org.triagedesk.assessment.protocol.ProtocolException;
import org.triagedesk.assessment.protocol.ProtocolProblem;
import org.triagedesk.assessment.protocol.ProtocolReader;

/** A broken protocol is refused at load with every problem, each naming file, rule and field. */
class ProtocolValidationTest {

  private static final String FILE = "upper-back-pain.json";

  private static ObjectNode redFlag(ObjectNode protocol, String id) {
    for (JsonNode flag : protocol.get("redFlags")) {
      if (flag.get("id").asText().equals(id)) {
        return (ObjectNode) flag;
      }
    }
    throw new IllegalArgumentException(id);
  }

  private static ObjectNode leaf(String question, String operator, Object value) {
    ObjectNode leaf = TestProtocols.JSON.createObjectNode().put("q", question);
    leaf.set(operator, TestProtocols.JSON.valueToTree(value));
    return leaf;
  }

  private static List<ProtocolProblem> problemsOf(ObjectNode protocol) {
    return ProtocolReader.check(FILE, TestProtocols.asStream(protocol));
  }

  @Test
  void check_shouldAcceptTheBundledProtocol() {
    assertThat(problemsOf(TestProtocols.upperBackPainTree())).isEmpty();
  }

  @Test
  void check_shouldNameFileRuleAndField_forAnUnknownQuestion() {
    ObjectNode protocol = TestProtocols.upperBackPainTree();
    redFlag(protocol, "RF-TRAUMA").set("when", leaf("car_crash", "equals", true));

    assertThat(problemsOf(protocol))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.file()).isEqualTo(FILE);
              assertThat(problem.rule()).isEqualTo("RF-TRAUMA");
              assertThat(problem.field()).isEqualTo("redFlags[9].when.q");
              assertThat(problem.message()).contains("unknown question 'car_crash'");
            });
  }

  @Test
  void check_shouldRefuseAnUnknownOperator() {
    ObjectNode protocol = TestProtocols.upperBackPainTree();
    redFlag(protocol, "RF-TRAUMA").set("when", leaf("serious_accident", "is", true));

    assertThat(problemsOf(protocol))
        .extracting(ProtocolProblem::message)
        .anySatisfy(message -> assertThat(message).contains("unknown operator 'is'"));
  }

  @Test
  void read_shouldRefuseAnUnknownOperatorAtLoad_withTheOperatorsItKnows() {
    ObjectNode protocol = TestProtocols.upperBackPainTree();
    redFlag(protocol, "RF-TRAUMA").set("when", leaf("serious_accident", "Equals", true));

    assertThatThrownBy(() -> ProtocolReader.read(FILE, TestProtocols.asStream(protocol)))
        .isInstanceOf(ProtocolException.class)
        .satisfies(
            refused ->
                assertThat(((ProtocolException) refused).problems())
                    .anySatisfy(
                        problem -> {
                          assertThat(problem.rule()).isEqualTo("RF-TRAUMA");
                          assertThat(problem.field()).isEqualTo("redFlags[9].when.Equals");
                          assertThat(problem.message())
                              .contains("unknown operator 'Equals'")
                              .contains(String.join(", ", AnswerOperator.symbols()));
                        }));
  }

  @Test
  void answerOperator_shouldBeReadFromItsSymbolOnly() {
    for (AnswerOperator operator : AnswerOperator.values()) {
      assertThat(AnswerOperator.ofSymbol(operator.symbol())).contains(operator);
      assertThat(operator.toString()).isEqualTo(operator.symbol());
    }
    assertThat(AnswerOperator.symbols())
        .doesNotHaveDuplicates()
        .hasSize(AnswerOperator.values().length);
    assertThat(AnswerOperator.ofSymbol("is")).isEmpty();
    assertThat(AnswerOperator.ofSymbol("EQUALS")).isEmpty();
    assertThat(AnswerOperator.ofSymbol(null)).isEmpty();
  }

  @Test
  void read_shouldKeepEveryOperatorOfTheBundledProtocol_asAnEnum() {
    Protocol protocol = TestProtocols.upperBackPain();
    java.util.Set<AnswerOperator> used = java.util.EnumSet.noneOf(AnswerOperator.class);
    protocol.definitions().values().forEach(criterion -> collectOperators(criterion, used));
    protocol.redFlags().forEach(flag -> collectOperators(flag.when(), used));

    assertThat(used).contains(AnswerOperator.EQUALS, AnswerOperator.IN, AnswerOperator.AT_LEAST);
  }

  private static void collectOperators(Criterion criterion, java.util.Set<AnswerOperator> into) {
    if (criterion instanceof Criterion.AnswerTest test) {
      into.add(test.operator());
    } else if (criterion instanceof Criterion.All all) {
      all.of().forEach(part -> collectOperators(part, into));
    } else if (criterion instanceof Criterion.Any any) {
      any.of().forEach(part -> collectOperators(part, into));
    } else if (criterion instanceof Criterion.AtLeast atLeast) {
      atLeast.of().forEach(part -> collectOperators(part, into));
    } else if (criterion instanceof Criterion.Not not) {
      collectOperators(not.criterion(), into);
    }
  }

  @Test
  void check_shouldRefuseAnOperatorThatDoesNotFitTheQuestionType() {
    ObjectNode protocol = TestProtocols.upperBackPainTree();
    redFlag(protocol, "RF-TRAUMA").set("when", leaf("age", "contains", "old"));

    assertThat(problemsOf(protocol))
        .singleElement()
        .satisfies(
            problem ->
                assertThat(problem.message())
                    .contains("'contains' does not fit INTEGER question 'age'"));
  }

  @Test
  void check_shouldRefuseAValueOutsideTheOptions() {
    ObjectNode protocol = TestProtocols.upperBackPainTree();
    redFlag(protocol, "RF-TRAUMA").set("when", leaf("sex", "in", List.of("other")));

    assertThat(problemsOf(protocol))
        .singleElement()
        .satisfies(
            problem -> assertThat(problem.message()).contains("'other' is not an answer of sex"));
  }

  @Test
  void check_shouldRefuseUndeclaredSourcesAndUnknownUrgencies_listingThemAll() {
    ObjectNode protocol = TestProtocols.upperBackPainTree();
    ((ArrayNode) redFlag(protocol, "RF-ACS-1").get("sources")).add("S99");
    redFlag(protocol, "RF-PE").put("minimum", "CRITICAL");
    ((ObjectNode) protocol.get("causes").get(0)).putArray("sources");

    assertThat(problemsOf(protocol))
        .extracting(ProtocolProblem::rule, ProtocolProblem::message)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "RF-PE",
                "unknown urgency 'CRITICAL', expected one of EMERGENCY, URGENT, SOON, ROUTINE, SELF_CARE"));
    ObjectNode fixedUrgency = TestProtocols.upperBackPainTree();
    ((ArrayNode) redFlag(fixedUrgency, "RF-ACS-1").get("sources")).add("S99");
    ((ObjectNode) fixedUrgency.get("causes").get(0)).putArray("sources");
    assertThat(problemsOf(fixedUrgency))
        .extracting(ProtocolProblem::rule, ProtocolProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "RF-ACS-1", "source 'S99' is not declared in sources"),
            org.assertj.core.groups.Tuple.tuple(
                "MSK_STRAIN", "every rule needs at least one source id"));
  }

  @Test
  void check_shouldRefuseDuplicateIds() {
    ObjectNode protocol = TestProtocols.upperBackPainTree();
    redFlag(protocol, "RF-ACS-2").put("id", "RF-ACS-1");
    ObjectNode firstQuestion = (ObjectNode) protocol.get("sections").get(0).get("questions").get(1);
    firstQuestion.put("id", "age");

    assertThat(problemsOf(protocol))
        .extracting(ProtocolProblem::message)
        .contains("duplicate red flag id 'RF-ACS-1'", "duplicate question id 'age'");
  }

  @Test
  void check_shouldRefuseAReferenceToALaterRedFlag() {
    ObjectNode protocol = TestProtocols.upperBackPainTree();
    redFlag(protocol, "RF-CORD")
        .set("when", TestProtocols.JSON.createObjectNode().put("flag", "RF-SEVERE"));

    assertThat(problemsOf(protocol))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.rule()).isEqualTo("RF-CORD");
              assertThat(problem.message()).contains("unknown red flag 'RF-SEVERE'");
            });
  }

  @Test
  void check_shouldRequireSpanishWording() {
    ObjectNode protocol = TestProtocols.upperBackPainTree();
    ObjectNode age = (ObjectNode) protocol.get("sections").get(0).get("questions").get(0);
    ((ObjectNode) age.get("text")).remove("es");

    assertThat(problemsOf(protocol))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.rule()).isEqualTo("question age");
              assertThat(problem.message()).isEqualTo("missing text in language 'es'");
            });
  }

  private static ObjectNode score(ObjectNode protocol, String id) {
    for (JsonNode score : protocol.get("scores")) {
      if (score.get("id").asText().equals(id)) {
        return (ObjectNode) score;
      }
    }
    throw new IllegalArgumentException(id);
  }

  @Test
  void check_shouldRefuseScoreItemsWithUnknownQuestionsOrDuplicateIds_andScoresWithoutSources() {
    ObjectNode protocol = TestProtocols.upperBackPainTree();
    ObjectNode adds = score(protocol, "ADD-RS");
    ArrayNode items = (ArrayNode) adds.get("items");
    ((ObjectNode) items.get(0)).set("when", leaf("marfan", "equals", true));
    ((ObjectNode) items.get(2)).put("id", ((ObjectNode) items.get(1)).get("id").asText());
    adds.putArray("sources");

    assertThat(problemsOf(protocol))
        .extracting(ProtocolProblem::rule, ProtocolProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("score ADD-RS", "unknown question 'marfan'"),
            org.assertj.core.groups.Tuple.tuple(
                "score ADD-RS", "duplicate item id 'family_history_aortic_disease'"),
            org.assertj.core.groups.Tuple.tuple(
                "score ADD-RS", "every rule needs at least one source id"));
  }

  @Test
  void check_shouldRefuseAThresholdTheItemsCannotReach() {
    ObjectNode protocol = TestProtocols.upperBackPainTree();
    ((ObjectNode) score(protocol, "ADD-RS").get("thresholds").get(1)).put(">=", 4);

    assertThat(problemsOf(protocol))
        .extracting(ProtocolProblem::message)
        .contains("unreachable: >= 4 but the items add up to at most 3.0");
  }

  @Test
  void check_shouldRefuseARuleComparingAScoreWithAThresholdItsSourceDoesNotPublish() {
    ObjectNode protocol = TestProtocols.upperBackPainTree();
    ObjectNode invented =
        TestProtocols.JSON.createObjectNode().put("score", "WELLS-PE").put(">", 2);
    redFlag(protocol, "RF-TRAUMA").set("when", invented);

    assertThat(problemsOf(protocol))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.rule()).isEqualTo("RF-TRAUMA");
              assertThat(problem.message())
                  .contains("'> 2' is not a published threshold of WELLS-PE");
            });
  }

  @Test
  void check_shouldRefuseAScoreItemThatUsesAScoreOrAnUnknownException() {
    ObjectNode protocol = TestProtocols.upperBackPainTree();
    ArrayNode items = (ArrayNode) score(protocol, "PERC").get("items");
    ((ObjectNode) items.get(0))
        .set("when", TestProtocols.JSON.createObjectNode().put("score", "ADD-RS").put(">=", 2));
    redFlag(protocol, "RF-TRAUMA")
        .set("when", TestProtocols.JSON.createObjectNode().put("exception", "BX-NONE"));

    assertThat(problemsOf(protocol))
        .extracting(ProtocolProblem::message)
        .containsExactly(
            "a score item cannot use a score", "unknown or later benign exception 'BX-NONE'");
  }

  @Test
  void check_shouldRefuseAWindowThatIsNotLessUrgentOutside() {
    ObjectNode protocol = TestProtocols.upperBackPainTree();
    ((ObjectNode) redFlag(protocol, "RF-TRAUMA").get("window")).put("otherwise", "EMERGENCY");

    assertThat(problemsOf(protocol))
        .singleElement()
        .satisfies(
            problem ->
                assertThat(problem.message())
                    .contains("outside its window a flag must be less urgent than its minimum"));
  }

  @Test
  void bundledProtocol_shouldStateATimeWindowWithSourcesForEveryRedFlag() {
    assertThat(TestProtocols.upperBackPain().redFlags())
        .allSatisfy(
            flag -> {
              assertThat(flag.window()).as(flag.id()).isNotNull();
              assertThat(flag.window().sources()).as(flag.id()).isNotEmpty();
            });
  }

  private static ObjectNode section(ObjectNode protocol, String id) {
    for (JsonNode section : protocol.get("sections")) {
      if (section.get("id").asText().equals(id)) {
        return (ObjectNode) section;
      }
    }
    throw new IllegalArgumentException(id);
  }

  private static ObjectNode checklist(String id, String... questions) {
    ObjectNode list = TestProtocols.JSON.createObjectNode().put("id", id);
    list.putObject("text").put("en", "Any of these?").put("es", "¿Algo de esto?");
    ArrayNode items = list.putArray("items");
    for (String question : questions) {
      ObjectNode item = items.addObject().put("question", question);
      item.putObject("label").put("en", question).put("es", question);
    }
    return list;
  }

  @Test
  void bundledProtocol_shouldAskOnlyItsOwnSectionsPlainYesNoQuestionsInChecklists_eachOnce() {
    Protocol protocol =
        ProtocolReader.read(FILE, TestProtocols.asStream(TestProtocols.upperBackPainTree()));
    List<String> ticked =
        protocol.sections().stream()
            .flatMap(s -> s.checklists().stream().flatMap(c -> c.questions().stream()))
            .toList();

    assertThat(ticked).hasSizeGreaterThan(10).doesNotHaveDuplicates();
    protocol
        .sections()
        .forEach(s -> s.checklists().forEach(c -> assertThat(s.urgentScreen()).isFalse()));
  }

  @Test
  void check_shouldRefuseChecklistsOfUrgentNonYesNoConditionalForeignOrRepeatedQuestions() {
    ObjectNode protocol = TestProtocols.upperBackPainTree();
    section(protocol, "urgent_check")
        .putArray("checklists")
        .add(checklist("urgent_list", "sweating_clammy", "short_of_breath"));
    ArrayNode lists = (ArrayNode) section(protocol, "other_symptoms").get("checklists");
    lists.add(checklist("bad_list", "arm_weakness", "rash_days", "diabetes", "fever"));

    assertThat(problemsOf(protocol))
        .extracting(p -> p.rule() + " " + p.field() + ": " + p.message())
        .anySatisfy(
            m -> assertThat(m).contains("checklist urgent_list").contains("one question at a time"))
        .anySatisfy(
            m -> assertThat(m).contains("items.arm_weakness").contains("only yes/no questions"))
        .anySatisfy(m -> assertThat(m).contains("items.rash_days").contains("display condition"))
        .anySatisfy(
            m -> assertThat(m).contains("items.diabetes").contains("not a question of section"))
        .anySatisfy(
            m -> assertThat(m).contains("items.fever").contains("already in another checklist"));
  }

  @Test
  void check_shouldReportMalformedJson() {
    List<ProtocolProblem> problems =
        ProtocolReader.check(
            FILE, new ByteArrayInputStream("{\"id\": ".getBytes(StandardCharsets.UTF_8)));

    assertThat(problems)
        .singleElement()
        .satisfies(problem -> assertThat(problem.message()).startsWith("not valid JSON"));
  }

  @Test
  void of_shouldRefuseTheWholeSet_whenOneProtocolIsBroken() {
    Protocol good = TestProtocols.soreThroat();
    Protocol broken =
        new Protocol(
            good.id() + "-2",
            null,
            good.title(),
            good.sections(),
            good.vitalSigns(),
            good.definitions(),
            good.redFlags(),
            good.causes(),
            good.fallbackUrgency(),
            good.advice(),
            good.urgencyMessages(),
            good.safetyNet(),
            good.sources(),
            "broken.json");

    assertThatThrownBy(() -> AssessmentEngine.of(List.of(good, broken)))
        .isInstanceOfSatisfying(
            ProtocolException.class,
            refused ->
                assertThat(refused.problems())
                    .containsExactly(
                        new ProtocolProblem("broken.json", null, "version", "missing")))
        .hasMessageContaining("broken.json");
    assertThatThrownBy(() -> AssessmentEngine.of(List.of(good, good)))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("duplicate protocol id");
  }
}
