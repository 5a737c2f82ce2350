package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.scplan.budget.BudgetProfile;
import org.scplan.core.PrintedFigures;

/**
 * Laws of {@link TableFormat#detect}: a table written with a separator, as a spreadsheet saves it
 * (cells quoted only where they hold the separator, a quote or a line break), is detected as written.
 */
class TableFormatProperties {

  /** A profile written by {@link TableWriter} in any format is detected as that format. */
  @Property(tries = 60)
  void aWrittenProfileIsDetectedAsItsFormat(@ForAll("profiles") BudgetProfile profile,
      @ForAll TableFormat format, @ForAll boolean brackets) {
    String text = TableWriter.of(format).withBracketedNegatives(brackets).write(profile);
    assertThat(TableFormat.detect(text)).as(text).isEqualTo(format);
  }

  @Provide
  Arbitrary<BudgetProfile> profiles() {
    return GeneratedProfiles.profiles();
  }

  /**
   * A table of any width and length, its figures printed as UK tables print them ({@code 1,234.5},
   * {@code (980)}, {@code -}), under a title that may hold commas, semicolons and quotes, and with
   * labels that hold them on fewer than half its rows, is detected as the format it is written in.
   */
  @Property(tries = 300)
  void aTableWrittenWithASeparatorIsDetectedAsItsFormat(@ForAll("tables") Table table, @ForAll TableFormat format) {
    String text = write(table.rows(), format.separator());
    assertThat(TableFormat.detect(text)).as(text).isEqualTo(format);
  }

  /** A table as cells: an optional title row, a heading row, an optional units row, the rows of figures. */
  record Table(List<List<String>> rows) {}

  /** Labels that hold neither separator, nor a line break. */
  private static final List<String> PLAIN = List.of("Roads", "Parks", "Adult social care", "Children's services",
      "Older people 65+", "Waste (collection)", "5\" floppy disks", "Total", "Grand total", "Of which grants");

  /** Labels that hold a comma, a semicolon, quotes or a line break. */
  private static final List<String> PUNCTUATED = List.of("Parks, gardens and open spaces", "Adults; older people",
      "Roads, bridges; lighting", "Children's \"looked after\" services", "Carers, families, friends",
      "Two lines\nof name", "Libraries; museums; archives", "Net, after grants", "\"Quoted\", then more");

  private static final List<String> HEADINGS = List.of("Gross", "Income", "Net", "Gross £'000", "2019-20 Budget",
      "Net, after grants", "Spend; revised", "Budget \"A\"", "Variance %");

  @Provide
  Arbitrary<Table> tables() {
    Arbitrary<Integer> width = Arbitraries.integers().between(2, 7);
    Arbitrary<Integer> rows = Arbitraries.integers().between(2, 18);
    return Combinators.combine(width, rows).flatAs((w, n) -> Combinators.combine(
        Arbitraries.of(PLAIN).injectDuplicates(0.5).list().ofSize(n),
        Arbitraries.of(PUNCTUATED).list().ofMaxSize((n - 1) / 2),
        figures().list().ofSize(w - 1).list().ofSize(n),
        Arbitraries.of(HEADINGS).list().ofSize(w - 1),
        Arbitraries.oneOf(Arbitraries.just(Optional.<String>empty()),
            Arbitraries.of(PLAIN).map(Optional::of), Arbitraries.of(PUNCTUATED).map(Optional::of)),
        Arbitraries.of(true, false)).as((names, punctuated, figures, headings, title, units) ->
            table(names, punctuated, figures, headings, title, units)));
  }

  /**
   * Builds a table: the punctuated labels name rows 2, 4, 6 … (fewer than half the rows), the plain
   * ones the others.
   */
  private static Table table(List<String> names, List<String> punctuated, List<List<String>> figures,
      List<String> headings, Optional<String> title, boolean units) {
    List<List<String>> rows = new ArrayList<>();
    title.ifPresent(t -> rows.add(List.of(t)));
    List<String> heading = new ArrayList<>(List.of("Service"));
    heading.addAll(headings);
    rows.add(heading);
    if (units) {
      List<String> unit = new ArrayList<>(List.of(""));
      headings.forEach(h -> unit.add("£'000"));
      rows.add(unit);
    }
    for (int i = 0; i < names.size(); i++) {
      List<String> row = new ArrayList<>();
      row.add(i % 2 == 1 && i / 2 < punctuated.size() ? punctuated.get(i / 2) : names.get(i));
      row.addAll(figures.get(i));
      rows.add(row);
    }
    return new Table(rows);
  }

  /** A figure as a UK table prints it: thousands separators, a minus sign or brackets, a dash for nil, or blank. */
  private static Arbitrary<String> figures() {
    Arbitrary<String> printed = Combinators.combine(Arbitraries.longs().between(0, 99_999_999_999L),
        Arbitraries.integers().between(0, 2), Arbitraries.of("", "-", "()")).as((v, scale, sign) -> {
          String digits = PrintedFigures.grouped(BigDecimal.valueOf(v, scale));
          return sign.equals("()") ? "(" + digits + ")" : sign + digits;
        });
    return Arbitraries.frequencyOf(Tuple.of(8, printed), Tuple.of(1, Arbitraries.just("-")),
        Tuple.of(1, Arbitraries.just("")));
  }

  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  /** Writes rows as a spreadsheet saves them: quoted only where a cell needs it. */
  private static String write(List<List<String>> rows, char separator) {
    StringWriter out = new StringWriter();
    try (CsvGenerator g = FACTORY.createGenerator(out)) {
      g.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator).withLineSeparator("\n"));
      for (List<String> row : rows) {
        g.writeStartArray();
        for (String cell : row) {
          g.writeString(cell);
        }
        g.writeEndArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
