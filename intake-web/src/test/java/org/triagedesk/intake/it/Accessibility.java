package org.triagedesk.intake.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/** axe-core, run in the page: WCAG 2.1 A and AA rules. */
final class Accessibility {

  private Accessibility() {}

  /** The kiosk's bar: WCAG 2.2 A and AA, which adds target size and focus not obscured. */
  static List<String> wcag22Violations(WebDriver driver) {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
            .analyze(driver);
    return results.getViolations().stream().map(Accessibility::describe).toList();
  }

  /** One line per violation: the rule, its impact and the first offending element. */
  static List<String> violations(WebDriver driver) {
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    return results.getViolations().stream().map(Accessibility::describe).toList();
  }

  private static String describe(Rule rule) {
    String where = rule.getNodes().isEmpty() ? "" : " at " + rule.getNodes().get(0).getTarget();
    return rule.getId() + " (" + rule.getImpact() + ")" + where + ": " + rule.getHelp();
  }
}
