package org.triagedesk.intake.application;

/**
 * An Idempotency-Key that already belongs to a different submission (other patient, answers or
 * submitter): refused (422) rather than guessed at, since either intake could be the one the client
 * meant.
 */
public class SubmissionKeyReused extends RuntimeException {

  public SubmissionKeyReused() {
    super(
        "This Idempotency-Key was already used for a different intake. Use a new key for each intake.");
  }
}
