package org.triagedesk.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Patient- or staff-facing wording in several languages, keyed by language code ("en", "es").
 * English is always present in a validated protocol, so {@link #in} can always fall back to it.
 */
public record LocalizedText(Map<String, String> byLanguage) {

  public static final String FALLBACK_LANGUAGE = "en";

  @JsonCreator
  public LocalizedText {
    // Sorted copy: same text, same JSON, whatever map the caller built it from.
    byLanguage =
        Collections.unmodifiableMap(new TreeMap<>(byLanguage == null ? Map.of() : byLanguage));
  }

  public static LocalizedText of(String english, String spanish) {
    return new LocalizedText(Map.of("en", english, "es", spanish));
  }

  /** The text in {@code language}, or the English text when that language is missing. */
  public String in(String language) {
    String text = language == null ? null : byLanguage.get(language);
    return text != null ? text : byLanguage.get(FALLBACK_LANGUAGE);
  }

  @JsonValue
  public Map<String, String> asMap() {
    return byLanguage;
  }
}
