package org.triagedesk.intake.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.triagedesk.intake.domain.staff.StaffAccountChanged;

/**
 * Remembers when each account last changed (password, roles, disabled), so that sessions opened
 * before the change end at their next request and remembered Basic credentials are forgotten.
 */
@ApplicationScoped
public class AccountChanges {

  private final Map<String, Instant> lastChange = new ConcurrentHashMap<>();
  private volatile VerifiedCredentials verified;

  void use(VerifiedCredentials verified) {
    this.verified = verified;
  }

  void changed(@Observes StaffAccountChanged change) {
    lastChange.merge(change.username(), change.at(), (a, b) -> a.isAfter(b) ? a : b);
    VerifiedCredentials cache = verified;
    if (cache != null) {
      cache.forget(change.username());
    }
  }

  boolean changedSince(String username, Instant since) {
    Instant changed = lastChange.get(username);
    return changed != null && !changed.isBefore(since);
  }
}
