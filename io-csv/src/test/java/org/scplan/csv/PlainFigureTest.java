package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scplan.core.ValueParseException;

/**
 * The plain figures most cells of a large table hold ({@code 12,345.6}, {@code -1,234},
 * {@code (980)}), which {@link TableCell#parse} reads without the general grammar: which texts are
 * plain, and that the quick reading never differs from the general one. The general reading is
 * had by wrapping the text in markup ({@code <b>…</b>}), which the quick reading leaves alone.
 */
class PlainFigureTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "10", "19", "987", "12,345.6", "1,234,567.89", "-1,234", "(980)", "(1,234.5)", "0.5",
      "(0.5)", "-0", "1.123456", "0.000001", "123456789012345", "999,999,999,999,999"})
  void aFigureOfDigitsSeparatorsAndASignIsPlain(String text) {
    assertThat(TableCell.isPlainFigure(text)).isTrue();
    assertThat(TableCell.parse(text)).isEqualTo(generalReading(text).orElseThrow());
  }

  /**
   * Left to the general grammar: a thousands separator that does not group three digits, a
   * leading zero, a sign or bracket out of place, a figure of more than 15 digits or 6 decimals,
   * and anything with a currency sign, a unit, a note or a space.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "1,23", "12,34", "1234,567", "1,2345", "1,234,5678", ",123", "1,", "12.", "0.", ".5",
      "-.5", "05", "00", "0,123", "(12", "12)", "-(12)", "(-12)", "--1", "()", "-", "1.2.3", "1234567890123456",
      "1.1234567", "1,234.5678901", "£12", "12k", "12*", " 12", "12 ", "12%", "1 234"})
  void anythingElseIsLeftToTheGeneralGrammar(String text) {
    assertThat(TableCell.isPlainFigure(text)).isFalse();
  }

  @Provide
  Arbitrary<String> plainLike() {
    return Arbitraries.strings().withChars("0123456789,.()-").ofMinLength(1).ofMaxLength(22);
  }

  /** Whatever the text, the quick reading and the general one read the same cell, or both refuse it. */
  @Property(tries = 100)
  void theQuickReadingNeverDiffersFromTheGeneralOne(@ForAll("plainLike") String text) {
    assertThat(reading(text)).as(text).isEqualTo(generalReading(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1,23", "(12", "1234567890123456", "1234567890123456789012", "1.1234567", "05", "0,123",
      "(0)", "999,999,999,999,999.9"})
  void figuresNearTheEdgeOfPlainAreReadAsTheGeneralGrammarReadsThem(String text) {
    assertThat(reading(text)).isEqualTo(generalReading(text));
  }

  /** The cell read from the text, or empty if it is refused. */
  private static Optional<TableCell> reading(String text) {
    try {
      return Optional.of(TableCell.parse(text));
    } catch (ValueParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<TableCell> generalReading(String text) {
    return reading("<b>" + text + "</b>");
  }
}
