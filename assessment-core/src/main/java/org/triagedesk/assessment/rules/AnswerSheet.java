package org.triagedesk.assessment.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;

/**
 * One intake's answers, normalised for fast evaluation: per question index, the chosen options as a
 * bit set (a yes/no answer is bit 1 for yes, bit 0 for no), the number, whether a value is
 * available (answered or assumed) and whether the patient actually answered. Built by {@link
 * AnswerReader}; never shared.
 */
public final class AnswerSheet {

  static final long NO = 1L;
  static final long YES = 1L << 1;

  /** Chosen options as bits; for a number question, the number's raw bits (see {@link #number}). */
  final long[] bits;

  /**
   * Which questions have a value (answered or assumed), one bit each: a rule's questions are then
   * checked a word at a time ({@link Node}).
   */
  final long[] valued;

  /** Which questions the patient (or nurse) actually answered, one bit each. */
  final long[] answered;

  final Object[] values;

  /**
   * Per question, one bit: the value is the caller's collection, not yet copied for an explanation.
   */
  private final long[] uncopied;

  AnswerSheet(int questions) {
    bits = new long[questions];
    valued = new long[(questions + 63) >>> 6];
    answered = new long[valued.length];
    values = new Object[questions];
    uncopied = new long[valued.length];
  }

  boolean hasValue(int question) {
    return (valued[question >>> 6] & (1L << question)) != 0L;
  }

  void markValued(int question) {
    valued[question >>> 6] |= 1L << question;
  }

  boolean isAnswered(int question) {
    return (answered[question >>> 6] & (1L << question)) != 0L;
  }

  void markAnswered(int question, boolean yes) {
    if (yes) {
      answered[question >>> 6] |= 1L << question;
    } else {
      answered[question >>> 6] &= ~(1L << question);
    }
  }

  /** Keeps the caller's collection until an explanation quotes it ({@link #value}). */
  void keepUncopied(int question, Collection<?> chosen) {
    values[question] = chosen;
    uncopied[question >>> 6] |= 1L << question;
  }

  /**
   * The number answered to a number question (one array for both kinds halves what each intake
   * allocates).
   */
  double number(int question) {
    return Double.longBitsToDouble(bits[question]);
  }

  void setNumber(int question, double number) {
    bits[question] = Double.doubleToRawLongBits(number);
  }

  /**
   * The answer as the explanation quotes it: a list of choices is copied once, the first time it is
   * quoted.
   */
  Object value(int question) {
    if ((uncopied[question >>> 6] & (1L << question)) != 0L) {
      values[question] =
          Collections.unmodifiableList(new ArrayList<>((Collection<?>) values[question]));
      uncopied[question >>> 6] &= ~(1L << question);
    }
    return values[question];
  }
}
