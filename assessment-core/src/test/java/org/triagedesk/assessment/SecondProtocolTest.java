package org.triagedesk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.triagedesk.assessment.protocol.Protocol;

/**
 * A second complaint is a new file plus tests: the engine runs it with its own categories and
 * flags.
 */
class SecondProtocolTest {

  private static final AssessmentEngine ENGINE =
      AssessmentEngine.of(List.of(TestProtocols.upperBackPain(), TestProtocols.soreThroat()));

  @Test
  void of_shouldServeBothProtocolsSideBySide() {
    assertThat(ENGINE.protocols())
        .extracting(Protocol::id)
        .containsExactly("upper-back-pain", "sore-throat-test");
  }

  @Test
  void assess_shouldUseTheSecondProtocolsOwnRedFlagsAndCategories() {
    Assessment airway = ENGINE.assess("sore-throat-test", Map.of("age", 30, "drooling", true));

    assertThat(airway.urgency()).isEqualTo(Urgency.EMERGENCY);
    assertThat(airway.protocolVersion()).isEqualTo("0.0.1-test");
    assertThat(airway.redFlags()).extracting(FiredRedFlag::id).containsExactly("RF-AIRWAY");
    assertThat(airway.causes().get(0).category()).isEqualTo("PERITONSILLAR");
  }

  @Test
  void assess_shouldCountCriteriaAndEscalate_inTheSecondProtocol() {
    Assessment strep =
        ENGINE.assess(
            "sore-throat-test",
            Map.of("age", 19, "fever", true, "tonsil_spots", true, "swollen_glands", true));
    Assessment viral = ENGINE.assess("sore-throat-test", Map.of("age", 19, "cough", true));
    Assessment highFeverOneSide =
        ENGINE.assess(
            "sore-throat-test", Map.of("age", 19, "side", "one"), Map.of("temperature_c", 39.8));

    assertThat(strep.urgency()).isEqualTo(Urgency.SOON);
    assertThat(strep.causes().get(0).category()).isEqualTo("STREP");
    assertThat(viral.urgency()).isEqualTo(Urgency.SELF_CARE);
    assertThat(viral.advice().items()).extracting(AdviceItem::id).containsExactly("fluids");
    assertThat(highFeverOneSide.redFlags())
        .extracting(FiredRedFlag::minimumUrgency)
        .containsExactly(Urgency.URGENT);
  }

  @Test
  void validate_shouldCheckAnswersAgainstTheRightProtocol() {
    assertThat(
            ENGINE
                .validate("sore-throat-test", Map.of("age", 30, "sweating_clammy", true))
                .problems())
        .containsExactly(
            new AnswerProblem("sweating_clammy", "is not a question of this protocol"));
  }
}
