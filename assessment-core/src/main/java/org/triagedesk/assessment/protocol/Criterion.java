package org.triagedesk.assessment.protocol;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.triagedesk.assessment.Urgency;

/**
 * A node of the protocol's rule language, as read from the file. The engine compiles these once
 * into an evaluation tree; this model is what validation, documentation and authors see.
 */
public sealed interface Criterion {

  /** Every part holds. */
  record All(List<Criterion> of) implements Criterion {
    public All {
      of = List.copyOf(of);
    }
  }

  /** At least one part holds. */
  record Any(List<Criterion> of) implements Criterion {
    public Any {
      of = List.copyOf(of);
    }
  }

  /** The part does not hold (an unanswered question satisfies a negated test). */
  record Not(Criterion criterion) implements Criterion {}

  /** At least {@code count} of the parts hold. */
  record AtLeast(int count, List<Criterion> of) implements Criterion {
    public AtLeast {
      of = List.copyOf(of);
    }
  }

  /**
   * A test on one answer with one of the {@link AnswerOperator}s. Unanswered questions fail every
   * test except through their assumed value.
   */
  record AnswerTest(String question, AnswerOperator operator, List<Object> values)
      implements Criterion {
    public AnswerTest {
      Objects.requireNonNull(operator, "operator");
      values = values == null ? List.of() : List.copyOf(values);
    }
  }

  /**
   * |a - b| compared with a threshold, both answers present (e.g. the systolic difference between
   * arms).
   */
  record Difference(String question, String otherQuestion, String operator, BigDecimal threshold)
      implements Criterion {}

  /** A red flag declared earlier in the file has fired. */
  record FlagFired(String flag) implements Criterion {}

  /** Any red flag declared earlier in the file has fired at this level or more urgent. */
  record AnyFlagAtLeast(Urgency level) implements Criterion {}

  /** A named definition from the protocol's {@code definitions} (declared earlier in the file). */
  record Ref(String definition) implements Criterion {}

  /**
   * A score's total compared with one of its published thresholds ({@code >} or {@code >=}); only
   * these two, so a higher score can only make more criteria hold.
   */
  record ScoreTest(String score, String operator, BigDecimal threshold) implements Criterion {}

  /** A benign exception of the protocol holds (see {@link BenignException}). */
  record ExceptionHolds(String exception) implements Criterion {}
}
