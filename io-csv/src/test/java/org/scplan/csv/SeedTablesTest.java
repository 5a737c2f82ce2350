package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.budget.BudgetLine;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.LineKind;
import org.scplan.budget.Reconciliation;
import org.scplan.core.AmountUnit;
import org.scplan.core.BusinessPlan;
import org.scplan.core.Document;
import org.scplan.core.FinancialYear;
import org.scplan.core.HeadlineFigure;
import org.scplan.core.HeadlineMeasure;
import org.scplan.core.OrgLevel;
import org.scplan.core.OrgUnit;
import org.scplan.core.ReadResult;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedNumber;
import org.scplan.core.ValidationReport;
import org.scplan.performance.Basis;
import org.scplan.performance.Indicator;
import org.scplan.performance.IndicatorSet;
import org.scplan.performance.Target;
import org.scplan.risk.RiskRegister;

/**
 * Golden tests: the seeds' tables pasted as TSV exactly as the seed files hold them (copied
 * untouched into {@code src/test/resources/seeds}), read and checked.
 */
class SeedTablesTest {

  /** Seed 000 (KASS Headquarters, Annual Business Plan Summary 2010-2011), section 2: Budget profile summary. */
  @Test
  void seed000BudgetProfileReconcilesClean() {
    ReadResult<Document> r = Resources.read("seeds/000-section-2-budget-profile.tsv");
    assertThat(r.isRead()).as(r.toString()).isTrue();
    BudgetProfile p = r.sections(BudgetProfile.class).get(0);
    assertThat(r.sections(BudgetProfile.class)).hasSize(1);
    assertThat(p.schema().name()).isEqualTo("kent-controllable-2010");
    assertThat(p.year()).isEqualTo(FinancialYear.parse("2010/11"));
    assertThat(p.unit()).isEqualTo(AmountUnit.THOUSANDS);
    assertThat(p.decimals("fte")).isEqualTo(2);
    assertThat(p.decimals("gross")).isEqualTo(1);
    assertThat(p.lineCount()).isEqualTo(21);
    assertThat(p.lines().stream().filter(l -> l.kind() == LineKind.GROUP).map(BudgetLine::name))
        .containsExactly("Older People", "Physical Disability");
    BudgetLine nursing = p.line("Older People", "Nursing Care").orElseThrow();
    assertThat(nursing.amount("GROSS EXPENDITURE")).contains(ReportedAmount.parse("£7,911.7k"));
    assertThat(nursing.amount("EXTERNAL INCOME")).contains(ReportedAmount.parse("-£8,214.8k"));
    assertThat(nursing.responsible()).contains("Gibbens");
    assertThat(p.line("Older People", "Total Older People").orElseThrow().kind()).isEqualTo(LineKind.SUBTOTAL);
    BudgetLine totals = p.total().orElseThrow();
    assertThat(totals.name()).isEqualTo("TOTALS");
    assertThat(totals.number("fte")).contains(ReportedNumber.parse("362.34"));
    assertThat(totals.number("fte-previous")).contains(ReportedNumber.parse("323.36"));
    assertThat(totals.amount("controllable-previous")).contains(ReportedAmount.parse("£28,781.0k"));
    assertThat(totals.amount("gross")).contains(ReportedAmount.parse("£42,336.3k"));
    assertThat(totals.amount("controllable")).contains(ReportedAmount.parse("£22,267.2k"));

    Reconciliation rec = p.reconcile();
    assertThat(rec.isConsistent()).isTrue();
    assertThat(rec.discrepancies()).isEmpty();
    // 19 lines of figures × 11 columns; gross and controllable on each line (38), eight money
    // columns on each of the two subtotals (16) and on TOTALS (8).
    assertThat(rec.cells()).isEqualTo(209);
    assertThat(rec.relations()).isEqualTo(62);
    assertThat(r.validate().codes()).containsExactlyInAnyOrder(CsvRules.SCHEMA_DETECTED,
        CsvRules.INCOME_SIGN_DETECTED);
  }

