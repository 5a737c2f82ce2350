package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scplan.budget.PublishedTable;
import org.scplan.core.AmountUnit;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.ReadResult;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedFigure;
import org.scplan.core.ReportedNumber;
import org.scplan.core.Severity;

/**
 * A table that no schema describes, read as printed ({@link FigureTables}): which column names the
 * rows and which hold figures, the unit of the table and of each column, which columns are money
 * and which counts or shares, whole thousands of pounds read to the nearest £1,000, and the rows
 * that are headings, absent or unreadable rather than figures.
 */
class FigureTablesTest {

  private static ReadResult<Document> read(String text, TableOptions options) {
    return TableReader.of(options).read("t.csv", text);
  }

  private static PublishedTable table(String text, TableOptions options) {
    ReadResult<Document> r = read(text, options);
    assertThat(r.isRead()).as("%s", r.problems()).isTrue();
    return r.sections(PublishedTable.class).get(0);
  }

  private static PublishedTable table(String text) {
    return table(text, TableOptions.defaults());
  }

  private static ReportedFigure figure(PublishedTable t, int row, int column) {
    return t.cell(row, column).orElseThrow().value();
  }

  private static ReportedAmount amount(String printed, AmountUnit unit, int decimals) {
    return ReportedAmount.of(new BigDecimal(printed), unit, decimals);
  }

  private static ReportedNumber number(String printed) {
    return ReportedNumber.of(new BigDecimal(printed));
  }

  private static List<Finding> notFigures(ReadResult<Document> r) {
    return r.validate().withCode(CsvRules.COLUMN_NOT_FIGURES);
  }

  /**
   * Figures too large to add up in whole numbers of a {@code long} (the search adds them so when they
   * fit) are added up exactly all the same: the same relations, the same slip, found in both.
   */
  @Test
  void figuresTooLargeForWholeNumbersAreAddedUpExactlyAsSmallOnesAre() {
    String small = "Service,Gross £,Income £,Net £\nA,10000,-2000,8000\nB,20000,-3000,17000\nC,30000,-4000,26000\n"
        + "D,40000,-5000,35500\nE,50000,-6000,44000\nTotal,150000,-20000,130500\n";
    String large = small.replaceAll("(\\d+)", "$1000000000000000"); // every figure a thousand million million times
    ReadResult<Document> a = read(small, TableOptions.defaults());
    ReadResult<Document> b = read(large, TableOptions.defaults());
    assertThat(b.sections(PublishedTable.class).get(0).relations())
        .isEqualTo(a.sections(PublishedTable.class).get(0).relations()).hasSize(2);
    assertThat(b.validate().errors()).extracting(f -> f.location().cell().orElseThrow().reference())
        .isEqualTo(a.validate().errors().stream().map(f -> f.location().cell().orElseThrow().reference()).toList())
        .containsExactly("D5", "D7");
  }

  @Test
  void aColumnOfNotesOrOfWordsIsLeftOutAndSaidWithHowManyCellsItHolds() {
    ReadResult<Document> r = read("Service,Note,Spend £,Receipts £,Net £,Comment\nA,1,10000,-2000,8000,ok\n"
        + "B,a,5000,-1000,4000,\nTotal,,15000,-3000,12000,checked\n", TableOptions.defaults());

    assertThat(r.sections(PublishedTable.class).get(0).columns()).containsExactly("Spend £", "Receipts £", "Net £");
    assertThat(notFigures(r)).hasSize(2).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(notFigures(r).get(0).location().pointer()).contains("B1: row 1, column \"Note\"");
    assertThat(notFigures(r).get(0).message()).contains("Column 2 \"Note\" holds 2 cells of notes or references");
    assertThat(notFigures(r).get(1).location().pointer()).contains("F1: row 1, column \"Comment\"");
    assertThat(notFigures(r).get(1).message()).contains("Column 6 \"Comment\" holds 2 cells of words");
  }

