package org.triagedesk.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagedesk.intake.domain.audit.AuditAction;
import org.triagedesk.intake.domain.audit.Outcome;
import org.triagedesk.intake.domain.kiosk.DemoKiosk;
import org.triagedesk.intake.domain.kiosk.Kiosk;
import org.triagedesk.intake.domain.kiosk.KioskSecret;
import org.triagedesk.intake.domain.kiosk.Kiosks;

/**
 * Enrolling check-in kiosks. An admin creates a kiosk and gets a one-time enrolment code (valid a
 * day); the device that uses it receives a fresh token in an HttpOnly cookie. For an API client the
 * admin issues a token instead. Revoking a kiosk stops both at once. Secrets are shown once and
 * stored only as digests.
 */
@ApplicationScoped
public class KioskService {

  static final Duration ENROLMENT_VALID_FOR = Duration.ofHours(24);

  @Inject Kiosks kiosks;
  @Inject Audit audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "triage.demo", defaultValue = "false")
  boolean demo;

  /**
   * A kiosk and the secret just issued for it (an enrolment code or a token), shown to the admin
   * once.
   */
  public record IssuedSecret(KioskView kiosk, String kind, String secret, Instant expiresAt) {
    @Override
    public String toString() {
      return "IssuedSecret[" + kiosk.name() + ", " + kind + ", secret redacted]";
    }
  }

  /** A device that enrolled: its kiosk's name and the token to keep in its cookie. */
  public record Enrolment(String kioskName, String token) {
    @Override
    public String toString() {
      return "Enrolment[" + kioskName + ", token redacted]";
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<KioskView> all() {
    return kiosks.all().stream().map(KioskView::of).toList();
  }

  @Transactional
  public IssuedSecret create(String name, Caller admin) {
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty() || clean.length() > 100 || !NameRule.accepts(clean)) {
      throw new InvalidRequest(
          "The kiosk cannot be created as asked.",
          Map.of("name", "must be 1 to 100 characters and " + NameRule.MESSAGE));
    }
    if (kiosks.withName(clean).isPresent()) {
      throw InvalidRequest.conflict("A kiosk with this name exists already.", "name", "is taken");
    }
    Instant now = clock.instant();
    KioskSecret code = KioskSecret.random();
    Kiosk kiosk = kiosks.add(new Kiosk(clean, code, now, now.plus(ENROLMENT_VALID_FOR)));
    audit.record(admin, AuditAction.KIOSK_CREATED, null, Outcome.SUCCESS, "kiosk=" + clean);
    return new IssuedSecret(
        KioskView.of(kiosk), "enrolment-code", code.value(), kiosk.enrolmentExpiresAt());
  }

  /** A new one-time enrolment code, e.g. when the kiosk's browser lost its cookie. */
  @Transactional
  public IssuedSecret newEnrolment(long id, Caller admin) {
    Kiosk kiosk = find(id);
    if (kiosk.revokedAt() != null) {
      throw InvalidRequest.conflict(
          "A revoked kiosk cannot be enrolled again: create a new one.", "id", "revoked");
    }
    Instant now = clock.instant();
    KioskSecret code = KioskSecret.random();
    kiosk.offerEnrolment(code, now.plus(ENROLMENT_VALID_FOR));
    audit.record(
        admin, AuditAction.KIOSK_CHANGED_ENROLMENT, null, Outcome.SUCCESS, "kiosk=" + kiosk.name());
    return new IssuedSecret(
        KioskView.of(kiosk), "enrolment-code", code.value(), kiosk.enrolmentExpiresAt());
  }

  @Transactional
  public IssuedSecret issueToken(long id, Caller admin) {
    Kiosk kiosk = find(id);
    if (kiosk.revokedAt() != null) {
      throw InvalidRequest.conflict(
          "A revoked kiosk gets no token: create a new one.", "id", "revoked");
    }
    KioskSecret token = KioskSecret.random();
    kiosk.issueToken(token, clock.instant());
    audit.record(
        admin, AuditAction.KIOSK_TOKEN_ISSUED, null, Outcome.SUCCESS, "kiosk=" + kiosk.name());
    return new IssuedSecret(KioskView.of(kiosk), "token", token.value(), null);
  }

  @Transactional
  public KioskView revoke(long id, Caller admin) {
    Kiosk kiosk = find(id);
    kiosk.revoke(clock.instant());
    audit.record(admin, AuditAction.KIOSK_REVOKED, null, Outcome.SUCCESS, "kiosk=" + kiosk.name());
    return KioskView.of(kiosk);
  }

  /**
   * The device at {@code address} presents an enrolment code; a valid one enrols it with a fresh
   * token.
   */
  @Transactional(dontRollbackOn = InvalidRequest.class)
  public Enrolment enrol(String code, Caller device) {
    Instant now = clock.instant();
    Kiosk kiosk =
        code == null || code.isBlank()
            ? null
            : kiosks
                .withEnrolmentCode(new KioskSecret(code.strip()))
                .filter(k -> k.acceptsEnrolment(now))
                .orElse(null);
    if (kiosk == null) {
      audit.record(
          device,
          AuditAction.KIOSK_ENROLMENT_FAILED,
          null,
          Outcome.FAILURE,
          "unknown, used or expired code");
      throw new InvalidRequest(
          "This enrolment code is not valid: it may have been used already or have expired."
              + " Ask an administrator for a new enrolment link.",
          Map.of("code", "is not valid"));
    }
    KioskSecret token = KioskSecret.random();
    kiosk.enrol(token, now);
    audit.record(
        device, AuditAction.KIOSK_ENROLLED, null, Outcome.SUCCESS, "kiosk=" + kiosk.name());
    return new Enrolment(kiosk.name(), token.value());
  }

  /** Demo mode only: the browser becomes the demo kiosk, so the kiosk works out of the box. */
  @Transactional
  public Enrolment enrolAsDemoKiosk(Caller device) {
    if (!demo) {
      throw new InvalidRequest(
          "Demo enrolment is only available in demo mode (TRIAGE_DEMO=true).",
          Map.of("demo", "is not available"));
    }
    Kiosk kiosk =
        kiosks
            .withName(DemoKiosk.NAME)
            .filter(Kiosk::isActive)
            .orElseThrow(
                () ->
                    new InvalidRequest(
                        "The demo kiosk has been revoked.", Map.of("demo", "is not available")));
    audit.record(
        device,
        AuditAction.KIOSK_ENROLLED,
        null,
        Outcome.SUCCESS,
        "kiosk=" + kiosk.name() + " (demo)");
    return new Enrolment(kiosk.name(), DemoKiosk.TOKEN.value());
  }

  public boolean demoMode() {
    return demo;
  }

  private Kiosk find(long id) {
    return kiosks.find(id).orElseThrow(() -> new UnknownResource("No kiosk " + id));
  }
}
