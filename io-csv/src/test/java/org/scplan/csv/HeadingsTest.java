package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.scplan.core.AmountUnit;
import org.scplan.core.Finding;
import org.scplan.core.FinancialYear;
import org.scplan.csv.internal.Labels;

/**
 * How {@link Headings} finds a table's headings: the heading row (the row before the figures that
 * names the most known columns, a row of two or more cells before a title), the titles and bands of
 * years or words above it, the rows of units under it, each column's heading, year and unit, and the
 * rows whose cells do not match the heading row's.
 */
class HeadingsTest {
  /** Every text is a heading the reader knows. */
  private static final ToIntFunction<String> ANY = t -> 1;
  /** Texts of letters and spaces alone: not years, units or figures. */
  private static final ToIntFunction<String> WORDS = t -> t.matches("[A-Za-z ]+") ? 1 : 0;
  /** No text is. */
  private static final ToIntFunction<String> NONE = t -> 0;

  private static RawTable table(String csv) {
    return RawTable.parse(csv, TableFormat.CSV, TableLimits.standard(), new Problems("headings.csv"));
  }

  private static Headings headings(String csv, ToIntFunction<String> known) {
    return Headings.find(table(csv), known).orElseThrow();
  }

  @Test
  void aTableOfBlankRowsHasNoHeadingsAndLeadingBlankRowsAreNoneOfThem() {
    assertThat(Headings.find(table("\n,,\n\n"), ANY)).isEmpty();
    Headings h = headings("\n,\nService,Budget\nCare,10\n", ANY);
    assertThat(h.labelRow).isEqualTo(2);
    assertThat(h.titles).isEmpty();
    assertThat(h.dataRows()).extracting(r -> r.text(0)).containsExactly("Care");
  }

  @Test
  void aTableOfHeadingsAloneHasNoRowsUnderThem() {
    Headings h = headings("Title\nService,Budget\n", ANY);
    assertThat(h.labelRow).isEqualTo(1);
    assertThat(h.titles).containsExactly("Title");
    assertThat(h.dataRows()).isEmpty();
  }

  @Test
  void theHeadingRowNamesTheMostKnownColumnsAndTheFirstOfEqualRowsWins() {
    ToIntFunction<String> known = t -> List.of("Service", "Budget", "Actual").contains(t) ? 1 : 0;
    assertThat(headings("Service,Budget,Other\nService,Budget,Actual\nCare,10,9\n", known).labelRow).isEqualTo(1);
    assertThat(headings("Service,Budget,Other\nService,Budget,More\nCare,10,9\n", known).labelRow).isEqualTo(0);
  }

  @Test
  void aCellOfAHundredCharactersIsAHeadingButALongerOneIsASentence() {
    String hundred = "x".repeat(100);
    assertThat(headings("Service," + hundred + "\nService,Budget\nCare,10\n", ANY).labelRow).isEqualTo(0);
    assertThat(headings("Service," + hundred + "x\nService,Budget\nCare,10\n", ANY).labelRow).isEqualTo(1);
  }

  @Test
  void aRowOfOneCellIsATitleThatHeadsTheColumnsOnlyWhenNoWiderRowNamesAny() {
    ToIntFunction<String> budget = t -> t.equals("Budget") ? 1 : 0;
    Headings h = headings("Budget\nNote a,Note b\nCare,10\n", budget);
    assertThat(h.labelRow).as("the only row naming a column").isEqualTo(0);
    Headings wide = headings("Budget\nService,Budget\nCare,10\n", budget);
    assertThat(wide.labelRow).isEqualTo(1);
    assertThat(wide.titles).containsExactly("Budget");
  }

  @Test
  void withNoWideRowACellOverTheFiguresHeadsThemBeforeATitleInTheLabelColumn() {
    // Hampshire Fire and Rescue Authority's "Changes in the Budget", 2018/19: a title, then £000 over the figures.
    Headings h = headings("Changes in the Budget\n,£000\n2018/19 Deficit as per MTFP,\"2,456\"\n"
        + "Efficiency plan changes,42\n", ANY);
    assertThat(h.labelRow).isEqualTo(1);
    assertThat(h.titles).containsExactly("Changes in the Budget");
    assertThat(h.heading).containsExactly("", "£000");
    Headings sentence = headings("2.1 The following table outlines the movements in the 2019/20 General Services"
        + " budget:\n,2019/20 £m\nBudget approved as at 30 November 2019,51.368\n", ANY);
    assertThat(sentence.heading).containsExactly("", "2019/20 £m");
    assertThat(sentence.titles).hasSize(1);
  }

