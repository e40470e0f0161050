package org.triagedesk.assessment.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.triagedesk.assessment.Advice;
import org.triagedesk.assessment.AdviceItem;
import org.triagedesk.assessment.AnswerProblem;
import org.triagedesk.assessment.AppliedException;
import org.triagedesk.assessment.Assessment;
import org.triagedesk.assessment.AssessmentNote;
import org.triagedesk.assessment.FiredRedFlag;
import org.triagedesk.assessment.LocalizedText;
import org.triagedesk.assessment.OrderedMaps;
import org.triagedesk.assessment.RankedCause;
import org.triagedesk.assessment.ScoreResult;
import org.triagedesk.assessment.Urgency;
import org.triagedesk.assessment.protocol.AdviceRule;
import org.triagedesk.assessment.protocol.BenignException;
import org.triagedesk.assessment.protocol.CauseFeature;
import org.triagedesk.assessment.protocol.CauseRule;
import org.triagedesk.assessment.protocol.MissingAnswerRules;
import org.triagedesk.assessment.protocol.Protocol;
import org.triagedesk.assessment.protocol.Question;
import org.triagedesk.assessment.protocol.QuestionType;
import org.triagedesk.assessment.protocol.RedFlagRule;
import org.triagedesk.assessment.protocol.RedFlagWindow;
import org.triagedesk.assessment.protocol.ScoreItem;
import org.triagedesk.assessment.protocol.ScoreRule;

/**
 * A validated protocol compiled for evaluation. Immutable after construction and safe to share
 * between threads: all per-intake state lives in {@link AnswerSheet} and {@link Evaluation}.
 *
 * <p>Evaluation order (docs/clinical/authoring-protocols.md): scores and benign exceptions first;
 * red flags in file order each set a minimum urgency (inside their time window); causes are scored
 * and ranked; the top cause's urgency applies only if it is more urgent (highest level wins). Last,
 * missing answers: an incomplete urgent screen is at least SOON, and SELF_CARE needs the answers
 * that define it.
 */
public final class CompiledProtocol {

  private static final Urgency[] LEVELS = Urgency.values();
  private static final int NONE = Integer.MAX_VALUE;

  final Protocol protocol;
  final Question[] questions;
  final IdTable questionIds;
  final IdTable[] optionIds;

  /** Per question: a nurse's measurement replaces the kiosk's answer. */
  final boolean[] vitalSign;

  /** Per question, copied out of the records so that reading answers walks two small arrays. */
  final QuestionType[] types;

  final boolean[] required;
  final String[] mustBeOneOf;
  final double[] min;
  final double[] max;
  final Object[] assumed;

  /** The required questions and those with an assumed value, one bit each (as the sheet's). */
  final long[] requiredBits;

  final long[] assumedBits;

  final Flag[] flags;
  final Score[] scores;
  final Benign[] exceptions;
  private final Map<String, Integer> scoreIndex = new HashMap<>();
  private final Map<String, Integer> exceptionIndex = new HashMap<>();
  private final int[] urgentQuestions;
  final int definitionCount;
  final int maxScoreGroups;

  /** Words of {@link Evaluation#itemsHeld}: every score's items, one bit each. */
  final int scoreItemWords;

  private final Cause[] causes;

  /** Every cause's features, by the question each needs. */
  final CriteriaByQuestion causeFeatures;

  private final AdviceEntry[] advice;

  /** Every criterion's tests on one answer, evaluated once per intake. */
  final AnswerTests answerTests;

  private final AnswerReader reader;

