package org.triagedesk.reporting;

/**
 * Ten-year age bands for de-identified workbooks; 90 and over is one band, as in HIPAA safe
 * harbour.
 */
final class AgeBand {
  private AgeBand() {}

  /** "0-9", "40-49", "90+"; null for an unknown or impossible age. */
  static String of(Integer age) {
    if (age == null || age < 0) {
      return null;
    }
    if (age >= 90) {
      return "90+";
    }
    int low = age / 10 * 10;
    return low + "-" + (low + 9);
  }
}
