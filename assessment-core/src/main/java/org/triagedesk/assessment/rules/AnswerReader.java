package org.triagedesk.assessment.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.triagedesk.assessment.AnswerProblem;
import org.triagedesk.assessment.protocol.Question;

/**
 * Checks parsed-JSON answers against a compiled protocol and normalises them into an {@link AnswerSheet}.
 * Every offending question is reported once, in questionnaire order; reasons never repeat the patient's
 * answer. Unanswered questions (absent or null) take the question's assumed value, else count as no/normal.
 */
final class AnswerReader {

  private final CompiledProtocol protocol;

  AnswerReader(CompiledProtocol protocol) {
    this.protocol = protocol;
  }

  AnswerSheet read(Map<String, ?> answers, boolean requireRequired, List<AnswerProblem> problems) {
    AnswerSheet sheet = new AnswerSheet(protocol.questions.length);
    List<Problem> found = null;
    if (answers != null) {
      for (Map.Entry<String, ?> entry : answers.entrySet()) {
        String id = entry.getKey();
        Integer index = id == null ? null : protocol.questionIndex.get(id);
        if (index == null) {
          found = add(found, Integer.MAX_VALUE, new AnswerProblem(id, "is not a question of this protocol"));
          continue;
        }
        Object value = entry.getValue();
        if (value == null) {
          continue;
        }
        String reason = store(sheet, index, value);
        if (reason != null) {
          found = add(found, index, new AnswerProblem(id, reason));
          // One problem per question: a refused answer is not also "required". The sheet is discarded anyway.
          sheet.answered[index] = true;
        }
      }
    }
    Question[] questions = protocol.questions;
    for (int q = 0; q < questions.length; q++) {
      if (sheet.answered[q]) {
        continue;
      }
      if (requireRequired && questions[q].required()) {
        found = add(found, q, new AnswerProblem(questions[q].id(), "is required"));
      } else if (protocol.assumed[q] != null) {
        store(sheet, q, protocol.assumed[q]);
        sheet.answered[q] = false;
      }
    }
    if (found != null) {
      found.sort((a, b) -> a.order != b.order ? Integer.compare(a.order, b.order)
          : String.valueOf(a.problem.questionId()).compareTo(String.valueOf(b.problem.questionId())));
      for (Problem problem : found) {
        problems.add(problem.problem);
      }
    }
    return sheet;
  }

  /** Stores one answer; returns the reason it is refused, or null. */
  private String store(AnswerSheet sheet, int q, Object value) {
    Question question = protocol.questions[q];
    switch (question.type()) {
      case BOOLEAN -> {
        if (!(value instanceof Boolean yes)) {
          return "must be true or false";
        }
        sheet.bits[q] = yes ? AnswerSheet.YES : AnswerSheet.NO;
        sheet.values[q] = yes;
      }
      case CHOICE -> {
        Integer option = value instanceof String text ? protocol.optionIndex[q].get(text) : null;
        if (option == null) {
          return protocol.mustBeOneOf[q];
        }
        sheet.bits[q] = 1L << option;
        sheet.values[q] = value;
      }
      case MULTI -> {
        if (!(value instanceof Collection<?> chosen)) {
          return protocol.mustBeOneOf[q];
        }
        long bits = 0L;
        List<String> copy = new ArrayList<>(chosen.size());
        for (Object item : chosen) {
          Integer option = item instanceof String text ? protocol.optionIndex[q].get(text) : null;
          if (option == null) {
            return protocol.mustBeOneOf[q];
          }
          bits |= 1L << option;
          copy.add((String) item);
        }
        sheet.bits[q] = bits;
        sheet.values[q] = Collections.unmodifiableList(copy);
      }
      case INTEGER, NUMBER -> {
        if (!(value instanceof Number number) || !isFinite(number)) {
          return protocol.mustBeOneOf[q];
        }
        double amount = number.doubleValue();
        boolean whole = question.type() == org.triagedesk.assessment.protocol.QuestionType.NUMBER
            || isWhole(number);
        if (!whole || amount < protocol.min[q] || amount > protocol.max[q]) {
          return protocol.mustBeOneOf[q];
        }
        sheet.numbers[q] = amount;
        sheet.values[q] = value;
      }
      default -> throw new IllegalStateException("unhandled question type " + question.type());
    }
    sheet.hasValue[q] = true;
    sheet.answered[q] = true;
    return null;
  }

  private static boolean isFinite(Number number) {
    if (number instanceof Double || number instanceof Float) {
      return Double.isFinite(number.doubleValue());
    }
    return true;
  }

  private static boolean isWhole(Number number) {
    if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte
        || number instanceof BigInteger) {
      return true;
    }
    if (number instanceof BigDecimal decimal) {
      return decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0;
    }
    double amount = number.doubleValue();
    return amount == Math.rint(amount);
  }

  private static List<Problem> add(List<Problem> found, int order, AnswerProblem problem) {
    List<Problem> list = found == null ? new ArrayList<>() : found;
    list.add(new Problem(order, problem));
    return list;
  }

  private record Problem(int order, AnswerProblem problem) {}
}
