package org.triagedesk.intake.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

  @Test
  void aVerifiedCredential_isRememberedForItsLifetime_onlyWithTheSamePassword() {
    LoginThrottleTest.HandClock clock = new LoginThrottleTest.HandClock();
    VerifiedCredentials verified = new VerifiedCredentials(Duration.ofSeconds(60), clock);
    verified.remember("nurse", "demo-nurse", Set.of("NURSE"));

    assertThat(verified.find("nurse", "demo-nurse").groups()).containsExactly("NURSE");
    assertThat(verified.find("nurse", "demo-nurse ")).isNull();
    assertThat(verified.find("nurse2", "demo-nurse")).isNull();
    clock.now = clock.now.plusSeconds(60);
    assertThat(verified.find("nurse", "demo-nurse")).isNull();
  }

  @Test
  void anAccountChange_forgetsItsCredentials_andAZeroLifetimeRemembersNothing() {
    VerifiedCredentials verified =
        new VerifiedCredentials(Duration.ofSeconds(60), new LoginThrottleTest.HandClock());
    verified.remember("nurse", "demo-nurse", Set.of("NURSE"));
    verified.forget("nurse");
    assertThat(verified.find("nurse", "demo-nurse")).isNull();

    VerifiedCredentials off =
        new VerifiedCredentials(Duration.ZERO, new LoginThrottleTest.HandClock());
    off.remember("nurse", "demo-nurse", Set.of("NURSE"));
    assertThat(off.find("nurse", "demo-nurse")).isNull();
  }
}
