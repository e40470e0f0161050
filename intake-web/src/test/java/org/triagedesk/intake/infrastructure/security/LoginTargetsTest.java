package org.triagedesk.intake.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LoginTargetsTest {

  @Test
  void localTarget_keepsPathsOnThisSite_andDropsEverythingElse() {
    assertThat(TriageAuthenticationMechanism.localTarget("/staff/queue.html?x=1"))
        .isEqualTo("/staff/queue.html?x=1");
    assertThat(TriageAuthenticationMechanism.localTarget("https://evil.example/")).isNull();
    assertThat(TriageAuthenticationMechanism.localTarget("//evil.example/")).isNull();
    assertThat(TriageAuthenticationMechanism.localTarget("/\\evil.example")).isNull();
    assertThat(TriageAuthenticationMechanism.localTarget("/login")).isNull();
    assertThat(TriageAuthenticationMechanism.localTarget(null)).isNull();
  }

  @Test
  void homeOf_sendsClinicalStaffToTheQueue_andAdminsToAccounts() {
    assertThat(TriageAuthenticationMechanism.homeOf(Set.of("NURSE")))
        .isEqualTo("/staff/queue.html");
    assertThat(TriageAuthenticationMechanism.homeOf(Set.of("CLINICIAN", "ADMIN")))
        .isEqualTo("/staff/queue.html");
    assertThat(TriageAuthenticationMechanism.homeOf(Set.of("ADMIN")))
        .isEqualTo("/staff/admin/accounts.html");
  }
}
