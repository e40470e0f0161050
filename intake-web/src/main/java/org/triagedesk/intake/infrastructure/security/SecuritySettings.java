package org.triagedesk.intake.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The security settings, from MicroProfile Config: each may be given as a system property or as the
 * environment variable of the same name in capitals ({@code triage.session.idle.seconds} = {@code
 * TRIAGE_SESSION_IDLE_SECONDS}). docs/security.md lists them.
 */
@ApplicationScoped
public class SecuritySettings {

  @Inject
  @ConfigProperty(name = "triage.session.idle.seconds", defaultValue = "900")
  int sessionIdleSeconds;

  @Inject
  @ConfigProperty(name = "triage.login.slow.after", defaultValue = "3")
  int slowAfter;

  @Inject
  @ConfigProperty(name = "triage.login.account.limit", defaultValue = "5")
  int accountLimit;

  @Inject
  @ConfigProperty(name = "triage.login.address.limit", defaultValue = "30")
  int addressLimit;

  @Inject
  @ConfigProperty(name = "triage.login.window.minutes", defaultValue = "15")
  int windowMinutes;

  @Inject
  @ConfigProperty(name = "triage.login.lock.minutes", defaultValue = "15")
  int lockMinutes;

  @Inject
  @ConfigProperty(name = "triage.login.basic.cache.seconds", defaultValue = "60")
  int basicCacheSeconds;

  /** HIPAA automatic logoff: a staff session ends after this long without a request. */
  public int sessionIdleSeconds() {
    return sessionIdleSeconds;
  }

  public LoginThrottle.Limits throttleLimits() {
    return new LoginThrottle.Limits(
        slowAfter,
        accountLimit,
        addressLimit,
        Duration.ofMinutes(windowMinutes),
        Duration.ofMinutes(lockMinutes));
  }

  public Duration basicCacheLifetime() {
    return Duration.ofSeconds(basicCacheSeconds);
  }
}
