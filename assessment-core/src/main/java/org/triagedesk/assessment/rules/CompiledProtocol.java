package org.triagedesk.assessment.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.triagedesk.assessment.Advice;
import org.triagedesk.assessment.AdviceItem;
import org.triagedesk.assessment.AnswerProblem;
import org.triagedesk.assessment.Assessment;
import org.triagedesk.assessment.FiredRedFlag;
import org.triagedesk.assessment.LocalizedText;
import org.triagedesk.assessment.OrderedMaps;
import org.triagedesk.assessment.RankedCause;
import org.triagedesk.assessment.Urgency;
import org.triagedesk.assessment.protocol.AdviceRule;
import org.triagedesk.assessment.protocol.CauseFeature;
import org.triagedesk.assessment.protocol.CauseRule;
import org.triagedesk.assessment.protocol.Protocol;
import org.triagedesk.assessment.protocol.Question;
import org.triagedesk.assessment.protocol.RedFlagRule;

/**
 * A validated protocol compiled for evaluation. Immutable after construction and safe to share between
 * threads: all per-intake state lives in {@link AnswerSheet} and {@link Evaluation}.
 *
 * <p>Evaluation follows the engine principles: red flags in file order each set a minimum urgency; causes are
 * scored and ranked; the top cause's urgency applies only if it is more urgent (highest level wins).
 */
public final class CompiledProtocol {

  private static final Urgency[] LEVELS = Urgency.values();
  private static final int NONE = Integer.MAX_VALUE;

  final Protocol protocol;
  final Question[] questions;
  final Map<String, Integer> questionIndex = new HashMap<>();
  final Map<String, Integer>[] optionIndex;
  final String[] mustBeOneOf;
  final double[] min;
  final double[] max;
  final Object[] assumed;
  final Flag[] flags;
  private final Cause[] causes;
  private final AdviceEntry[] advice;
  private final AnswerReader reader;

  @SuppressWarnings("unchecked")
  private CompiledProtocol(Protocol protocol) {
    this.protocol = protocol;
    this.questions = protocol.questions().toArray(new Question[0]);
    this.optionIndex = new Map[questions.length];
    this.mustBeOneOf = new String[questions.length];
    this.min = new double[questions.length];
    this.max = new double[questions.length];
    this.assumed = new Object[questions.length];
    for (int q = 0; q < questions.length; q++) {
      Question question = questions[q];
      questionIndex.put(question.id(), q);
      optionIndex[q] = new HashMap<>();
      for (int o = 0; o < question.options().size(); o++) {
        optionIndex[q].put(question.options().get(o).value(), o);
      }
      min[q] = question.min() == null ? 0 : question.min().doubleValue();
      max[q] = question.max() == null ? 0 : question.max().doubleValue();
      mustBeOneOf[q] = reasonFor(question);
      assumed[q] = question.assumedWhenUnanswered();
    }
    RuleCompiler compiler = new RuleCompiler(this);
    protocol.definitions().forEach(compiler::define);
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
    advice = new AdviceEntry[protocol.advice().size()];
    for (int a = 0; a < advice.length; a++) {
      advice[a] = new AdviceEntry(protocol.advice().get(a), compiler, flags.length, causeIndex);
    }
    reader = new AnswerReader(this);
  }

  /** Compiles a protocol that {@link org.triagedesk.assessment.protocol.ProtocolValidator} accepted. */
  public static CompiledProtocol compile(Protocol protocol) {
    return new CompiledProtocol(protocol);
  }

  public Protocol protocol() {
    return protocol;
  }

  /** Checks and normalises answers; problems are appended to {@code problems}. */
  public AnswerSheet read(Map<String, ?> answers, boolean requireRequired, List<AnswerProblem> problems) {
    return reader.read(answers, requireRequired, problems);
  }

  public boolean isVitalSign(String questionId) {
    return protocol.vitalSigns().contains(questionId);
  }

  /** Evaluates one intake's (valid) answers. */
  public Assessment assess(AnswerSheet sheet) {
    Evaluation evaluation = new Evaluation(this, sheet);
    int urgency = NONE;
    for (int f = 0; f < flags.length; f++) {
      Flag flag = flags[f];
      if (flag.when.test(evaluation)) {
        int level = flag.minimum;
        for (int e = 0; e < flag.escalations.length; e++) {
          if (flag.escalationLevels[e] < level && flag.escalations[e].test(evaluation)) {
            level = flag.escalationLevels[e];
          }
        }
        evaluation.flagLevel[f] = level;
        urgency = Math.min(urgency, level);
      }
    }
    boolean[][] held = new boolean[causes.length][];
    double[] scores = scoreCauses(evaluation, held);
    int[] ranked = rank(scores);
    if (ranked.length > 0) {
      urgency = Math.min(urgency, causes[ranked[0]].urgency(evaluation));
    }
    if (urgency == NONE) {
      urgency = protocol.fallbackUrgency().ordinal();
    }
    Urgency level = LEVELS[urgency];
    String topCause = ranked.length > 0 ? causes[ranked[0]].rule.category() : null;
    return new Assessment(protocol.id(), protocol.version(), level, firedFlags(evaluation, scores),
        rankedCauses(evaluation, scores, ranked, held), advice(evaluation, level, topCause));
  }

