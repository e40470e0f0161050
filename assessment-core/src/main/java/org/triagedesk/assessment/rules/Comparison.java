package org.triagedesk.assessment.rules;

/** Numeric comparison operators of the rule language. */
enum Comparison {
  GT,
  GE,
  LT,
  LE;

  static Comparison of(String operator) {
    return switch (operator) {
      case ">" -> GT;
      case ">=" -> GE;
      case "<" -> LT;
      case "<=" -> LE;
      default -> throw new IllegalArgumentException("not a comparison: " + operator);
    };
  }

  boolean holds(double value, double threshold) {
    return switch (this) {
      case GT -> value > threshold;
      case GE -> value >= threshold;
      case LT -> value < threshold;
      case LE -> value <= threshold;
    };
  }
}
