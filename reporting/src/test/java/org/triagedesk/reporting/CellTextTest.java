package org.triagedesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTest {

  @Test
  void looksLikeFormula_shouldFlagEveryFormulaPrefix() {
    for (String text : new String[] {"=1", "+1", "-1", "@A1", "\tx", "\rx", "＝1"}) {
      assertThat(CellText.looksLikeFormula(text)).as(text).isTrue();
    }
    for (String text : new String[] {"", "1-2", " =1", "MSK_STRAIN", "A=B"}) {
      assertThat(CellText.looksLikeFormula(text)).as(text).isFalse();
    }
    assertThat(CellText.looksLikeFormula(null)).isFalse();
  }

  @Test
  void clean_shouldKeepOrdinaryTextUntouched() {
    String text = "Schmerz zwischen den Schulterblättern, 痛み 😀\n\tzweite Zeile";
    assertThat(CellText.clean(text)).isEqualTo(text);
    assertThat(CellText.clean(null)).isNull();
  }

  @Test
  void clean_shouldReplaceControlCharactersLoneSurrogatesAndNonCharacters() {
    assertThat(CellText.clean("a\u0000b\u001Fc\uDC00d\uFFFEe"))
        .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
  }

  @Test
  void clean_shouldCutAtExcelLimitWithMarkerWithoutSplittingSurrogatePairs() {
    String atLimit = "y".repeat(CellText.MAX_LENGTH);
    assertThat(CellText.clean(atLimit)).isSameAs(atLimit);

    String emoji = "😀".repeat(CellText.MAX_LENGTH); // two chars each
    String cut = CellText.clean(emoji);
    assertThat(cut.length())
        .isLessThanOrEqualTo(CellText.MAX_LENGTH)
        .isGreaterThan(CellText.MAX_LENGTH - CellText.CUT_MARKER.length() - 2);
    assertThat(cut).endsWith(CellText.CUT_MARKER);
    String kept = cut.substring(0, cut.length() - CellText.CUT_MARKER.length());
    assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isFalse();
  }
}
