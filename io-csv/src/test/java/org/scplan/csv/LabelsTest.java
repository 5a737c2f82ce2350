package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scplan.core.AmountUnit;
import org.scplan.core.FinancialYear;
import org.scplan.csv.internal.Labels;

/**
 * The words of a table as {@link Labels} reads them: a cell cleaned of typography and of the
 * apostrophe that neutralises a formula, the financial year a heading names (two-digit years
 * included), the unit it names, and the words and keys that identify a column.
 */
class LabelsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "'=SUM(A1)       | =SUM(A1)",
      "'-8,214.8       | -8,214.8",
      "'+44 1632       | +44 1632",
      "'@Total         | @Total",
      "'Older People   | 'Older People",
      "'               | '",
      "Rock 'n' roll   | Rock 'n' roll"})
  void anApostropheIsDroppedOnlyBeforeWhatWouldStartAFormula(String text, String clean) {
    assertThat(Labels.clean(text)).isEqualTo(clean);
  }

  @Test
  void neutralisingAndCleaningGiveTheCellBack() {
    for (String text : new String[] {"=SUM(A1)", "-5", "+5", "@x", "\tTabbed", "Plain", "", "'quoted"}) {
      assertThat(Labels.clean(Labels.neutralised(text))).as(text).isEqualTo(Labels.clean(text));
    }
    assertThat(Labels.neutralised("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    assertThat(Labels.neutralised("Older people")).isEqualTo("Older people");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "<b>Total</b>                    | Total",
      "<strong>Net</strong> spend      | Net spend",
      "**Total**                       | Total",
      "__Total__                       | Total",
      "'Older\u00a0\u00a0people'       | Older people",
      "'Older\u2007people'             | Older people",
      "'Older\u202fpeople'             | Older people",
      "'Older\u2009people'             | Older people",
      "'Older  people '                | Older people",
      "'  Older people'                | Older people"})
  void typographyIsCleanedAway(String text, String clean) {
    assertThat(Labels.clean(text)).isEqualTo(clean);
  }

  @Test
  void lineBreaksAndTabsInACellAreSpaces() {
    assertThat(Labels.clean("Older\npeople")).isEqualTo("Older people");
    assertThat(Labels.clean("Older\r\npeople")).isEqualTo("Older people");
    assertThat(Labels.clean("Older\tpeople")).isEqualTo("Older people");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2019/20      | 2019",
      "2019-20      | 2019",
      "FY 2019-20   | 2019",
      "2010 – 2011  | 2010",
      "2010 to 2011 | 2010",
      "14/15        | 2014",
      "19/20        | 2019",
      "89/90        | 2089",
      "90/91        | 1990",
      "95/96        | 1995",
      "99/00        | 1999"})
  void aFinancialYearIsReadInTheFormsHeadingsPrint(String text, int start) {
    assertThat(Labels.year(text)).contains(FinancialYear.of(start));
    assertThat(Labels.isYear(text)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"14/16", "15/14", "14/2015", "19/19", "2019/21", "Net", "2019"})
  void twoYearsThatAreNotOneAfterTheOtherAreNoFinancialYear(String text) {
    assertThat(Labels.year(text)).isEmpty();
  }

  @Test
  void aCalendarYearAloneIsAYearButNotAFinancialOne() {
    assertThat(Labels.isYear("2019")).isTrue();
    assertThat(Labels.isYear("1899")).isFalse();
    assertThat(Labels.isYear("Net")).isFalse();
    assertThat(Labels.years("2018/19 Actual and 2019/20 Budget")).containsExactly(FinancialYear.of(2018),
        FinancialYear.of(2019));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Gross Exp £m     | MILLIONS",
      "Spend (£m)       | MILLIONS",
      "£bn              | MILLIONS",
      "£'000            | THOUSANDS",
      "£000s            | THOUSANDS",
      "£k               | THOUSANDS",
      "£ thousands      | THOUSANDS",
      "Budget (£)       | POUNDS",
      "Net GBP          | POUNDS"})
  void theUnitAHeadingNames(String heading, AmountUnit unit) {
    assertThat(Labels.unit(heading)).contains(unit);
  }

  @Test
  void aHeadingOfWordsNamesNoUnit() {
    assertThat(Labels.unit("Gross expenditure")).isEmpty();
    assertThat(Labels.isUnitsOrYears("£'000")).isTrue();
    assertThat(Labels.isUnitsOrYears("2019/20 £m*")).isTrue();
    assertThat(Labels.isUnitsOrYears("Net £m")).isFalse();
    assertThat(Labels.isUnitsOrYears(" ")).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Gross Exp £m            | gross exp",
      "GROSS EXP.              | gross exp",
      "2019/20 Gross exp*      | gross exp",
      "Non-staffing            | non staffing",
      "Spend Q1                | spend",
      "Spend q1                | spend",
      "Q2 spend                | spend",
      "Spend GBP               | spend",
      "Net 2019 to 2020        | net",
      "Cost to date            | cost to date",
      "Fees & charges          | fees and charges",
      "Service line 12         | service line 12",
      "Older  people           | older people"})
  void aHeadingIsReducedToTheWordsThatIdentifyIt(String heading, String words) {
    assertThat(Labels.words(heading)).isEqualTo(words);
  }

  @Test
  void wordsWithYearsKeepEachYearAsAWord() {
    assertThat(Labels.wordsWithYears("2009/10 FTE")).isEqualTo("fy2009 fte");
    assertThat(Labels.wordsWithYears("2010/11 FTE")).isEqualTo("fy2010 fte");
    assertThat(Labels.wordsWithYears("FTE 14/15")).isEqualTo("fte fy2014");
    assertThat(Labels.words("2009/10 FTE")).isEqualTo(Labels.words("2010/11 FTE")).isEqualTo("fte");
  }

  @Test
  void aSlugIsTheTitlesWordsJoinedByHyphens() {
    assertThat(Labels.slug("Table 5: Resources")).isEqualTo("table-5-resources");
    assertThat(Labels.slug("<b>Budget</b> 2019/20")).isEqualTo("budget-2019-20");
    assertThat(Labels.slug("£ – %")).isEqualTo("table");
    String longTitle = "Revenue budget of the adult social care and health directorate by service line 2019";
    assertThat(Labels.slug(longTitle)).isEqualTo("revenue-budget-of-the-adult-social-care-and-health-directora");
    assertThat(Labels.slug("Revenue budget of the adult social care and health directorate plus more"))
        .as("cut at 60 characters, with no hyphen left at the end").hasSizeLessThanOrEqualTo(60).doesNotEndWith("-");
  }

  @Test
  void aKeyStartsWithALetterOrIsTheFallback() {
    assertThat(Labels.key("2019/20 Net £m", "column-5")).isEqualTo("net");
    assertThat(Labels.key("2019/20", "column-5")).isEqualTo("column-5");
    assertThat(Labels.key("£m", "column-2")).isEqualTo("column-2");
    assertThat(Labels.key("5 year plan", "column-3")).isEqualTo("c-5-year-plan");
    assertThat(Labels.key("Gross expenditure", "column-2")).isEqualTo("gross-expenditure");
    String longHeading = "Net expenditure after specific grants and contributions from reserves and partners";
    assertThat(Labels.key(longHeading, "column-2")).hasSizeLessThanOrEqualTo(60)
        .isEqualTo("net-expenditure-after-specific-grants-and-contributions-from");
  }
}
