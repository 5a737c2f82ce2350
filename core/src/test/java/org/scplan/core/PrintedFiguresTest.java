package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The one capability for printed figures: the formatter, the placeholder words and scaling. */
class PrintedFiguresTest {

  @Test
  void groupsThousandsAndKeepsTheDecimalsAsPrinted() {
    assertThat(PrintedFigures.grouped(new BigDecimal("7911.70"))).isEqualTo("7,911.70");
    assertThat(PrintedFigures.grouped(new BigDecimal("-8214.8"))).isEqualTo("-8,214.8");
    assertThat(PrintedFigures.grouped(new BigDecimal("1.3E+5"))).isEqualTo("130,000");
    assertThat(PrintedFigures.grouped(new BigDecimal("0.05"))).isEqualTo("0.05");
  }

  @Test
  void placeholdersAndNilAreOneVocabulary() {
    for (String word : new String[] {"TBC", " n/a ", "to be determined", "Not known", "..", "placeholder"}) {
      assertThat(PrintedFigures.isPlaceholder(word)).as(word).isTrue();
      assertThat(PrintedFigures.isNil(word)).as(word).isFalse();
    }
    for (String dash : new String[] {"-", "–", "—", "−", "--", "nil"}) {
      assertThat(PrintedFigures.isNil(dash)).as(dash).isTrue();
      assertThat(PrintedFigures.isPlaceholder(dash)).as(dash).isFalse();
    }
    assertThat(PrintedFigures.isPlaceholder("12.3")).isFalse();
    assertThat(PrintedFigures.placeholderSpellings()).contains("tbc", "n/k", "nil");
    // The figure grammar refuses the same words, naming them.
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ReportedAmount.parse("not known")))
        .isInstanceOf(ValueParseException.class).hasMessageContaining("not known");
  }

  @Test
  void scalesAFigureToAPrecisionOrSaysWhyNot() {
    assertThat(PrintedFigures.scale(new BigDecimal("7911.7"), 1, 999_999_999L))
        .isEqualTo(new PrintedFigures.Scaled(PrintedFigures.Scaling.EXACT, 79117));
    assertThat(PrintedFigures.scale(new BigDecimal("130000"), -3, 999L).units()).isEqualTo(130);
    assertThat(PrintedFigures.scale(new BigDecimal("130500"), -3, 999L).scaling())
        .isEqualTo(PrintedFigures.Scaling.FINER_THAN_PRECISION);
    assertThat(PrintedFigures.scale(new BigDecimal("7911.75"), 1, 999_999_999L).scaling())
        .isEqualTo(PrintedFigures.Scaling.FINER_THAN_PRECISION);
    assertThat(PrintedFigures.scale(new BigDecimal("1000"), 0, 999L).scaling()).isEqualTo(PrintedFigures.Scaling.TOO_LARGE);
    assertThat(PrintedFigures.scale(new BigDecimal("1E+400"), 0, Long.MAX_VALUE).scaling())
        .isEqualTo(PrintedFigures.Scaling.TOO_LARGE);
  }
}
