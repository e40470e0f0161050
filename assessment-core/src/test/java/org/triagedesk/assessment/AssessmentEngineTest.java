package org.triagedesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.triagedesk.assessment.protocol.Condition;
import org.triagedesk.assessment.protocol.Protocol;
import org.triagedesk.assessment.protocol.Question;
import org.triagedesk.assessment.protocol.QuestionType;
import org.triagedesk.assessment.protocol.Section;

class AssessmentEngineTest {

  private static final String UBP = "upper-back-pain";
  private static final AssessmentEngine ENGINE = AssessmentEngine.withBundledProtocols();

  private static Map<String, Object> answers(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /** The answers with "no" to every urgent-check question the caller did not answer. */
  private static Map<String, Object> urgentCheckNo(Map<String, Object> answers) {
    Map<String, Object> complete = new LinkedHashMap<>(answers);
    ENGINE
        .protocol(UBP)
        .orElseThrow()
        .urgentScreenQuestions()
        .forEach(question -> complete.putIfAbsent(question.id(), false));
    return complete;
  }

  @Test
  void withBundledProtocols_shouldLoadTheUpperBackPainQuestionnaire() {
    Protocol protocol = ENGINE.protocol(UBP).orElseThrow();

    assertThat(ENGINE.protocols()).extracting(Protocol::id).containsExactly(UBP);
    assertThat(protocol.version()).isNotBlank();
    assertThat(protocol.sections())
        .extracting(Section::id)
        .containsExactly(
            "about_you",
            "urgent_check",
            "your_pain",
            "better_or_worse",
            "other_symptoms",
            "health_history",
            "vital_signs");
    assertThat(protocol.sections().get(1).urgentScreen()).isTrue();
    assertThat(protocol.sections().get(6).staffOnly()).isTrue();
    assertThat(protocol.question("age").orElseThrow().required()).isTrue();
    assertThat(protocol.question("temperature_c").orElseThrow().type())
        .isEqualTo(QuestionType.NUMBER);
    assertThat(protocol.question("nope")).isEmpty();
  }

  @Test
  void protocol_shouldCarryTheSpecDisplayConditions() {
    Protocol protocol = ENGINE.protocol(UBP).orElseThrow();

    assertThat(protocol.question("pregnant_or_postpartum").map(Question::showWhen))
        .contains(new Condition("sex", "notEquals", List.of("male")));
    assertThat(protocol.question("last_episode").map(Question::showWhen))
        .contains(new Condition("pain_now_present", "equals", List.of(false)));
    assertThat(protocol.question("rash_days").map(Question::showWhen))
        .contains(new Condition("rash_blisters", "equals", List.of(true)));
    Condition neuroOnset = protocol.question("neuro_onset").orElseThrow().showWhen();
    assertThat(neuroOnset.operator()).isEqualTo("any");
    assertThat(neuroOnset.anyOf())
        .extracting(Condition::question)
        .contains(
            "arm_weakness",
            "leg_weakness",
            "arm_numbness_tingling",
            "leg_numbness_tingling",
            "unsteady_walking");
  }

  @Test
  void protocol_shouldWordEveryQuestionAndOptionInEnglishAndSpanish() {
    for (Question question : ENGINE.protocol(UBP).orElseThrow().questions()) {
      assertThat(question.text().byLanguage()).as(question.id()).containsKeys("en", "es");
      question
          .options()
          .forEach(
              option ->
                  assertThat(option.label().byLanguage())
                      .as(question.id() + "." + option.value())
                      .containsKeys("en", "es"));
    }
  }

  @Test
  void assess_shouldReturnEmergency_whenSweatingWithBurningPain() {
    Assessment assessment =
        ENGINE.assess(
            UBP,
            answers(
                "age",
                58,
                "sex",
                "female",
                "diabetes",
                true,
                "pain_quality",
                List.of("burning"),
                "sweating_clammy",
                true));

    assertThat(assessment.urgency()).isEqualTo(Urgency.EMERGENCY);
    FiredRedFlag acs = assessment.redFlags().get(0);
    assertThat(acs.id()).isEqualTo("RF-ACS-1");
    assertThat(acs.category()).isEqualTo("CARDIAC_ACS");
    assertThat(acs.triggeredBy()).containsEntry("sweating_clammy", true);
    assertThat(acs.sources()).contains("S10");
    assertThat(assessment.causes().get(0).category()).isEqualTo("CARDIAC_ACS");
    assertThat(assessment.causes().get(0).raisedBy()).containsEntry("diabetes", true);
    assertThat(assessment.advice().safetyNet()).isNull();
    assertThat(assessment.advice().items()).isEmpty();
    assertThat(assessment.advice().urgencyMessage().in("es")).contains("personal");
  }

  @Test
  void assess_shouldTreatMissingPainTimingAsPresentNow_butHonourAnOldEpisode() {
    Map<String, Object> acsPattern = answers("age", 60, "exertional", true);
    Map<String, Object> oldEpisode = new HashMap<>(acsPattern);
    oldEpisode.put("pain_now_present", false);
    oldEpisode.put("last_episode", "over_72h");

    assertThat(ENGINE.assess(UBP, acsPattern).urgency()).isEqualTo(Urgency.EMERGENCY);
    assertThat(ENGINE.assess(UBP, oldEpisode).urgency()).isEqualTo(Urgency.SOON);
  }

  @Test
  void assess_shouldTreatUrgentCheckDiscomfortOfUnknownPlaceAsChest_butNotNeckAlone() {
    Assessment unknownPlace =
        ENGINE.assess(UBP, urgentCheckNo(answers("age", 30, "chest_arm_jaw_neck_pain", true)));
    Assessment neckOnly =
        ENGINE.assess(
            UBP,
            urgentCheckNo(
                answers(
                    "age",
                    30,
                    "chest_arm_jaw_neck_pain",
                    true,
                    "discomfort_where",
                    List.of("neck"))));
    Assessment jaw =
        ENGINE.assess(
            UBP,
            urgentCheckNo(
                answers(
                    "age",
                    30,
                    "chest_arm_jaw_neck_pain",
                    true,
                    "discomfort_where",
                    List.of("jaw"))));

    assertThat(unknownPlace.urgency()).isEqualTo(Urgency.EMERGENCY);
    assertThat(unknownPlace.redFlags())
        .extracting(FiredRedFlag::id)
        .containsExactly("RF-ACS-CHEST");
    assertThat(neckOnly.urgency()).isNotEqualTo(Urgency.EMERGENCY);
    assertThat(neckOnly.redFlags()).isEmpty();
    assertThat(jaw.redFlags()).extracting(FiredRedFlag::id).containsExactly("RF-ACS-1");
  }

  @Test
  void assess_shouldKeepLongStandingUnchangedChestDiscomfortBelowEmergency_outsideTheAcsWindow() {
    Assessment stable =
        ENGINE.assess(
            UBP,
            urgentCheckNo(
                answers(
                    "age",
                    60,
                    "chest_arm_jaw_neck_pain",
                    true,
                    "pain_started",
                    "over_3_months",
                    "course",
                    "same")));

    assertThat(stable.urgency()).isEqualTo(Urgency.URGENT);
    assertThat(stable.redFlags()).extracting(FiredRedFlag::id).contains("RF-ACS-CHEST");
  }

  @Test
  void assess_shouldNameUnansweredUrgentQuestions_andNeverGoBelowSoon() {
    Assessment skipped =
        ENGINE.assess(
            UBP,
            answers(
                "age",
                25,
                "started_after",
                List.of("desk_phone_or_driving"),
                "mechanical",
                true,
                "short_of_breath",
                false));

    assertThat(skipped.urgency()).isEqualTo(Urgency.SOON);
    assertThat(skipped.unansweredUrgentQuestions())
        .hasSize(8)
        .contains("chest_arm_jaw_neck_pain")
        .doesNotContain("short_of_breath", "discomfort_where", "blood_source");
    assertThat(skipped.notes())
        .extracting(AssessmentNote::id)
        .containsExactly("urgent-screen-incomplete");
  }

  @Test
  void assess_shouldNotGiveSelfCare_withoutTheAnswersThatDefineTheBenignCause() {
    Assessment noTrigger =
        ENGINE.assess(
            UBP,
            urgentCheckNo(
                answers(
                    "age",
                    25,
                    "mechanical",
                    true,
                    "desk_hours_per_day",
                    9,
                    "pain_quality",
                    List.of("aching"),
                    "pain_location",
                    List.of("between_shoulder_blades"))));
    Assessment nothing = ENGINE.assess(UBP, urgentCheckNo(answers("age", 25)));

    assertThat(noTrigger.urgency()).isEqualTo(Urgency.ROUTINE);
    assertThat(noTrigger.notes())
        .extracting(AssessmentNote::id)
        .containsExactly("not-enough-answers-for-self-care");
    assertThat(noTrigger.notes().get(0).text().in("es")).isNotBlank();
    assertThat(nothing.urgency()).isEqualTo(Urgency.ROUTINE);
    assertThat(nothing.unansweredUrgentQuestions()).isEmpty();
  }

  @Test
  void assess_shouldListTheItemsThatScored_withTheTotal() {
    Assessment assessment =
        ENGINE.assess(
            UBP,
            urgentCheckNo(
                answers(
                    "age",
                    34,
                    "aortic_risk",
                    List.of("marfan_or_connective_tissue"),
                    "pain_now",
                    8,
                    "onset_speed",
                    "hours")));

    assertThat(assessment.urgency()).isEqualTo(Urgency.EMERGENCY);
    assertThat(assessment.scores())
        .filteredOn(score -> score.id().equals("ADD-RS"))
        .singleElement()
        .satisfies(
            score -> {
              assertThat(score.total()).isEqualTo(2.0);
              assertThat(score.items())
                  .containsOnlyKeys("connective_tissue_disease", "severe_pain");
              assertThat(score.triggeredBy()).containsEntry("pain_now", 8);
            });
    assertThat(assessment.redFlags())
        .filteredOn(flag -> flag.id().equals("RF-AORTA"))
        .singleElement()
        .satisfies(flag -> assertThat(flag.triggeredBy()).containsEntry("ADD-RS", 2.0));
  }

  @Test
  void assess_shouldCountOnlyTheHighestBandOfOneVitalSign() {
    Assessment assessment =
        ENGINE.assess(
            UBP,
            urgentCheckNo(answers("age", 40)),
            Map.of("respiratory_rate", 26, "heart_rate", 135, "spo2", 97));

    assertThat(assessment.scores())
        .filteredOn(score -> score.id().equals("NEWS2"))
        .singleElement()
        .satisfies(
            score -> {
              assertThat(score.total()).isEqualTo(6.0);
              assertThat(score.items())
                  .containsOnlyKeys("respiratory_rate_25_or_more", "pulse_131_or_more");
            });
    assertThat(assessment.urgency()).isEqualTo(Urgency.EMERGENCY);
  }

  @Test
  void assess_shouldNotFireTheAcuteLevelOutsideTheFlagsWindow() {
    Map<String, Object> crash = urgentCheckNo(answers("age", 40, "serious_accident", true));
    Map<String, Object> oldCrash = new HashMap<>(crash);
    oldCrash.put("pain_started", "6_to_12_weeks");

    assertThat(ENGINE.assess(UBP, crash).urgency()).isEqualTo(Urgency.EMERGENCY);
    assertThat(ENGINE.assess(UBP, oldCrash).urgency()).isEqualTo(Urgency.URGENT);
    assertThat(ENGINE.assess(UBP, oldCrash).redFlags())
        .extracting(FiredRedFlag::id)
        .contains("RF-TRAUMA");
  }

  @Test
  void assess_shouldReportTheBenignExplanation_thatStoppedAnArmSpreadFromCountingForAcs() {
    Map<String, Object> radicular =
        urgentCheckNo(
            answers(
                "age",
                45,
                "pain_spreads_to",
                List.of("left_arm"),
                "arm_numbness_tingling",
                "one_side",
                "arm_pain_with_neck_movement",
                true,
                "pain_started",
                "6_to_12_weeks",
                "course",
                "same"));
    Map<String, Object> newArmPain = new HashMap<>(radicular);
    newArmPain.put("pain_started", "12_to_72h");

    assertThat(ENGINE.assess(UBP, radicular).benignExceptions())
        .extracting(AppliedException::id)
        .containsExactly("BX-ARM-NERVE-ROOT");
    assertThat(ENGINE.assess(UBP, radicular).urgency()).isEqualTo(Urgency.SOON);
    assertThat(ENGINE.assess(UBP, newArmPain).urgency()).isEqualTo(Urgency.EMERGENCY);
  }

  @Test
  void assess_shouldListEveryOffendingQuestion_inQuestionnaireOrder() {
    Map<String, Object> bad =
        answers(
            "sex",
            "unknown",
            "pain_now",
            5.5,
            "fever",
            "yes",
            "pain_quality",
            List.of("burning", "hot"),
            "heart_rate",
            400,
            "colour",
            "red",
            "pain_side",
            null);

    assertThatThrownBy(() -> ENGINE.assess(UBP, bad))
        .isInstanceOfSatisfying(
            InvalidAnswersException.class,
            invalid ->
                assertThat(invalid.problems())
                    .containsExactly(
                        new AnswerProblem("age", "is required"),
                        new AnswerProblem(
                            "sex", "must be one of: female, male, intersex, undisclosed"),
                        new AnswerProblem(
                            "pain_quality",
                            "must be a list of any of: burning, aching, sharp, pressure, "
                                + "tearing, tingling, itching, electric"),
                        new AnswerProblem("pain_now", "must be a whole number from 0 to 10"),
                        new AnswerProblem("fever", "must be true or false"),
                        new AnswerProblem("heart_rate", "must be a whole number from 20 to 250"),
                        new AnswerProblem("colour", "is not a question of this protocol")));
  }

  @Test
  void validate_shouldNeverThrow_andAcceptEveryJsonNumberType() {
    assertThat(
            ENGINE
                .validate(
                    UBP,
                    answers(
                        "age",
                        40L,
                        "pain_now",
                        new BigDecimal("5.0"),
                        "pain_worst_24h",
                        6.0,
                        "temperature_c",
                        new BigDecimal("37.8"),
                        "desk_hours_per_day",
                        (short) 8))
                .isValid())
        .isTrue();
    assertThat(ENGINE.validate(UBP, answers("age", Double.NaN)).problems())
        .extracting(AnswerProblem::questionId)
        .containsExactly("age");
    assertThat(ENGINE.validate(UBP, null).problems())
        .containsExactly(new AnswerProblem("age", "is required"));
    assertThat(ENGINE.validate("no-such-protocol", Map.of()).isValid()).isFalse();
  }

  @Test
  void assess_shouldThrowUnknownProtocol_whenTheIdIsNotLoaded() {
    assertThatThrownBy(() -> ENGINE.assess("knee-pain", Map.of("age", 40)))
        .isInstanceOf(UnknownProtocolException.class)
        .hasMessageContaining("knee-pain");
  }

  @Test
  void assess_shouldGiveTheSameResult_whateverTheOrderOfTheAnswers() {
    Map<String, Object> ordered =
        answers(
            "age",
            52,
            "pain_quality",
            List.of("burning", "aching"),
            "started_after",
            List.of("desk_phone_or_driving"),
            "mechanical",
            true,
            "tender_spot",
            "yes");
    Map<String, Object> reversed = new TreeMap<>(java.util.Comparator.reverseOrder());
    reversed.putAll(ordered);

    assertThat(ENGINE.assess(UBP, reversed)).isEqualTo(ENGINE.assess(UBP, ordered));
  }

  @Test
  void assess_shouldShowSafetyNetAndSelfCareAdvice_forBenignPosturalPain() {
    Assessment assessment =
        ENGINE.assess(
            UBP,
            urgentCheckNo(
                answers(
                    "age",
                    25,
                    "started_after",
                    List.of("desk_phone_or_driving"),
                    "desk_hours_per_day",
                    9,
                    "mechanical",
                    true)));

    assertThat(assessment.urgency()).isEqualTo(Urgency.SELF_CARE);
    assertThat(assessment.notes()).isEmpty();
    assertThat(assessment.protocolVersion())
        .isEqualTo(ENGINE.protocol(UBP).orElseThrow().version());
    assertThat(assessment.advice().safetyNet().in("en")).contains("chest pain").contains("fever");
    assertThat(assessment.advice().safetyNet().in("es")).contains("fiebre");
    assertThat(assessment.advice().items())
        .extracting(AdviceItem::id)
        .contains(
            "posture",
            "gentle-exercise",
            "heat-or-cold",
            "pain-relief",
            "massage",
            "physical-therapy");
  }

  @Test
  void assess_shouldNotSuggestIbuprofen_toSomeoneOnABloodThinner() {
    Assessment assessment =
        ENGINE.assess(
            UBP,
            answers(
                "age", 45, "started_after", List.of("lifting_or_twisting"), "blood_thinner", true));

    assertThat(assessment.advice().items())
        .extracting(AdviceItem::id)
        .contains("pain-relief-blood-thinner")
        .doesNotContain("pain-relief");
  }

  @Test
  void assess_shouldLetTheNursesTemperatureOverrideTheKiosksAnswer() {
    Map<String, Object> kioskFever = answers("age", 40, "temperature_c", 38.6);
    Map<String, Object> kioskNormal = answers("age", 40, "temperature_c", 36.8);

    assertThat(ENGINE.assess(UBP, kioskFever, Map.of("temperature_c", 36.9)).redFlags()).isEmpty();
    assertThat(ENGINE.assess(UBP, kioskNormal, Map.of("temperature_c", 38.4)).redFlags())
        .extracting(FiredRedFlag::id)
        .containsExactly("RF-INFECT-1");
  }

  @Test
  void validate_shouldRefuseNurseValuesForQuestionsThatAreNotVitalSigns() {
    AnswerValidation validation = ENGINE.validate(UBP, answers("age", 40), Map.of("fever", true));

    assertThat(validation.problems())
        .containsExactly(new AnswerProblem("fever", "is not a vital sign a nurse records"));
  }

  @Test
  void screen_shouldStopAtEmergency_beforeAgeIsKnown() {
    assertThat(ENGINE.screen(UBP, answers("short_of_breath", true)).urgency())
        .isEqualTo(Urgency.EMERGENCY);
    assertThat(ENGINE.screen(UBP, answers("chest_arm_jaw_neck_pain", true)).urgency())
        .isEqualTo(Urgency.EMERGENCY);
    assertThat(
            ENGINE
                .screen(
                    UBP,
                    answers("chest_arm_jaw_neck_pain", true, "discomfort_where", List.of("neck")))
                .urgency())
        .isNotEqualTo(Urgency.EMERGENCY);
  }

  @Test
  void protocol_shouldDeclareExactlyTheSpecsCauseCategories() {
    assertThat(ENGINE.protocol(UBP).orElseThrow().causes())
        .extracting(cause -> cause.category())
        .containsExactly(
            java.util.Arrays.stream(CauseCategory.values()).map(Enum::name).toArray(String[]::new));
  }

  @Test
  void protocolAndAssessment_shouldSerialiseToJson_forTheWebLayer() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    Assessment assessment = ENGINE.assess(UBP, answers("age", 58, "sweating_clammy", true));

    String protocolJson = json.writeValueAsString(ENGINE.protocol(UBP).orElseThrow().sections());
    com.fasterxml.jackson.databind.JsonNode tree =
        json.readTree(json.writeValueAsString(assessment));

    assertThat(protocolJson).contains("\"pregnant_or_postpartum\"").contains("\"es\"");
    assertThat(tree.get("urgency").asText()).isEqualTo("EMERGENCY");
    assertThat(tree.get("advice").get("urgencyMessage").get("es").asText()).isNotBlank();
  }

  @Test
  void localizedText_shouldFallBackToEnglish() {
    LocalizedText text = LocalizedText.of("Hello", "Hola");

    assertThat(text.in("es")).isEqualTo("Hola");
    assertThat(text.in("fr")).isEqualTo("Hello");
    assertThat(text.in(null)).isEqualTo("Hello");
  }
}
