package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.core.CalendarMonth;
import org.scplan.core.Document;
import org.scplan.core.FinancialQuarter;
import org.scplan.core.FinancialYear;
import org.scplan.core.Finding;
import org.scplan.core.Rag;
import org.scplan.core.ReadResult;
import org.scplan.core.ReportingPeriod;
import org.scplan.performance.Actual;
import org.scplan.performance.Frequency;
import org.scplan.performance.Indicator;
import org.scplan.performance.IndicatorSet;
import org.scplan.performance.IndicatorUnit;
import org.scplan.performance.Target;

/**
 * The columns of an indicator table: the period each column of results or targets is for (its own
 * heading, a quarter or month in the year of the title or option, the nearest column naming one),
 * the status its heading gives a result, baselines, manager, source, frequency, unit and status
 * codes; and rows that group the indicators under them or repeat the headings.
 */
class IndicatorColumnsTest {
  private static ReadResult<Document> read(TableOptions options, String text) {
    return TableReader.of(options).read("indicators.csv", text);
  }

  private static ReadResult<Document> read(String text) {
    return read(TableOptions.builder().kind(TableKind.INDICATORS).build(), text);
  }

  private static List<Indicator> indicators(ReadResult<Document> r) {
    assertThat(r.isRead()).as(r.toString()).isTrue();
    return r.section(IndicatorSet.class).orElseThrow().indicators();
  }

  private static List<ReportingPeriod> periods(Indicator indicator) {
    return indicator.actuals().stream().map(Actual::period).toList();
  }

  @Test
  void quartersAndMonthsWithoutAYearAreInTheYearTheTitleNames() {
    Indicator quarters = indicators(read("Performance 2019-20\nRef,Indicator,Q1 (April to June),Q2 (July to September)\n"
        + "PI 1,Reviews,78,80\n")).get(0);
    FinancialYear y = FinancialYear.of(2019);
    assertThat(periods(quarters)).containsExactly(FinancialQuarter.of(y, 1), FinancialQuarter.of(y, 2));
    // April to December fall in the year's first calendar year, January to March in its second; a month
    // printed with its year (in two figures or four) is that month.
    Indicator months = indicators(read("Performance 2019-20\nRef,Indicator,Apr,Dec,Jan,Mar,May 2011,Jun 11\n"
        + "PI 1,Reviews,1,2,3,4,5,6\n")).get(0);
    assertThat(periods(months)).containsExactly(CalendarMonth.of(2019, 4), CalendarMonth.of(2019, 12),
        CalendarMonth.of(2020, 1), CalendarMonth.of(2020, 3), CalendarMonth.of(2011, 5), CalendarMonth.of(2011, 6));
  }

  @Test
  void quartersAndMonthsWithoutAYearAreInTheYearTheOptionNames() {
    TableOptions options = TableOptions.builder().kind(TableKind.INDICATORS).period(FinancialYear.of(2019)).build();
    Indicator quarter = indicators(read(options, "Ref,Indicator,Q3 (October to December),Mar\nPI 1,Reviews,78,80\n"))
        .get(0);
    assertThat(periods(quarter)).containsExactly(FinancialQuarter.of(FinancialYear.of(2019), 3),
        CalendarMonth.of(2020, 3));
  }

  @Test
  void quartersAndMonthsWithNoYearAnywhereAreProblemsAtTheirHeadings() {
    ReadResult<Document> r = read("Ref,Indicator,Q1 (April to June),Apr\nPI 1,Reviews,78,80\n");
    assertThat(r.isRead()).isFalse();
    assertThat(r.problems().findings()).extracting(f -> f.location().pointer().orElseThrow())
        .containsExactly("C1: row 1, column \"Q1 (April to June)\"", "D1: row 1, column \"Apr\"");
    assertThat(r.problems().findings()).extracting(Finding::message).allSatisfy(m -> assertThat(m).containsAnyOf(
        "(column 3) names no period", "(column 4) names no period"));
  }

  @Test
  void aColumnWithoutAPeriodTakesTheNearestColumnsPeriodTheLeftOneOnATie() {
    Indicator nearest = indicators(read("Ref,Indicator,Q1 2019-20 Actual,Q2 2019-20 Actual,Target\n"
        + "PI 1,Reviews,78,80,85\n")).get(0);
    assertThat(nearest.targets()).extracting(Target::period).containsExactly(FinancialQuarter.parse("Q2 2019-20"));
    // "Outturn" stands between a target for 2019-20 and a result for 2020-21: the left one gives its year.
    Indicator tie = indicators(read("Ref,Indicator,Target 2019/20,Outturn,Actual 2020/21\nPI 1,Reviews,70,75,80\n"))
        .get(0);
    assertThat(periods(tie)).containsExactly(FinancialYear.of(2019), FinancialYear.of(2020));
  }