  private CompiledProtocol(Protocol protocol) {
    this.protocol = protocol;
    this.questions = protocol.questions().toArray(new Question[0]);
    this.questionIds = new IdTable(protocol.questions().stream().map(Question::id).toList());
    this.optionIds = new IdTable[questions.length];
    this.vitalSign = new boolean[questions.length];
    this.types = new QuestionType[questions.length];
    this.required = new boolean[questions.length];
    this.mustBeOneOf = new String[questions.length];
    this.min = new double[questions.length];
    this.max = new double[questions.length];
    this.assumed = new Object[questions.length];
    this.requiredBits = new long[(questions.length + 63) >>> 6];
    this.assumedBits = new long[requiredBits.length];
    for (int q = 0; q < questions.length; q++) {
      Question question = questions[q];
      optionIds[q] = new IdTable(question.optionValues());
      vitalSign[q] = protocol.vitalSigns().contains(question.id());
      types[q] = question.type();
      required[q] = question.required();
      min[q] = question.min() == null ? 0 : question.min().doubleValue();
      max[q] = question.max() == null ? 0 : question.max().doubleValue();
      mustBeOneOf[q] = reasonFor(question);
      assumed[q] = question.assumedWhenUnanswered();
      if (question.required()) {
        requiredBits[q >>> 6] |= 1L << q;
      }
      if (assumed[q] != null) {
        assumedBits[q >>> 6] |= 1L << q;
      }
    }
    for (int s = 0; s < protocol.scores().size(); s++) {
      scoreIndex.put(protocol.scores().get(s).id(), s);
    }
    for (int e = 0; e < protocol.benignExceptions().size(); e++) {
      exceptionIndex.put(protocol.benignExceptions().get(e).id(), e);
    }
    urgentQuestions =
        protocol.urgentScreenQuestions().stream().mapToInt(q -> questionIndex(q.id())).toArray();
    RuleCompiler compiler = new RuleCompiler(this);
    protocol.definitions().forEach(compiler::define);
    definitionCount = compiler.definitionCount();
    scores = new Score[protocol.scores().size()];
    int groups = 0;
    int words = 0;
    for (int s = 0; s < scores.length; s++) {
      scores[s] = new Score(protocol.scores().get(s), compiler, questions.length, words);
      groups = Math.max(groups, scores[s].groups);
      words += scores[s].byQuestion.words;
    }
    maxScoreGroups = groups;
    scoreItemWords = words;
    exceptions = new Benign[protocol.benignExceptions().size()];
    for (int e = 0; e < exceptions.length; e++) {
      exceptions[e] = new Benign(protocol.benignExceptions().get(e), compiler);
    }
    Map<String, Integer> causeIndex = new HashMap<>();
    for (int c = 0; c < protocol.causes().size(); c++) {
      causeIndex.put(protocol.causes().get(c).category(), c);
    }
    flags = new Flag[protocol.redFlags().size()];
    for (int f = 0; f < flags.length; f++) {
      flags[f] = new Flag(protocol.redFlags().get(f), compiler, f, causeIndex);
      compiler.declareFlag(flags[f].rule.id(), f);
    }
    causes = new Cause[protocol.causes().size()];
    for (int c = 0; c < causes.length; c++) {
      causes[c] = new Cause(protocol.causes().get(c), compiler, flags.length, causeIndex);
    }
    Node[][] features = new Node[causes.length][];
    for (int c = 0; c < causes.length; c++) {
      features[c] = causes[c].features;
    }
    causeFeatures = new CriteriaByQuestion(features, questions.length);
    advice = new AdviceEntry[protocol.advice().size()];
    for (int a = 0; a < advice.length; a++) {
      advice[a] = new AdviceEntry(protocol.advice().get(a), compiler, flags.length, causeIndex);
    }
    answerTests = compiler.answerTests();
    reader = new AnswerReader(this);
  }

  /**
   * Compiles a protocol that {@link org.triagedesk.assessment.protocol.ProtocolValidator} accepted.
   */
  public static CompiledProtocol compile(Protocol protocol) {
    return new CompiledProtocol(protocol);
  }

  public Protocol protocol() {
    return protocol;
  }

