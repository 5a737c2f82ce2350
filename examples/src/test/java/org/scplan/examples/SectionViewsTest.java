package org.scplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.budget.BudgetMonitoring;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.BudgetSchemas;
import org.scplan.budget.PublishedTable;
import org.scplan.budget.ReportedVariance;
import org.scplan.budget.Savings;
import org.scplan.budget.TableRelation;
import org.scplan.core.AmountUnit;
import org.scplan.core.CalendarMonth;
import org.scplan.core.FinancialYear;
import org.scplan.core.PlanSection;
import org.scplan.core.Rag;
import org.scplan.core.ReportedAmount;
import org.scplan.core.SectionView;
import org.scplan.core.ViewData;
import org.scplan.core.Viewable;
import org.scplan.performance.actions.ActionPlanMonitoring;
import org.scplan.performance.Actual;
import org.scplan.performance.actions.DivisionProgress;
import org.scplan.performance.Frequency;
import org.scplan.performance.Indicator;
import org.scplan.performance.IndicatorSet;
import org.scplan.core.Polarity;
import org.scplan.performance.Target;
import org.scplan.performance.IndicatorUnit;
import org.scplan.continuity.BusinessContinuityPlan;
import org.scplan.equality.CharacteristicAssessment;
import org.scplan.continuity.CriticalFunction;
import org.scplan.equality.EqualityImpactAssessment;
import org.scplan.equality.ImpactLevel;
import org.scplan.risk.Rating;
import org.scplan.risk.Risk;
import org.scplan.risk.RiskMatrices;
import org.scplan.risk.RiskRegister;

/**
 * What {@code scplan check} shows of each kind of section: every built-in kind renders itself
 * ({@link Viewable}), as lines of text and as data, and the command knows no kind.
 */
class SectionViewsTest {
  private static List<String> lines(PlanSection section) {
    return SectionView.of(section).lines();
  }

  private static ViewData data(PlanSection section) {
    return SectionView.of(section).data();
  }


  @Test
  void aBudgetProfileShowsItsReconciliation() {
    // Seed 001, Table 5 (£000s).
    BudgetProfile table5 = BudgetProfile.builder("table-5", "Table 5: Resources",
            BudgetSchemas.named("kent-directorate-2018"))
        .year(FinancialYear.of(2018)).unit(AmountUnit.THOUSANDS).decimals(1)
        .line("Strategic Management & Directorate Budgets", "4,401.6", "42,742.1", "47,143.7", "-1,502.2",
            "-2,164.3", "43,477.2")
        .line("Disabled Children, Adult Learning Disability and Mental Health", "38,211.4", "206,922.5",
            "245,133.9", "-20,372.7", "-2,378.2", "222,383.0")
        .line("Older People & Physical Disability", "42,474.7", "219,949.4", "262,424.1", "-99,623.8",
            "-11,642.5", "151,157.8")
        .total("Total", "85,087.7", "469,614.0", "554,701.7", "-121,498.7", "-16,185.0", "417,018.0")
        .build();
    assertThat(lines(table5))
        .containsExactly("reconciliation: table-5: 14 relations in 24 cells, consistent (0 mismatches, 0 within"
            + " rounding, 0 missing cells)");
    assertThat(data(table5).fields()).containsEntry("relations", 14L).containsEntry("cells", 24L)
        .containsEntry("consistent", true).containsEntry("mismatches", 0L).containsEntry("unit", "£'000");
  }

  @Test
  void budgetMonitoringShowsEachSavingsTargetAndVariance() {
    // Seed 001, section B, priority 1.
    BudgetMonitoring monitoring = BudgetMonitoring.builder().id("budget-2017-18").title("Priority 1: Budget")
        .addSavings(Savings.of("MTFP savings", ReportedAmount.parse("£22.8m"), ReportedAmount.parse("£16.3m"),
            ReportedAmount.parse("£4.7m")))
        .addVariances(ReportedVariance.of("Quarter 1", ReportedAmount.parse("+£7m")))
        .build();
    assertThat(lines(monitoring)).containsExactly(
        "MTFP savings: target £22.8m, achieved £16.3m, reprofiled £4.7m, unaccounted for £1.8m",
        "Quarter 1: £7m overspend");
    ViewData saving = (ViewData) ((List<?>) data(monitoring).get("savings").orElseThrow()).get(0);
    assertThat(((ViewData) saving.get("unaccounted").orElseThrow()).get("printed")).contains(new BigDecimal("1.8"));
  }

