package org.triagedesk.intake.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The name rule, as Bean Validation's @Pattern applies it (the whole value must match). */
class PatientRequestTest {

  static final Pattern PLAIN_TEXT = Pattern.compile(PatientRequest.PLAIN_TEXT);

  @Test
  void names_shouldRefuseControlCharactersAndLoneSurrogates() {
    for (String bad :
        List.of(
            "Ana\u0000",
            "Ana\u0007",
            "An\na",
            "Ana\u007f",
            "Ana\u0085",
            "Ana\u009f",
            "Ana\ud800",
            "\udc00Ana",
            "Ana\ud83d",
            // Text-direction controls (Trojan Source), markup, quoting and formula characters.
            "Ana\u202eaneT",
            "\u2066Ana\u2069",
            "<script>alert(1)</script>",
            "Ana\"",
            "x'; DROP TABLE intake;--",
            "=HYPERLINK(\"http://x\")",
            "+1+1",
            "-2+3",
            "@SUM(A1)",
            "A{b}",
            "A[b]",
            "A|b",
            "A\\b")) {
      assertThat(PLAIN_TEXT.matcher(bad).matches()).as(escaped(bad)).isFalse();
    }
  }

  @Test
  void names_shouldAcceptLettersOfAnyScript_marksAndCharactersBeyondTheBasicPlane() {
    for (String good :
        List.of(
            "José",
            "Jose\u0301",
            "O'Brien",
            "Anne-Marie",
            "Nguyễn",
            "محمد",
            "李",
            "Zoë 😀",
            "𝔄𝔫𝔫𝔞")) {
      assertThat(PLAIN_TEXT.matcher(good).matches()).as(good).isTrue();
    }
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    text.chars()
        .forEach(
            c ->
                out.append(
                    c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return out.toString();
  }
}
