package org.triagedesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.triagedesk.assessment.protocol.Protocol;
import org.triagedesk.assessment.protocol.Question;

/**
 * The safety direction, proven over generated intakes: more red-flag answers, worse vital signs or
 * a higher score never make the result less urgent; a skipped answer is never more reassuring than
 * any answer the patient could have given; no benign exception explains anything away when the
 * urgent screen has a yes or the vital signs are abnormal; and a nurse's measurement always
 * replaces the kiosk's.
 */
class SafetyPropertiesTest {

  private static final String UBP = "upper-back-pain";
  private static final AssessmentEngine ENGINE = AssessmentEngine.withBundledProtocols();
  private static final Protocol PROTOCOL = ENGINE.protocol(UBP).orElseThrow();

  /**
   * Answers that fire a red flag whatever else was answered. Two spec-defined exceptions are left
   * out and pinned by examples below: {@code fever} (nausea stops counting as an ACS feature) and
   * {@code food_sticking} (RF-GI-ALARM takes weight loss away from RF-CANCER-3).
   */
  private static final List<String> BENIGN =
      List.of(
          "MSK_STRAIN",
          "POSTURAL",
          "DEGENERATIVE_OA",
          "FIBROMYALGIA",
          "INFLAMMATORY",
          "NERVE_ROOT",
          "SKIN_SUPERFICIAL");

  private static final List<Map.Entry<String, Object>> RED_FLAG_ANSWERS =
      List.of(
          Map.entry("sweating_clammy", true),
          Map.entry("short_of_breath", true),
          Map.entry("fainting_or_dizziness", true),
          Map.entry("sudden_severe_or_tearing", true),
          Map.entry("both_legs_weak_or_numb", true),
          Map.entry("bladder_bowel_or_saddle_change", true),
          Map.entry("serious_accident", true),
          Map.entry("blood_cough_vomit_or_black_stool", true),
          Map.entry("exertional", true),
          Map.entry("pain_spreads_to", "chest"),
          Map.entry("pain_spreads_to", "left_arm"),
          Map.entry("pain_spreads_to", "neck_or_jaw"),
          Map.entry("arm_weakness", "one_side"),
          Map.entry("leg_weakness", "one_side"),
          Map.entry("leg_weakness", "both_sides"),
          Map.entry("leg_numbness_tingling", "both_sides"),
          Map.entry("hands_clumsy", true),
          Map.entry("neck_flexion_shock", true),
          Map.entry("arm_numbness_tingling", "both_sides"),
          Map.entry("temperature_c", new BigDecimal("38.9")));

  @Property(tries = 400)
  void addingARedFlagAnswer_neverLowersUrgency(
      @ForAll("intakes") Map<String, Object> answers,
      @ForAll("redFlagAnswers") Map.Entry<String, Object> redFlagAnswer) {
    Map<String, Object> more = withAnswer(answers, redFlagAnswer);

    Urgency before = ENGINE.assess(UBP, answers).urgency();
    Urgency after = ENGINE.assess(UBP, more).urgency();

    assertThat(after.isMoreUrgentThan(before) || after == before)
        .as("%s -> %s after adding %s", before, after, redFlagAnswer)
        .isTrue();
  }

  /**
   * "Worse" means further from normal, in the direction NEWS2 scores: a fast pulse faster, a slow
   * one (50 or less) slower; fast breathing faster, slow breathing (11 or less) slower; a low
   * temperature (36.0 or less) lower, a high one higher; SpO2 lower; blood pressure lower in both
   * arms, or higher when an arm is already at 220 or more.
   */
  @Property(tries = 400)
  void aWorseVitalSign_neverLowersUrgency(
      @ForAll("intakes") Map<String, Object> answers,
      @ForAll("vitals") Map<String, Object> vitals,
      @ForAll @IntRange(min = 0, max = 5) int which,
      @ForAll @IntRange(min = 1, max = 60) int by) {
    Map<String, Object> worse = new HashMap<>(vitals);
    switch (which) {
      case 0 -> {
        int pulse = (Integer) vitals.get("heart_rate");
        worse.put("heart_rate", pulse <= 50 ? Math.max(20, pulse - by) : Math.min(250, pulse + by));
      }
      case 1 -> {
        int breathing = (Integer) vitals.get("respiratory_rate");
        worse.put(
            "respiratory_rate",
            breathing <= 11 ? Math.max(4, breathing - by) : Math.min(80, breathing + by));
      }
      case 2 -> worse.put("spo2", Math.max(50, (Integer) vitals.get("spo2") - by));
      case 3 -> {
        // Both arms move together: the gap between arms is a separate finding.
        int right = (Integer) vitals.get("systolic_bp_right");
        int left = (Integer) vitals.get("systolic_bp_left");
        int change =
            Math.max(right, left) >= 220
                ? Math.min(by, 300 - Math.max(right, left))
                : -Math.min(by, Math.min(right, left) - 40);
        worse.put("systolic_bp_right", right + change);
        worse.put("systolic_bp_left", left + change);
      }
      case 4 -> {
        BigDecimal temperature = (BigDecimal) vitals.get("temperature_c");
        BigDecimal step = BigDecimal.valueOf(by, 1);
        worse.put(
            "temperature_c",
            temperature.compareTo(new BigDecimal("36.0")) <= 0
                ? temperature.subtract(step).max(new BigDecimal("34.0"))
                : temperature.add(step).min(new BigDecimal("43.0")));
      }
      default -> worse.put("new_confusion", true);
    }

    Urgency before = ENGINE.assess(UBP, answers, vitals).urgency();
    Urgency after = ENGINE.assess(UBP, answers, worse).urgency();

    assertThat(after.isMoreUrgentThan(before) || after == before)
        .as("%s -> %s with vitals %s -> %s", before, after, vitals, worse)
        .isTrue();
  }

