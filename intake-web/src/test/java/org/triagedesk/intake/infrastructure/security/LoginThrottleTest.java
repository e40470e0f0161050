package org.triagedesk.intake.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  static final LoginThrottle.Limits LIMITS =
      new LoginThrottle.Limits(3, 5, 8, Duration.ofMinutes(15), Duration.ofMinutes(15));

  /** A clock the test moves by hand. */
  static final class HandClock extends Clock {
    Instant now = Instant.parse("2026-12-03T09:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void failures_slowDownFromTheThird_thenLockTheAccount_forTheLockTime() {
    HandClock clock = new HandClock();
    LoginThrottle throttle = new LoginThrottle(LIMITS, clock);
    for (int i = 0; i < 2; i++) {
      throttle.failed("nurse", "10.0.0.1");
    }
    assertThat(throttle.check("nurse", "10.0.0.1").delay()).isZero();
    throttle.failed("nurse", "10.0.0.1");
    assertThat(throttle.check("nurse", "10.0.0.1").delay()).isEqualTo(Duration.ofSeconds(1));
    throttle.failed("nurse", "10.0.0.1");
    throttle.failed("nurse", "10.0.0.1");

    LoginThrottle.Decision locked = throttle.check("NURSE ", "10.0.0.2");
    assertThat(locked.refused()).isTrue();
    assertThat(locked.retryAfter()).isEqualTo(Duration.ofMinutes(15));
    assertThat(throttle.check("clinician", "10.0.0.2").refused()).isFalse();

    clock.now = clock.now.plus(Duration.ofMinutes(15)).plusSeconds(1);
    assertThat(throttle.check("nurse", "10.0.0.1").refused()).isFalse();
  }

  @Test
  void manyAccountsFromOneAddress_lockTheAddress_andASuccessDoesNotResetIt() {
    LoginThrottle throttle = new LoginThrottle(LIMITS, new HandClock());
    for (int i = 0; i < 8; i++) {
      throttle.failed("guess-" + i, "10.0.0.9");
      throttle.succeeded("guess-" + i);
    }
    assertThat(throttle.check("someone-else", "10.0.0.9").refused()).isTrue();
    assertThat(throttle.check("someone-else", "10.0.0.10").refused()).isFalse();
  }

  @Test
  void aSuccess_clearsTheAccountsCount() {
    LoginThrottle throttle = new LoginThrottle(LIMITS, new HandClock());
    for (int i = 0; i < 4; i++) {
      throttle.failed("admin", "10.0.0." + i);
    }
    throttle.succeeded("admin");
    assertThat(throttle.check("admin", "10.0.0.99")).isEqualTo(LoginThrottle.Decision.GO);
  }
}