  @Test
  void aPreviousColumnWithNoPeriodAndNoResultsIsAProblem() {
    ReadResult<Document> r = read("Ref,Indicator,Previous\nPI 1,Reviews,76\n");
    assertThat(r.isRead()).isFalse();
    assertThat(r.problems().findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(CsvRules.YEAR_MISSING);
      assertThat(f.location().pointer()).contains("C1: row 1, column \"Previous\"");
    });
  }

  @Test
  void aTableWithNoColumnOfNamesIsRefused() {
    ReadResult<Document> r = read("Actual 2018-19,Target 2018-19\n78,80\n");
    assertThat(r.isRead()).isFalse();
    assertThat(r.problems().findings()).extracting(Finding::code).containsExactly(CsvRules.HEADER_NO_NAMES);
  }

  @Test
  void theHeadingOfAResultSaysWhetherItIsEstimatedForecastProvisionalOrReported() {
    Indicator pi = indicators(read("Ref,Indicator,Estimated outturn 2018-19,Forecast 2019-20,"
        + "Provisional outturn 2017-18,Outturn 2016-17\nPI 1,Reviews,1,2,3,4\n")).get(0);
    assertThat(pi.actuals()).extracting(Actual::status).containsExactly(Actual.Status.ESTIMATED,
        Actual.Status.FORECAST, Actual.Status.PROVISIONAL, Actual.Status.REPORTED);
  }

  @Test
  void rowsOfNamesAloneGroupTheIndicatorsUnderThem() {
    String text = "Ref,Indicator,Actual 2018-19,Target 2018-19,Manager,Source,Frequency\n"
        + ",Adult social care,,,,,\n"
        + "PI 1,Reviews,78,80,Jo Bloggs,Council Plan,Quarterly\n"
        + "B,,,,,,\n"
        + "PI 9,,50,60,,,\n"
        + ",,40,45,,,\n";
    List<Indicator> indicators = indicators(read(text));
    // A row naming nothing is no indicator; one with only its reference is titled by it.
    assertThat(indicators).extracting(Indicator::title).containsExactly("Reviews", "PI 9");
    assertThat(indicators).extracting(i -> i.group().orElseThrow()).containsExactly("Adult social care", "B");
    Indicator pi1 = indicators.get(0);
    assertThat(pi1.accountableManager()).contains("Jo Bloggs");
    assertThat(pi1.source()).contains("Council Plan");
    assertThat(pi1.frequency()).contains(Frequency.QUARTERLY);
    Indicator pi9 = indicators.get(1);
    assertThat(pi9.accountableManager()).isEmpty();
    assertThat(pi9.source()).isEmpty();
    assertThat(pi9.frequency()).isEmpty();
  }

  @Test
  void aRowRepeatingTheHeadingsIsNoIndicator() {
    String text = "Ref,Indicator,Actual 2018-19,Target 2018-19\nPI 1,Reviews,78,80\n"
        + "Ref,Indicator,Actual 2018-19,Target 2018-19\nPI 2,Visits,50,60\n";
    ReadResult<Document> r = read(text);
    assertThat(indicators(r)).extracting(Indicator::label).containsExactly("PI 1", "PI 2");
    assertThat(r.notes().withCode(CsvRules.ROW_NOTE)).extracting(f -> f.location().pointer().orElseThrow())
        .containsExactly("row 3");
  }

  @Test
  void aStarOrFootnoteMarksABaselineInATargetOrBaselineColumn() {
    String text = "Ref,Indicator,Actual 2018-19,Target baseline 2018-19\n"
        + "PI 1,Reviews*,78,70\nPI 2,Visits,50,60*\nPI 3,Calls,40,45\n";
    List<Indicator> indicators = indicators(read(text));
    assertThat(indicators).extracting(Indicator::title).containsExactly("Reviews", "Visits", "Calls");
    assertThat(indicators).extracting(i -> i.targets().get(0).kind())
        .containsExactly(Target.Kind.BASELINE, Target.Kind.BASELINE, Target.Kind.TARGET);
    // In a column of targets alone a star is a footnote, not a baseline; a column of baselines holds baselines.
    assertThat(indicators(read("Ref,Indicator,Actual 2018-19,Target 2018-19\nPI 1,Reviews*,78,70\n")).get(0)
        .targets()).extracting(Target::kind).containsExactly(Target.Kind.TARGET);
    assertThat(indicators(read("Ref,Indicator,Actual 2018-19,Baseline 2018-19\nPI 1,Reviews,78,70\n")).get(0)
        .targets()).extracting(Target::kind).containsExactly(Target.Kind.BASELINE);
  }

  @Test
  void aCouncilsOwnStatusCodesAreReadBeforeTheUsualWords() {
    TableOptions options = TableOptions.builder().kind(TableKind.INDICATORS).putStatusMap("On target", Rag.GREEN)
        .build();
    ReadResult<Document> r = read(options, "Ref,Indicator,Actual 2018-19,RAG\nPI 1,Reviews,78, on TARGET \n");
    assertThat(indicators(r).get(0).actual(FinancialYear.of(2018)).orElseThrow().publishedRag()).contains(Rag.GREEN);
    ReadResult<Document> purple = read(options, "Ref,Indicator,Actual 2018-19,RAG\nPI 1,Reviews,78,Purple\n");
    assertThat(purple.problems().findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(CsvRules.CELL_UNREADABLE);
      assertThat(f.expected()).hasValueSatisfying(e -> assertThat(e).contains("On target"));
    });
  }

  @Test
  void aStatusWithNoResultNamesTheIndicatorByItsTitleWhenItHasNoReference() {
    ReadResult<Document> r = read("Ref,Indicator,Actual 2018-19,RAG\n,Reviews,,Green\n");
    assertThat(r.notes().withCode(CsvRules.STATUS_WITHOUT_RESULT)).extracting(Finding::message).singleElement()
        .asString().contains("for Reviews but no result");
  }

  @Test
  void moneyIsHeldInPoundsAndAPrintedUnitIsTheUnit() {
    String text = "Ref,Indicator,Unit,Actual 2018-19,Target 2018-19\n"
        + "PI 1,Share,%,45,50\nPI 2,Cost,,£1.5m,£2m\nPI 3,Visits,count,12,10\n";
    List<Indicator> indicators = indicators(read(text));
    assertThat(indicators).extracting(Indicator::unit)
        .containsExactly(IndicatorUnit.PERCENTAGE, IndicatorUnit.parse("£m"), IndicatorUnit.COUNT);
    FinancialYear y = FinancialYear.of(2018);
    assertThat(indicators.get(1).actual(y).orElseThrow().value()).hasValueSatisfying(
        v -> assertThat(v).isEqualByComparingTo(new BigDecimal("1500000")));
    assertThat(indicators.get(1).target(y).orElseThrow().value()).hasValueSatisfying(
        v -> assertThat(v).isEqualByComparingTo(new BigDecimal("2000000")));
    assertThat(indicators.get(0).actual(y).orElseThrow().value()).contains(new BigDecimal("45"));
  }

  @Test
  void aPlainFigureInARowOfMoneyIsInTheUnitTheRowPrints() {
    String text = "Ref,Indicator,Unit,Actual 2018-19,Target 2018-19\n"
        + "PI 1,Spend,£m,1.5,2\nPI 2,Fees,£'000,250,£0.3m\nPI 3,Grant,£,900,1000\n";
    List<Indicator> indicators = indicators(read(text));
    FinancialYear y = FinancialYear.of(2018);
    assertThat(indicators).extracting(i -> i.actual(y).orElseThrow().value().orElseThrow())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("1500000"), new BigDecimal("250000"), new BigDecimal("900"));
    assertThat(indicators).extracting(i -> i.target(y).orElseThrow().value().orElseThrow())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("2000000"), new BigDecimal("300000"), new BigDecimal("1000"));
  }

  @Test
  void besideAColumnOfBaselinesAStarredIndicatorsTargetIsATarget() {
    ReadResult<Document> r = read("Ref,Indicator,Actual 2018-19,Baseline 2017-18,Target 2018-19\n"
        + "PI 1,Reviews *,78,70,80\n");
    assertThat(indicators(r).get(0).targets()).extracting(Target::kind, t -> t.value().orElseThrow())
        .containsExactly(tuple(Target.Kind.BASELINE, new BigDecimal("70")),
            tuple(Target.Kind.TARGET, new BigDecimal("80")));
    assertThat(indicators(r).get(0).targets()).extracting(t -> t.period().toString())
        .containsExactly("2017-18", "2018-19");
  }
}
