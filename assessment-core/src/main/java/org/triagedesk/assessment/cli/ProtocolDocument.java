package org.triagedesk.assessment.cli;

import java.util.List;
import java.util.Map;
import org.triagedesk.assessment.Urgency;
import org.triagedesk.assessment.protocol.AdviceRule;
import org.triagedesk.assessment.protocol.BenignException;
import org.triagedesk.assessment.protocol.CauseFeature;
import org.triagedesk.assessment.protocol.CauseRule;
import org.triagedesk.assessment.protocol.Condition;
import org.triagedesk.assessment.protocol.Criterion;
import org.triagedesk.assessment.protocol.CriterionText;
import org.triagedesk.assessment.protocol.Escalation;
import org.triagedesk.assessment.protocol.MissingAnswerRules;
import org.triagedesk.assessment.protocol.Protocol;
import org.triagedesk.assessment.protocol.Question;
import org.triagedesk.assessment.protocol.RedFlagRule;
import org.triagedesk.assessment.protocol.RedFlagWindow;
import org.triagedesk.assessment.protocol.ScoreItem;
import org.triagedesk.assessment.protocol.ScoreRule;
import org.triagedesk.assessment.protocol.ScoreThreshold;
import org.triagedesk.assessment.protocol.Section;
import org.triagedesk.assessment.protocol.UrgencyRule;

/**
 * Writes the clinicians' page of a protocol (docs/clinical/&lt;id&gt;.md) from the protocol itself,
 * so the page cannot drift from the rules the engine runs: a test compares the committed page with
 * this output. A tool for protocol authors (the command line's {@code docs}), not part of the
 * protocol model.
 */
public final class ProtocolDocument {

  private ProtocolDocument() {}

