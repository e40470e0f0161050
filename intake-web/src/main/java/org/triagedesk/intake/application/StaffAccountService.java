package org.triagedesk.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.triagedesk.intake.domain.audit.AuditAction;
import org.triagedesk.intake.domain.audit.Outcome;
import org.triagedesk.intake.domain.staff.PasswordPolicy;
import org.triagedesk.intake.domain.staff.StaffAccount;
import org.triagedesk.intake.domain.staff.StaffAccountChanged;
import org.triagedesk.intake.domain.staff.StaffAccounts;
import org.triagedesk.intake.domain.staff.StaffRole;

/**
 * Admins manage staff accounts: create, change roles or name, disable, reset a password. Every
 * change is audited.
 */
@ApplicationScoped
public class StaffAccountService {

  static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

  @Inject StaffAccounts accounts;
  @Inject Pbkdf2PasswordHash hash;
  @Inject Event<StaffAccountChanged> changes;
  @Inject Audit audit;
  @Inject Clock clock;

  public record NewAccount(
      String username, String displayName, String password, Set<String> roles) {
    @Override
    public String toString() {
      return "NewAccount[" + username + ", password redacted]";
    }
  }

  /** A change to an account; a null field stays as it is. */
  public record AccountChange(
      String displayName, Set<String> roles, Boolean enabled, String newPassword) {
    @Override
    public String toString() {
      return "AccountChange[password redacted]";
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<StaffAccountView> all() {
    return accounts.all().stream().map(StaffAccountView::of).toList();
  }

  @Transactional
  public StaffAccountView create(NewAccount request, Caller admin) {
    Map<String, String> problems = new LinkedHashMap<>();
    String username = request.username() == null ? "" : request.username().strip();
    if (!USERNAME.matcher(username).matches()) {
      problems.put(
          "username",
          "must be 2 to 64 characters: lower-case letters, digits, '.', '_' or '-',"
              + " starting with a letter");
    }
    String displayName = displayName(request.displayName(), problems);
    Set<StaffRole> roles = roles(request.roles(), problems);
    String passwordProblem = PasswordPolicy.problemWith(request.password());
    if (passwordProblem != null) {
      problems.put("password", passwordProblem);
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequest("The account cannot be created as asked.", problems);
    }
    if (accounts.withUsername(username).isPresent()) {
      throw InvalidRequest.conflict(
          "An account with this username exists already.", "username", "is taken");
    }
    StaffAccount account =
        accounts.add(
            new StaffAccount(
                username, displayName, hashOf(request.password()), roles, clock.instant()));
    audit.record(
        admin,
        AuditAction.ACCOUNT_CREATED,
        null,
        Outcome.SUCCESS,
        "account=" + username + " roles=" + new java.util.TreeSet<>(request.roles()));
    return StaffAccountView.of(account);
  }

  @Transactional
  public StaffAccountView change(String username, AccountChange request, Caller admin) {
    StaffAccount account =
        accounts
            .withUsername(username)
            .orElseThrow(() -> new UnknownResource("No staff account " + username));
    Map<String, String> problems = new LinkedHashMap<>();
    String displayName =
        request.displayName() == null ? null : displayName(request.displayName(), problems);
    Set<StaffRole> roles = request.roles() == null ? null : roles(request.roles(), problems);
    if (request.newPassword() != null) {
      String passwordProblem = PasswordPolicy.problemWith(request.newPassword());
      if (passwordProblem != null) {
        problems.put("newPassword", passwordProblem);
      }
    }
    if (username.equals(admin.name())
        && (Boolean.FALSE.equals(request.enabled())
            || (roles != null && !roles.contains(StaffRole.ADMIN)))) {
      problems.put(
          request.enabled() != null ? "enabled" : "roles",
          "an admin cannot disable their own account or remove their own ADMIN role");
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequest("The account cannot be changed as asked.", problems);
    }
    Instant now = clock.instant();
    StringBuilder what = new StringBuilder("account=" + username);
    if (displayName != null) {
      account.rename(displayName, now);
      what.append(" displayName");
    }
    if (roles != null) {
      account.assignRoles(roles, now);
      what.append(" roles=").append(new java.util.TreeSet<>(request.roles()));
    }
    if (request.enabled() != null) {
      account.enable(request.enabled(), now);
      what.append(" enabled=").append(request.enabled());
    }
    if (request.newPassword() != null) {
      account.changePassword(hashOf(request.newPassword()), now);
      what.append(" password-reset");
    }
    audit.record(admin, AuditAction.ACCOUNT_CHANGED, null, Outcome.SUCCESS, what.toString());
    changes.fire(new StaffAccountChanged(username, now));
    return StaffAccountView.of(account);
  }

  private String hashOf(String password) {
    hash.initialize(PasswordPolicy.hashParameters());
    return hash.generate(password.toCharArray());
  }

  private static String displayName(String value, Map<String, String> problems) {
    String name = value == null ? "" : value.strip();
    if (name.isEmpty() || name.length() > 100 || !NameRule.accepts(name)) {
      problems.put("displayName", "must be 1 to 100 characters and " + NameRule.MESSAGE);
    }
    return name;
  }

  private static Set<StaffRole> roles(Set<String> names, Map<String, String> problems) {
    Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
    if (names == null || names.isEmpty()) {
      problems.put("roles", "must name at least one of NURSE, CLINICIAN, ADMIN");
      return roles;
    }
    for (String name : names) {
      try {
        roles.add(StaffRole.valueOf(name));
      } catch (IllegalArgumentException | NullPointerException e) {
        problems.put("roles", "'" + name + "' is not a role: use NURSE, CLINICIAN or ADMIN");
      }
    }
    return roles;
  }
}
