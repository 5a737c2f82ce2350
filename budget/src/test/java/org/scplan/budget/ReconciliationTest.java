package org.scplan.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.core.AmountUnit;
import org.scplan.core.Finding;
import org.scplan.core.FinancialYear;
import org.scplan.core.HeadlineMeasure;
import org.scplan.core.ReportedAmount;
import org.scplan.core.Severity;

/** How reconciliation judges relations: intervals, tolerances, blanks, groups, precision, overflow. */
class ReconciliationTest {
  /** A small layout: two spend columns, their gross, income, and net. */
  static final BudgetSchema SMALL = BudgetSchema.of("small", "Small", SignConvention.INCOME_NEGATIVE,
      BudgetColumn.spend("a", "A"), BudgetColumn.spend("b", "B"), BudgetColumn.derived("gross", "Gross", "a + b"),
      BudgetColumn.income("income", "Income"),
      BudgetColumn.derived("net", "Net", "gross + income").withAnswers(HeadlineMeasure.NET_BUDGET));

  static BudgetProfileBuilder small() {
    return BudgetProfile.builder("small", "Small table", SMALL).year(FinancialYear.of(2020))
        .unit(AmountUnit.THOUSANDS).decimals(1);
  }

  /** True figures 1.04 three times, total 3.12, each printed to one decimal: 1.0, 1.0, 1.0 and 3.1. */
  private static BudgetProfile roundedTotal() {
    return small()
        .line("X", "1.0", "0.0", "1.0", "0.0", "1.0")
        .line("Y", "1.0", "0.0", "1.0", "0.0", "1.0")
        .line("Z", "1.0", "0.0", "1.0", "0.0", "1.0")
        .total("Total", "3.1", "0.0", "3.1", "0.0", "3.1")
        .build();
  }

  @Test
  void aGapThatRoundingExplainsIsAnInfoWithTheGap() {
    Reconciliation r = roundedTotal().reconcile();
    assertThat(r.isConsistent()).isTrue();
    assertThat(r.report().findings()).extracting(Finding::code).containsOnly(BudgetRules.TOTAL_WITHIN_ROUNDING);
    Finding a = r.report().findings().get(0);
    assertThat(a.severity()).isEqualTo(Severity.INFO);
    assertThat(a.location().toString()).isEqualTo("Small table › Total [A]");
    assertThat(a.message()).isEqualTo("The 3 figures above add up to £3.0k [£2.85k, £3.15k], but the total is printed"
        + " as £3.1k [£3.05k, £3.15k]; the printed figure is £0.1k more, within rounding (rounding explains up to £0.2k)");
    Discrepancy d = r.discrepancies().get(0);
    assertThat(d.holds()).isTrue();
    assertThat(d.relation()).isEqualTo(Discrepancy.Relation.TOTAL);
    assertThat(d.computed()).isEqualByComparingTo("3000");
    assertThat(d.computedInterval().lower()).isEqualByComparingTo("2850");
    assertThat(d.published()).isEqualTo(ReportedAmount.parse("£3.1k"));
    assertThat(d.difference()).isEqualByComparingTo("100");
    assertThat(d.gap()).isEqualByComparingTo("0");
    assertThat(d.parts()).isEqualTo(3);
  }

  @Test
  void anExplicitToleranceOverridesTheIntervalRule() {
    BudgetProfile p = roundedTotal();
    assertThat(p.reconcile(Tolerance.absolute(BigDecimal.ZERO)).mismatches()).hasSize(3);
    Reconciliation loose = p.reconcile(Tolerance.absolute(new BigDecimal("0.1")));
    assertThat(loose.mismatches()).isEmpty();
    assertThat(loose.report().findings().get(0).message()).endsWith("within tolerance (the tolerance is £0.1k)");
    Reconciliation relative = p.withTolerance(Tolerance.relative(new BigDecimal("0.01"))).reconcile();
    assertThat(relative.tolerance()).isEqualTo(Tolerance.parse("relative 0.01"));
    assertThat(relative.report().errors()).hasSize(3).first().satisfies(f -> assertThat(f.message())
        .endsWith("but the tolerance is 0.01 of the printed figure"));
    assertThat(p.reconcile(Tolerance.relative(new BigDecimal("0.05"))).mismatches()).isEmpty();
  }

