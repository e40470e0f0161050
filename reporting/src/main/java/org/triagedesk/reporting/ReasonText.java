package org.triagedesk.reporting;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A nurse's reason with what could identify the patient taken out: the patient's own names and
 * phone as the application knows them, e-mail addresses, and any run of three or more digits
 * (phone, record or ticket numbers, dates). Vital-sign values of one or two digits ("HR 98") stay,
 * which is what a reviewer needs.
 */
final class ReasonText {

  private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+");
  private static final Pattern DIGITS = Pattern.compile("\\d[\\d\\s/.:-]*\\d{2,}|\\d{3,}");

  private ReasonText() {}

  static String deidentify(String reason, List<String> identifiers) {
    if (reason == null || reason.isBlank()) {
      return null;
    }
    String text = reason.strip();
    for (String identifier : identifiers) {
      if (identifier != null && identifier.strip().length() >= 2) {
        text =
            Pattern.compile(
                    "(?iu)(?<![\\p{L}\\p{N}])"
                        + Pattern.quote(identifier.strip())
                        + "(?![\\p{L}\\p{N}])")
                .matcher(text)
                .replaceAll("[patient]");
      }
    }
    text = EMAIL.matcher(text).replaceAll("[e-mail]");
    text = DIGITS.matcher(text).replaceAll("[number]");
    return text;
  }
}