  /**
   * Checks and normalises answers, a nurse's vital signs (may be null) replacing the kiosk's answer
   * to the same question; problems are appended to {@code problems}. Keys of {@code nurseVitals}
   * that are not vital signs are ignored here (see {@link #isVitalSign}).
   */
  public AnswerSheet read(
      Map<String, ?> answers,
      Map<String, ?> nurseVitals,
      boolean requireRequired,
      List<AnswerProblem> problems) {
    return reader.read(answers, nurseVitals, requireRequired, problems);
  }

  public boolean isVitalSign(String questionId) {
    int q = questionIds.indexOf(questionId);
    return q >= 0 && vitalSign[q];
  }

  /** The index of a question the validated protocol refers to. */
  int questionIndex(String id) {
    int q = questionIds.indexOf(id);
    if (q < 0) {
      throw new IllegalStateException("no question " + id);
    }
    return q;
  }

  int scoreIndex(String id) {
    return scoreIndex.get(id);
  }

  int exceptionIndex(String id) {
    return exceptionIndex.get(id);
  }

  /** Evaluates one intake's (valid) answers. */
  public Assessment assess(AnswerSheet sheet) {
    Evaluation evaluation = new Evaluation(this, sheet);
    for (int s = 0; s < scores.length; s++) {
      evaluation.scoreTotal[s] = scores[s].total(evaluation);
    }
    for (int e = 0; e < exceptions.length; e++) {
      evaluation.exceptionHolds[e] = exceptions[e].when.test(evaluation);
    }
    int urgency = NONE;
    for (int f = 0; f < flags.length; f++) {
      Flag flag = flags[f];
      if (flag.when.test(evaluation)) {
        int level = flag.level(evaluation);
        if (level == NONE) {
          continue;
        }
        evaluation.flagLevel[f] = level;
        urgency = Math.min(urgency, level);
      }
    }
    double[] scores = scoreCauses(evaluation);
    int[] ranked = rank(scores);
    if (ranked.length > 0) {
      urgency = Math.min(urgency, causes[ranked[0]].urgency(evaluation));
    }
    if (urgency == NONE) {
      urgency = protocol.fallbackUrgency().ordinal();
    }
    List<String> unansweredUrgent = List.of();
    List<AssessmentNote> notes = List.of();
    MissingAnswerRules missing = protocol.missingAnswers();
    if (missing != null) {
      String[] unanswered = null;
      int size = 0;
      for (int q : urgentQuestions) {
        if (!sheet.isAnswered(q)) {
          if (unanswered == null) {
            unanswered = new String[urgentQuestions.length];
          }
          unanswered[size++] = questions[q].id();
        }
      }
      unansweredUrgent = frozen(unanswered, size);
      if (!unansweredUrgent.isEmpty()) {
        urgency = Math.min(urgency, missing.urgentScreenMinimum().ordinal());
        notes = List.of(new AssessmentNote("urgent-screen-incomplete", missing.urgentScreenNote()));
      }
      if (urgency == Urgency.SELF_CARE.ordinal()
          && (ranked.length == 0 || !causes[ranked[0]].selfCareEvidence(sheet))) {
        urgency = missing.selfCareMinimum().ordinal();
        notes =
            List.of(new AssessmentNote("not-enough-answers-for-self-care", missing.selfCareNote()));
      }
    }
    Urgency level = LEVELS[urgency];
    int topCause = ranked.length > 0 ? ranked[0] : -1;
    return new Assessment(
        protocol.id(),
        protocol.version(),
        level,
        firedFlags(evaluation, scores),
        rankedCauses(evaluation, scores, ranked),
        advice(evaluation, level, topCause),
        scoreResults(evaluation),
        appliedExceptions(evaluation),
        unansweredUrgent,
        notes);
  }

  /**
   * The first {@code size} items as an immutable list, which the result records then keep as it is
   * ({@code List.copyOf} returns such a list unchanged): one copy of a small array at most, instead
   * of an {@code ArrayList} whose array {@code List.copyOf} copied twice.
   */
  private static <T> List<T> frozen(T[] items, int size) {
    return switch (size) {
      case 0 -> List.of();
      case 1 -> List.of(items[0]);
      case 2 -> List.of(items[0], items[1]);
      default -> List.of(size == items.length ? items : Arrays.copyOf(items, size));
    };
  }

