package org.triagedesk.assessment.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.triagedesk.assessment.AnswerProblem;
import org.triagedesk.assessment.protocol.Question;
import org.triagedesk.assessment.protocol.QuestionType;

/**
 * Checks parsed-JSON answers against a compiled protocol and normalises them into an {@link
 * AnswerSheet}. Every offending question is reported once, in questionnaire order; reasons never
 * repeat the patient's answer. Unanswered questions (absent or null) take the question's assumed
 * value, else count as no/normal.
 */
final class AnswerReader {

  private final CompiledProtocol protocol;

  AnswerReader(CompiledProtocol protocol) {
    this.protocol = protocol;
  }

  AnswerSheet read(
      Map<String, ?> answers,
      Map<String, ?> nurseVitals,
      boolean requireRequired,
      List<AnswerProblem> problems) {
    AnswerSheet sheet = new AnswerSheet(protocol.questions.length);
    List<Problem> found = null;
    // The nurse's measurements first: they replace the kiosk's answers, which are then skipped (no
    // merged copy).
    boolean[] measured = null;
    if (nurseVitals != null && !nurseVitals.isEmpty()) {
      for (Map.Entry<String, ?> entry : nurseVitals.entrySet()) {
        int index = protocol.questionIds.indexOf(entry.getKey());
        if (index < 0 || !protocol.vitalSign[index] || entry.getValue() == null) {
          continue;
        }
        if (measured == null) {
          measured = new boolean[protocol.questions.length];
        }
        measured[index] = true;
        found = store(sheet, index, entry.getKey(), entry.getValue(), found);
      }
    }
    if (answers != null) {
      for (Map.Entry<String, ?> entry : answers.entrySet()) {
        String id = entry.getKey();
        int index = protocol.questionIds.indexOf(id);
        if (index < 0) {
          found =
              add(
                  found,
                  Integer.MAX_VALUE,
                  new AnswerProblem(id, "is not a question of this protocol"));
          continue;
        }
        Object value = entry.getValue();
        if (value == null || (measured != null && measured[index])) {
          continue;
        }
        found = store(sheet, index, id, value, found);
      }
    }
    // Only the unanswered questions that are required or have an assumed value need a look.
    Question[] questions = protocol.questions;
    long[] answered = sheet.answered;
    for (int w = 0; w < answered.length; w++) {
      long todo =
          (requireRequired
                  ? protocol.requiredBits[w] | protocol.assumedBits[w]
                  : protocol.assumedBits[w])
              & ~answered[w];
      for (; todo != 0L; todo &= todo - 1) {
        int q = (w << 6) + Long.numberOfTrailingZeros(todo);
        if (requireRequired && protocol.required[q]) {
          found = add(found, q, new AnswerProblem(questions[q].id(), "is required"));
        } else {
          store(sheet, q, protocol.assumed[q]);
          sheet.markAnswered(q, false);
        }
      }
    }
    if (found != null) {
      found.sort(
          (a, b) ->
              a.order != b.order
                  ? Integer.compare(a.order, b.order)
                  : String.valueOf(a.problem.questionId())
                      .compareTo(String.valueOf(b.problem.questionId())));
      for (Problem problem : found) {
        problems.add(problem.problem);
      }
    }
    return sheet;
  }

  /** Stores one answer, or records why it is refused. */
  private List<Problem> store(
      AnswerSheet sheet, int index, String id, Object value, List<Problem> found) {
    String reason = store(sheet, index, value);
    if (reason == null) {
      return found;
    }
    // One problem per question: a refused answer is not also "required". The sheet is discarded
    // anyway.
    sheet.markAnswered(index, true);
    return add(found, index, new AnswerProblem(id, reason));
  }

  /** Stores one answer; returns the reason it is refused, or null. */
  private String store(AnswerSheet sheet, int q, Object value) {
    QuestionType type = protocol.types[q];
    switch (type) {
      case BOOLEAN -> {
        if (!(value instanceof Boolean yes)) {
          return "must be true or false";
        }
        sheet.bits[q] = yes ? AnswerSheet.YES : AnswerSheet.NO;
        sheet.values[q] = yes;
      }
      case CHOICE -> {
        int option = value instanceof String text ? protocol.optionIds[q].indexOf(text) : -1;
        if (option < 0) {
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
        for (Object item : chosen) {
          int option = item instanceof String text ? protocol.optionIds[q].indexOf(text) : -1;
          if (option < 0) {
            return protocol.mustBeOneOf[q];
          }
          bits |= 1L << option;
        }
        sheet.bits[q] = bits;
        // Kept as given: copied only if an explanation quotes it (AnswerSheet#value), during this
        // same call.
        sheet.keepUncopied(q, chosen);
      }
      case INTEGER, NUMBER -> {
        if (!(value instanceof Number number) || !isFinite(number)) {
          return protocol.mustBeOneOf[q];
        }
        double amount = number.doubleValue();
        boolean whole = type == QuestionType.NUMBER || isWhole(number);
        if (!whole || amount < protocol.min[q] || amount > protocol.max[q]) {
          return protocol.mustBeOneOf[q];
        }
        sheet.setNumber(q, amount);
        sheet.values[q] = value;
      }
      default -> throw new IllegalStateException("unhandled question type " + type);
    }
    sheet.markValued(q);
    sheet.markAnswered(q, true);
    return null;
  }

  private static boolean isFinite(Number number) {
    if (number instanceof Double || number instanceof Float) {
      return Double.isFinite(number.doubleValue());
    }
    return true;
  }

  private static boolean isWhole(Number number) {
    if (number instanceof Integer
        || number instanceof Long
        || number instanceof Short
        || number instanceof Byte
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