  @Test
  void seed000ReadsTheSameWithTheSchemaNamed() {
    ReadResult<Document> named = Resources.read("seeds/000-section-2-budget-profile.tsv",
        TableOptions.builder().schema(TableSchemas.named("kent-controllable-2010")).incomeSign(IncomeSign.NEGATIVE)
            .build());
    assertThat(named.notes().isEmpty()).isTrue();
    assertThat(named.sections(BudgetProfile.class)).isEqualTo(Resources.read("seeds/000-section-2-budget-profile.tsv").sections(BudgetProfile.class));
  }

  /** Seed 001 (ASCH Directorate Business Plan 2018-19), section I, Table 5: Resources. */
  @Test
  void seed001Table5ReconcilesCleanAndContradictsTheForewordsHeadline() {
    ReadResult<Document> r = Resources.read("seeds/001-table-5-resources.tsv",
        TableOptions.builder().year(FinancialYear.of(2018)).title("Table 5: Resources").build());
    assertThat(r.isRead()).as(r.toString()).isTrue();
    BudgetProfile table5 = r.sections(BudgetProfile.class).get(0);
    assertThat(table5.schema().name()).isEqualTo("kent-directorate-2018");
    assertThat(table5.unit()).isEqualTo(AmountUnit.THOUSANDS);
    assertThat(table5.lineCount()).isEqualTo(4);
    assertThat(table5.total().orElseThrow().name()).isEqualTo("Total");
    assertThat(table5.total().orElseThrow().amount("Net cost")).contains(ReportedAmount.parse("£417,018.0k"));
    assertThat(table5.total().orElseThrow().amount("grants")).contains(ReportedAmount.parse("-£16,185.0k"));
    assertThat(table5.line("Older People & Physical Disability").orElseThrow().amount("income"))
        .contains(ReportedAmount.parse("-£99,623.8k"));
    Reconciliation rec = table5.reconcile();
    // As the budget module's README reports for the same table: 14 relations in 24 cells.
    assertThat(rec.relations()).isEqualTo(14);
    assertThat(rec.cells()).isEqualTo(24);
    assertThat(rec.report().isEmpty()).isTrue();

    // The foreword's "total net budget of £414m" against the table's £417,018.0k.
    BusinessPlan plan = BusinessPlan.builder().title("ASCH Directorate Business Plan 2018-19")
        .unit(OrgUnit.of("asch", "Adult Social Care and Health", OrgLevel.DIRECTORATE))
        .year(FinancialYear.of(2018))
        .addHeadline(HeadlineFigure.of(HeadlineMeasure.NET_BUDGET, ReportedAmount.parse("£414m")))
        .addSection(table5).build();
    ValidationReport report = plan.validate();
    assertThat(report.errors()).hasSize(1);
    assertThat(report.errors().get(0).code()).isEqualTo("budget.headline.mismatch");
    assertThat(report.errors().get(0).location().path()).containsExactly("Table 5: Resources", "Total");
  }

  /** A year given for a table of any kind does not turn an indicator table or a register into a budget. */
  @Test
  void aYearDoesNotOverruleHeadingsThatNameTheKind() {
    TableOptions withYear = TableOptions.builder().year(FinancialYear.parse("2018-19")).build();
    assertThat(Resources.kind(Resources.read("seeds/001-table-7-kpis.tsv", withYear))).contains(TableKind.INDICATORS);
    assertThat(Resources.kind(Resources.read("seeds/001-table-1-risks.tsv", withYear))).contains(TableKind.RISKS);
    assertThat(Resources.kind(Resources.read("seeds/001-table-5-resources.tsv", withYear))).contains(TableKind.BUDGET);
  }

