package org.triagedesk.assessment.rules;

/**
 * One intake's answers, normalised for fast evaluation: per question index, the chosen options as a bit set
 * (a yes/no answer is bit 1 for yes, bit 0 for no), the number, whether a value is available (answered or
 * assumed) and whether the patient actually answered. Built by {@link AnswerReader}; never shared.
 */
public final class AnswerSheet {

  static final long NO = 1L;
  static final long YES = 1L << 1;

  final long[] bits;
  final double[] numbers;
  final boolean[] hasValue;
  final boolean[] answered;
  final Object[] values;

  AnswerSheet(int questions) {
    bits = new long[questions];
    numbers = new double[questions];
    hasValue = new boolean[questions];
    answered = new boolean[questions];
    values = new Object[questions];
  }
}