  /** Scores every cause; records in {@code held} which features held, for the explanation. */
  private double[] scoreCauses(Evaluation evaluation, boolean[][] held) {
    double[] scores = new double[causes.length];
    for (int c = 0; c < causes.length; c++) {
      Cause cause = causes[c];
      boolean[] holds = new boolean[cause.features.length];
      double score = 0;
      for (int i = 0; i < holds.length; i++) {
        if (cause.features[i].test(evaluation)) {
          holds[i] = true;
          score += cause.weights[i];
        }
      }
      held[c] = holds;
      scores[c] = score;
    }
    // A pattern that clinically outranks another (e.g. radicular over strain) lifts the score just above it.
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

  /** Causes scoring above zero, highest first; ties keep file order, so the result is deterministic. */
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
    List<FiredRedFlag> fired = new ArrayList<>();
    // Most urgent first, then file order.
    for (int level = 0; level < LEVELS.length; level++) {
      for (int f = 0; f < flags.length; f++) {
        if (evaluation.flagLevel[f] != level) {
          continue;
        }
        Flag flag = flags[f];
        LinkedHashMap<String, Object> triggeredBy = new LinkedHashMap<>();
        evaluation.explainFlag(f, triggeredBy);
        fired.add(new FiredRedFlag(flag.rule.id(), LEVELS[level], flag.category(scores), OrderedMaps.frozen(triggeredBy),
            flag.rule.sources(), flag.rule.description()));
      }
    }
    return fired;
  }

  private List<RankedCause> rankedCauses(Evaluation evaluation, double[] scores, int[] ranked, boolean[][] held) {
    List<RankedCause> result = new ArrayList<>(ranked.length);
    for (int c : ranked) {
      Cause cause = causes[c];
      LinkedHashMap<String, Object> raised = new LinkedHashMap<>();
      LinkedHashMap<String, Object> lowered = new LinkedHashMap<>();
      for (int i = 0; i < cause.features.length; i++) {
        if (held[c][i]) {
          cause.features[i].explain(evaluation, cause.weights[i] > 0 ? raised : lowered);
        }
      }
      result.add(new RankedCause(cause.rule.category(), scores[c], OrderedMaps.frozen(raised),
          OrderedMaps.frozen(lowered), cause.rule.sources()));
    }
    return result;
  }

  private Advice advice(Evaluation evaluation, Urgency level, String topCause) {
    List<AdviceItem> items = new ArrayList<>();
    if (level != Urgency.EMERGENCY) {
      for (AdviceEntry entry : advice) {
        if (entry.applies(evaluation, level, topCause)) {
          items.add(entry.item);
        }
      }
    }
    LocalizedText safetyNet = level == Urgency.EMERGENCY ? null : protocol.safetyNet();
    return new Advice(items, safetyNet, protocol.urgencyMessages().get(level));
  }

  private static String reasonFor(Question question) {
    return switch (question.type()) {
      case BOOLEAN -> "must be true or false";
      case CHOICE -> "must be one of: " + String.join(", ", question.optionValues());
      case MULTI -> "must be a list of any of: " + String.join(", ", question.optionValues());
      case INTEGER -> "must be a whole number from " + plain(question.min()) + " to " + plain(question.max());
      case NUMBER -> "must be a number from " + question.min().toPlainString() + " to "
          + question.max().toPlainString();
    };
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  /** A compiled red flag. */
  static final class Flag {
    final RedFlagRule rule;
    final Node when;
    final int minimum;
    final Node[] escalations;
    final int[] escalationLevels;
    private final int category;
    private final int[] alsoCategories;

    Flag(RedFlagRule rule, RuleCompiler compiler, int index, Map<String, Integer> causeIndex) {
      this.rule = rule;
      this.when = compiler.compile(rule.when(), index);
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
      this.outranksWhen = rule.outranksWhen() == null ? null : compiler.compile(rule.outranksWhen(), flagCount);
      this.urgencyWhen = new Node[rule.urgencyRules().size()];
      this.urgencyLevels = new int[urgencyWhen.length];
      for (int u = 0; u < urgencyWhen.length; u++) {
        urgencyWhen[u] = compiler.compile(rule.urgencyRules().get(u).when(), flagCount);
        urgencyLevels[u] = rule.urgencyRules().get(u).urgency().ordinal();
      }
      this.defaultLevel = rule.defaultUrgency() == null ? NONE : rule.defaultUrgency().ordinal();
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
    private final List<String> causes;
    private final Node when;

    AdviceEntry(AdviceRule rule, RuleCompiler compiler, int flagCount, Map<String, Integer> causeIndex) {
      this.item = new AdviceItem(rule.id(), rule.text(), rule.sources());
      long mask = 0;
      for (Urgency urgency : rule.urgencies()) {
        mask |= 1L << urgency.ordinal();
      }
      this.urgencies = mask;
      this.causes = rule.causes();
      this.when = rule.when() == null ? null : compiler.compile(rule.when(), flagCount);
    }

    boolean applies(Evaluation evaluation, Urgency level, String topCause) {
      if (urgencies != 0 && (urgencies & (1L << level.ordinal())) == 0) {
        return false;
      }
      if (!causes.isEmpty() && (topCause == null || !causes.contains(topCause))) {
        return false;
      }
      return when == null || when.test(evaluation);
    }
  }
}
