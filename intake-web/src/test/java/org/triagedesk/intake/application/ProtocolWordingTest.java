package org.triagedesk.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An intake whose protocol this server no longer loads (withdrawn, or another deployment's test
 * protocol) keeps its ids in the queue instead of taking the whole queue down.
 */
class ProtocolWordingTest {

  @Test
  void withoutItsProtocol_anIntakeIsShownWithItsIds() {
    ProtocolWording withdrawn = new ProtocolWording(null);

    assertThat(withdrawn.redFlags(List.of("RF-X"))).containsExactly("RF-X");
    assertThat(withdrawn.question("sore_throat")).isEqualTo("sore_throat");
    assertThat(withdrawn.answer("sore_throat", true)).isEqualTo("Yes");
    assertThat(withdrawn.source("S1")).isEqualTo("S1");
    assertThat(withdrawn.safetyNet()).isNull();
  }
}
