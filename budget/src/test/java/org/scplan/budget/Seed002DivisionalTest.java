package org.scplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scplan.budget.SeedTables.cell;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.core.AmountUnit;
import org.scplan.core.Finding;
import org.scplan.core.FinancialYear;
import org.scplan.core.ReportedAmount;

/**
 * Seed 002 (Learning Disability/Mental Health Divisional Business Plan 2013-14), Section D: the
 * financial resources template, a chain of derived columns (gross → net expenditure → net cost) in
 * whole pounds. The seed publishes no figures in it, so the chain is tested with our own.
 */
class Seed002DivisionalTest {
  private static final BudgetSchema SCHEMA = BudgetSchemas.named("kent-divisional-2013");

  @Test
  void theSchemaHasTheTemplatesColumnsInItsOrder() {
    List<String[]> rows = SeedTables.rows("002-section-d-financial-resources.tsv");
    String[] headings = rows.get(1);
    assertThat(cell(headings, 0)).isEqualTo("Divisional Unit");
    assertThat(cell(headings, 1)).isEqualTo("Responsible Manager");
    List<String> figures = Arrays.stream(headings).skip(2).map(String::strip).toList();
    assertThat(SCHEMA.columns()).extracting(BudgetColumn::label).containsExactlyElementsOf(figures);
    assertThat(Arrays.stream(rows.get(2)).map(String::strip).filter(s -> !s.isEmpty()))
        .allMatch(unit -> AmountUnit.parse(unit) == AmountUnit.POUNDS);
    assertThat(SCHEMA.column("Net Expenditure").formula().orElseThrow()).hasToString("gross + service-income");
    assertThat(SCHEMA.column("Net Cost").formula().orElseThrow()).hasToString("net-expenditure + grants");
    assertThat(SCHEMA.column("grants").kind()).isEqualTo(ColumnKind.GRANT);
  }

  private static BudgetProfileBuilder template() {
    return BudgetProfile.builder("financial-resources", "Financial resources", SCHEMA)
        .year(FinancialYear.of(2013)).unit(AmountUnit.POUNDS);
  }

  @Test
  void aConsistentChainReconcilesAndKeepsTheResponsibleManager() {
    BudgetProfile profile = template()
        .line("Community Learning Disability Teams", "1,200,000", "3,500,000", "4,700,000", "-700,000", "4,000,000",
            "-250,000", "3,750,000")
        .responsible("Mark Walker")
        .line("Mental Health Services", "800,000", "1,000,000", "1,800,000", "-100,000", "1,700,000", "0", "1,700,000")
        .total("Total", "2,000,000", "4,500,000", "6,500,000", "-800,000", "5,700,000", "-250,000", "5,450,000")
        .build();
    assertThat(profile.line(0).responsible()).contains("Mark Walker");
    assertThat(profile.line(1).responsible()).isEmpty();
    Reconciliation r = profile.reconcile();
    assertThat(r.relations()).isEqualTo(3 * 3 + 7);
    assertThat(r.report().findings()).isEmpty();
    assertThat(profile.total().orElseThrow().amount("net-cost")).contains(ReportedAmount.parse("£5,450,000"));
  }

  @Test
  void aWrongLinkInTheChainBreaksBothFormulasItTakesPartIn() {
    // Net Expenditure printed 4,100,000 instead of 4,000,000: it is the result of one formula and a
    // term of the next, and a summand of the total.
    BudgetProfile profile = template()
        .line("Community Learning Disability Teams", "1,200,000", "3,500,000", "4,700,000", "-700,000", "4,100,000",
            "-250,000", "3,750,000")
        .line("Mental Health Services", "800,000", "1,000,000", "1,800,000", "-100,000", "1,700,000", "0", "1,700,000")
        .total("Total", "2,000,000", "4,500,000", "6,500,000", "-800,000", "5,700,000", "-250,000", "5,450,000")
        .build();
    List<Finding> errors = profile.reconcile().report().errors();
    assertThat(errors).extracting(f -> f.location().path().get(f.location().path().size() - 1) + " ["
            + f.location().field().orElseThrow() + "] " + f.code())
        .containsExactly(
            "Community Learning Disability Teams [Net Expenditure] budget.derived.mismatch",
            "Community Learning Disability Teams [Net Cost] budget.derived.mismatch",
            "Total [Net Expenditure] budget.total.mismatch");
    assertThat(errors.get(0).message()).contains("Gross Expenditure + Service Income = £4,000,000 [£3,999,999, £4,000,001]",
        "£4,100,000 [£4,099,999.5, £4,100,000.5]", "£100,000 more", "rounding explains up to £1.5");
  }
}