  /**
   * No benign exception (nerve-root arm, reflux, stiff neck, sunburn, chronic radicular) holds when
   * any urgent-check answer is yes or a vital sign is abnormal: an exception may explain a feature
   * away only in a calm picture.
   */
  @Property(tries = 400)
  void noBenignException_holdsWithAYesOnTheUrgentScreen_orAbnormalVitalSigns(
      @ForAll("intakes") Map<String, Object> answers,
      @ForAll("vitals") Map<String, Object> vitals,
      @ForAll("urgentQuestions") String urgentYes,
      @ForAll boolean useVitals) {
    Map<String, Object> withYes = new HashMap<>(answers);
    withYes.put(urgentYes, true);

    assertThat(ENGINE.assess(UBP, withYes).benignExceptions())
        .as("urgent-check yes to %s", urgentYes)
        .isEmpty();
    if (useVitals && abnormal(vitals)) {
      assertThat(ENGINE.assess(UBP, answers, vitals).benignExceptions())
          .as("abnormal vital signs %s", vitals)
          .isEmpty();
    }
  }

  /**
   * Dropping any single answer never lowers urgency below what the remaining answers justify. The
   * remaining answers justify the urgency that holds whatever the missing answer would have been,
   * i.e. the least urgent result over every possible answer to that question: so the assessment
   * without the answer must be at least as urgent as the most reassuring answer the patient could
   * have given (yes/no both, every option, no option and each single option of a multiple choice,
   * and a sweep across a number's range). Missing is never better than any answer.
   */
  @Property(tries = 120)
  void droppingAnAnswer_isNeverLessUrgentThanTheMostReassuringAnswerToIt(
      @ForAll("intakes") Map<String, Object> answers) {
    for (String dropped : answers.keySet()) {
      Question question = PROTOCOL.question(dropped).orElseThrow();
      if (question.required()) {
        continue;
      }
      Map<String, Object> remaining = new HashMap<>(answers);
      remaining.remove(dropped);
      Urgency withoutIt = ENGINE.assess(UBP, remaining).urgency();
      Urgency leastUrgent = Urgency.EMERGENCY;
      for (Object value : possibleAnswers(question)) {
        Map<String, Object> answered = new HashMap<>(remaining);
        answered.put(dropped, value);
        Urgency urgency = ENGINE.assess(UBP, answered).urgency();
        if (urgency.compareTo(leastUrgent) > 0) {
          leastUrgent = urgency;
        }
      }
      assertThat(withoutIt.compareTo(leastUrgent) <= 0)
          .as(
              "without %s: %s, but the most reassuring answer gives %s",
              dropped, withoutIt, leastUrgent)
          .isTrue();
    }
  }

  /**
   * An unanswered urgent-check question keeps the result at SOON or above and is named for the
   * nurse.
   */
  @Property(tries = 300)
  void droppingAnUrgentCheckAnswer_keepsAtLeastSoon_andNamesIt(
      @ForAll("intakes") Map<String, Object> answers, @ForAll("urgentQuestions") String dropped) {
    Map<String, Object> remaining = new HashMap<>(answers);
    remaining.remove(dropped);

    Assessment assessment = ENGINE.assess(UBP, remaining);

    assertThat(assessment.urgency().compareTo(Urgency.SOON))
        .as("urgency %s", assessment.urgency())
        .isLessThanOrEqualTo(0);
    assertThat(assessment.unansweredUrgentQuestions()).contains(dropped);
  }