  private List<ScoreResult> scoreResults(Evaluation evaluation) {
    ScoreResult[] results = null;
    int size = 0;
    for (int s = 0; s < scores.length; s++) {
      if (evaluation.scoreTotal[s] <= 0) {
        continue;
      }
      Score score = scores[s];
      boolean[] counted = score.counted(evaluation);
      OrderedMaps.Builder<Double> items = new OrderedMaps.Builder<>();
      OrderedMaps.Builder<Object> answers = new OrderedMaps.Builder<>();
      for (int i = 0; i < counted.length; i++) {
        if (counted[i]) {
          items.put(score.rule.items().get(i).id(), score.points[i]);
          score.items[i].explain(evaluation, answers);
        }
      }
      if (results == null) {
        results = new ScoreResult[scores.length];
      }
      results[size++] =
          new ScoreResult(
              score.rule.id(),
              evaluation.scoreTotal[s],
              items.build(),
              answers.build(),
              score.rule.sources());
    }
    return frozen(results, size);
  }

  private List<AppliedException> appliedExceptions(Evaluation evaluation) {
    AppliedException[] applied = null;
    int size = 0;
    for (int e = 0; e < exceptions.length; e++) {
      if (evaluation.exceptionHolds[e]) {
        if (applied == null) {
          applied = new AppliedException[exceptions.length];
        }
        OrderedMaps.Builder<Object> answers = new OrderedMaps.Builder<>();
        exceptions[e].when.explain(evaluation, answers);
        BenignException rule = exceptions[e].rule;
        applied[size++] =
            new AppliedException(rule.id(), rule.description(), answers.build(), rule.sources());
      }
    }
    return frozen(applied, size);
  }

  /**
   * Scores every cause (which features held is asked again only for the causes that rank, to
   * explain them).
   */
  private double[] scoreCauses(Evaluation evaluation) {
    long[] held = evaluation.featuresHeld;
    causeFeatures.collect(evaluation, held, 0);
    double[] scores = new double[causes.length];
    for (int c = 0; c < causes.length; c++) {
      Cause cause = causes[c];
      double score = 0;
      // Added in the protocol's order, as when every feature was tested in turn.
      for (int i = 0; i < cause.features.length; i++) {
        if (causeFeatures.held(held, 0, c, i)) {
          score += cause.weights[i];
        }
      }
      scores[c] = score;
    }
    // A pattern that clinically outranks another (e.g. radicular over strain) lifts the score just
    // above it.
    for (int c = 0; c < causes.length; c++) {
      Cause cause = causes[c];
      if (cause.outranks.length == 0 || scores[c] <= 0 || !cause.outranksWhen.test(evaluation)) {
        continue;
      }
      for (int other : cause.outranks) {
        if (scores[other] >= scores[c]) {
          scores[c] = scores[other] + 0.5;
        }
      }
    }
    return scores;
  }

  /**
   * Causes scoring above zero, highest first; ties keep file order, so the result is deterministic.
   */
  private static int[] rank(double[] scores) {
    int count = 0;
    for (double score : scores) {
      if (score > 0) {
        count++;
      }
    }
    int[] ranked = new int[count];
    int size = 0;
    for (int c = 0; c < scores.length; c++) {
      if (scores[c] <= 0) {
        continue;
      }
      int at = size++;
      while (at > 0 && scores[ranked[at - 1]] < scores[c]) {
        ranked[at] = ranked[at - 1];
        at--;
      }
      ranked[at] = c;
    }
    return ranked;
  }

