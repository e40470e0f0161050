package org.triagedesk.intake.domain.intake;

/**
 * Another intake was stored under the same Idempotency-Key while this one was being stored (a
 * double tap, or a retry racing the first request): the caller looks that one up instead.
 */
public class SubmissionKeyTaken extends RuntimeException {

  public SubmissionKeyTaken(Throwable cause) {
    super("an intake with this idempotency key is already stored", cause);
  }
}