  /** A --year that contradicts the year the table names is reported and the table's own year used. */
  @Test
  void theTablesOwnYearWinsOverAContradictingOption() {
    ReadResult<Document> r = Resources.read("seeds/000-section-2-budget-profile.tsv",
        TableOptions.builder().year(FinancialYear.parse("2018-19")).build());
    assertThat(r.isRead()).as(r.toString()).isTrue();
    assertThat(r.sections(BudgetProfile.class)).extracting(p -> p.year().toString()).containsExactly("2010-11");
    // An API caller reads the API's name of the option; the command's user reads the flag.
    assertThat(r.validate().withCode(CsvRules.YEAR_FROM_TABLE)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("TableOptions.year 2018-19", "2010-11")
            .doesNotContain("--year"));
    ReadResult<Document> command = Resources.read("seeds/000-section-2-budget-profile.tsv",
        TableOptions.builder().year(FinancialYear.parse("2018-19")).commandLine(true).build());
    assertThat(command.validate().withCode(CsvRules.YEAR_FROM_TABLE)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("--year 2018-19", "2010-11"));
  }

  /** Seed 001, section K, Table 7: Key Performance Indicators. */
  @Test
  void seed001Table7ReadsAsIndicators() {
    ReadResult<Document> r = Resources.read("seeds/001-table-7-kpis.tsv");
    assertThat(r.isRead()).as(r.toString()).isTrue();
    assertThat(Resources.kind(r)).contains(TableKind.INDICATORS);
    IndicatorSet kpis = r.section(IndicatorSet.class).orElseThrow();
    assertThat(kpis.title()).isEqualTo("Key Performance Indicators");
    assertThat(kpis.indicators()).hasSize(25);
    assertThat(kpis.targetPeriods()).containsExactly(FinancialYear.parse("2018-19"));
    Indicator d04 = kpis.indicator("AH D04").orElseThrow();
    assertThat(d04.basis()).isEqualTo(Basis.CUMULATIVE_YEAR_TO_DATE);
    assertThat(d04.actual(FinancialYear.parse("2017-18")).orElseThrow().value()).hasValueSatisfying(
        v -> assertThat(v).isEqualByComparingTo("11548"));
    assertThat(d04.target(FinancialYear.parse("2018-19")).orElseThrow().value()).hasValueSatisfying(
        v -> assertThat(v).isEqualByComparingTo("11315"));
    // "Safeguarding concerns *" under "2018-19 Target/base line*": a baseline, not a target.
    assertThat(kpis.indicator("AH S21").orElseThrow().target(FinancialYear.parse("2018-19")).orElseThrow().kind())
        .isEqualTo(Target.Kind.BASELINE);
    assertThat(kpis.indicator("AH S21").orElseThrow().title()).isEqualTo("SAFEGUARDING - Safeguarding concerns");
    assertThat(kpis.indicator("AH H19").orElseThrow().target(FinancialYear.parse("2018-19")).orElseThrow().note())
        .contains("Placeholder");
    assertThat(kpis.indicator("AH S 24")).isPresent();
    assertThat(kpis.indicator("AH O15").orElseThrow().target(FinancialYear.parse("2018-19")).orElseThrow().value())
        .contains(new java.math.BigDecimal("17.0"));
    // Five KPIs print a placeholder outturn and no 2018-19 target at all.
    List<String> missing = r.validate().withCode("performance.target.missing").stream()
        .map(f -> f.location().path().get(1)).toList();
    assertThat(missing).containsExactly("AH D03", "AH O08", "AH O09", "AH O12", "AH O16");
  }

  /** Seed 001, section E, Table 1: the directorate's risks, with no ratings and no owners. */
  @Test
  void seed001Table1ReadsAsARiskRegister() {
    ReadResult<Document> r = Resources.read("seeds/001-table-1-risks.tsv");
    assertThat(r.isRead()).as(r.toString()).isTrue();
    RiskRegister register = r.section(RiskRegister.class).orElseThrow();
    assertThat(register.title()).isEqualTo("Table 1");
    assertThat(register.risks()).hasSize(13);
    assertThat(register.risk("AH0017").orElseThrow().title()).contains("Facilities Management");
    assertThat(register.risk("AH0005").orElseThrow().description().orElseThrow())
        .startsWith("Current pressures on public sector funding");
    ValidationReport report = r.validate();
    assertThat(report.withCode("risk.rating.missing")).hasSize(13);
    assertThat(report.withCode("risk.owner.missing")).hasSize(13);
    assertThat(report.isValid()).isTrue();
  }
}
