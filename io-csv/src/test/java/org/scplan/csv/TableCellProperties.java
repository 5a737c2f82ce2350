package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scplan.core.AmountUnit;
import org.scplan.core.ValueParseException;
import org.scplan.csv.internal.Labels;

/** Laws of reading a cell. */
class TableCellProperties {

  /** A figure and how it is printed. */
  record Printed(BigDecimal value, String text) {}

  @Provide
  Arbitrary<Printed> printed() {
    Arbitrary<BigDecimal> values = Combinators.combine(Arbitraries.longs().between(-999_999_999_999L,
        999_999_999_999L), Arbitraries.integers().between(0, 3)).as(BigDecimal::valueOf);
    return Combinators.combine(values, Arbitraries.of(true, false), Arbitraries.of(true, false),
        Arbitraries.of("", "*", "[1]", " [a]", "†"), Arbitraries.of("", "<b>", "**")).as((v, brackets, pound, note,
            markup) -> {
          String digits = org.scplan.core.PrintedFigures.grouped(v.abs());
          String body = (pound ? "£" : "") + digits;
          String signed = v.signum() >= 0 ? body : brackets ? "(" + body + ")" : "-" + body;
          String close = markup.equals("<b>") ? "</b>" : markup;
          return new Printed(v, markup + signed + note + close);
        });
  }

  /** Any figure printed the way councils print it reads back as that figure, at its printed decimals. */
  @Property
  void aPrintedFigureReadsBackAsItsValue(@ForAll("printed") Printed p) {
    TableCell cell = TableCell.parse(p.text());
    assertThat(cell.value()).as(p.text()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(p.value()));
    assertThat(cell.decimals()).isEqualTo(p.value().scale());
    assertThat(cell.toAmount(AmountUnit.THOUSANDS).value()).isEqualByComparingTo(p.value().movePointRight(3));
  }

  @Provide
  Arbitrary<AmountUnit> suffixes() {
    return Arbitraries.of(AmountUnit.THOUSANDS, AmountUnit.MILLIONS);
  }

  /** A figure with a unit suffix ({@code k}, {@code m}) stands for the same amount in any unit of column. */
  @Property
  void aSuffixedFigureIsInItsOwnUnit(@ForAll("printed") Printed p, @ForAll("suffixes") AmountUnit suffix,
      @ForAll AmountUnit column) {
    String text = p.value().signum() < 0 ? "-£" + org.scplan.core.PrintedFigures.grouped(p.value().abs()) + suffix.suffix()
        : "£" + org.scplan.core.PrintedFigures.grouped(p.value()) + suffix.suffix();
    TableCell cell = TableCell.parse(text);
    assertThat(cell.toAmount(column).value()).isEqualByComparingTo(suffix.toPounds(p.value()));
  }

  @Provide
  Arbitrary<String> cellLike() {
    return Arbitraries.strings().withChars("0123456789,.£()-–%km*[]FYTBCNA/ b<>").ofMaxLength(14);
  }

  /** Any text the reader accepts has the value it prints: its canonical form reads back to the same cell. */
  @Property(tries = 3000)
  void anyAcceptedCellReadsBackFromItsCanonicalForm(@ForAll("cellLike") String text) {
    TableCell cell;
    try {
      cell = TableCell.parse(text);
    } catch (ValueParseException e) {
      assertThat(e.getMessage()).startsWith("Cannot read ");
      return;
    }
    TableCell again = TableCell.parse(cell.toString());
    assertThat(again).as("%s -> %s", text, cell).isEqualTo(cell);
    assertThat(again.toString()).isEqualTo(cell.toString());
  }

  /** Cells that start with a word, and some that look like it: names, units, placeholders, notes. */
  @Provide
  Arbitrary<String> wordy() {
    Arbitrary<String> word = Arbitraries.of("Service", "FY", "fy", "GBP", "gbp", "n/a", "N/A", "nil", "Nil", "TBC", "tba",
        "na", "nk", "x", "c", "m", "k", "bn", "million", "Total", "Less", "Note", "<sup>1</sup>", "£", "-", "(", ")",
        "%", "*", "[a]", "†", "¹", "12", "1,234", "0.5", "12m", "£8.2m", "nearest", "(nearest £100)", ",", ".",
        "Team", "x2", "e", "E5");
    return word.list().ofMinSize(1).ofMaxSize(5).map(parts -> Labels.clean(String.join(" ", parts)));
  }

  @Property(tries = 3000)
  void plainWordsAreWhatTheGrammarRefuses(@ForAll("wordy") String text) {
    if (!TableCell.isPlainWords(text)) {
      return; // says nothing: the cell is read
    }
    boolean refused;
    try {
      TableCell.parse(text);
      refused = false;
    } catch (ValueParseException e) {
      refused = true;
    }
    assertThat(refused).as("%s is refused", text).isTrue();
    assertThat(TableCell.isDecimalComma(text)).isFalse();
  }

  @net.jqwik.api.Example
  void namesAreKnownAsWordsWithoutTheGrammar() {
    assertThat(TableCell.isPlainWords("Service 123")).isTrue();
    assertThat(TableCell.isPlainWords("Adult social care")).isTrue();
    assertThat(TableCell.isPlainWords("n/a")).isFalse();
    assertThat(TableCell.isPlainWords("Nil")).isFalse();
    assertThat(TableCell.isPlainWords("FY 2024")).isFalse();
    assertThat(TableCell.isPlainWords("GBP 12")).isFalse();
    assertThat(TableCell.isPlainWords("12")).isFalse();
    assertThat(TableCell.isPlainWords("Team 4*")).isFalse();
    assertThat(TableCell.isPlainWords("")).isFalse();
  }
}
