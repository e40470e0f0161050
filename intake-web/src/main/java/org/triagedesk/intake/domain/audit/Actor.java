package org.triagedesk.intake.domain.audit;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who did something: a staff account, an enrolled kiosk ({@code kiosk:<name>}) or nobody known
 * ({@code anonymous}), with the roles they held and the address the request came from.
 */
public record Actor(String name, Set<String> roles, String clientAddress) {

  public static final String ANONYMOUS = "anonymous";

  public Actor {
    Objects.requireNonNull(name);
    roles = Set.copyOf(roles);
  }

  public static Actor anonymous(String clientAddress) {
    return new Actor(ANONYMOUS, Set.of(), clientAddress);
  }

  public String rolesText() {
    return roles.isEmpty() ? "-" : String.join(",", new TreeSet<>(roles));
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
