package org.triagedesk.intake.domain.intake;

import java.util.Objects;

/**
 * What makes a retried submission recognisable: the client's Idempotency-Key and the SHA-256 digest
 * of what it submitted (and who submitted it). Same key and digest: the same intake; same key,
 * other digest: a different intake that must not reuse the key.
 */
public record SubmissionKey(String key, String digest) {

  public SubmissionKey {
    Objects.requireNonNull(key);
    Objects.requireNonNull(digest);
  }

  public boolean sameSubmissionAs(SubmissionKey other) {
    return key.equals(other.key) && digest.equals(other.digest);
  }
}