  /**
   * A higher score never lowers urgency: answers that only add score items (an ADD-RS risk
   * condition, a Wells or PERC item, a worse vital sign for NEWS2) raise at least one total, lower
   * none, and never make the result less urgent.
   */
  @Property(tries = 400)
  void aHigherScore_neverLowersUrgency(
      @ForAll("intakes") Map<String, Object> answers,
      @ForAll("vitals") Map<String, Object> vitals,
      @ForAll("scoreItemAnswers") Map.Entry<String, Object> item) {
    Map<String, Object> more = new HashMap<>(vitals);
    Map<String, Object> moreAnswers = answers;
    if (PROTOCOL.vitalSigns().contains(item.getKey())) {
      more.put(item.getKey(), item.getValue());
    } else {
      moreAnswers = withAnswer(answers, item);
    }

    Assessment before = ENGINE.assess(UBP, answers, vitals);
    Assessment after = ENGINE.assess(UBP, moreAnswers, more);

    Map<String, Double> totalsBefore = totals(before);
    Map<String, Double> totalsAfter = totals(after);
    totalsBefore.forEach(
        (score, total) ->
            assertThat(totalsAfter.getOrDefault(score, 0.0))
                .as("%s after adding %s", score, item)
                .isGreaterThanOrEqualTo(total));
    assertThat(
            after.urgency().isMoreUrgentThan(before.urgency())
                || after.urgency() == before.urgency())
        .as(
            "%s -> %s after adding %s (scores %s -> %s)",
            before.urgency(), after.urgency(), item, totalsBefore, totalsAfter)
        .isTrue();
  }

  /**
   * A fired red flag's category always ranks above every benign musculoskeletal, postural,
   * degenerative, fibromyalgia, inflammatory, nerve-root or skin category (flags of those
   * categories themselves excepted).
   */
  @Property(tries = 400)
  void aFiredRedFlagsCategory_ranksAboveEveryBenignCategory(
      @ForAll("intakes") Map<String, Object> answers,
      @ForAll("vitals") Map<String, Object> vitals,
      @ForAll boolean useVitals) {
    Assessment assessment =
        useVitals ? ENGINE.assess(UBP, answers, vitals) : ENGINE.assess(UBP, answers);
    List<String> ranked = assessment.causes().stream().map(RankedCause::category).toList();

    for (FiredRedFlag flag : assessment.redFlags()) {
      if (flag.category() == null || BENIGN.contains(flag.category())) {
        continue;
      }
      int position = ranked.indexOf(flag.category());
      assertThat(position)
          .as("%s category %s is ranked", flag.id(), flag.category())
          .isNotNegative();
      for (String benign : BENIGN) {
        int other = ranked.indexOf(benign);
        assertThat(other < 0 || position < other)
            .as("%s (%s) ranks above %s in %s", flag.id(), flag.category(), benign, ranked)
            .isTrue();
      }
    }
  }

  @Property(tries = 300)
  void nurseVitals_overrideTheKiosksValueForTheSameMeasurement(
      @ForAll("intakes") Map<String, Object> answers,
      @ForAll("temperatures") BigDecimal kiosk,
      @ForAll("temperatures") BigDecimal nurse) {
    Map<String, Object> kioskAnswers = new HashMap<>(answers);
    kioskAnswers.put("temperature_c", kiosk);
    Map<String, Object> asIfMeasuredAtKiosk = new HashMap<>(answers);
    asIfMeasuredAtKiosk.put("temperature_c", nurse);

    assertThat(ENGINE.assess(UBP, kioskAnswers, Map.of("temperature_c", nurse)))
        .isEqualTo(ENGINE.assess(UBP, asIfMeasuredAtKiosk));
  }

  @Property(tries = 200)
  void assess_isDeterministic(@ForAll("intakes") Map<String, Object> answers) {
    assertThat(ENGINE.assess(UBP, new HashMap<>(answers))).isEqualTo(ENGINE.assess(UBP, answers));
  }

  @Property(tries = 300)
  void validate_neverThrows_onArbitraryJunk(@ForAll("junk") Map<String, Object> junk) {
    AnswerValidation validation = ENGINE.validate(UBP, junk);

    assertThat(validation.problems()).extracting(AnswerProblem::reason).doesNotContainNull();
  }

  @Example
  void fever_isTheSpecsOwnException_nauseaWithFeverIsNoLongerAnAcsFeature() {
    Map<String, Object> nausea = Map.of("age", 50, "nausea_vomiting", true);
    Map<String, Object> nauseaAndFever = Map.of("age", 50, "nausea_vomiting", true, "fever", true);

    assertThat(ENGINE.assess(UBP, nausea).urgency()).isEqualTo(Urgency.EMERGENCY);
    assertThat(ENGINE.assess(UBP, nauseaAndFever).urgency()).isEqualTo(Urgency.URGENT);
  }

