package org.triagedesk.assessment.protocol;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The operators of an answer test, as written in a protocol file ({@link #symbol()}). Reader,
 * validator, rule compiler and {@link CriterionText} each switch over this enum without a default
 * branch, so a new operator does not compile until every one of them handles it.
 */
public enum AnswerOperator {
  EQUALS("equals"),
  IN("in"),
  CONTAINS("contains"),
  CONTAINS_ANY("containsAny"),
  CONTAINS_ALL("containsAll"),
  ANY_SELECTED("anySelected"),
  ANSWERED("answered"),
  GREATER_THAN(">"),
  AT_LEAST(">="),
  LESS_THAN("<"),
  AT_MOST("<=");

  private static final Map<String, AnswerOperator> BY_SYMBOL =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(AnswerOperator::symbol, Function.identity()));

  private final String symbol;

  AnswerOperator(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The key that names this operator in a protocol file, e.g. {@code containsAny} or {@code >=}.
   */
  public String symbol() {
    return symbol;
  }

  /** The operator a protocol file writes as {@code symbol}; empty when there is none. */
  public static Optional<AnswerOperator> ofSymbol(String symbol) {
    return Optional.ofNullable(symbol == null ? null : BY_SYMBOL.get(symbol));
  }

  /** Every symbol, in declaration order (for messages to protocol authors). */
  public static List<String> symbols() {
    return Arrays.stream(values()).map(AnswerOperator::symbol).toList();
  }

  /** Compares the answer with a number: {@code >}, {@code >=}, {@code <} or {@code <=}. */
  public boolean isComparison() {
    return switch (this) {
      case GREATER_THAN, AT_LEAST, LESS_THAN, AT_MOST -> true;
      case EQUALS, IN, CONTAINS, CONTAINS_ANY, CONTAINS_ALL, ANY_SELECTED, ANSWERED -> false;
    };
  }

  @Override
  public String toString() {
    return symbol;
  }
}