  private List<FiredRedFlag> firedFlags(Evaluation evaluation, double[] scores) {
    int count = 0;
    for (int level : evaluation.flagLevel) {
      if (level >= 0) {
        count++;
      }
    }
    if (count == 0) {
      return List.of();
    }
    FiredRedFlag[] fired = new FiredRedFlag[count];
    int size = 0;
    // Most urgent first, then file order.
    for (int level = 0; level < LEVELS.length; level++) {
      for (int f = 0; f < flags.length; f++) {
        if (evaluation.flagLevel[f] != level) {
          continue;
        }
        Flag flag = flags[f];
        OrderedMaps.Builder<Object> triggeredBy = new OrderedMaps.Builder<>();
        evaluation.explainFlag(f, triggeredBy);
        fired[size++] =
            new FiredRedFlag(
                flag.rule.id(),
                LEVELS[level],
                flag.category(scores),
                triggeredBy.build(),
                flag.rule.sources(),
                flag.rule.description());
      }
    }
    return frozen(fired, size);
  }

  private List<RankedCause> rankedCauses(Evaluation evaluation, double[] scores, int[] ranked) {
    RankedCause[] result = new RankedCause[ranked.length];
    int size = 0;
    for (int c : ranked) {
      Cause cause = causes[c];
      OrderedMaps.Builder<Object> raised = new OrderedMaps.Builder<>();
      OrderedMaps.Builder<Object> lowered = new OrderedMaps.Builder<>();
      for (int i = 0; i < cause.features.length; i++) {
        if (causeFeatures.held(evaluation.featuresHeld, 0, c, i)) {
          cause.features[i].explain(evaluation, cause.weights[i] > 0 ? raised : lowered);
        }
      }
      result[size++] =
          new RankedCause(
              cause.rule.category(),
              scores[c],
              raised.build(),
              lowered.build(),
              cause.rule.sources());
    }
    return frozen(result, size);
  }

  private Advice advice(Evaluation evaluation, Urgency level, int topCause) {
    AdviceItem[] items = new AdviceItem[advice.length];
    int size = 0;
    if (level != Urgency.EMERGENCY) {
      for (AdviceEntry entry : advice) {
        if (entry.applies(evaluation, level, topCause)) {
          items[size++] = entry.item;
        }
      }
    }
    LocalizedText safetyNet = level == Urgency.EMERGENCY ? null : protocol.safetyNet();
    return new Advice(frozen(items, size), safetyNet, protocol.urgencyMessages().get(level));
  }

