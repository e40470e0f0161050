package org.triagedesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.triagedesk.assessment.cli.ProtocolDocument;

/**
 * docs/clinical/upper-back-pain.md is generated from the protocol; this fails when the two drift
 * apart.
 */
class ClinicalDocsTest {

  private static final Path PAGE = Path.of("..", "docs", "clinical", "upper-back-pain.md");

  @Test
  void clinicalPage_shouldMatchTheProtocolTheEngineRuns() throws IOException {
    String expected = ProtocolDocument.markdown(TestProtocols.upperBackPain());

    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as(
            "docs/clinical/upper-back-pain.md is out of date; regenerate it with: java -jar "
                + "assessment-core/target/assessment-cli.jar docs "
                + "assessment-core/src/main/resources/protocols/upper-back-pain.json > docs/clinical/upper-back-pain.md")
        .isEqualTo(expected);
  }

  @Test
  void clinicalPage_shouldSayTheRulesAreADraftAndListEveryRuleWithItsSources() {
    String page = ProtocolDocument.markdown(TestProtocols.upperBackPain());

    assertThat(page).contains("research draft awaiting clinical sign-off");
    TestProtocols.upperBackPain()
        .redFlags()
        .forEach(
            flag ->
                assertThat(page)
                    .contains("| " + flag.id() + " |")
                    .contains(String.join(" ", flag.sources())));
    TestProtocols.upperBackPain()
        .causes()
        .forEach(cause -> assertThat(page).contains("### " + cause.category()));
  }
}
