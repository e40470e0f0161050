package org.triagedesk.intake.application.fhir;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.EnableWhenBehavior;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemEnableWhenComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemOperator;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.triagedesk.assessment.LocalizedText;
import org.triagedesk.assessment.protocol.Condition;
import org.triagedesk.assessment.protocol.Option;
import org.triagedesk.assessment.protocol.Protocol;
import org.triagedesk.assessment.protocol.Question;
import org.triagedesk.assessment.protocol.QuestionType;
import org.triagedesk.assessment.protocol.Section;

/**
 * A protocol as a FHIR Questionnaire: one group per section, one item per question with its answer
 * options, range and display condition, English text with the Spanish as the standard translation
 * extension.
 */
public final class QuestionnaireMapper {

  static final String PRIMARY_LANGUAGE = LocalizedText.FALLBACK_LANGUAGE;

  private QuestionnaireMapper() {}

  public static Questionnaire toFhirResource(Protocol protocol) {
    Questionnaire questionnaire = new Questionnaire();
    questionnaire.setId(FhirIds.of(protocol.id()));
    questionnaire.setUrl(FhirCodes.questionnaire(protocol.id()));
    questionnaire.setVersion(protocol.version());
    questionnaire.setName(computableName(protocol.id()));
    questionnaire.setLanguage(PRIMARY_LANGUAGE);
    questionnaire.addIdentifier().setSystem(FhirCodes.PROTOCOL).setValue(protocol.id());
    localized(questionnaire.getTitleElement(), protocol.title());
    questionnaire.setStatus(PublicationStatus.ACTIVE);
    questionnaire.addSubjectType("Patient");
    questionnaire.setPublisher("Triage Desk");
    for (Section section : protocol.sections()) {
      QuestionnaireItemComponent group =
          questionnaire.addItem().setLinkId(section.id()).setType(QuestionnaireItemType.GROUP);
      localized(group.getTextElement(), section.title());
      for (Question question : section.questions()) {
        group.addItem(item(protocol, question));
      }
    }
    return questionnaire;
  }

  private static QuestionnaireItemComponent item(Protocol protocol, Question question) {
    QuestionnaireItemComponent item =
        new QuestionnaireItemComponent()
            .setLinkId(question.id())
            .setType(type(question.type()))
            .setRequired(question.required());
    localized(item.getTextElement(), question.text());
    if (question.type() == QuestionType.MULTI) {
      item.setRepeats(true);
    }
    for (Option option : question.options()) {
      item.addAnswerOption().setValue(coding(protocol.id(), question, option));
    }
    if (question.min() != null) {
      item.addExtension(FhirCodes.MIN_VALUE, number(question.type(), question.min()));
    }
    if (question.max() != null) {
      item.addExtension(FhirCodes.MAX_VALUE, number(question.type(), question.max()));
    }
    if (question.showWhen() != null) {
      List<QuestionnaireItemEnableWhenComponent> conditions = new ArrayList<>();
      boolean any = enableWhen(protocol, question.showWhen(), conditions);
      conditions.forEach(item::addEnableWhen);
      if (conditions.size() > 1) {
        item.setEnableBehavior(any ? EnableWhenBehavior.ANY : EnableWhenBehavior.ALL);
      }
    }
    return item;
  }

  /**
   * Adds the FHIR conditions of one display condition and says whether any of them suffices (true)
   * or all are needed (false). The protocol shows a {@code notEquals}/{@code notIn} question also
   * while the other question is unanswered; FHIR's '!=' does not, so for yes/no and single-choice
   * questions the condition is written as "equals one of the other options, or not answered", which
   * means exactly the same.
   */
  static boolean enableWhen(
      Protocol protocol, Condition condition, List<QuestionnaireItemEnableWhenComponent> out) {
    switch (condition.operator()) {
      case "any" -> {
        for (Condition nested : condition.anyOf()) {
          // Nested conditions that are themselves "any of" flatten exactly; an "all of" one (a
          // multi-choice
          // notIn) is the only approximation, documented in docs/fhir.md.
          enableWhen(protocol, nested, out);
        }
        return true;
      }
      case "answered" -> {
        out.add(
            when(condition.question(), QuestionnaireItemOperator.EXISTS, new BooleanType(true)));
        return true;
      }
      case "equals", "in" -> {
        Question asked = asked(protocol, condition.question());
        for (Object value : condition.values()) {
          out.add(
              when(
                  condition.question(),
                  QuestionnaireItemOperator.EQUAL,
                  answer(protocol, asked, value)));
        }
        return true;
      }
      case "notEquals", "notIn" -> {
        Question asked = asked(protocol, condition.question());
        List<Object> others = complement(asked, condition.values());
        if (others != null) {
          for (Object value : others) {
            out.add(
                when(
                    condition.question(),
                    QuestionnaireItemOperator.EQUAL,
                    answer(protocol, asked, value)));
          }
          out.add(
              when(condition.question(), QuestionnaireItemOperator.EXISTS, new BooleanType(false)));
          return true;
        }
        for (Object value : condition.values()) {
          out.add(
              when(
                  condition.question(),
                  QuestionnaireItemOperator.NOT_EQUAL,
                  answer(protocol, asked, value)));
        }
        return false;
      }
      default ->
          throw new IllegalArgumentException(
              "unknown display condition operator " + condition.operator());
    }
  }