  @Test
  void aRowOfYearsHeadsTheColumnsBeforeATitleOfOneCell() {
    // Barnacre-with-Bonds Parish Council's precept, 2024/25: a title, then the years over the figures.
    ToIntFunction<String> notYears = t -> Labels.isYear(t) ? 0 : 1;
    Headings h = headings("Barnacre-With-Bonds Parish Council Precept\n,2023/24,2024/25\nPrecept,£8000,£17000\n",
        notYears);
    assertThat(h.labelRow).isEqualTo(1);
    assertThat(h.titles).containsExactly("Barnacre-With-Bonds Parish Council Precept");
    assertThat(h.year).containsExactly(null, FinancialYear.of(2023), FinancialYear.of(2024));
    Headings words = headings("Budget\nNote a,Note b\nCare,10\n", t -> t.equals("Budget") ? 1 : 0);
    assertThat(words.labelRow).as("a row of words no reader knows is no row of years").isZero();
  }

  @Test
  void withNoKnownHeadingTheFirstRowOfTwoCellsHeadsTheColumnsElseTheFirstRow() {
    assertThat(headings("Title\nService,Budget\nArea,Amount\nCare,10\n", NONE).labelRow).isEqualTo(1);
    assertThat(headings("Service,Budget\nArea,Amount\nCare,10\n", NONE).labelRow).isEqualTo(0);
    assertThat(headings("Title\nSubtitle\nCare,10\n", NONE).labelRow).isEqualTo(0);
  }

