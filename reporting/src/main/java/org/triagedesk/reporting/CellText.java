package org.triagedesk.reporting;

/**
 * Makes any text safe for a cell: characters XML 1.0 cannot carry become U+FFFD (an .xlsx with them
 * does not open), and text past Excel's 32,767-character cell limit is cut with a visible marker.
 */
final class CellText {
  /** Excel's hard limit for the text of one cell. */
  static final int MAX_LENGTH = 32_767;

  static final String CUT_MARKER = " [... cut: longer than Excel allows]";

  private static final char REPLACEMENT = '\uFFFD';

  private CellText() {}

  /** The text as it will be stored; null stays null. */
  static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String text = allXmlCharacters(raw) ? raw : replaceNonXmlCharacters(raw);
    return text.length() <= MAX_LENGTH ? text : cut(text);
  }

  /**
   * True when a spreadsheet would read the text as a formula if it were typed in or re-imported
   * from CSV: such cells are stored quote-prefixed. Full-width variants are included because some
   * IMEs convert them.
   */
  static boolean looksLikeFormula(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20':
        return true;
      default:
        return false;
    }
  }

  private static boolean allXmlCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0xD800) {
        return false; // control character, surrogate or U+FFFE/U+FFFF: take the careful path
      }
    }
    return true;
  }

  private static String replaceNonXmlCharacters(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      out.appendCodePoint(isXmlCharacter(cp) ? cp : REPLACEMENT);
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  private static boolean isXmlCharacter(int cp) {
    return cp == 0x9
        || cp == 0xA
        || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  private static String cut(String text) {
    int keep = MAX_LENGTH - CUT_MARKER.length();
    if (Character.isHighSurrogate(text.charAt(keep - 1))) {
      keep--; // never split a surrogate pair
    }
    return text.substring(0, keep) + CUT_MARKER;
  }
}
