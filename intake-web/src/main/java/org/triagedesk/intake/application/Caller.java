package org.triagedesk.intake.application;

import java.util.Objects;
import java.util.Set;
import org.triagedesk.intake.domain.audit.Actor;

/**
 * Who is asking, as the interfaces layer learned it from the platform's security context: a staff
 * account, an enrolled kiosk ({@code kiosk:<name>}) or nobody known; its roles; the address the
 * request came from.
 */
public record Caller(String name, Set<String> roles, String clientAddress) {

  public static final String ANONYMOUS = Actor.ANONYMOUS;
  public static final String KIOSK_PREFIX = "kiosk:";

  public Caller {
    Objects.requireNonNull(name);
    roles = Set.copyOf(roles);
  }

  public static Caller anonymous(String clientAddress) {
    return new Caller(ANONYMOUS, Set.of(), clientAddress);
  }

  public boolean isAnonymous() {
    return ANONYMOUS.equals(name);
  }

  public boolean isKiosk() {
    return name.startsWith(KIOSK_PREFIX);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  Actor asActor() {
    return new Actor(name, roles, clientAddress);
  }
}
