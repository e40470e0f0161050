package org.triagedesk.intake.application.fhir;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Resource ids: FHIR allows letters, digits, '-' and '.', at most 64. */
final class FhirIds {

  private FhirIds() {}

  static String of(String text) {
    String id = text.replaceAll("[^A-Za-z0-9.-]", "-");
    return id.length() > 64 ? id.substring(0, 64) : id;
  }

  /**
   * The same UUID for the same resource of the same intake on every export, so that an EHR
   * importing the bundle twice updates rather than duplicates.
   */
  static String uuid(long intakeId, String what) {
    return UUID.nameUUIDFromBytes(
            ("triagedesk:intake:" + intakeId + ":" + what).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
