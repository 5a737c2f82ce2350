package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.FinancialQuarter;
import org.scplan.core.FinancialYear;
import org.scplan.core.Rag;
import org.scplan.core.ReadResult;
import org.scplan.performance.Actual;
import org.scplan.performance.Indicator;
import org.scplan.performance.IndicatorSet;
import org.scplan.core.Polarity;
import org.scplan.performance.RagRule;
import org.scplan.performance.IndicatorUnit;

/** Indicator tables: rows of reference, title, value, target, floor, last value and status. */
class IndicatorTablesTest {
  private static final String DASHBOARD = """
      Quarterly dashboard
      Ref,Indicator,Polarity,Previous,Actual 2018-19,Target 2018-19,Floor,RAG
      PI 1,Reviews completed on time,higher,76.0%,78.5%,80.0%,75.0%,Amber
      PI 2,Delayed transfers of care,lower,"53,973","41,730","41,730",,Green
      PI 3,Carers assessed,higher,,70.0%,80.0%,75.0%,Amber
      PI 4,Placeholder measure,higher,,Placeholder,TBC,,
      """;

  @Test
  void aDashboardIsReadAndItsPrintedStatusesHeldAgainstTheRule() {
    ReadResult<Document> r = TableReader.standard().read("dashboard.csv", DASHBOARD);
    assertThat(r.isRead()).as(r.toString()).isTrue();
    IndicatorSet set = r.section(IndicatorSet.class).orElseThrow();
    assertThat(set.title()).isEqualTo("Quarterly dashboard");
    assertThat(set.rule()).isEqualTo(RagRule.kentFloor());
    assertThat(set.indicators()).extracting(Indicator::label).containsExactly("PI 1", "PI 2", "PI 3", "PI 4");
    FinancialYear y = FinancialYear.of(2018);
    Indicator pi1 = set.indicator("PI 1").orElseThrow();
    assertThat(pi1.unit()).isEqualTo(IndicatorUnit.PERCENTAGE);
    assertThat(pi1.floor()).contains(new BigDecimal("75.0"));
    assertThat(pi1.actual(y).orElseThrow().publishedRag()).contains(Rag.AMBER);
    assertThat(pi1.actual(FinancialYear.of(2017)).orElseThrow().value()).contains(new BigDecimal("76.0"));
    assertThat(pi1.assess(y).rag()).contains(Rag.AMBER);
    Indicator pi2 = set.indicator("PI 2").orElseThrow();
    assertThat(pi2.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(pi2.unit()).isEqualTo(IndicatorUnit.COUNT);
    assertThat(pi2.assess(y)).hasToString("PI 2 2018-19: 41,730 vs target 41,730 (lower is better), no floor: GREEN;"
        + " improving since 2017-18 (53,973)");
    Indicator pi4 = set.indicator("PI 4").orElseThrow();
    assertThat(pi4.actual(y).orElseThrow().status()).isEqualTo(Actual.Status.MISSING);
    assertThat(pi4.target(y).orElseThrow().note()).contains("TBC");
    // PI 3 prints AMBER, but 70.0% is below its 75.0% floor: RED under Kent's floor rule.
    assertThat(r.validate().withCode("performance.rag.mismatch")).extracting(f -> f.location().toString())
        .containsExactly("Quarterly dashboard › PI 3 [2018-19 RAG]");
    assertThat(r.notes().withCode(CsvRules.POLARITY_ASSUMED)).isEmpty();
  }

  @Test
  void theRuleAndPolarityCanBeChosen() {
    ReadResult<Document> tolerance = TableReader.of(TableOptions.builder().rule(RagRule.tolerance(10)).build())
        .read("dashboard.csv", DASHBOARD);
    assertThat(Resources.kind(tolerance)).contains(TableKind.INDICATORS);
    assertThat(tolerance.section(IndicatorSet.class).orElseThrow().rule()).isEqualTo(RagRule.tolerance(10));
    // Within 10% of 80.0 reaches down to 72.0: PI 3's 70.0% is RED, PI 1's 78.5% AMBER.
    assertThat(tolerance.validate().withCode("performance.rag.mismatch")).extracting(f -> f.location().toString())
        .containsExactly("Quarterly dashboard › PI 3 [2018-19 RAG]");

    String noPolarity = "Ref,Indicator,Actual,Target\nX 1,Waiting times,12,10\n";
    ReadResult<Document> assumed = TableReader.of(TableOptions.builder().period(FinancialYear.of(2018)).build())
        .read("w.csv", noPolarity);
    assertThat(assumed.notes().withCode(CsvRules.POLARITY_ASSUMED)).hasSize(1);
    assertThat(assumed.section(IndicatorSet.class).orElseThrow().indicators().get(0).polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    ReadResult<Document> lower = TableReader.of(TableOptions.builder().period(FinancialYear.of(2018))
        .polarity(Polarity.LOWER_IS_BETTER).build()).read("w.csv", noPolarity);
    assertThat(lower.notes().withCode(CsvRules.POLARITY_ASSUMED)).isEmpty();
    assertThat(lower.section(IndicatorSet.class).orElseThrow().indicators().get(0).assess(FinancialYear.of(2018)).rag())
        .contains(Rag.AMBER);
  }

  @Test
  void periodsComeFromTheHeadingsQuartersIncluded() {
    String text = "Ref,Indicator,Q1 2013-14 Actual,Q1 2013-14 Target,Status\nPI 1,Reviews,78.5%,80.0%,A\n";
    IndicatorSet set = TableReader.standard().read("q.csv", text).section(IndicatorSet.class).orElseThrow();
    FinancialQuarter q1 = FinancialQuarter.parse("Q1 2013-14");
    assertThat(set.targetPeriods()).containsExactly(q1);
    assertThat(set.indicators().get(0).actual(q1).orElseThrow().publishedRag()).contains(Rag.AMBER);
  }

  @Test
  void aColumnWithNoPeriodAndNoOptionIsAProblem() {
    ReadResult<Document> r = TableReader.standard().read("p.csv", "Ref,Indicator,Actual,Target,RAG\nPI 1,Reviews,78,80,A\n");
    assertThat(r.isRead()).isFalse();
    assertThat(r.problems().findings()).extracting(Finding::code).containsOnly(CsvRules.YEAR_MISSING);
    assertThat(r.problems().findings().get(0).location().pointer()).contains("C1: row 1, column \"Actual\"");
  }

  @Test
  void unreadableStatusesPolaritiesAndFiguresAreProblemsAtTheirCells() {
    String text = "Ref,Indicator,Polarity,Actual 2018-19,Target 2018-19,RAG\nPI 1,A,sideways,78,80,A\n"
        + "PI 2,B,higher,7x,80,A\nPI 3,C,higher,78,80,Purple\n";
    ReadResult<Document> r = TableReader.standard().read("bad.csv", text);
    assertThat(r.problems().findings()).extracting(f -> f.location().pointer().orElseThrow()).containsExactly(
        "C2: row 2, column \"Polarity\"", "D3: row 3, column \"Actual 2018-19\"", "F4: row 4, column \"RAG\"");
    assertThat(r.problems().findings()).extracting(Finding::code).containsOnly(CsvRules.CELL_UNREADABLE);
  }

  @Test
  void statusesInWordsAreReadAsRatingsAndADashIsNoStatus() {
    // East Dunbartonshire's finance and audit indicators print "target achieved" and "below target".
    String text = "Ref,Indicator,Polarity,Actual 2021-22,Target 2021-22,Status\n"
        + "FA1,Invoices paid in 30 days,higher,95%,92%,target achieved\n"
        + "FA2,Council tax collected,higher,94.1%,95.0%,Below target\n"
        + "FA3,Debt recovered,higher,91%,90%,On Track\n"
        + "FA4,Audits completed,higher,88%,90%,-\n";
    ReadResult<Document> r = TableReader.standard().read("words.csv", text);
    assertThat(r.isRead()).as(r.toString()).isTrue();
    IndicatorSet set = r.section(IndicatorSet.class).orElseThrow();
    FinancialYear y = FinancialYear.of(2021);
    assertThat(set.indicators()).extracting(i -> i.actual(y).orElseThrow().publishedRag().orElse(null))
        .containsExactly(Rag.GREEN, Rag.RED, Rag.GREEN, null);
    assertThat(r.notes().withCode(CsvRules.CELL_WORDS)).extracting(Finding::message).containsExactly(
        "Statuses printed in words are read as ratings: \"target achieved\" as GREEN, \"Below target\" as RED,"
            + " \"On Track\" as GREEN; they have two states, met or missed, so each result is held against its"
            + " target alone (rule margin-0, no amber band; give TableOptions.rule to hold them to another)"
            + " (give TableOptions.putStatusMap to read them otherwise)");
    ReadResult<Document> mapped = TableReader.of(TableOptions.builder().putStatusMap("Below target", Rag.AMBER)
        .build()).read("words.csv", text);
    assertThat(mapped.section(IndicatorSet.class).orElseThrow().indicator("FA2").orElseThrow().actual(y)
        .orElseThrow().publishedRag()).as("a council's own map first").contains(Rag.AMBER);
    assertThat(set.rule()).as("every status in words, none amber: two states")
        .isEqualTo(RagRule.margin(BigDecimal.ZERO));
  }

  @Test
  void statusesOfTwoStatesInWordsAreHeldAgainstTheTargetAlone() {
    // East Dunbartonshire: "target achieved" or "below target", never amber; 94.1% against 95.0% is missed.
    String text = "Ref,Indicator,Polarity,Actual 2021-22,Target 2021-22,Status\n"
        + "FA1,Invoices paid in 30 days,higher,95%,92%,target achieved\n"
        + "FA2,Council tax collected,higher,94.1%,95.0%,below target\n";
    ReadResult<Document> r = TableReader.standard().read("two.csv", text);
    assertThat(r.section(IndicatorSet.class).orElseThrow().rule()).isEqualTo(RagRule.margin(BigDecimal.ZERO));
    assertThat(r.validate().errors()).isEmpty();
    assertThat(r.notes().withCode(CsvRules.CELL_WORDS).get(0).message()).contains("they have two states, met or"
        + " missed, so each result is held against its target alone (rule margin-0, no amber band");
    // With a colour among them, or a rule given, the set keeps the rule it is given.
    ReadResult<Document> coloured = TableReader.standard().read("two.csv", text + "FA3,Debt,higher,80%,90%,Red\n");
    assertThat(coloured.section(IndicatorSet.class).orElseThrow().rule()).isEqualTo(RagRule.kentFloor());
    ReadResult<Document> ruled = TableReader.of(TableOptions.builder().rule(RagRule.tolerance(5)).build())
        .read("two.csv", text);
    assertThat(ruled.section(IndicatorSet.class).orElseThrow().rule()).isEqualTo(RagRule.tolerance(5));
  }

  @Test
  void aResultPrintedWithItsColourIsTheFigureAndTheRowsStatus() {
    // Swansea's annual performance report 2012/13: "Annual Perf." heads the results, each printed with its colour.
    String text = "PI & Desired Direction of Travel\tAnnual Perf. 2012/13 (i)\tALP Target 2012/13 (ii)\tAnnual Perf."
        + " 2011/12\nCRE4 Graffiti jobs completed within 7 days\t95.4% Red\t97%\t99.3%\n"
        + "CRE5 Fly-tipping cleared within 5 days\t98.0% (Green)\t97%\t96.1%\n";
    ReadResult<Document> r = TableReader.standard().read("swansea.tsv", text);
    assertThat(r.isRead()).as(r.toString()).isTrue();
    IndicatorSet set = r.section(IndicatorSet.class).orElseThrow();
    FinancialYear y = FinancialYear.of(2012);
    assertThat(set.indicators()).extracting(i -> i.actual(y).orElseThrow().value().orElseThrow())
        .containsExactly(new BigDecimal("95.4"), new BigDecimal("98.0"));
    assertThat(set.indicators()).extracting(i -> i.actual(y).orElseThrow().publishedRag().orElseThrow())
        .containsExactly(Rag.RED, Rag.GREEN);
    assertThat(r.notes().withCode(CsvRules.CELL_WORDS)).as("no result left in words").isEmpty();
  }

  @Test
  void aStatusWithNoResultIsAWarning() {
    ReadResult<Document> r = TableReader.standard().read("s.csv", "Ref,Indicator,Actual 2018-19,Target 2018-19,RAG\n"
        + "PI 1,Reviews,,80,Green\n");
    assertThat(r.notes().withCode(CsvRules.STATUS_WITHOUT_RESULT)).hasSize(1);
  }

  @Test
  void targetsAndPolaritiesInWordsAreKeptAndNoted() {
    String text = "Ref\tKey performance indicators\tGood is\tTarget 2022/23\n"
        + "OC01\tComplaints closed in time\tHigh\t85%\n"
        + "OC02\tResidents who feel informed\tHigh\tGreater than 50%\n"
        + "OC06b\tShare of apprentices\tRepresentative of the borough\t5.4% (2023-24) 6.3% (2024-25)\n"
        + "OC07\tCalls answered\tHigh\t4 minutes\n";
    ReadResult<Document> r = TableReader.standard().read("words.tsv", text);
    assertThat(r.isRead()).as(r.toString()).isTrue();
    assertThat(r.section(IndicatorSet.class).orElseThrow().indicators()).hasSize(4);
    assertThat(r.section(IndicatorSet.class).orElseThrow().indicators().get(2).polarity()).isEqualTo(Polarity.NONE);
    assertThat(r.notes().withCode(CsvRules.CELL_WORDS)).extracting(f -> f.location().pointer().orElseThrow())
        .containsExactly("D3: row 3, column \"Target 2022/23\"", "C4: row 4, column \"Good is\"",
            "D4: row 4, column \"Target 2022/23\"");
    // "4 minutes" is the figure 4; "7x" would still be a figure that cannot be read.
    assertThat(TableReader.standard().read("bad.tsv", text.replace("4 minutes", "7x")).problems().findings())
        .extracting(Finding::code).containsExactly(CsvRules.CELL_UNREADABLE);
  }

  @Test
  void aColumnOfTargetsInWordsNamesTheIndicatorsAndSentencesAreNotHeadings() {
    // As agencies' annual reports print them: each target's wording under "Target", a status a year,
    // and a long row whose wording uses heading words ("performance", "targets") but heads nothing.
    String text = "Property Lawyers\n"
        + "Target\t1997-98\t1998-99\n"
        + "To recover the full operating costs of the Agency\tAchieved\t-\n"
        + "To receive at least 4,350 new instructions from its clients\tNot achieved\t-\n"
        + "To improve performance against the targets for the quality of service by keeping the proportion"
        + " of cases completed satisfactorily at or above the level of the previous year\tAchieved\t-\n";
    ReadResult<Document> r = TableReader.standard().read("targets.tsv", text);
    assertThat(Resources.kind(r)).contains(TableKind.INDICATORS);
    assertThat(r.section(IndicatorSet.class).orElseThrow().indicators()).extracting(Indicator::title).hasSize(3)
        .first().isEqualTo("To recover the full operating costs of the Agency");
  }

  @Test
  void aTitleOfOneCellIsNotTheHeadingRowWhateverWordsItUses() {
    String text = "SUMMARY OF SECRETARY OF STATE TARGETS 1998-99 AND CURRENT STATUS\n"
        + "Target\tProgress 1998-99\n"
        + "To clear 90 per cent of claims within 12 weeks\t91.15\n"
        + "To keep the average cost of a claim below 2.80\t2.75\n";
    ReadResult<Document> r = TableReader.standard().read("titled.tsv", text);
    assertThat(r.isRead()).as(r.toString()).isTrue();
    assertThat(r.section(IndicatorSet.class).orElseThrow().title()).startsWith("SUMMARY OF SECRETARY");
    assertThat(r.section(IndicatorSet.class).orElseThrow().indicators()).extracting(Indicator::title)
        .containsExactly("To clear 90 per cent of claims within 12 weeks",
            "To keep the average cost of a claim below 2.80");
  }
}
