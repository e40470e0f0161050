package org.triagedesk.intake.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TicketTest {

  @Test
  void forIntakeNumber_shouldCountThroughTheAlphabet() {
    assertThat(Ticket.forIntakeNumber(1).code()).isEqualTo("A-001");
    assertThat(Ticket.forIntakeNumber(999).code()).isEqualTo("A-999");
    assertThat(Ticket.forIntakeNumber(1000).code()).isEqualTo("B-001");
    assertThat(Ticket.forIntakeNumber(26 * 999).code()).isEqualTo("Z-999");
    assertThat(Ticket.forIntakeNumber(26 * 999 + 1).code()).isEqualTo("A-001");
  }

  @Test
  void forIntakeNumber_shouldRefuseNumbersBelowOne() {
    assertThatThrownBy(() -> Ticket.forIntakeNumber(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
