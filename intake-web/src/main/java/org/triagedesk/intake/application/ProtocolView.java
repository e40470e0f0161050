package org.triagedesk.intake.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.triagedesk.assessment.LocalizedText;
import org.triagedesk.assessment.protocol.Checklist;
import org.triagedesk.assessment.protocol.Condition;
import org.triagedesk.assessment.protocol.Option;
import org.triagedesk.assessment.protocol.Protocol;
import org.triagedesk.assessment.protocol.Question;
import org.triagedesk.assessment.protocol.Section;

/**
 * A protocol's questionnaire as the kiosk renders it: sections, questions, options, wording and
 * display conditions, all of them (the kiosk refuses to start on a condition it does not know).
 * Made here, so that the REST resources never see the engine's protocol model
 * (docs/architecture.md, the dependency rule).
 */
public record ProtocolView(
    String id, String version, Map<String, String> title, List<SectionView> sections) {

  public record SectionView(
      String id,
      Map<String, String> title,
      boolean staffOnly,
      boolean urgentScreen,
      List<QuestionView> questions,
      List<ChecklistView> checklists) {}

  /** Yes/no questions of the section that the kiosk asks on one "tick any that apply" screen. */
  public record ChecklistView(String id, Map<String, String> text, List<ChecklistItemView> items) {}

  public record ChecklistItemView(String question, Map<String, String> label) {}

  public record QuestionView(
      String id,
      String type,
      boolean required,
      List<OptionView> options,
      BigDecimal min,
      BigDecimal max,
      Map<String, String> text,
      Map<String, String> hint,
      ConditionView showWhen) {}

  public record OptionView(String value, Map<String, String> label) {}

  /**
   * One display condition; with operator {@code any}, the nested conditions of which one must hold.
   */
  public record ConditionView(
      String question, String operator, List<Object> values, List<ConditionView> anyOf) {}

  /** One line of {@code GET /api/protocols}: what the clinic can offer on the welcome screen. */
  public record Summary(String id, String version, Map<String, String> title) {

    static Summary of(Protocol protocol) {
      return new Summary(protocol.id(), protocol.version(), texts(protocol.title()));
    }
  }

  static ProtocolView of(Protocol protocol) {
    return new ProtocolView(
        protocol.id(),
        protocol.version(),
        texts(protocol.title()),
        protocol.sections().stream().map(ProtocolView::section).toList());
  }

  private static SectionView section(Section section) {
    return new SectionView(
        section.id(),
        texts(section.title()),
        section.staffOnly(),
        section.urgentScreen(),
        section.questions().stream().map(ProtocolView::question).toList(),
        section.checklists().stream().map(ProtocolView::checklist).toList());
  }

  private static ChecklistView checklist(Checklist checklist) {
    return new ChecklistView(
        checklist.id(),
        texts(checklist.text()),
        checklist.items().stream()
            .map(item -> new ChecklistItemView(item.question(), texts(item.label())))
            .toList());
  }

  private static QuestionView question(Question question) {
    return new QuestionView(
        question.id(),
        question.type().name(),
        question.required(),
        question.options().stream().map(ProtocolView::option).toList(),
        question.min(),
        question.max(),
        texts(question.text()),
        texts(question.hint()),
        condition(question.showWhen()));
  }

  private static OptionView option(Option option) {
    return new OptionView(option.value(), texts(option.label()));
  }

  private static ConditionView condition(Condition condition) {
    return condition == null
        ? null
        : new ConditionView(
            condition.question(),
            condition.operator(),
            condition.values(),
            condition.anyOf().isEmpty()
                ? null
                : condition.anyOf().stream().map(ProtocolView::condition).toList());
  }

  private static Map<String, String> texts(LocalizedText text) {
    return text == null ? null : text.byLanguage();
  }
}
