package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.scplan.budget.PublishedTable;
import org.scplan.core.Document;
import org.scplan.core.ReadResult;
import org.scplan.core.Severity;
import org.scplan.csv.internal.Labels;

/**
 * A large sheet read with its table decided by its first rows, and its plain figures kept as
 * numbers ({@link TableReader}'s large sheets, {@link FigureTables}' plain rows), gives what reading
 * the whole sheet as printed text gives: the same table, cell for cell, the same relations, notes
 * and findings.
 */
class LargeSheetTest {
  private static final TableReader WHOLE = TableReader.standard();

  /** A sheet of a council's budget, with its parts, slips and blanks, built both ways. */
  private record Sheets(PrintedSheet kept, PrintedSheet printed) {}

  private static final String[] HEADINGS = {"Service", "Pay £'000", "Non-pay £'000", "Cost £'000", "Recharges £'000",
      "Bottom line £'000", "Posts"};
  /** The same headings for a table printed in whole pounds, every one a round thousand. */
  private static final String[] POUNDS = {"Service", "Pay £", "Non-pay £", "Cost £", "Recharges £", "Bottom line £",
      "Posts"};

  /**
   * Builds a sheet from a seed: a title, headings, teams in parts under headings of their own with a
   * subtotal each, a slip now and then (a cost that does not add up), blanks, a "n/a", a grand total
   * and perhaps a note below.
   */
  private static Sheets sheet(long seed, int teams) {
    return sheet(seed, teams, new Random(seed).nextInt(4) == 0);
  }

  private static Sheets sheet(long seed, int teams, boolean thousands) {
    Random rnd = new Random(seed);
    rnd.nextInt(4); // whether in thousands, drawn by the caller
    boolean brackets = rnd.nextBoolean();
    boolean grouped = rnd.nextBoolean();
    String[] headings = thousands ? POUNDS : HEADINGS;
    PrintedSheet.Builder kept = PrintedSheet.builder("Budget");
    List<List<String>> printed = new ArrayList<>();
    List<String> title = List.of("Revenue budget 2025-26");
    kept.text(1, 1, title.get(0));
    printed.add(title);
    for (int c = 0; c < headings.length; c++) {
      kept.text(2, c + 1, headings[c]);
    }
    printed.add(List.of(headings));
    long[] grand = new long[HEADINGS.length];
    long[] part = new long[HEADINGS.length];
    int row = 3;
    int inPart = 0;
    for (int t = 0; t < teams; t++) {
      if (t % 17 == 0 && rnd.nextInt(3) > 0) {
        String heading = "Group " + (t / 17 + 1);
        kept.text(row, 1, heading);
        printed.add(List.of(heading));
        row++;
      }
      long pay = rnd.nextInt(900_000);
      long other = rnd.nextInt(400_000) - (rnd.nextInt(10) == 0 ? 500_000 : 0);
      long cost = pay + other + (rnd.nextInt(60) == 0 ? 50 : 0);
      long recharges = -rnd.nextInt(200_000);
      long bottom = cost + recharges;
      long posts = rnd.nextInt(50_000);
      long[] figures = {0, pay, other, cost, recharges, bottom, posts};
      if (thousands) {
        for (int c = 1; c < 6; c++) {
          figures[c] *= 1000; // whole pounds, every one a round thousand
        }
      }
      String name = rnd.nextInt(40) == 0 ? "" : "Team " + t;
      List<String> line = new ArrayList<>();
      line.add(name);
      if (!name.isEmpty()) {
        kept.text(row, 1, name);
      }
      for (int c = 1; c < HEADINGS.length; c++) {
        int decimals = c == HEADINGS.length - 1 ? 2 : thousands ? 0 : 1;
        int draw = rnd.nextInt(80);
        if (draw == 2 && !thousands) {
          // A figure typed with no decimals in a column of one: its own precision
          figures[c] = figures[c] / 10;
          decimals = c == HEADINGS.length - 1 ? 1 : 0;
        }
        if (draw == 0) {
          line.add("");
          continue;
        }
        if (draw == 1) {
          line.add("n/a");
          kept.text(row, c + 1, "n/a");
          continue;
        }
        line.add(PrintedSheet.print(figures[c], decimals | (grouped ? PrintedSheet.GROUPED : 0)
            | (brackets ? PrintedSheet.BRACKETS : 0)));
        kept.figure(row, c + 1, figures[c], decimals, grouped, brackets);
        part[c] += figures[c];
        grand[c] += figures[c];
      }
      while (line.get(line.size() - 1).isEmpty()) {
        line.remove(line.size() - 1); // a workbook holds no cell after a row's last
      }
      printed.add(line);
      row++;
      inPart++;
      if (inPart > 3 && rnd.nextInt(25) == 0) {
        row = total(kept, printed, row, "Total group " + (t / 17 + 1), part, grouped, brackets, thousands);
        part = new long[HEADINGS.length];
        inPart = 0;
      }
    }
    row = total(kept, printed, row, "Total", grand, grouped, brackets, thousands);
    if (rnd.nextBoolean()) {
      kept.text(row + 1, 1, "Source: the council's budget book");
      printed.add(List.of());
      printed.add(List.of("Source: the council's budget book"));
    }
    return new Sheets(kept.build(), PrintedSheet.of("Budget", printed));
  }

  private static int total(PrintedSheet.Builder kept, List<List<String>> printed, int row, String name, long[] sums,
      boolean grouped, boolean brackets, boolean thousands) {
    List<String> line = new ArrayList<>();
    line.add(name);
    kept.text(row, 1, name);
    for (int c = 1; c < sums.length; c++) {
      int decimals = c == sums.length - 1 ? 2 : thousands ? 0 : 1;
      int format = decimals | (grouped ? PrintedSheet.GROUPED : 0) | (brackets ? PrintedSheet.BRACKETS : 0);
      line.add(PrintedSheet.print(sums[c], format));
      kept.figure(row, c + 1, sums[c], decimals, grouped, brackets);
    }
    printed.add(line);
    return row + 1;
  }