  /**
   * The answers other than {@code values} of a yes/no or single-choice question; null for other
   * types.
   */
  private static List<Object> complement(Question asked, List<Object> values) {
    List<Object> all =
        switch (asked.type()) {
          case BOOLEAN -> List.of(true, false);
          case CHOICE -> new ArrayList<>(asked.optionValues());
          default -> null;
        };
    if (all == null) {
      return null;
    }
    List<String> excluded = values.stream().map(String::valueOf).toList();
    return all.stream().filter(v -> !excluded.contains(String.valueOf(v))).toList();
  }

  private static QuestionnaireItemEnableWhenComponent when(
      String question, QuestionnaireItemOperator op, Type answer) {
    return new QuestionnaireItemEnableWhenComponent()
        .setQuestion(question)
        .setOperator(op)
        .setAnswer(answer);
  }

  private static Question asked(Protocol protocol, String id) {
    return protocol
        .question(id)
        .orElseThrow(
            () -> new IllegalArgumentException("display condition names unknown question " + id));
  }

  /** A value of {@code question} as a FHIR answer of its type. */
  static Type answer(Protocol protocol, Question question, Object value) {
    return switch (question.type()) {
      case BOOLEAN ->
          yesNo(
              value instanceof Boolean b
                  ? b.booleanValue()
                  : Boolean.parseBoolean(String.valueOf(value)));
      case CHOICE, MULTI -> coding(protocol.id(), question, String.valueOf(value));
      case INTEGER -> new IntegerType(decimal(value).intValueExact());
      case NUMBER -> new DecimalType(decimal(value));
    };
  }

  private static BooleanType yesNo(boolean value) {
    BooleanType type = new BooleanType();
    type.setValue(value);
    return type;
  }

  static Coding coding(String protocolId, Question question, String value) {
    return question
        .option(value)
        .map(option -> coding(protocolId, question, option))
        .orElseGet(() -> new Coding(FhirCodes.options(protocolId, question.id()), value, null));
  }

  static Coding coding(String protocolId, Question question, Option option) {
    Coding coding = new Coding(FhirCodes.options(protocolId, question.id()), option.value(), null);
    localized(coding.getDisplayElement(), option.label());
    return coding;
  }

  static BigDecimal decimal(Object value) {
    return value instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(value));
  }

  private static Type number(QuestionType type, BigDecimal value) {
    return type == QuestionType.INTEGER
        ? new IntegerType(value.intValueExact())
        : new DecimalType(value);
  }

  private static QuestionnaireItemType type(QuestionType type) {
    return switch (type) {
      case BOOLEAN -> QuestionnaireItemType.BOOLEAN;
      case CHOICE, MULTI -> QuestionnaireItemType.CHOICE;
      case INTEGER -> QuestionnaireItemType.INTEGER;
      case NUMBER -> QuestionnaireItemType.DECIMAL;
    };
  }

  /** English as the element's value, every other language as a translation extension on it. */
  static void localized(StringType element, LocalizedText text) {
    if (text == null) {
      return;
    }
    element.setValue(text.in(PRIMARY_LANGUAGE));
    for (Map.Entry<String, String> other : text.byLanguage().entrySet()) {
      if (!other.getKey().equals(PRIMARY_LANGUAGE)) {
        element.addExtension(FhirCodes.translation(other.getKey(), other.getValue()));
      }
    }
  }

  /** "upper-back-pain" → "UpperBackPain": FHIR's computer-friendly name. */
  private static String computableName(String id) {
    StringBuilder name = new StringBuilder();
    for (String part : id.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return name.length() == 0 || !Character.isLetter(name.charAt(0))
        ? "Protocol" + name
        : name.toString();
  }
}