  @Test
  void aColumnWithNoHeadingIsSaidAtItsFirstFilledCellAndIsAnErrorWhenStrict() {
    String text = "Service,Spend,\nA,10,\nB,5,ok\nC,1,\n";
    assertThat(notFigures(read(text, TableOptions.defaults()))).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.location().pointer()).contains("C3: row 3, column 3");
      assertThat(f.message()).contains("Column 3 (no heading) holds 1 cell of words");
    });
    assertThat(notFigures(read(text, TableOptions.builder().strict(true).build()))).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void aColumnOfAsManyWordsAsFiguresIsNeitherTheNamesNorFigures() {
    PublishedTable t = table("Ref,Service,Spend\nx,A,10\n1,B,5\n");

    assertThat(t.rows()).containsExactly("A", "B");
    assertThat(t.columns()).containsExactly("Spend");
  }

  @Test
  void aColumnAtLeastHalfOfFiguresIsReadAsFiguresAndItsWordsAreUnreadableCells() {
    ReadResult<Document> r = read("Service,Spend,Change\nA,10,5\nB,5,see note\n", TableOptions.defaults());

    assertThat(r.sections(PublishedTable.class).get(0).columns()).containsExactly("Spend", "Change");
    assertThat(notFigures(r)).isEmpty();
    assertThat(r.validate().withCode(CsvRules.CELL_UNREADABLE)).singleElement()
        .satisfies(f -> assertThat(f.location().pointer()).contains("C3: row 3, column \"Change\""));
  }

  @Test
  void rowsAreNamedByTheirNumbersWhenNoColumnHoldsWords() {
    PublishedTable t = table("Spend,Income\n10,-2\n5,-1\n");

    assertThat(t.rows()).containsExactly("Row 2", "Row 3");
    assertThat(t.columns()).containsExactly("Spend", "Income");
  }

  @Test
  void aRowWithNoNameTakesItFromTheNextColumnOfWords() {
    PublishedTable t = table("Directorate,Service,Spend\nAdults,,100\n,Older people,60\n,Carers,40\n");

    assertThat(t.rows()).containsExactly("Adults", "Older people", "Carers");
    assertThat(t.columns()).containsExactly("Spend");
  }

  @Test
  void aColumnOfFiguresWithNoHeadingIsNamedByItsNumber() {
    assertThat(table("Service,,Income\nA,10,-2\nB,5,-1\n").columns()).containsExactly("Column 2", "Income");
  }

  @Test
  void aTableWithNoColumnOrNoRowOfFiguresIsEmpty() {
    assertThat(read("Service,Comment\nA,ok\nB,fine\n", TableOptions.defaults()).problems().findings())
        .extracting(Finding::code, Finding::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(CsvRules.TABLE_EMPTY, "The table has no column of figures"));
    // "£000" is a figure, but a row of units is headings.
    assertThat(read("Service,Spend\nA,£000\nB,£000\n", TableOptions.defaults()).problems().findings())
        .extracting(Finding::message).containsExactly("The table has headings but no rows of figures");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Service,Spend £m,Income £m\\nA,10.5,-2.0\\nB,5.0,-1.0                 | MILLIONS",
      "Service,Spend,Income\\n,£000,£000\\nA,10,-2\\nB,5,-1                   | THOUSANDS",
      "Budget (£000)\\nService,Spend,Income\\nA,10,-2\\nB,5,-1                | THOUSANDS",
      "Service,Spend,Income\\nA,£8.2m,£2.0m\\nB,£950k,£1.0m\\nC,£4.0m,£1.5m   | MILLIONS",
      "Service,Spend,Income\\nA,£8.2m,£2m\\nB,£950k,£1m\\nC,4,£1.5m\\nD,5,3    | MILLIONS",
      "Service,Spend,Income\\nA,£8k,£2m\\nB,£9.5m,£1.5m\\nC,£1m,3             | MILLIONS",
      "Service,Spend,Income\\nA,£100,£25\\nB,£250,£5\\nC,£300,£1.5m           | POUNDS"})
  void theUnitOfATableIsTheOneItsHeadingsOrMostOfItsFiguresPrint(String text, AmountUnit unit) {
    PublishedTable t = table(text.replace("\\n", "\n"));

    assertThat(t.unit()).isEqualTo(unit);
    assertThat(figure(t, 0, 1)).isInstanceOf(ReportedAmount.class);
  }

  @Test
  void aTableThatPrintsNoUnitOfMoneyHoldsPlainNumbersUnlessOneIsGiven() {
    String text = "Service,Spend,Income\nA,10,-2\nB,5,-1\n";
    assertThat(figure(table(text), 0, 0)).isEqualTo(number("10"));

    PublishedTable given = table(text, TableOptions.builder().unit(AmountUnit.THOUSANDS).build());
    assertThat(given.unit()).isEqualTo(AmountUnit.THOUSANDS);
    assertThat(figure(given, 0, 0)).isEqualTo(amount("10", AmountUnit.THOUSANDS, 0));
  }

  @Test
  void eachColumnIsInTheUnitItsHeadingNames() {
    PublishedTable t = table("Service,Spend £m,Income £000\nA,10.5,-2000\nB,5.0,-1000\n");

    assertThat(t.unit()).isEqualTo(AmountUnit.MILLIONS);
    assertThat(figure(t, 0, 0)).isEqualTo(amount("10.5", AmountUnit.MILLIONS, 1));
    assertThat(figure(t, 0, 1)).isEqualTo(amount("-2000", AmountUnit.THOUSANDS, 0));
  }

  @Test
  void countsAndSharesAreNumbersUnlessTheirHeadingNamesAUnit() {
    PublishedTable t = table("Service,Spend £,Staff costs £,Staff costs,Posts,Share %\nA,10000,2000,2000,3,60\n"
        + "B,5000,1000,1000,2,40\n");

    assertThat(figure(t, 0, 1)).isEqualTo(amount("2000", AmountUnit.POUNDS, -3));
    assertThat(figure(t, 0, 2)).isEqualTo(number("2000"));
    assertThat(figure(t, 0, 3)).isEqualTo(number("3"));
    assertThat(figure(t, 0, 4)).isEqualTo(number("60"));
  }

  @Test
  void aColumnMostlyOfPercentagesIsNotMoney() {
    PublishedTable mostly = table("Service,Spend £,Change\nA,10000,5%\nB,5000,3%\nC,2000,2\n");
    assertThat(figure(mostly, 2, 1)).isEqualTo(number("2"));

    PublishedTable few = table("Service,Spend £,Change\nA,10000,5%\nB,5000,3\nC,2000,2\n");
    assertThat(figure(few, 0, 1)).as("a percentage is never money").isEqualTo(number("5"));
    assertThat(figure(few, 2, 1)).isEqualTo(amount("2", AmountUnit.POUNDS, 0));
  }

  @Test
  void aColumnHalfOfPercentagesIsNotMoneyAndAColumnOfDashesInAMoneyTableIs() {
    PublishedTable half = table("Service,Spend £,Change\nA,10000,5%\nB,5000,3\n");
    assertThat(figure(half, 1, 1)).isEqualTo(number("3"));

    PublishedTable dashes = table("Service,Spend £,Income £\nA,10000,-\nB,5000,-\n");
    assertThat(figure(dashes, 0, 1)).isEqualTo(ReportedAmount.of(BigDecimal.ZERO, AmountUnit.POUNDS, 12));
  }

  @Test
  void aUnitPrintedOverAColumnOfWordsIsTheUnitOfTheFigures() {
    PublishedTable t = table("Service,Spend,Income,Comment £m\nA,10,-2,ok\nB,5,-1,fine\n");

    assertThat(t.unit()).isEqualTo(AmountUnit.MILLIONS);
    assertThat(figure(t, 0, 1)).isEqualTo(amount("-2", AmountUnit.MILLIONS, 0));
  }

  @Test
  void aFigureWithAPoundSignAmongFiguresInMillionsIsInPounds() {
    PublishedTable t = table("Service,Spend,Income\nA,\"£27.6m\",\"£744,000\"\nB,\"£3.1m\",\"£2.5m\"\n"
        + "C,\"£1.2m\",\"£0.3m\"\n");

    assertThat(t.unit()).isEqualTo(AmountUnit.MILLIONS);
    assertThat(figure(t, 0, 1)).isEqualTo(amount("744000", AmountUnit.POUNDS, 0));
    assertThat(figure(t, 1, 1)).isEqualTo(amount("2.5", AmountUnit.MILLIONS, 1));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Service,Spend £,Income £\\nA,10000,-2000\\nB,5000,-1000          | -3",
      "Service,Spend £,Income £\\nA,10000,0\\nB,5000,-                  | -3",
      "Service,Spend £,FTE\\nA,10000,3.5\\nB,5000,2.0                   | -3",
      "Service,Spend £,Income £\\nA,10000,-2000\\nB,5500,-1000          | 0",
      "Service,Spend £,Income £\\nA,10000,-2000\\nB,5000.00,-1000       | 0",
      "Service,Spend £,Income £\\nA,0,0\\nB,0,-                         | 0",
      "Service,Spend £000,Income £000\\nA,10000,-2000\\nB,5000,-1000    | 0"})
  void aTableInPoundsWhoseEveryFigureIsAWholeNumberOfThousandsIsToTheNearestThousand(String text, int decimals) {
    PublishedTable t = table(text.replace("\\n", "\n"));

    assertThat(t.cell(0, 0).orElseThrow().value().decimals()).isEqualTo(decimals);
  }

  @Test
  void givenDecimalsAreKeptAndAFigureWithItsOwnUnitKeepsItsPrecision() {
    String text = "Service,Spend £,Income £\nA,10000,-2000\nB,5000,-1000\n";
    PublishedTable exact = table(text, TableOptions.builder().decimals(0).build());
    assertThat(figure(exact, 0, 0)).isEqualTo(amount("10000", AmountUnit.POUNDS, 0));

    PublishedTable t = table("Service,Spend £,Income £\nA,10000,-2000\nB,5000,£1.2m\n");
    assertThat(figure(t, 0, 0)).isEqualTo(amount("10000", AmountUnit.POUNDS, -3));
    assertThat(figure(t, 1, 1)).isEqualTo(amount("1.2", AmountUnit.MILLIONS, 1));
  }

  @Test
  void rowsOfWordsAmongTheFiguresAreHeadingsAndAbsentOrUnreadableCellsAreNoFigure() {
    ReadResult<Document> r = read("Service,Spend £,Income £\nA,10000,-2000\nExpenditure adjustments,,\n"
        + "B,5000,-1000\nC,-1000,TBC\nServices,2019-20,2020-21\nD,1000,x12\n", TableOptions.defaults());
    PublishedTable t = r.sections(PublishedTable.class).get(0);

    assertThat(t.rows()).containsExactly("A", "B", "C", "D");
    assertThat(r.validate().withCode(CsvRules.LAYOUT_DISCOVERED)).extracting(Finding::message)
        .contains("Row 6 holds headings, not figures (Services, 2019-20, 2020-21); no total is looked for across it");
    assertThat(t.isAbsent(2, 1)).isTrue();
    assertThat(t.cell(2, 1)).isEmpty();
    assertThat(t.isAbsent(3, 1)).as("an unreadable cell is left out").isTrue();
    assertThat(r.validate().withCode(CsvRules.CELL_UNREADABLE)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location().pointer()).contains("C7: row 7, column \"Income £\"");
    });
    assertThat(t.isAbsent(0, 1)).isFalse();
  }

  @Test
  void aRowOfANameAloneHeadsTheRowsUnderItAndATotalNamedForItAddsThem() {
    String rows = "A,10,-2\nB,5,-1\nTotal,15,-3\nC,1,0\nD,2,0\nTotal expenditure adjustments,30,7\n";
    PublishedTable headed = table("Service,Spend,Income\n" + rows.replace("C,1", "Expenditure adjustments,,\nC,1"));
    PublishedTable plain = table("Service,Spend,Income\n" + rows);

    assertThat(headed.rows()).isEqualTo(plain.rows());
    assertThat(headed.relations()).extracting(headed::describe)
        .containsExactly("Total = A + B", "Total expenditure adjustments = C + D");
    assertThat(plain.relations()).extracting(plain::describe).containsExactly("Total = A + B");
  }

  @Test
  void aDashIsZeroAndTheCellKeepsWhereItWasPrinted() {
    PublishedTable t = table("Service,Spend,Income\nA,10,-\nB,5,-1\n");

    assertThat(figure(t, 0, 1)).isEqualTo(ReportedNumber.of(BigDecimal.ZERO, 12));
    assertThat(t.cell(0, 1).orElseThrow().printed()).isEqualTo("-");
    assertThat(t.cell(1, 1).orElseThrow().location().line()).isEqualTo(3);
  }

  @Test
  void theTitleAndIdAreGivenOrTakenFromTheTitleRow() {
    String text = "Adult social care 2019\nService,Spend,Income\nA,10,-2\nB,5,-1\n";
    PublishedTable titled = table(text);
    assertThat(titled.title()).isEqualTo("Adult social care 2019");
    assertThat(titled.id()).isEqualTo("adult-social-care-2019");

    PublishedTable given = table(text, TableOptions.builder().title("Care").id("care-1").build());
    assertThat(given.title()).isEqualTo("Care");
    assertThat(given.id()).isEqualTo("care-1");

    PublishedTable untitled = table("Service,Spend,Income\nA,10,-2\nB,5,-1\n");
    assertThat(untitled.title()).isEqualTo("t");
  }

  @Test
  void aRowOfDashesIsARowOfNilFiguresNotHeadings() {
    ReadResult<Document> r = read("Service,Spend,Income\nA,£10,£5\nB,-,-\nC,£3,£2\nD,£ –,–\nTotal,£13,£7\n",
        TableOptions.defaults());
    PublishedTable t = r.sections(PublishedTable.class).get(0);
    assertThat(t.rows()).containsExactly("A", "B", "C", "D", "Total");
    // A dash is nil: a figure of nothing, which the total adds as zero.
    assertThat(t.cell(1, 0).orElseThrow().value().value()).isZero();
    assertThat(r.notes().withCode(CsvRules.LAYOUT_DISCOVERED)).noneMatch(f -> f.message().contains("holds headings"));
    assertThat(r.validate().errors()).isEmpty();
  }
}
