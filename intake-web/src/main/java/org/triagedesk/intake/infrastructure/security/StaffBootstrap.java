package org.triagedesk.intake.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagedesk.intake.domain.kiosk.DemoKiosk;
import org.triagedesk.intake.domain.kiosk.Kiosk;
import org.triagedesk.intake.domain.kiosk.KioskSecret;
import org.triagedesk.intake.domain.kiosk.Kiosks;
import org.triagedesk.intake.domain.staff.PasswordPolicy;
import org.triagedesk.intake.domain.staff.StaffAccount;
import org.triagedesk.intake.domain.staff.StaffAccounts;
import org.triagedesk.intake.domain.staff.StaffRole;

/**
 * The first accounts. Demo mode ({@code TRIAGE_DEMO=true}) adds the published demo accounts and the
 * demo kiosk. Otherwise the first admin comes from {@code TRIAGE_ADMIN_PASSWORD}; with no admin and
 * no such password there is no default password at all: the server says so and refuses staff
 * logins.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class StaffBootstrap {

  private static final Logger LOG = Logger.getLogger(StaffBootstrap.class.getName());

  @Inject StaffAccounts accounts;
  @Inject Kiosks kiosks;
  @Inject Pbkdf2PasswordHash hash;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "triage.demo", defaultValue = "false")
  boolean demo;

  @Inject
  @ConfigProperty(name = "triage.admin.username", defaultValue = "admin")
  String adminUsername;

  @Inject
  @ConfigProperty(name = "triage.admin.password")
  Optional<String> adminPassword;

  private volatile boolean staffLoginsAvailable;

  @PostConstruct
  void bootstrap() {
    hash.initialize(PasswordPolicy.hashParameters());
    Instant now = clock.instant();
    if (demo) {
      LOG.warning(
          "DEMO MODE: demo staff accounts and the demo kiosk are enabled. Their passwords are published:"
              + " never run demo mode with real patients.");
      seed("nurse", "Demo Nurse", "demo-nurse", EnumSet.of(StaffRole.NURSE), now);
      seed("clinician", "Demo Clinician", "demo-clinician", EnumSet.of(StaffRole.CLINICIAN), now);
      seed("admin", "Demo Admin", "demo-admin", EnumSet.of(StaffRole.ADMIN), now);
      if (kiosks.withName(DemoKiosk.NAME).isEmpty()) {
        Kiosk kiosk = new Kiosk(DemoKiosk.NAME, KioskSecret.random(), now, now);
        kiosk.issueToken(DemoKiosk.TOKEN, now);
        kiosks.add(kiosk);
      }
    }
    if (!accounts.anyEnabledAdmin()) {
      String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
      if (password == null) {
        LOG.severe(
            "No admin account exists and TRIAGE_ADMIN_PASSWORD is not set: staff logins are refused."
                + " Restart with TRIAGE_ADMIN_PASSWORD (at least "
                + PasswordPolicy.MIN_LENGTH
                + " characters) to create the first admin, '"
                + adminUsername
                + "'.");
        staffLoginsAvailable = false;
        return;
      }
      String problem = PasswordPolicy.problemWith(password);
      if (problem != null) {
        LOG.severe(
            "TRIAGE_ADMIN_PASSWORD " + problem + ": no admin created, staff logins are refused.");
        staffLoginsAvailable = false;
        return;
      }
      if (accounts.withUsername(adminUsername).isPresent()) {
        LOG.severe(
            "An account named '"
                + adminUsername
                + "' exists but is not an enabled admin: set"
                + " TRIAGE_ADMIN_USERNAME to a new name. Staff logins are refused.");
        staffLoginsAvailable = false;
        return;
      }
      accounts.add(
          new StaffAccount(
              adminUsername,
              "Administrator",
              hash.generate(password.toCharArray()),
              EnumSet.of(StaffRole.ADMIN),
              now));
      // Only that it happened: account names belong in the audit trail, not the server log.
      LOG.info("First admin account created from TRIAGE_ADMIN_USERNAME / TRIAGE_ADMIN_PASSWORD.");
    }
    staffLoginsAvailable = true;
  }

  private void seed(
      String username, String name, String password, Set<StaffRole> roles, Instant now) {
    if (accounts.withUsername(username).isEmpty()) {
      accounts.add(
          new StaffAccount(username, name, hash.generate(password.toCharArray()), roles, now));
    }
  }

  public boolean staffLoginsAvailable() {
    return staffLoginsAvailable;
  }
}
