package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportedNumberTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  /** Seed 001 ("a total of 2,319.2 FTE staff"), seed 000 (TOTALS FTE 362.34, -4.8), seed 003 (11,548). */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2,319.2  | 2319.2  | 1  | 2319.15  | 2319.25",
    "362.34   | 362.34  | 2  | 362.335  | 362.345",
    "757.2    | 757.2   | 1  | 757.15   | 757.25",
    "-4.8     | -4.8    | 1  | -4.85    | -4.75",
    "(3)      | -3      | 0  | -3.5     | -2.5",
    "11,548   | 11548   | 0  | 11547.5  | 11548.5",
    "0        | 0       | 0  | -0.5     | 0.5",
    "130,000 (nearest 1,000) | 130000 | -3 | 129500 | 130500",
  })
  void readsThePublishedForms(String text, String value, int decimals, String lower, String upper) {
    ReportedNumber n = ReportedNumber.parse(text);
    assertThat(n.value()).isEqualByComparingTo(value);
    assertThat(n.decimals()).isEqualTo(decimals);
    assertThat(n.interval()).isEqualTo(Interval.closed(d(lower), d(upper)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "£5       | a plain number, without £ or a k/m suffix; use ReportedAmount for money",
    "5k       | a plain number, without £ or a k/m suffix; use ReportedAmount for money",
    "TBC      | a figure, but the text is a placeholder (to be confirmed)",
    "N/A      | a figure, but the text says \"not applicable\"",
    "12,34x   | three digits after a thousands separator at position 6",
    "757.2 (HR figure Nov 2012) | a single figure, but a bracketed qualifier follows it; record the figure"
        + " and keep the qualifier as a note at position 7",
    "130,500 (nearest 1,000) | a figure whose digits fit its precision note",
    "130,000 (nearest 5)     | a precision note naming a power of ten of at least 10, such as (nearest 1,000)",
    "1 (nearest 10,000,000,000,000) | a precision from 12 decimal places to the nearest trillion",
  })
  void refusesWithAMessageThatSaysWhy(String text, String expected) {
    assertThatThrownBy(() -> ReportedNumber.parse(text))
        .isInstanceOf(ValueParseException.class)
        .hasMessageStartingWith("Cannot read \"" + text + "\" as a number: ")
        .hasMessageEndingWith("expected " + expected);
  }

  @Test
  void factories() {
    assertThat(ReportedNumber.of("2319.2")).isEqualTo(ReportedNumber.parse("2,319.2"));
    assertThat(ReportedNumber.of(d("2319.20")).decimals()).isEqualTo(2);
    assertThat(ReportedNumber.of(d("1.3E+5")).decimals()).isEqualTo(-4);
    assertThat(ReportedNumber.of(d("130000"), -3)).isEqualTo(ReportedNumber.parse("130,000 (nearest 1,000)"));
    assertThat(ReportedNumber.of(d("2319.2"), 3).value()).hasToString("2319.200");
    assertThatThrownBy(() -> ReportedNumber.of("2,319.2")).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void factoriesRefuseImpossiblePrecisions() {
    assertThatThrownBy(() -> ReportedNumber.of(d("2319.25"), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Figure 2319.25 has digits finer than its precision of 1 decimal places");
    assertThatThrownBy(() -> ReportedNumber.of(d("1"), 13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid precision for a number (valid decimals -12 to 12): 13");
    assertThatThrownBy(() -> ReportedNumber.of(BigDecimal.ZERO, -13))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportedNumber.of(d("9".repeat(31))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 30 digits");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "2,319.2  | 2,319.2",
    "(3)      | -3",
    "-4.8     | -4.8",
    "1234567.891 | 1,234,567.891",
    "0.05     | 0.05",
    "130,000 (nearest 1,000) | '130,000 (nearest 1,000)'",
  })
  void toStringIsCanonicalAndParsesBack(String text, String canonical) {
    ReportedNumber n = ReportedNumber.parse(text);
    assertThat(n).hasToString(canonical);
    assertThat(ReportedNumber.parse(canonical)).isEqualTo(n);
  }

  @Test
  void equalityIsNumberAndPrecision() {
    new EqualsTester()
        .addEqualityGroup(ReportedNumber.parse("2,319.2"), ReportedNumber.of("2319.2"), ReportedNumber.of(d("2319.2"), 1))
        .addEqualityGroup(ReportedNumber.of("2319.20"))
        .addEqualityGroup(ReportedNumber.of(d("130000"), -3), ReportedNumber.of(d("1.30E+5"), -3))
        .addEqualityGroup(ReportedNumber.of(d("130000")))
        .addEqualityGroup(ReportedNumber.parse("(3)"), ReportedNumber.of("-3"))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(ReportedNumber.class);
    Testers.nullPointerTester().testAllPublicInstanceMethods(ReportedNumber.parse("2,319.2"));
  }

  @Test
  void serialisesToAnEqualFigure() {
    SerializableTester.reserializeAndAssert(ReportedNumber.parse("130,000 (nearest 1,000)"));
  }
}
