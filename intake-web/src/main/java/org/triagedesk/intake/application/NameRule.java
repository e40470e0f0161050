package org.triagedesk.intake.application;

import java.util.regex.Pattern;

/**
 * What a name may hold: a patient's, a staff member's display name, a kiosk's. Names are printed on
 * the queue screen, in workbooks, in the audit export and in CSV files, where some characters break
 * or hide text, or turn a cell into a formula. Letters of every script, combining marks, digits,
 * spaces, apostrophes, hyphens, periods and characters beyond the basic plane are all fine
 * (O'Brien, Nguyễn, محمد, José with a combining accent). Refused, because no name holds them:
 *
 * <ul>
 *   <li>control characters (NUL, line breaks, the other C0 and C1 controls, DEL);
 *   <li>an unpaired surrogate half (a broken character; in a Java regex a well-formed pair is one
 *       code point, so only a lone half matches \p{Cs});
 *   <li>the bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069):
 *       they make a name read differently from what is stored ("Trojan Source");
 *   <li>{@code < > " ; \ { } [ ] | =}: markup, quoting and formula characters;
 *   <li>a first character of {@code + - @}: a spreadsheet formula's prefix.
 * </ul>
 */
public final class NameRule {

  private NameRule() {}

  /** For Bean Validation's {@code @Pattern}, which must match the whole value. */
  public static final String REGEX =
      "(?![+\\-@])[^\\p{Cc}\\p{Cs}\\u202A-\\u202E\\u2066-\\u2069<>\";\\\\{}\\[\\]|=]*";

  /**
   * Worded without braces or backslashes: Bean Validation would read them as message parameters.
   */
  public static final String MESSAGE =
      "must not contain control characters (such as NUL or a line break), broken characters, text-direction"
          + " controls, angle brackets, quotes, semicolons, braces, square brackets, bars, backslashes or equals"
          + " signs, and must not start with + - or @";

  private static final Pattern PATTERN = Pattern.compile(REGEX);

  public static boolean accepts(String name) {
    return PATTERN.matcher(name).matches();
  }
}
