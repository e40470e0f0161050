package org.triagedesk.intake.infrastructure.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * Who is logged in on a staff session, kept as a session attribute: the account, its roles at
 * login, the session's CSRF token and when the login happened (an account change after it ends the
 * session).
 */
public record StaffSession(String username, Set<String> roles, String csrfToken, Instant loggedInAt)
    implements Serializable {

  public static final String ATTRIBUTE = "triage.staff";

  public StaffSession {
    roles = Set.copyOf(roles);
  }
}