  @Test
  void aMismatchReportsTheGapBeyondRounding() {
    Reconciliation r = small().line("X", "1.0", "2.0", "3.3", "-1.0", "2.3").build().reconcile();
    assertThat(r.mismatches()).singleElement().satisfies(d -> {
      assertThat(d.relation()).isEqualTo(Discrepancy.Relation.DERIVED);
      assertThat(d.column().key()).isEqualTo("gross");
      assertThat(d.difference()).isEqualByComparingTo("300");
      // [2.9, 3.1] against [3.25, 3.35]: 0.15 apart.
      assertThat(d.gap()).isEqualByComparingTo("150");
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.toString()).startsWith("ERROR budget.derived.mismatch at Small table › X [Gross]: Gross should be A + B"
          + " = £3.0k [£2.9k, £3.1k], but is printed as £3.3k [£3.25k, £3.35k]; the printed figure is £0.3k more, but"
          + " rounding explains up to £0.15k");
    });
    assertThat(r.toString()).startsWith("small: 2 relations in 5 cells, inconsistent (1 mismatch, 0 within rounding,"
        + " 0 missing cells)");
  }

  @Test
  void aFormulaWithABlankCellIsNotCheckedAndTheBlankIsReported() {
    Reconciliation r = small()
        .line("Blank term", "1.0", "", "1.0", "-0.5", "0.5")
        .line("Blank result", "1.0", "2.0", "", "-0.5", "2.5")
        .line("All blank", "", "", "", "", "")
        .build().reconcile();
    assertThat(r.report().errors()).isEmpty();
    assertThat(r.report().warnings()).extracting(f -> f.location().path().get(1) + " [" + f.location().field().get() + "]")
        .containsExactly("Blank term [B]", "Blank result [Gross]");
    assertThat(r.report().warnings().get(0).message()).isEqualTo(
        "B is blank, while other figures of Gross = A + B are published on this line");
    // Only the net of the first line has every figure: 1.0 + -0.5 = 0.5.
    assertThat(r.relations()).isEqualTo(1);
  }

  @Test
  void aBlankTotalIsReportedOnceWithTheSumOfItsMembers() {
    Reconciliation r = small()
        .line("X", "1.0", "0.0", "1.0", "0.0", "1.0")
        .line("Y", "2.0", "0.0", "2.0", "0.0", "2.0")
        .total("Total", "", "0.0", "3.0", "0.0", "3.0")
        .build().reconcile();
    assertThat(r.report().warnings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(BudgetRules.CELL_MISSING);
      assertThat(f.location().toString()).isEqualTo("Small table › Total [A]");
      assertThat(f.message()).isEqualTo("A is blank on this total, while 2 figures above it add up to £3.0k");
    });
    assertThat(r.report().errors()).isEmpty();
  }

  @Test
  void groupsWithoutSubtotalsAndBlankSubtotalsPassTheirMembersUp() {
    BudgetProfile p = small()
        .group("Outer")
          .group("Inner, no subtotal")
            .line("X", "1.0", "0.0", "1.0", "0.0", "1.0")
            .line("Y", "2.0", "0.0", "2.0", "0.0", "2.0")
          .end()
          .line("Z", "4.0", "0.0", "4.0", "0.0", "4.0")
          .subtotal("Total Outer", "", "0.0", "7.0", "0.0", "7.0")
        .line("W", "8.0", "0.0", "8.0", "0.0", "8.0")
        .memo("Of which agency", "100.0", "0.0", "100.0", "0.0", "100.0")
        .total("Total", "15.0", "0.0", "15.0", "0.0", "15.0")
        .build();
    Reconciliation r = p.reconcile();
    assertThat(r.report().errors()).isEmpty();
    assertThat(r.report().warnings()).extracting(f -> f.location().toString())
        .containsExactly("Small table › Outer › Total Outer [A]");
    assertThat(r.discrepancies()).isEmpty();
    assertThat(p.line("Outer", "Inner, no subtotal", "Y").orElseThrow().path())
        .containsExactly("Outer", "Inner, no subtotal", "Y");
    assertThat(p.line("Outer").orElseThrow().members()).extracting(BudgetLine::name)
        .containsExactly("Inner, no subtotal", "Z");
    assertThat(p.line("Outer", "Inner, no subtotal").orElseThrow().subtotal()).isEmpty();
  }

  @Test
  void columnsOfDifferentPrecisionAreComparedAtTheFinerOne() {
    BudgetProfileBuilder b = small().decimals("a", 2);
    // 1.25 + 1.0 = 2.25 in [2.195, 2.305]; 2.3 stands for [2.25, 2.35]: they overlap.
    b.line("Overlap", "1.25", "1.0", "2.3", "0.0", "2.3");
    // 2.4 stands for [2.35, 2.45]: no overlap.
    b.line("Apart", "1.25", "1.0", "2.4", "0.0", "2.4");
    Reconciliation r = b.build().reconcile();
    assertThat(r.discrepancies()).extracting(d -> d.line().name() + " " + d.severity())
        .containsExactly("Overlap INFO", "Apart ERROR");
    assertThat(r.discrepancies().get(1).toFinding().message())
        .contains("A + B = £2.25k [£2.195k, £2.305k]", "£2.4k [£2.35k, £2.45k]");
  }

  @Test
  void hugeColumnsSpillIntoBigIntegersAndStillAddUp() {
    BudgetSchema schema = BudgetSchema.of("one-column", "One column", SignConvention.INCOME_NEGATIVE,
        BudgetColumn.spend("spend", "Spend"));
    int lines = 9_300;
    BudgetProfileBuilder b = BudgetProfile.builder("big", "Big", schema).year(FinancialYear.of(2020));
    for (int i = 0; i < lines; i++) {
      b.addScaled(LineKind.ITEM, "Line " + i, new long[] {BudgetProfile.MAX_SCALED});
    }
    b.addScaled(LineKind.TOTAL, "Total", new long[] {BudgetProfile.MAX_SCALED});
    Reconciliation r = b.build().reconcile();
    BigInteger expected = BigInteger.valueOf(BudgetProfile.MAX_SCALED).multiply(BigInteger.valueOf(lines));
    assertThat(expected.bitLength()).isGreaterThan(63);
    assertThat(r.mismatches()).singleElement()
        .satisfies(d -> assertThat(d.computed()).isEqualByComparingTo(new BigDecimal(expected)));
  }

  @Test
  void aConsistentTableWithASpilledGroupStillReconciles() {
    BudgetSchema schema = BudgetSchema.of("one-column", "One column", SignConvention.INCOME_NEGATIVE,
        BudgetColumn.spend("spend", "Spend"));
    BudgetProfileBuilder b = BudgetProfile.builder("big", "Big", schema).year(FinancialYear.of(2020)).group("G");
    for (int i = 0; i < 20_000; i++) {
      b.addScaled(LineKind.ITEM, "Up " + i, new long[] {BudgetProfile.MAX_SCALED});
    }
    for (int i = 0; i < 20_000; i++) {
      b.addScaled(LineKind.ITEM, "Down " + i, new long[] {-BudgetProfile.MAX_SCALED});
    }
    b.addScaled(LineKind.ITEM, "Rest", new long[] {7});
    b.addScaled(LineKind.SUBTOTAL, "Total G", new long[] {7});
    Reconciliation r = b.build().reconcile();
    assertThat(r.report().findings()).isEmpty();
    assertThat(r.relations()).isEqualTo(1);
  }

  @Test
  void theMessageNamesEveryTermOfAChainInTheSchemasWords() {
    List<Finding> errors = small().line("X", "1.0", "2.0", "3.0", "-1.0", "2.5").build().reconcile().report().errors();
    assertThat(errors).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("Net should be Gross + Income = £2.0k [£1.9k, £2.1k], but is printed as £2.5k [£2.45k, £2.55k]"));
  }
}
