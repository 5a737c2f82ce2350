package org.scplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scplan.core.Document;
import org.scplan.core.ReadResult;
import org.scplan.csv.PrintedSheet;
import org.scplan.csv.TableReader;

/**
 * A number whose format prints it plainly is kept as a number, not as text, and printed back exactly
 * as its format prints it; a large sheet of them reads as its printed text does.
 */
class PlainFiguresTest {
  private static final List<String> CODES = List.of("0", "0.0", "0.00", "#,##0", "#,##0.0", "#,##0.00",
      "#,##0;(#,##0)", "#,##0.0_);(#,##0.0)", "#,##0;[Red]-#,##0", "0.00;-0.00", "#,##0.0;(#,##0.0);\"-\"", "0.0%",
      "£#,##0", "#,##0,", "0.0#", "General", "0.000000000000", "0.0000000000000", "#,##0.0;(#,##0.0);@",
      "#,##0.0 ", "[Red]#,##0.0", "dd/mm/yyyy", "@", "#,##0.0;(#,##0.00)");

  @Provide
  Arbitrary<BigDecimal> values() {
    return Arbitraries.oneOf(Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1e9), BigDecimal.valueOf(1e9))
        .ofScale(4), Arbitraries.longs().map(BigDecimal::valueOf), Arbitraries.of(new BigDecimal("0.05"),
            new BigDecimal("-0.05"), new BigDecimal("-0.04"), new BigDecimal("0.45"), new BigDecimal("1234.5"),
            new BigDecimal("-1234.55"), new BigDecimal("1E-7"), new BigDecimal("0.30000000000000004")));
  }

  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.of(CODES);
  }

  @Property(tries = 3000)
  void aKeptFigurePrintsAsItsFormatDoes(@ForAll("values") BigDecimal value, @ForAll("codes") String code) {
    int plain = NumberFormat.plain(code);
    Assume.that(plain != NumberFormat.NOT_PLAIN);
    int decimals = plain & NumberFormat.DECIMALS;
    for (String raw : List.of(value.toPlainString(), value.toString())) {
      long unscaled = NumberFormat.unscaled(raw, decimals);
      if (unscaled == Long.MIN_VALUE) {
        continue;
      }
      String kept = PrintedSheet.builder("Budget").figure(1, 1, unscaled, decimals,
          (plain & NumberFormat.GROUPED) != 0, (plain & NumberFormat.BRACKETS) != 0).build().text(1, 1);
      assertThat(kept).as("%s in %s", raw, code).isEqualTo(NumberFormat.print(new BigDecimal(raw), code));
    }
  }

  @ParameterizedTest(name = "{0} prints plainly: {1}")
  @CsvSource(delimiter = '|', value = {"0|0", "0.0|1", "#,##0|32", "#,##0.00|34", "#,##0;(#,##0)|96",
      "#,##0.0_);(#,##0.0)|97", "#,##0;[Red]-#,##0|32", "0.00;-0.00|2", "#,##0.0;(#,##0.0);@|-1",
      "0.000000000000|12", "#,##0.0;(#,##0.0);\"-\"|-1", "0.0;(0.00)|-1", "#,##0;(0)|-1", "#,##0;-0|-1",
      "#,##0;(#,##0) |96", "#,##0;\"(\"#,##0|-1", "#,##0;[Red]\\-#,##0|32", "0.0 \"m\"|-1", "\"£\"0.0|-1",
      "0.0,|-1", "0%;(0%)|-1", "0.0;(0.0%)|-1", "#,##0;#,##0|-1", "0.0%|-1", "£#,##0|-1", "#,##0,|-1", "0.0#|-1",
      "General|-1", "0.0000000000000|-1", "[Red]#,##0.0|33", "dd/mm/yyyy|-1", "@|-1", "#,##0.0;(#,##0.00)|-1"})
  void knowsWhichCodesPrintPlainly(String code, int flags) {
    assertThat(NumberFormat.plain(code)).isEqualTo(flags);
    assertThat(NumberFormat.plainOf(code)).as("worked out afresh").isEqualTo(flags);
  }

  @ParameterizedTest(name = "{0} to {1} decimals is {2}")
  @CsvSource(delimiter = '|', value = {"1234.56|1|12346", "1234.55|1|12346", "-1234.55|1|-12346", "1234.549|1|12345",
      "0.5|0|1", "-0.5|0|-1", "12|2|1200", "0|1|0", "-0.04|1|" + Long.MIN_VALUE, "-0|0|" + Long.MIN_VALUE,
      "1E-5|2|" + Long.MIN_VALUE, "12345678901234567890|0|" + Long.MIN_VALUE, "''|0|" + Long.MIN_VALUE,
      "-|0|" + Long.MIN_VALUE, "1.2.3|1|" + Long.MIN_VALUE, "abc|0|" + Long.MIN_VALUE,
      "0.30000000000000004|1|3", "99999999999999999|0|99999999999999999", "999999999999999999|0|" + Long.MIN_VALUE})
  void keepsAStoredNumberAsAWholeNumberOfItsLastPlace(String raw, int decimals, long unscaled) {
    assertThat(NumberFormat.unscaled(raw, decimals)).isEqualTo(unscaled);
  }

  /** A budget sheet larger than the rows that decide its table: its figures kept as numbers. */
  @Test
  void aLargeSheetReadsAsItsPrintedTextDoes(@TempDir Path dir) throws IOException {
    Random rnd = new Random(7);
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Adult social care budget 2025-26"));
    rows.add(List.of("Team", "Pay £'000", "Non-pay £'000", "Cost £'000", "Posts"));
    long[] total = new long[4];
    for (int i = 0; i < 2600; i++) {
      long pay = rnd.nextInt(90_000);
      long other = rnd.nextInt(40_000) - 10_000;
      long cost = pay + other + (i == 2222 ? 7 : 0);
      long posts = rnd.nextInt(9_000);
      total[0] += pay;
      total[1] += other;
      total[2] += cost;
      total[3] += posts;
      rows.add(List.of("Team " + i, printed(pay, 1), printed(other, 1), printed(cost, 1), printed(posts, 2)));
    }
    rows.add(List.of("Total", printed(total[0], 1), printed(total[1], 1), printed(total[2], 1), printed(total[3], 2)));
    Path file = dir.resolve("budget.xlsx");
    TestWorkbooks.writeXlsx(file, "Budget", rows);

    ReadResult<Document> book = WorkbookReader.standard().read(file);
    ReadResult<Document> text = TableReader.standard().read(file.toString(), List.of(PrintedSheet.of("Budget", rows)));

    assertThat(book.problems()).isEqualTo(text.problems());
    assertThat(book.notes()).isEqualTo(text.notes());
    assertThat(book.value()).isEqualTo(text.value());
    assertThat(book.validate()).isEqualTo(text.validate());
    // The slip, and the total of the column it is in, which no longer adds up across the row
    assertThat(book.validate().errors()).hasSize(2).anySatisfy(f -> {
      assertThat(f.location().toString()).contains("Budget!D2225");
      assertThat(f.message()).contains("Team 2222");
    });
  }

  private static String printed(long unscaled, int decimals) {
    BigDecimal v = BigDecimal.valueOf(unscaled, decimals);
    return (v.signum() < 0 ? "-" : "") + org.scplan.core.PrintedFigures.grouped(v.abs());
  }
}