  private static String reasonFor(Question question) {
    return switch (question.type()) {
      case BOOLEAN -> "must be true or false";
      case CHOICE -> "must be one of: " + String.join(", ", question.optionValues());
      case MULTI -> "must be a list of any of: " + String.join(", ", question.optionValues());
      case INTEGER ->
          "must be a whole number from " + plain(question.min()) + " to " + plain(question.max());
      case NUMBER ->
          "must be a number from "
              + question.min().toPlainString()
              + " to "
              + question.max().toPlainString();
    };
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  /** A compiled scoring instrument. */
  static final class Score {
    final ScoreRule rule;
    final Node[] items;
    final double[] points;

    /** Per item, its group's number, or -1 when it stands alone. */
    private final int[] group;

    final int groups;

    /** The items by the question each needs, and this score's first word in the held bits. */
    final CriteriaByQuestion byQuestion;

    private final int firstWord;

    Score(ScoreRule rule, RuleCompiler compiler, int questionCount, int firstWord) {
      this.rule = rule;
      List<ScoreItem> list = rule.items();
      this.items = new Node[list.size()];
      this.points = new double[list.size()];
      this.group = new int[list.size()];
      Map<String, Integer> groupIndex = new HashMap<>();
      for (int i = 0; i < items.length; i++) {
        items[i] = compiler.compile(list.get(i).when(), 0);
        points[i] = list.get(i).points();
        String name = list.get(i).group();
        group[i] = name == null ? -1 : groupIndex.computeIfAbsent(name, key -> groupIndex.size());
      }
      this.groups = groupIndex.size();
      this.byQuestion = new CriteriaByQuestion(new Node[][] {items}, questionCount);
      this.firstWord = firstWord;
    }

    private boolean held(Evaluation evaluation, int item) {
      return byQuestion.held(evaluation.itemsHeld, firstWord, 0, item);
    }

    /** Sum of the items that hold; within a group only its best holding band counts. */
    double total(Evaluation evaluation) {
      byQuestion.collect(evaluation, evaluation.itemsHeld, firstWord);
      double total = 0;
      double[] best = evaluation.bestBand;
      Arrays.fill(best, 0, groups, 0.0);
      for (int i = 0; i < items.length; i++) {
        if (held(evaluation, i)) {
          if (group[i] < 0) {
            total += points[i];
          } else if (points[i] > best[group[i]]) {
            best[group[i]] = points[i];
          }
        }
      }
      for (int g = 0; g < groups; g++) {
        total += best[g];
      }
      return total;
    }

    /**
     * Which items counted: those that hold, but per group only its best band (the first of equal
     * ones).
     */
    boolean[] counted(Evaluation evaluation) {
      boolean[] counted = new boolean[items.length];
      int[] best = new int[groups];
      Arrays.fill(best, -1);
      for (int i = 0; i < items.length; i++) {
        if (!held(evaluation, i)) {
          continue;
        }
        if (group[i] < 0) {
          counted[i] = true;
        } else if (best[group[i]] < 0 || points[i] > points[best[group[i]]]) {
          best[group[i]] = i;
        }
      }
      for (int g = 0; g < groups; g++) {
        if (best[g] >= 0) {
          counted[best[g]] = true;
        }
      }
      return counted;
    }
  }

  /** A compiled benign exception. */
  static final class Benign {
    final BenignException rule;
    final Node when;

    Benign(BenignException rule, RuleCompiler compiler) {
      this.rule = rule;
      this.when = compiler.compile(rule.when(), 0);
    }
  }

  /** A compiled red flag. */
  static final class Flag {
    final RedFlagRule rule;
    final Node when;

    /**
     * The window's criterion, or null when the flag has none (or its criterion already is the
     * window).
     */
    final Node window;

    private final int outsideWindow;
    final int minimum;
    final Node[] escalations;
    final int[] escalationLevels;
    private final int category;
    private final int[] alsoCategories;

    Flag(RedFlagRule rule, RuleCompiler compiler, int index, Map<String, Integer> causeIndex) {
      this.rule = rule;
      this.when = compiler.compile(rule.when(), index);
      RedFlagWindow window = rule.window();
      this.window =
          window == null || window.within() == null
              ? null
              : compiler.compile(window.within(), index);
      this.outsideWindow =
          window == null || window.otherwise() == null ? NONE : window.otherwise().ordinal();
      this.minimum = rule.minimum().ordinal();
      this.escalations = new Node[rule.escalations().size()];
      this.escalationLevels = new int[escalations.length];
      for (int e = 0; e < escalations.length; e++) {
        escalations[e] = compiler.compile(rule.escalations().get(e).when(), index);
        escalationLevels[e] = rule.escalations().get(e).to().ordinal();
      }
      this.category = rule.category() == null ? -1 : causeIndex.get(rule.category());
      this.alsoCategories = rule.alsoCategories().stream().mapToInt(causeIndex::get).toArray();
    }

    /**
     * The level a flag whose criterion held fires at: outside its window the lower level, else
     * escalated.
     */
    int level(Evaluation evaluation) {
      if (window != null && !window.test(evaluation)) {
        return outsideWindow;
      }
      int level = minimum;
      for (int e = 0; e < escalations.length; e++) {
        if (escalationLevels[e] < level && escalations[e].test(evaluation)) {
          level = escalationLevels[e];
        }
      }
      return level;
    }

    /** The declared category, unless an alternative category scores strictly higher. */
    String category(double[] scores) {
      if (category < 0) {
        return null;
      }
      int best = -1;
      for (int i = 0; i < alsoCategories.length; i++) {
        int also = alsoCategories[i];
        if (scores[also] > scores[best < 0 ? category : alsoCategories[best]]) {
          best = i;
        }
      }
      return best < 0 ? rule.category() : rule.alsoCategories().get(best);
    }
  }

  /** A compiled cause category. */
  static final class Cause {
    final CauseRule rule;
    private final int[] selfCareNeeds;
    final Node[] features;
    final double[] weights;
    final int[] outranks;
    final Node outranksWhen;
    private final Node[] urgencyWhen;
    private final int[] urgencyLevels;
    private final int defaultLevel;

    Cause(CauseRule rule, RuleCompiler compiler, int flagCount, Map<String, Integer> causeIndex) {
      this.rule = rule;
      List<CauseFeature> list = rule.features();
      this.features = new Node[list.size()];
      this.weights = new double[list.size()];
      for (int i = 0; i < features.length; i++) {
        features[i] = compiler.compile(list.get(i).when(), flagCount);
        weights[i] = list.get(i).weight();
      }
      this.outranks = rule.outranks().stream().mapToInt(causeIndex::get).toArray();
      this.outranksWhen =
          rule.outranksWhen() == null ? null : compiler.compile(rule.outranksWhen(), flagCount);
      this.urgencyWhen = new Node[rule.urgencyRules().size()];
      this.urgencyLevels = new int[urgencyWhen.length];
      for (int u = 0; u < urgencyWhen.length; u++) {
        urgencyWhen[u] = compiler.compile(rule.urgencyRules().get(u).when(), flagCount);
        urgencyLevels[u] = rule.urgencyRules().get(u).urgency().ordinal();
      }
      this.defaultLevel = rule.defaultUrgency() == null ? NONE : rule.defaultUrgency().ordinal();
      this.selfCareNeeds =
          rule.selfCareNeeds().stream().mapToInt(compiler::questionIndex).toArray();
    }

    /** Self-care needs positive evidence: every question that defines this cause was answered. */
    boolean selfCareEvidence(AnswerSheet sheet) {
      for (int q : selfCareNeeds) {
        if (!sheet.isAnswered(q)) {
          return false;
        }
      }
      return true;
    }

    /** The urgency this cause sets when it ranks first: first matching rule, else its default. */
    int urgency(Evaluation evaluation) {
      for (int u = 0; u < urgencyWhen.length; u++) {
        if (urgencyWhen[u].test(evaluation)) {
          return urgencyLevels[u];
        }
      }
      return defaultLevel;
    }
  }

  /** A compiled advice rule. */
  static final class AdviceEntry {
    final AdviceItem item;
    private final long urgencies;

    /** The causes (by index) it is for, empty for any; compared by index, never by name. */
    private final boolean[] forCause;

    private final boolean anyCause;
    private final Node when;

    AdviceEntry(
        AdviceRule rule, RuleCompiler compiler, int flagCount, Map<String, Integer> causeIndex) {
      this.item = new AdviceItem(rule.id(), rule.text(), rule.sources());
      long mask = 0;
      for (Urgency urgency : rule.urgencies()) {
        mask |= 1L << urgency.ordinal();
      }
      this.urgencies = mask;
      this.forCause = new boolean[causeIndex.size()];
      rule.causes().forEach(cause -> forCause[causeIndex.get(cause)] = true);
      this.anyCause = rule.causes().isEmpty();
      this.when = rule.when() == null ? null : compiler.compile(rule.when(), flagCount);
    }

    /**
     * @param topCause index of the top-ranked cause, -1 when none ranked
     */
    boolean applies(Evaluation evaluation, Urgency level, int topCause) {
      if (urgencies != 0 && (urgencies & (1L << level.ordinal())) == 0) {
        return false;
      }
      if (!anyCause && (topCause < 0 || !forCause[topCause])) {
        return false;
      }
      return when == null || when.test(evaluation);
    }
  }
}