  @Property(tries = 60)
  void largeSheetReadsAsTheWholeSheetDoes(@ForAll long seed, @ForAll @IntRange(min = 20, max = 140) int teams,
      @ForAll @IntRange(min = 5, max = 30) int head) {
    Sheets sheets = sheet(seed, teams);
    Assume.that(sheets.kept().rowCount() > head + 4); // the table goes on below its first rows
    TableReader large = WHOLE.withHeadRows(head);
    assertThat(large.largeSheet(sheets.kept(), new Problems("book.xlsx")))
        .as("the sheet is read with its first %s rows deciding", head).isNotNull();

    ReadResult<Document> byHead = large.read("book.xlsx", List.of(sheets.kept()));
    ReadResult<Document> whole = WHOLE.read("book.xlsx", List.of(sheets.printed()));

    assertThat(byHead.problems()).isEqualTo(whole.problems());
    assertThat(byHead.notes()).isEqualTo(whole.notes());
    assertThat(byHead.value()).isEqualTo(whole.value());
    assertThat(byHead.validate()).isEqualTo(whole.validate());
    assertThat(byHead.value().orElseThrow().sections()).singleElement().isInstanceOf(PublishedTable.class);
  }

  @Test
  void aLargeSheetInWholeThousandsIsReadToTheNearestThousandAsTheWholeSheetIs() {
    Sheets sheets = sheet(11, 90, true);
    TableReader large = WHOLE.withHeadRows(12);
    ReadResult<Document> byHead = large.read("book.xlsx", List.of(sheets.kept()));
    assertThat(large.largeSheet(sheets.kept(), new Problems("book.xlsx"))).isNotNull();
    assertThat(byHead.notes().findings()).anySatisfy(f -> assertThat(f.message()).contains("to the nearest £1,000"));
    assertThat(byHead.value()).isEqualTo(WHOLE.read("book.xlsx", List.of(sheets.printed())).value());
    assertThat(byHead.validate()).isEqualTo(WHOLE.read("book.xlsx", List.of(sheets.printed())).validate());
  }

  @Property(tries = 200)
  void aSheetKeptAsNumbersPrintsAsItsText(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int teams) {
    Sheets sheets = sheet(seed, teams);
    assertThat(sheets.kept()).isEqualTo(sheets.printed());
    assertThat(sheets.kept().rowCount()).isEqualTo(sheets.printed().rowCount());
    for (int r = 1; r <= sheets.printed().rowCount(); r++) {
      for (int c = 1; c <= HEADINGS.length + 1; c++) {
        assertThat(sheets.kept().text(r, c)).isEqualTo(sheets.printed().text(r, c));
      }
    }
  }

  @Property(tries = 500)
  void aPlainFigureReadsAsItself(@ForAll long unscaled, @ForAll @IntRange(min = 0, max = 12) int decimals,
      @ForAll boolean grouped, @ForAll boolean brackets) {
    String text = PrintedSheet.print(unscaled, decimals | (grouped ? PrintedSheet.GROUPED : 0)
        | (brackets ? PrintedSheet.BRACKETS : 0));
    // What the plain rows take for granted without reading the text
    assertThat(Labels.isUnitsOrYears(text)).isFalse();
    assertThat(Labels.clean(text)).isEqualTo(text);
    TableCell cell = TableCell.parse(text);
    assertThat(cell.kind()).isEqualTo(TableCell.Kind.FIGURE);
    assertThat(cell.decimals()).isEqualTo(decimals);
    assertThat(cell.unit()).isEmpty();
    assertThat(cell.isPercent()).isFalse();
    assertThat(cell.value().orElseThrow()).isEqualTo(java.math.BigDecimal.valueOf(unscaled, decimals));
  }

  @Test
  void printsPlainFigures() {
    assertThat(PrintedSheet.print(-12345, 1 | PrintedSheet.GROUPED)).isEqualTo("-1,234.5");
    assertThat(PrintedSheet.print(-12345, 1 | PrintedSheet.GROUPED | PrintedSheet.BRACKETS)).isEqualTo("(1,234.5)");
    assertThat(PrintedSheet.print(5, 2)).isEqualTo("0.05");
    assertThat(PrintedSheet.print(123456789, 0)).isEqualTo("123456789");
    assertThat(PrintedSheet.print(123456789, PrintedSheet.GROUPED)).isEqualTo("123,456,789");
    assertThat(PrintedSheet.print(0, 1)).isEqualTo("0.0");
    assertThat(PrintedSheet.print(Long.MIN_VALUE, PrintedSheet.GROUPED)).isEqualTo("-9,223,372,036,854,775,808");
  }

  @Test
  void aSheetOfIndicatorsIsReadWhole() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Indicator", "Target 2024-25", "Actual 2024-25", "RAG"));
    for (int i = 0; i < 40; i++) {
      rows.add(List.of("Measure " + i, "90%", "91%", "Green"));
    }
    PrintedSheet sheet = PrintedSheet.of("KPIs", rows);
    TableReader large = WHOLE.withHeadRows(10);
    assertThat(large.largeSheet(sheet, new Problems("kpi.xlsx"))).isNull();
    ReadResult<Document> read = large.read("kpi.xlsx", List.of(sheet));
    assertThat(read.validate()).isEqualTo(WHOLE.read("kpi.xlsx", List.of(sheet)).validate());
    assertThat(read.validate().findings()).noneMatch(f -> f.severity() == Severity.ERROR);
  }
}
