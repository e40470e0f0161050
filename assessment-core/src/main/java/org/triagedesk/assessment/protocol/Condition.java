package org.triagedesk.assessment.protocol;

import java.util.List;

/**
 * When the kiosk shows a question, simple enough for a small browser script: compare one earlier
 * answer ({@code equals}, {@code notEquals}, {@code in}, {@code notIn}, {@code answered}), or, with
 * operator {@code any}, show when any of the nested conditions holds. An unanswered question equals
 * nothing, so {@code notEquals}/{@code notIn} hold for it.
 */
public record Condition(
    String question, String operator, List<Object> values, List<Condition> anyOf) {

  public static final List<String> OPERATORS =
      List.of("equals", "notEquals", "in", "notIn", "answered", "any");

  public Condition {
    values = values == null ? List.of() : List.copyOf(values);
    anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
  }

  public Condition(String question, String operator, List<Object> values) {
    this(question, operator, values, List.of());
  }
}