  @Example
  void foodSticking_isTheSpecsOwnException_weightLossThenBelongsToTheSwallowingAlarm() {
    Map<String, Object> cancerPattern =
        Map.of(
            "age", 60, "same_pain_before", "no", "weight_loss", true, "worse_breathing_in", true);
    Map<String, Object> withDysphagia = new HashMap<>(cancerPattern);
    withDysphagia.put("food_sticking", true);

    assertThat(ENGINE.assess(UBP, cancerPattern).redFlags())
        .extracting(FiredRedFlag::id)
        .contains("RF-CANCER-3");
    assertThat(ENGINE.assess(UBP, withDysphagia).redFlags())
        .extracting(FiredRedFlag::id)
        .contains("RF-GI-ALARM")
        .doesNotContain("RF-CANCER-3");
  }

  private static Map<String, Double> totals(Assessment assessment) {
    Map<String, Double> totals = new HashMap<>();
    assessment.scores().forEach(score -> totals.put(score.id(), score.total()));
    return totals;
  }

  /**
   * Abnormal as the protocol's calm-picture guard reads it (SpO2, breathing, pulse, blood pressure,
   * temperature).
   */
  private static boolean abnormal(Map<String, Object> vitals) {
    int pulse = (Integer) vitals.get("heart_rate");
    return (Integer) vitals.get("spo2") < 94
        || (Integer) vitals.get("respiratory_rate") > 20
        || pulse > 100
        || pulse <= 40
        || Math.min(
                (Integer) vitals.get("systolic_bp_right"), (Integer) vitals.get("systolic_bp_left"))
            <= 90
        || ((BigDecimal) vitals.get("temperature_c")).compareTo(new BigDecimal("38.0")) >= 0;
  }