  @Test
  void onlyTheTwentyRowsBeforeTheFiguresAreSearchedForTheHeadingRow() {
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      csv.append("Title ").append(i).append('\n');
    }
    ToIntFunction<String> known = t -> t.startsWith("Service") ? 1 : 0;
    Headings h = headings(csv + "Service,Budget\nCare,10\n", known);
    assertThat(h.labelRow).as("the 21st row is not looked at").isEqualTo(0);
    Headings near = headings(csv.substring(csv.indexOf("\n") + 1) + "Service,Budget\nCare,10\n", known);
    assertThat(near.labelRow).isEqualTo(19);
  }

  @Test
  void aTitleIsTheOneCellOfItsRowWhereverItIsPrinted() {
    Headings h = headings(",Adult social care 2019/20,\n,£000s,\nService,Gross,Net\nCare,10,9\n", ANY);
    assertThat(h.titles).containsExactly("Adult social care 2019/20", "£000s");
    assertThat(h.titleYear()).contains(FinancialYear.of(2019));
    assertThat(h.titleUnit()).contains(AmountUnit.THOUSANDS);
    assertThat(headings("Summary\nService,Gross\nCare,10\n", ANY).titleUnit()).isEmpty();
  }

  @Test
  void aBandsWordsSpanTheBlankCellsToTheirRightThatTheHeadingRowNames() {
    Headings h = headings(",Expenditure,,Income,,\nService,Budget,To date,Budget,To date,\nCare,10,5,3,1,\n", WORDS);
    assertThat(h.labelRow).isEqualTo(1);
    assertThat(h.heading).containsExactly("Service", "Expenditure Budget", "Expenditure To date", "Income Budget",
        "Income To date", "");
    assertThat(h.printed).containsExactly("Service", "Budget", "To date", "Budget", "To date", "");
  }

  @Test
  void aRowOfSeveralCellsOverNoColumnOfFiguresIsACaptionNotABand() {
    Headings h = headings("Payments to Report\nNov 2024,Credit card payments to note\nInv Date,To,Details,Net,Vat,Gross\n"
        + "30/10/2024,LEBARA MOBILE LIMITED,mobile phone,4.13,0.83,4.95\n", WORDS);
    assertThat(h.labelRow).isEqualTo(2);
    assertThat(h.titles).containsExactly("Payments to Report", "Nov 2024 Credit card payments to note");
    assertThat(h.heading).containsExactly("Inv Date", "To", "Details", "Net", "Vat", "Gross");
    Headings band = headings("Service,Expenditure,,Income,\n,Budget,To date,Budget,To date\nCare,10,5,3,1\n", WORDS);
    assertThat(band.titles).as("a band with its first cell filled, over figures").isEmpty();
    assertThat(band.heading).containsExactly("Service", "Expenditure Budget", "Expenditure To date", "Income Budget",
        "Income To date");
  }

  @Test
  void aBandsYearsSpanTheCellsToTheirRightButAreNoPartOfTheHeadings() {
    Headings h = headings(",2019/20,,2020/21,\nService,Budget,Actual,Budget,Actual\nCare,10,9,11,12\n", WORDS);
    assertThat(h.heading).containsExactly("Service", "Budget", "Actual", "Budget", "Actual");
    assertThat(h.year).containsExactly(null, FinancialYear.of(2019), FinancialYear.of(2019), FinancialYear.of(2020),
        FinancialYear.of(2020));
    assertThat(h.headingWithYear(2)).isEqualTo(FinancialYear.of(2019) + " Actual");
    assertThat(h.headingWithYear(0)).isEqualTo("Service");
  }

  @Test
  void aBandOfUnitsGivesEachColumnItsUnitAndSpansNoWords() {
    Headings band = headings(",£'000,,£m\nService,Budget,Actual,Outturn\nCare,10,9,1\n", WORDS);
    assertThat(band.labelRow).isEqualTo(1);
    assertThat(band.unit).containsExactly(null, AmountUnit.THOUSANDS, null, AmountUnit.MILLIONS);
    assertThat(band.heading).containsExactly("Service", "£'000 Budget", "Actual", "£m Outturn");
  }

  @Test
  void rowsOfUnitsAndYearsUnderTheHeadingRowAreHeadingsButABlankRowIsNot() {
    Headings h = headings("Service,Budget,Outturn\n,£000,2019/20\nCare,10,9\n", ANY);
    assertThat(h.dataStart).isEqualTo(2);
    assertThat(h.unit[1]).isEqualTo(AmountUnit.THOUSANDS);
    assertThat(h.year[2]).isEqualTo(FinancialYear.of(2019));
    assertThat(h.headingWithYear(2)).isEqualTo(FinancialYear.of(2019) + " Outturn");
    Headings blank = headings("Service,Budget\n,\nCare,10\n", ANY);
    assertThat(blank.dataStart).isEqualTo(1);
  }

  @Test
  void aHeadingThatNamesItsYearIsNotGivenItAgain() {
    Headings h = headings("Service,Budget 2019/20\nCare,10\n", ANY);
    assertThat(h.year[1]).isEqualTo(FinancialYear.of(2019));
    assertThat(h.headingWithYear(1)).isEqualTo("Budget 2019/20");
    assertThat(h.name(1)).isEqualTo("Budget 2019/20");
    assertThat(h.name(2)).isEmpty();
  }

  @Test
  void aShortRowIsRaggedAtTheCellAfterItsLast() {
    Problems problems = new Problems("ragged.csv");
    headings("Service,Gross,Net\nCare,10\nHomes,5,4\n", ANY).checkRagged(problems);
    List<Finding> found = problems.problems().findings();
    assertThat(found).extracting(Finding::code).containsExactly(CsvRules.ROW_RAGGED);
    assertThat(found.get(0).location().pointer()).contains("C2: row 2, column \"Net\"");
    assertThat(found.get(0).location().line()).isEqualTo(2);
    assertThat(found.get(0).location().column()).as("where the row's last cell, \"10\", is").isEqualTo(6);
    assertThat(found.get(0).message()).contains("has 2 cells", "has 3", "ends before column 3 \"Net\"");
  }

  @Test
  void aCellBeyondTheHeadingRowIsRaggedButBlankCellsAndShortHeadingsAreNot() {
    Problems problems = new Problems("ragged.csv");
    headings("Service,Gross,Net\nFinanced by\nCare,10,9,,\nHomes,5,4,,x\n", ANY).checkRagged(problems);
    List<Finding> found = problems.problems().findings();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).location().pointer()).contains("E4: row 4, column 5");
    assertThat(found.get(0).message()).contains("beyond the 3 columns", "column 5 holds \"x\"");
  }

  @Test
  void theTitleIsTheOptionsElseTheFirstTitleRowElseTheFilesName() {
    Headings titled = headings("Budget book\nService,Gross\nCare,10\n", ANY);
    assertThat(titled.title(TableOptions.defaults(), "book.csv")).isEqualTo("Budget book");
    assertThat(titled.title(TableOptions.builder().title("Care").build(), "book.csv")).isEqualTo("Care");
    assertThat(headings("Service,Gross\nCare,10\n", ANY).title(TableOptions.defaults(), "book.csv"))
        .isEqualTo("book.csv");
  }
}
