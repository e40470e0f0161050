package org.triagedesk.intake.application;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.triagedesk.intake.domain.staff.StaffAccount;

/** A staff account as admins see it: never the password hash. */
public record StaffAccountView(
    String username,
    String displayName,
    Set<String> roles,
    boolean enabled,
    Instant createdAt,
    Instant changedAt) {

  static StaffAccountView of(StaffAccount account) {
    Set<String> roles = new TreeSet<>();
    account.roles().forEach(role -> roles.add(role.name()));
    return new StaffAccountView(
        account.username(),
        account.displayName(),
        roles,
        account.enabled(),
        account.createdAt(),
        account.changedAt());
  }
}