  /** Every answer a patient could give to a question, or a representative sweep of them. */
  private static List<Object> possibleAnswers(Question question) {
    List<Object> values = new ArrayList<>();
    switch (question.type()) {
      case BOOLEAN -> values.addAll(List.of(true, false));
      case CHOICE -> values.addAll(question.optionValues());
      case MULTI -> {
        values.add(new ArrayList<String>());
        question.optionValues().forEach(option -> values.add(List.of(option)));
      }
      case INTEGER -> {
        int min = question.min().intValue();
        int max = question.max().intValue();
        for (int i = 0; i <= 12; i++) {
          values.add(min + (max - min) * i / 12);
        }
      }
      case NUMBER -> {
        for (int i = 0; i <= 18; i++) {
          values.add(
              question
                  .min()
                  .add(
                      question
                          .max()
                          .subtract(question.min())
                          .multiply(BigDecimal.valueOf(i))
                          .divide(BigDecimal.valueOf(18), 1, java.math.RoundingMode.HALF_UP)));
        }
        values.add(new BigDecimal("37.0"));
      }
    }
    return values;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> withAnswer(
      Map<String, Object> answers, Map.Entry<String, Object> answer) {
    Map<String, Object> more = new HashMap<>(answers);
    Question question = PROTOCOL.question(answer.getKey()).orElseThrow();
    switch (question.type()) {
      case MULTI -> {
        Set<String> chosen = new LinkedHashSet<>();
        if (answers.get(answer.getKey()) != null) {
          chosen.addAll((List<String>) answers.get(answer.getKey()));
        }
        chosen.add((String) answer.getValue());
        more.put(answer.getKey(), new ArrayList<>(chosen));
      }
      case BOOLEAN -> more.put(answer.getKey(), answer.getValue());
      // Choices and numbers are added where none was given: changing one answer into another is not
      // "adding".
      default -> more.putIfAbsent(answer.getKey(), answer.getValue());
    }
    if (more.get(answer.getKey()) == null) {
      more.put(answer.getKey(), answer.getValue());
    }
    return more;
  }

  @Provide
  Arbitrary<String> urgentQuestions() {
    return Arbitraries.of(PROTOCOL.urgentScreenQuestions().stream().map(Question::id).toList());
  }

  /**
   * Answers that only add items to a score: ADD-RS conditions and pain features, Wells and PERC
   * items, vitals.
   */
  @Provide
  Arbitrary<Map.Entry<String, Object>> scoreItemAnswers() {
    return Arbitraries.of(
        List.of(
            Map.entry("aortic_risk", "marfan_or_connective_tissue"),
            Map.entry("aortic_risk", "family_aortic_dissection"),
            Map.entry("aortic_risk", "valve_disease"),
            Map.entry("aortic_risk", "aortic_aneurysm"),
            Map.entry("aortic_risk", "recent_aortic_procedure"),
            Map.entry("pain_quality", "tearing"),
            Map.entry("clot_risk", "previous_clot"),
            Map.entry("clot_risk", "surgery_or_hospital_4_weeks"),
            Map.entry("clot_risk", "long_journey"),
            Map.entry("clot_risk", "active_cancer"),
            Map.entry("clot_risk", "hormones"),
            Map.entry("calf_swelling", true),
            Map.entry("pulse_deficit", true),
            Map.entry("focal_neuro_deficit", true),
            Map.entry("heart_rate", 135),
            Map.entry("respiratory_rate", 27),
            Map.entry("spo2", 90),
            Map.entry("new_confusion", true)));
  }

  @Provide
  Arbitrary<Map.Entry<String, Object>> redFlagAnswers() {
    return Arbitraries.of(RED_FLAG_ANSWERS);
  }

  /**
   * Random kiosk intakes: age always, each other kiosk question answered about a third of the time.
   */
  @Provide
  Arbitrary<Map<String, Object>> intakes() {
    List<Question> questions = new ArrayList<>();
    List<Arbitrary<Object>> values = new ArrayList<>();
    for (Question question : PROTOCOL.questions()) {
      if (PROTOCOL.vitalSigns().contains(question.id()) && !question.id().equals("temperature_c")) {
        continue;
      }
      questions.add(question);
      Arbitrary<Object> value = valuesOf(question);
      values.add(question.required() ? value : value.injectNull(0.65));
    }
    return Combinators.combine(values)
        .as(
            chosen -> {
              Map<String, Object> answers = new HashMap<>();
              for (int i = 0; i < questions.size(); i++) {
                if (chosen.get(i) != null) {
                  answers.put(questions.get(i).id(), chosen.get(i));
                }
              }
              return answers;
            });
  }

  @Provide
  Arbitrary<Map<String, Object>> vitals() {
    return Combinators.combine(
            Arbitraries.integers().between(40, 180),
            Arbitraries.integers().between(8, 40),
            Arbitraries.integers().between(80, 100),
            Arbitraries.integers().between(70, 200),
            Arbitraries.integers().between(-30, 30),
            temperatures())
        .as(
            (heartRate, breathing, spo2, systolic, gap, temperature) -> {
              Map<String, Object> vitals = new HashMap<>();
              vitals.put("heart_rate", heartRate);
              vitals.put("respiratory_rate", breathing);
              vitals.put("spo2", spo2);
              vitals.put("systolic_bp_right", systolic);
              vitals.put("systolic_bp_left", Math.max(40, systolic + gap));
              vitals.put("temperature_c", temperature);
              return vitals;
            });
  }

  @Provide
  Arbitrary<BigDecimal> temperatures() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("35.0"), new BigDecimal("41.0"))
        .ofScale(1);
  }

  @Provide
  Arbitrary<Map<String, Object>> junk() {
    Arbitrary<String> keys =
        Arbitraries.oneOf(
            Arbitraries.of(PROTOCOL.questions().stream().map(Question::id).toList()),
            Arbitraries.strings().alpha().ofMaxLength(8));
    Arbitrary<Object> values =
        Arbitraries.oneOf(
            Arbitraries.integers().map(i -> (Object) i),
            Arbitraries.doubles().map(d -> (Object) d),
            Arbitraries.strings().ofMaxLength(6).map(s -> (Object) s),
            Arbitraries.of(true, false).map(b -> (Object) b),
            Arbitraries.strings().alpha().ofMaxLength(6).list().ofMaxSize(3).map(l -> (Object) l),
            Arbitraries.just(null));
    return Arbitraries.maps(keys, values).ofMaxSize(8);
  }

  private static Arbitrary<Object> valuesOf(Question question) {
    List<String> options = question.optionValues();
    return switch (question.type()) {
      case BOOLEAN -> Arbitraries.of(true, false).map(b -> (Object) b);
      case CHOICE -> Arbitraries.of(options).map(o -> (Object) o);
      case MULTI -> Arbitraries.subsetOf(options).map(s -> (Object) new ArrayList<>(s));
      case INTEGER ->
          Arbitraries.integers()
              .between(question.min().intValue(), question.max().intValue())
              .map(i -> (Object) i);
      case NUMBER ->
          Arbitraries.bigDecimals()
              .between(question.min(), question.max())
              .ofScale(1)
              .map(d -> (Object) d);
    };
  }
}