  public static String markdown(Protocol protocol) {
    StringBuilder md = new StringBuilder();
    md.append("# Protocol `")
        .append(protocol.id())
        .append("` version ")
        .append(protocol.version())
        .append("\n\n");
    md.append("<!-- Generated from assessment-core/src/main/resources/protocols/")
        .append(protocol.sourceName())
        .append(
            " by `java -jar assessment-core/target/assessment-cli.jar docs <protocol.json>`. Do not edit by hand:"
                + " a test fails when this page and the protocol differ. -->\n\n");
    md.append(
        "**Status: research draft awaiting clinical sign-off.** These rules are grounded in public guidance "
            + "(sources below) but have not been reviewed by clinicians; they are not for clinical use until at least two "
            + "clinicians have signed them off.\n\n");
    md.append("Title: ")
        .append(protocol.title().in("en"))
        .append(" / ")
        .append(protocol.title().in("es"))
        .append("\n\n");
    md.append(
            "How to read the rules: `question` = value tests one answer; an unanswered question is \"no\" or "
                + "normal, except where the question lists an assumed value. *name* refers to a definition below. "
                + "Red flags are evaluated in this order; a rule may refer only to red flags above it. When no red flag "
                + "fires and no cause scores above zero, the urgency is ")
        .append(protocol.fallbackUrgency())
        .append(".\n\n");

    md.append("## Definitions\n\n| name | means |\n|---|---|\n");
    for (Map.Entry<String, Criterion> definition : protocol.definitions().entrySet()) {
      md.append("| *")
          .append(definition.getKey())
          .append("* | ")
          .append(cell(CriterionText.of(definition.getValue())))
          .append(" |\n");
    }

    if (!protocol.scores().isEmpty()) {
      md.append(
          "\n## Scores\n\nPublished instruments written as data. Each item adds its points when it holds; items "
              + "of the same group are bands of one finding, and only the highest band that holds counts. Rules compare a "
              + "total only with the instrument's published thresholds. An assessment lists every score above zero with the "
              + "items that scored.\n");
      for (ScoreRule score : protocol.scores()) {
        md.append("\n### ")
            .append(score.id())
            .append(": ")
            .append(score.name().in("en"))
            .append("\n\n")
            .append("Sources: ")
            .append(String.join(" ", score.sources()))
            .append(". Highest possible total: ")
            .append(number(score.maximum()))
            .append(".\n\n| item | group | points | holds when |\n|---|---|---|---|\n");
        for (ScoreItem item : score.items()) {
          md.append("| ")
              .append(item.id())
              .append(" | ")
              .append(item.group() == null ? "" : item.group())
              .append(" | ")
              .append(number(item.points()))
              .append(" | ")
              .append(cell(CriterionText.of(item.when())))
              .append(" |\n");
        }
        md.append("\n| threshold | meaning |\n|---|---|\n");
        for (ScoreThreshold threshold : score.thresholds()) {
          md.append("| ")
              .append(threshold.operator())
              .append(" ")
              .append(threshold.value().toPlainString())
              .append(" | ")
              .append(cell(threshold.meaning()))
              .append(" |\n");
        }
      }
    }

    if (!protocol.benignExceptions().isEmpty()) {
      md.append(
          "\n## Benign exceptions\n\nA positive benign explanation with its time course that stops one feature "
              + "from counting towards an emergency. None holds with a yes on the urgent screen or with abnormal vital "
              + "signs (a property test proves it).\n\n| id | what it explains | holds when | sources |\n|---|---|---|---|\n");
      for (BenignException exception : protocol.benignExceptions()) {
        md.append("| ")
            .append(exception.id())
            .append(" | ")
            .append(cell(exception.description().in("en")))
            .append(" | ")
            .append(cell(CriterionText.of(exception.when())))
            .append(" | ")
            .append(String.join(" ", exception.sources()))
            .append(" |\n");
      }
    }

    if (protocol.missingAnswers() != null) {
      MissingAnswerRules missing = protocol.missingAnswers();
      md.append(
              "\n## Missing answers\n\nA missing answer is not a \"no\". An intake with unanswered urgent-check "
                  + "questions is at least ")
          .append(missing.urgentScreenMinimum())
          .append(" and names them (\"")
          .append(missing.urgentScreenNote().in("en"))
          .append(
              "\"). SELF_CARE needs evidence: the urgent check "
                  + "answered and the top cause's defining questions answered (listed under each cause); otherwise at least ")
          .append(missing.selfCareMinimum())
          .append(" (\"")
          .append(missing.selfCareNote().in("en"))
          .append("\"). Sources: ")
          .append(String.join(" ", missing.sources()))
          .append(".\n");
    }

    md.append("\n## Red flags\n\nEach sets a minimum urgency; the highest level wins.\n\n");
    md.append(
        "| id | fires when | minimum urgency | raised to | category | sources |\n|---|---|---|---|---|---|\n");
    for (RedFlagRule flag : protocol.redFlags()) {
      StringBuilder raised = new StringBuilder();
      for (Escalation escalation : flag.escalations()) {
        raised
            .append(raised.length() == 0 ? "" : "; ")
            .append(escalation.to())
            .append(" when ")
            .append(CriterionText.of(escalation.when()));
      }
      String category =
          flag.category() == null
              ? "(any)"
              : flag.category()
                  + (flag.alsoCategories().isEmpty()
                      ? ""
                      : " (or "
                          + String.join(", ", flag.alsoCategories())
                          + " when it ranks higher)");
      md.append("| ")
          .append(flag.id())
          .append(" | ")
          .append(cell(CriterionText.of(flag.when())))
          .append(" | ")
          .append(flag.minimum())
          .append(" | ")
          .append(cell(raised.toString()))
          .append(" | ")
          .append(category)
          .append(" | ")
          .append(String.join(" ", flag.sources()))
          .append(" |\n");
    }
    md.append(
        "\n### Time windows\n\nThe window each red flag's source gives. Outside it the flag does not fire at its "
            + "acute level.\n\n| id | window | outside the window | sources |\n|---|---|---|---|\n");
    for (RedFlagRule flag : protocol.redFlags()) {
      RedFlagWindow window = flag.window();
      if (window == null) {
        md.append("| ").append(flag.id()).append(" | (none stated) |  |  |\n");
        continue;
      }
      String outside =
          window.within() == null
              ? "(the criterion itself holds only inside the window)"
              : (window.otherwise() == null ? "does not fire" : window.otherwise().name())
                  + " unless "
                  + CriterionText.of(window.within());
      md.append("| ")
          .append(flag.id())
          .append(" | ")
          .append(cell(window.text().in("en")))
          .append(" | ")
          .append(cell(outside))
          .append(" | ")
          .append(String.join(" ", window.sources()))
          .append(" |\n");
    }

    md.append(
        "\n## Likely-cause categories\n\nScores add the weights of the features that hold (negative weights "
            + "lower the score). Causes scoring above zero are ranked, highest first; ties keep this order. The top "
            + "cause's urgency applies when it is more urgent than the red flags; it never lowers them.\n\n");
    for (CauseRule cause : protocol.causes()) {
      md.append("### ").append(cause.category()).append("\n\n");
      md.append("Urgency when ranked first: ")
          .append(
              cause.defaultUrgency() == null
                  ? "none (red flags only)"
                  : cause.defaultUrgency().name());
      for (UrgencyRule rule : cause.urgencyRules()) {
        md.append("; ")
            .append(rule.urgency())
            .append(" when ")
            .append(cell(CriterionText.of(rule.when())));
      }
      md.append(". Sources: ").append(String.join(" ", cause.sources())).append(".\n\n");
      if (!cause.selfCareNeeds().isEmpty()) {
        md.append("SELF_CARE needs answers to: ")
            .append(
                String.join(
                    ", ", cause.selfCareNeeds().stream().map(id -> "`" + id + "`").toList()))
            .append(".\n\n");
      }
      if (!cause.outranks().isEmpty()) {
        md.append("Ranks above ")
            .append(String.join(", ", cause.outranks()))
            .append(" when ")
            .append(cell(CriterionText.of(cause.outranksWhen())))
            .append(".\n\n");
      }
      md.append("| weight | feature |\n|---|---|\n");
      for (CauseFeature feature : cause.features()) {
        md.append("| ")
            .append(feature.weight() > 0 ? "+" : "")
            .append(number(feature.weight()))
            .append(" | ")
            .append(cell(CriterionText.of(feature.when())))
            .append(" |\n");
      }
      md.append("\n");
    }

    md.append("## Advice\n\nShown below EMERGENCY only. Levels and causes empty = any.\n\n");
    md.append(
        "| id | levels | top cause | also when | text (en) | sources |\n|---|---|---|---|---|---|\n");
    for (AdviceRule advice : protocol.advice()) {
      md.append("| ")
          .append(advice.id())
          .append(" | ")
          .append(levels(advice.urgencies()))
          .append(" | ")
          .append(String.join(", ", advice.causes()))
          .append(" | ")
          .append(advice.when() == null ? "" : cell(CriterionText.of(advice.when())))
          .append(" | ")
          .append(cell(advice.text().in("en")))
          .append(" | ")
          .append(String.join(" ", advice.sources()))
          .append(" |\n");
    }
    md.append("\nUrgency messages (en):\n\n");
    for (Map.Entry<Urgency, org.triagedesk.assessment.LocalizedText> message :
        protocol.urgencyMessages().entrySet()) {
      md.append("- ")
          .append(message.getKey())
          .append(": ")
          .append(message.getValue().in("en"))
          .append("\n");
    }
    md.append("\nSafety net (every level below EMERGENCY): ")
        .append(protocol.safetyNet().in("en"))
        .append("\n\n");

    md.append(
        "## Questions\n\n| section | id | type | values or range | shown when | assumed if unanswered |\n"
            + "|---|---|---|---|---|---|\n");
    for (Section section : protocol.sections()) {
      String name =
          section.id()
              + (section.staffOnly() ? " (staff only)" : "")
              + (section.urgentScreen() ? " (urgent screen, asked first)" : "");
      for (Question question : section.questions()) {
        String range =
            question.options().isEmpty()
                ? (question.min() == null
                    ? "yes / no"
                    : question.min().toPlainString() + "-" + question.max().toPlainString())
                : String.join(", ", question.optionValues());
        md.append("| ")
            .append(name)
            .append(" | `")
            .append(question.id())
            .append("`")
            .append(question.required() ? " (required)" : "")
            .append(" | ")
            .append(question.type())
            .append(" | ")
            .append(range)
            .append(" | ")
            .append(question.showWhen() == null ? "" : cell(condition(question.showWhen())))
            .append(" | ")
            .append(
                question.assumedWhenUnanswered() == null ? "" : question.assumedWhenUnanswered())
            .append(" |\n");
      }
    }
    md.append("\nVital signs a nurse's value overrides: ")
        .append(String.join(", ", protocol.vitalSigns()))
        .append(".\n\n## Sources\n\n");
    protocol
        .sources()
        .forEach(
            (id, reference) ->
                md.append("- ").append(id).append(": ").append(reference).append("\n"));
    return md.toString();
  }

  private static String condition(Condition condition) {
    if (condition.operator().equals("any")) {
      StringBuilder any = new StringBuilder();
      for (Condition nested : condition.anyOf()) {
        any.append(any.length() == 0 ? "" : " OR ").append(condition(nested));
      }
      return any.toString();
    }
    return "`" + condition.question() + "` " + condition.operator() + " " + condition.values();
  }

  private static String levels(List<Urgency> urgencies) {
    return String.join(", ", urgencies.stream().map(Urgency::name).toList());
  }

  private static String number(double weight) {
    return weight == Math.rint(weight) ? String.valueOf((long) weight) : String.valueOf(weight);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
