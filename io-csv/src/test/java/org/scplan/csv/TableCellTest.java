package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scplan.core.AmountUnit;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ValueParseException;

class TableCellTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "7,911.7        | 7911.7    | 1",
      "-8,214.8       | -8214.8   | 1",
      "(1,234)        | -1234     | 0",
      "(£1,234,000)   | -1234000  | 0",
      "−4.8           | -4.8      | 1",
      "–303.5         | -303.5    | 1",
      "0.0            | 0.0       | 1",
      "£130,000       | 130000    | 0",
      "<b>85,087.7</b> | 85087.7  | 1",
      "**417,018.0**  | 417018.0  | 1",
      "1 234          | -1        | -1"})
  void readsTheFormsCouncilsPrint(String text, String value, int decimals) {
    if (decimals < 0) {
      assertThatThrownBy(() -> TableCell.parse(text)).isInstanceOf(ValueParseException.class);
      return;
    }
    TableCell cell = TableCell.parse(text);
    assertThat(cell.kind()).isEqualTo(TableCell.Kind.FIGURE);
    assertThat(cell.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(value));
    assertThat(cell.decimals()).isEqualTo(decimals);
  }

  @Test
  void aUnitSuffixSaysWhatUnitTheFigureIsIn() {
    TableCell total = TableCell.parse("£1,234.5m");
    assertThat(total.unit()).contains(AmountUnit.MILLIONS);
    assertThat(total.hasCurrency()).isTrue();
    assertThat(total.toAmount(AmountUnit.THOUSANDS)).isEqualTo(ReportedAmount.parse("£1,234.5m"));
    assertThat(TableCell.parse("£132k").toAmount(AmountUnit.POUNDS).value()).isEqualByComparingTo("132000");
    assertThat(TableCell.parse("£1.2bn").toAmount(AmountUnit.POUNDS).interval().lower())
        .isEqualByComparingTo("1150000000");
    assertThat(TableCell.parse("1,234.5").unit()).isEmpty();
    assertThat(TableCell.parse("1,234.5").toAmount(AmountUnit.THOUSANDS).value()).isEqualByComparingTo("1234500");
  }

  @Test
  void percentagesKeepTheirPrintedDecimals() {
    TableCell cell = TableCell.parse("83.4%");
    assertThat(cell.isPercent()).isTrue();
    assertThat(cell.value()).contains(new BigDecimal("83.4"));
    assertThat(TableCell.parse("(5.0%)").value()).contains(new BigDecimal("-5.0"));
    assertThatThrownBy(() -> TableCell.parse("£5%")).isInstanceOf(ValueParseException.class)
        .hasMessageContaining("either money or a percentage");
  }

  @Test
  void footnoteMarkersAreKeptApartFromTheFigure() {
    assertThat(TableCell.parse("10,319*").footnotes()).containsExactly("*");
    assertThat(TableCell.parse("10,319*").value()).contains(new BigDecimal("10319"));
    assertThat(TableCell.parse("4,834[1]").footnotes()).containsExactly("[1]");
    assertThat(TableCell.parse("12.5 [a]*").footnotes()).containsExactly("[a]", "*");
    assertThat(TableCell.parse("12.5* *").footnotes()).as("stars apart are one marker").containsExactly("**");
    assertThat(TableCell.parse("12.5* *")).isEqualTo(TableCell.parse("12.5**"));
    assertThat(TableCell.parse("12.5†").value()).contains(new BigDecimal("12.5"));
    assertThat(TableCell.parse("1,234<sup>2</sup>").footnotes()).containsExactly("[2]");
    assertThat(TableCell.parse("1,234<sup>2</sup>").value()).contains(new BigDecimal("1234"));
  }

  @Test
  void fyMarksAFigureCountedOverTheYear() {
    TableCell cell = TableCell.parse("FY 11,548");
    assertThat(cell.qualifier()).contains("FY");
    assertThat(cell.value()).contains(new BigDecimal("11548"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", "–", "—", "nil", "NIL", "£ –", "£-", "£ -"})
  void aDashIsNil(String text) {
    assertThat(TableCell.parse(text).kind()).isEqualTo(TableCell.Kind.NIL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"TBC", "tbc", "N/A", "n/a", "Placeholder", "Place holder", "not available", "TBA", ".."})
  void wordsForNoFigureAreAbsentValuesKeptAsPrinted(String text) {
    TableCell cell = TableCell.parse(text);
    assertThat(cell.kind()).isEqualTo(TableCell.Kind.ABSENT);
    assertThat(cell.words()).contains(text);
    assertThat(cell.value()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\u00a0", "<b></b>"})
  void emptyCellsAreBlank(String text) {
    assertThat(TableCell.parse(text).isBlank()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"4,6 | 4.6", "1234,50 | 1234.50", "1.234,56 | 1,234.56", "(12,5) | (12.5)",
      "-0,75 | -0.75", "£1234,5 | £1234.5", "0,123 | 0.123", "£0,500 | £0.500"})
  void aDecimalCommaIsRefusedSayingHowTheFigureIsPrinted(String text, String pointed) {
    assertThatThrownBy(() -> TableCell.parse(text)).isInstanceOfSatisfying(ValueParseException.class, e -> {
      assertThat(e.errorIndex()).isEqualTo(-1);
      assertThat(e.expected()).isEqualTo("a decimal point, not a decimal comma (a figure printed in a European locale"
          + " is not read: \"" + text + "\" would be \"" + pointed + "\")");
    });
    assertThat(TableCell.isDecimalComma(text)).isTrue();
    assertThat(TableCell.isDecimalComma(pointed)).isFalse();
    assertThat(TableCell.isDecimalComma("1,234")).isFalse();
  }

  @Test
  void aCellThatIsNotAFigureIsRefusedWithWhereAndWhy() {
    assertThatThrownBy(() -> TableCell.parse("12,34x"))
        .isInstanceOfSatisfying(ValueParseException.class, e -> {
          assertThat(e.text()).isEqualTo("12,34x");
          assertThat(e.errorIndex()).isEqualTo(5);
          assertThat(e.getMessage()).endsWith("at position 6");
          assertThat(e.expected()).isEqualTo("three digits after a thousands separator");
        });
    assertThatThrownBy(() -> TableCell.parse("<b>12,34x</b>")).isInstanceOfSatisfying(ValueParseException.class,
        e -> assertThat(e.errorIndex()).isEqualTo(8));
    assertThatThrownBy(() -> TableCell.parse("Gibbens")).isInstanceOf(ValueParseException.class)
        .hasMessageContaining("\"Gibbens\"");
  }

  /** Found by fuzzing (PrintedFigureFuzzTest): a plain figure read past the grammar's limits. */
  @Test
  void aFigureFinerThanAnyPrecisionIsRefusedAsTheGrammarRefusesIt() {
    assertThatThrownBy(() -> TableCell.parse("0.99999999999999999")).isInstanceOfSatisfying(
        ValueParseException.class, e -> assertThat(e.getMessage()).startsWith("Cannot read \"0.99999999999999999\""));
    assertThat(TableCell.parse("0.999999999999").toAmount(AmountUnit.POUNDS).decimals()).isEqualTo(12);
  }

  /** Found by fuzzing (PrintedFigureFuzzTest): a superscript note printed back as a note no cell reads. */
  @Test
  void aSuperscriptFootnoteIsOneToFourCharactersAsABracketedOneIs() {
    assertThat(TableCell.parse("15<sup>ab</sup>").footnotes()).containsExactly("[ab]");
    assertThat(TableCell.parse("15<sup>ab</sup>").toString()).isEqualTo("15[ab]");
    for (String text : List.of("15<sup>abcdef</sup>", "15<sup> </sup>", "15<sup>a]</sup>")) {
      assertThatThrownBy(() -> TableCell.parse(text)).as(text).isInstanceOfSatisfying(ValueParseException.class,
          e -> assertThat(e.expected()).isEqualTo("a footnote of one to four characters"));
    }
  }

  /** Found by fuzzing (PrintedFigureFuzzTest): a rounded percentage printed in a form no cell read. */
  @Test
  void aRoundedPercentageReadsBackFromItsCanonicalForm() {
    TableCell cell = TableCell.parse("80 (nearest 10)%");
    assertThat(cell.toString()).isEqualTo("80% (nearest 10)");
    assertThat(TableCell.parse("80% (nearest 10)")).isEqualTo(cell);
    assertThat(cell.isPercent()).isTrue();
    assertThat(cell.decimals()).isEqualTo(-1);
  }

  @Test
  void printsACanonicalFormThatReadsBack() {
    for (String text : List.of("(£1,234,000)", "FY 11,548*", "83.4%", "-£1,234.5m", "TBC", "–", "1,234[1]", "£1.2bn",
        "130,000 (nearest 1,000)", "0BN")) {
      TableCell cell = TableCell.parse(text);
      assertThat(TableCell.parse(cell.toString())).as(text).isEqualTo(cell);
    }
    assertThat(TableCell.parse("(£1,234,000)")).hasToString("-£1,234,000");
    assertThat(TableCell.parse("£1.2bn")).hasToString("£1,200m (nearest £100m)");
    assertThat(TableCell.blank()).hasToString("");
  }

  @Test
  void aUnitWrittenOutAfterTheFigureIsItsSuffix() {
    TableCell millions = TableCell.parse("296.6 million");
    assertThat(millions.unit()).contains(AmountUnit.MILLIONS);
    assertThat(millions.value()).contains(new BigDecimal("296.6"));
    assertThat(millions.decimals()).isEqualTo(1);
    assertThat(TableCell.parse("£1.2 billion")).isEqualTo(TableCell.parse("£1.2bn"));
    assertThat(TableCell.parse("950 thousand")).isEqualTo(TableCell.parse("950k"));
    assertThat(TableCell.parse("950 Thousand").toAmount(AmountUnit.POUNDS).value()).isEqualByComparingTo("950000");
  }

  @Test
  void aSuperscriptFootnoteOfFourCharactersIsKept() {
    assertThat(TableCell.parse("15<sup>abcd</sup>").footnotes()).containsExactly("[abcd]");
    assertThat(TableCell.parse("15<sup>abcd</sup>").value()).contains(new BigDecimal("15"));
  }

  @Test
  void wordsWhereTheFigureShouldStartAreRefusedAtTheirFirstCharacter() {
    for (String text : List.of("Gibbens", "x12")) {
      assertThatThrownBy(() -> TableCell.parse(text)).as(text).isInstanceOfSatisfying(ValueParseException.class, e -> {
        assertThat(e.errorIndex()).isZero();
        assertThat(e.getMessage()).endsWith("at position 1");
      });
    }
    assertThatThrownBy(() -> TableCell.parse("<b>x12</b>")).isInstanceOfSatisfying(ValueParseException.class,
        e -> assertThat(e.errorIndex()).isEqualTo(3));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"0 | 0", "0.0 | 0.0", "-0 | 0", "(0) | 0", "-0.5 | -0.5", "(£0.5m) | -£0.5m"})
  void zeroIsPrintedWithoutASign(String text, String canonical) {
    assertThat(TableCell.parse(text)).hasToString(canonical);
  }

  @Test
  void onlyAnEmptyCellIsBlank() {
    assertThat(TableCell.blank().isBlank()).isTrue();
    for (String text : List.of("0", "12.5", "-", "TBC")) {
      assertThat(TableCell.parse(text).isBlank()).as(text).isFalse();
    }
    assertThat(TableCell.parse("12.5").isFigure()).isTrue();
    assertThat(TableCell.parse("-").isFigure()).isFalse();
  }

  @Test
  void cellsThatDifferInWhatWasPrintedAreNotEqual() {
    TableCell twelve = TableCell.parse("12");
    assertThat(twelve).isEqualTo(TableCell.parse("12")).hasSameHashCodeAs(TableCell.parse("12"));
    for (String other : List.of("13", "12.0", "£12", "12k", "12%", "FY 12", "12*", "-", "TBC", "")) {
      assertThat(TableCell.parse(other)).as(other).isNotEqualTo(twelve);
    }
    assertThat(TableCell.parse("TBC")).isNotEqualTo(TableCell.parse("TBA")).isNotEqualTo(null);
    assertThat(TableCell.blank()).isEqualTo(TableCell.parse("  ")).hasSameHashCodeAs(TableCell.parse("  "));
  }
}