  @Test
  void anIndicatorSetShowsTheLatestDashboardAndTheXmrVerdicts() {
    Indicator.Builder dtoc = Indicator.builder().reference("AH H17").title("Delayed transfers of care")
        .unit(IndicatorUnit.COUNT).polarity(Polarity.LOWER_IS_BETTER).frequency(Frequency.MONTHLY)
        .addTarget(Target.of(FinancialYear.of(2018), new BigDecimal("3500")));
    CalendarMonth month = CalendarMonth.of(2017, 4);
    for (long v : new long[] {4800, 4700, 4900, 4650, 4500, 4400, 4300, 4350, 4200, 4100, 4000, 3950, 3900, 3800}) {
      dtoc.addActual(Actual.of(month, BigDecimal.valueOf(v)));
      month = month.next();
    }
    Indicator once = Indicator.builder().reference("AH O10").title("Percentage of people reviewed")
        .unit(IndicatorUnit.PERCENTAGE).polarity(Polarity.HIGHER_IS_BETTER)
        .addActual(Actual.of("2017-18", "57")).build();
    List<String> view = lines(IndicatorSet.of("kpi", "KPIs", dtoc.build(), once));
    assertThat(view.get(0)).isEqualTo("KPIs — May 2018, rule kent-floor, direction against the previous period");
    assertThat(view).anyMatch(l -> l.matches("AH H17 +Delayed transfers of care +3,800 +3,500 +AMBER +improving.*"));
    assertThat(view).filteredOn(l -> l.startsWith("XmR ")).singleElement().asString()
        .startsWith("XmR AH H17 Delayed transfers of care: 14 points; variation: special cause improvement at May 2018")
        .contains("assurance: consistently fails");
    IndicatorSet set = IndicatorSet.of("kpi", "KPIs", dtoc.build(), once);
    ViewData dashboard = (ViewData) data(set).get("dashboard").orElseThrow();
    assertThat(dashboard.fields()).containsEntry("period", "May 2018").containsEntry("amber", 1L);
    assertThat((List<?>) data(set).get("charts").orElseThrow()).singleElement().asString()
        .contains("variation: \"improvement\"", "assurance: \"consistently-fails\"");
  }

  @Test
  void aRiskRegisterShowsItsHeatMaps() {
    RiskRegister register = RiskRegister.builder().id("directorate").title("Directorate risk register")
        .matrix(RiskMatrices.named("kent-5x5"))
        .addRisk(Risk.builder().reference("AH0005").title("Financial pressures").owner("Penny Southern")
            .current(Rating.parse("L4 × I5")).target(Rating.parse("L3 × I4")).build())
        .build();
    List<String> view = lines(register);
    assertThat(view.get(0)).isEqualTo("Current ratings of Directorate risk register on kent-5x5: 1 risk on the matrix");
    assertThat(view).contains("L4  · L  · M  · M  · H  1 H");
    assertThat(view).anyMatch(l -> l.startsWith("Target ratings of Directorate risk register"));
    List<?> maps = (List<?>) data(register).get("heatMaps").orElseThrow();
    assertThat(maps).hasSize(2).first().asString().contains("likelihood: 4", "impact: 5", "risks: [\"AH0005: Financial pressures\"]");
  }

  @Test
  void aTableReadAsPrintedShowsItsRelations() {
    PublishedTable table = PublishedTable.builder("spend", "What we spend").unit(AmountUnit.MILLIONS)
        .columns("£m").row("Schools", "10.0").row("Roads", "5.5").row("Total", "15.5")
        .relation(TableRelation.ofRows(2, List.of(new TableRelation.Term(1, 0), new TableRelation.Term(1, 1)),
            List.of(0), "named by its label"))
        .build();
    assertThat(lines(table)).containsExactly("3 rows × 1 columns of figures; 0 column and 1 row relations checked");
    assertThat(data(table).toString()).contains("relation: \"Total = Schools + Roads\"", "basis: \"named by its label\"");
  }

  @Test
  void actionPlanMonitoringEqualityAndContinuityShowThemselvesToo() {
    ActionPlanMonitoring dashboard = ActionPlanMonitoring.builder().id("fsc").title("Action plans")
        .addDivisions(DivisionProgress.of("Specialist Children's Services", 10, 40, 10, 25, 5, Rag.AMBER)).build();
    assertThat(lines(dashboard)).anyMatch(l -> l.startsWith("Specialist Children") && l.endsWith("AMBER"));
    assertThat(data(dashboard).toString()).contains("actions: 40", "delayedOrCancelled: 5", "publishedRag: \"amber\"");

    EqualityImpactAssessment eia = EqualityImpactAssessment.builder().id("eia").title("Blueprint EIA")
        .addAssessments(CharacteristicAssessment.of("Age", true, true, ImpactLevel.HIGH, ImpactLevel.LOW)).build();
    assertThat(lines(eia).get(0)).startsWith("1 characteristics assessed, 0 actions; not assessed: ");
    assertThat(data(eia).toString()).contains("characteristic: \"Age\"", "affectedDifferently: \"yes\"");

    BusinessContinuityPlan bcp = BusinessContinuityPlan.builder().id("bcp").title("Continuity")
        .addCriticalFunctions(CriticalFunction.of("Safeguarding", "4 hours", "Duty team")).build();
    assertThat(lines(bcp)).first().isEqualTo("1 critical function");
    assertThat(data(bcp).toString()).contains("name: \"Safeguarding\"", "minimumServiceLevel: \"Duty team\"");
    for (PlanSection s : List.<PlanSection>of(dashboard, eia, bcp)) {
      assertThat(s).isInstanceOf(Viewable.class);
    }
  }
}
