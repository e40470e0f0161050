package org.triagedesk.assessment.protocol;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.triagedesk.assessment.LocalizedText;

/**
 * One intake question with everything a form needs: type, allowed options or range, wording, an
 * optional hint and display condition. {@code assumedWhenUnanswered} is the value the rules use
 * when the patient skips it (null means "no / normal"; the spec's one exception is {@code
 * pain_now_present}, assumed true).
 */
public record Question(
    String id,
    QuestionType type,
    boolean required,
    List<Option> options,
    BigDecimal min,
    BigDecimal max,
    LocalizedText text,
    LocalizedText hint,
    Condition showWhen,
    Object assumedWhenUnanswered) {

  public Question {
    options = options == null ? List.of() : List.copyOf(options);
  }

  public Optional<Option> option(String value) {
    for (Option option : options) {
      if (option.value().equals(value)) {
        return Optional.of(option);
      }
    }
    return Optional.empty();
  }

  public List<String> optionValues() {
    return options.stream().map(Option::value).toList();
  }
}
