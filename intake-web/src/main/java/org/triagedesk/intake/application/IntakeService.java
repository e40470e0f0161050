package org.triagedesk.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.triagedesk.intake.domain.intake.SubmissionKey;

/**
 * Receives an intake from an enrolled kiosk or a nurse at the desk: assesses it and stores patient,
 * answers, assessment, who submitted it and the audit record in one transaction ({@link
 * IntakeAdmission}).
 *
 * <p>Never lost, never doubled: a client that sends an Idempotency-Key may repeat the submission as
 * often as it needs to (a retry after a lost answer, a double tap). The first request stores the
 * intake; every repeat with the same key and the same submission gets the same intake and ticket
 * back; the same key with a different submission is refused.
 */
@ApplicationScoped
public class IntakeService {

  @Inject IntakeAdmission admission;
  @Inject Jsonb jsonb;
  @Inject ClinicMetrics metrics;

  public Submission submit(NewIntake submission, Caller submittedBy, String idempotencyKey) {
    Submission result = store(submission, submittedBy, idempotencyKey);
    if (result.stored()) {
      // Counted once committed (admit is its own transaction), never for a repeat.
      metrics.intakeStored(result.intake().urgency());
    }
    return result;
  }

  private Submission store(NewIntake submission, Caller submittedBy, String idempotencyKey) {
    NewIntake intake = submission.normalised();
    if (idempotencyKey == null) {
      return new Submission(admission.admit(intake, submittedBy, null), true);
    }
    SubmissionKey key = new SubmissionKey(idempotencyKey, digestOf(intake, submittedBy));
    Optional<SubmittedIntake> earlier = admission.earlier(key);
    if (earlier.isPresent()) {
      return new Submission(earlier.get(), false);
    }
    try {
      return new Submission(admission.admit(intake, submittedBy, key), true);
    } catch (RuntimeException raced) {
      // Two requests with one key arrived together and the other one stored the intake first
      // (reported as
      // SubmissionKeyTaken, or by some databases as a lock wait that timed out): answer with that
      // intake. If
      // there is none, the failure stands (a bad answer, say), and a retry with the same key will
      // find or store it.
      Optional<SubmittedIntake> stored = admission.earlier(key);
      if (stored.isPresent()) {
        return new Submission(stored.get(), false);
      }
      throw raced;
    }
  }

  /**
   * SHA-256 of the submission as stored (names normalised, answers in key order) and of who
   * submitted it, so that a repeat of the same request matches and anything else does not.
   */
  String digestOf(NewIntake intake, Caller submittedBy) {
    Map<String, Object> canonical = new LinkedHashMap<>();
    canonical.put("givenName", intake.givenName());
    canonical.put("familyName", intake.familyName());
    canonical.put("birthDate", intake.birthDate().toString());
    canonical.put("language", intake.language());
    canonical.put("phone", intake.phone() == null ? "" : intake.phone());
    canonical.put("protocol", intake.protocol());
    canonical.put("answers", new TreeMap<>(intake.answers()));
    canonical.put("unsure", intake.unsure().stream().sorted().toList());
    canonical.put("submittedBy", submittedBy.name());
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(jsonb.toJson(canonical).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
