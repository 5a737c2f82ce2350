package org.scplan.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scplan.core.AmountUnit;
import org.scplan.core.BusinessPlan;
import org.scplan.core.Finding;
import org.scplan.core.FinancialYear;
import org.scplan.core.HeadlineFigure;
import org.scplan.core.HeadlineMeasure;
import org.scplan.core.OrgLevel;
import org.scplan.core.OrgUnit;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ValidationReport;

/** The warnings of {@link BudgetProfile#validate()} and the plan-level checks. */
class PlausibilityTest {

  @Test
  void incomeWithTheUnexpectedSignIsAWarning() {
    ValidationReport kent = ReconciliationTest.small()
        .line("Refund", "1.0", "0.0", "1.0", "0.5", "1.5")
        .build().validate();
    assertThat(kent.warnings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(BudgetRules.INCOME_UNEXPECTED_SIGN);
      assertThat(f.location().toString()).isEqualTo("Small table › Refund [Income]");
      assertThat(f.message()).isEqualTo("Income is £0.5k, positive, but this table prints income negative");
    });
    // The revenue outturn prints income positive and subtracts it.
    ValidationReport outturn = BudgetProfile.builder("ro", "RO", BudgetSchemas.REVENUE_OUTTURN)
        .year(FinancialYear.of(2020)).unit(AmountUnit.THOUSANDS)
        .line("Adult social care", "500", "300", "800", "100", "-20", "720")
        .build().validate();
    assertThat(outturn.findings()).extracting(Finding::code).containsExactly(BudgetRules.INCOME_UNEXPECTED_SIGN);
    assertThat(outturn.findings().get(0).location().field()).contains("Other income");
  }

  @Test
  void aFigureAboutAThousandTimesItsComparativeIsAWarning() {
    // Seed 000's TOTALS line with this year's controllable expenditure typed in pounds.
    String[] cells = {"323.36", "28,781.0", "362.34", "18,365.0", "3,794.0", "12,453.9", "7,723.4", "42,336.3",
        "-19,693.7", "-375.4", "22,267,200.0"};
    ValidationReport report = BudgetProfile.builder("b", "Budget", BudgetSchemas.KENT_CONTROLLABLE_2010)
        .year(FinancialYear.of(2010)).unit(AmountUnit.THOUSANDS).decimals(1).decimals("fte", 2)
        .decimals("fte-previous", 2)
        .line("Headquarters", cells)
        .build().validate();
    assertThat(report.withCode(BudgetRules.FIGURE_THOUSANDFOLD)).singleElement().satisfies(f -> {
      assertThat(f.location().field()).contains("CONTROLLABLE EXPENDITURE");
      assertThat(f.message()).isEqualTo("CONTROLLABLE EXPENDITURE is £22,267,200.0k, about a thousand times its"
          + " comparative 2009/10 CONTROLLABLE EXPENDITURE, £28,781.0k (ratio 773.7); was it entered in £ rather"
          + " than £'000?");
    });
    // The same line as published (22,267.2) raises nothing but the arithmetic it breaks.
    cells[10] = "22,267.2";
    assertThat(BudgetProfile.builder("b", "Budget", BudgetSchemas.KENT_CONTROLLABLE_2010)
        .year(FinancialYear.of(2010)).unit(AmountUnit.THOUSANDS).decimals(1).decimals("fte", 2)
        .decimals("fte-previous", 2).line("Headquarters", cells).build().validate().findings()).isEmpty();
  }

  @Test
  void aFigureAboutAThousandthOfItsComparativeIsAWarningToo() {
    ValidationReport report = BudgetProfile.builder("s", "Staffing", BudgetSchemas.KENT_STAFFING_2010)
        .year(FinancialYear.of(2010)).decimals(2)
        .line("Grade KS 12 (or equivalent) and below", "298,440.00", "334.51")
        .build().validate();
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(BudgetRules.FIGURE_THOUSANDFOLD);
      assertThat(f.message()).contains("about a thousandth of its comparative 2009/10", "ratio 1/892.2");
    });
  }

  @Test
  void duplicateNamesInOneGroupAndEmptyGroupsAreWarnings() {
    ValidationReport report = ReconciliationTest.small()
        .group("Older People")
          .line("Residential Care", "1.0", "0.0", "1.0", "0.0", "1.0")
          .line("Residential Care", "1.0", "0.0", "1.0", "0.0", "1.0")
        .end()
        .group("Physical Disability")
          .line("Residential Care", "1.0", "0.0", "1.0", "0.0", "1.0")
        .end()
        .group("Learning Disability")
        .end()
        .build().validate();
    assertThat(report.warnings()).extracting(f -> f.code() + " at " + f.location())
        .containsExactly(
            "budget.line.duplicate-name at Small table › Older People › Residential Care",
            "budget.group.empty at Small table › Learning Disability");
  }

  private static BusinessPlan plan(int year, HeadlineFigure... headlines) {
    return BusinessPlan.builder().title("Divisional Business Plan")
        .unit(OrgUnit.of("ldmh", "Learning Disability/Mental Health", OrgLevel.DIVISION))
        .year(FinancialYear.of(year)).addHeadlines(headlines).build();
  }

  @Test
  void aTableForAnotherYearThanThePlansIsAWarning() {
    BudgetProfile p = ReconciliationTest.small().line("X", "1.0", "0.0", "1.0", "0.0", "1.0").build();
    assertThat(p.validate(plan(2019)).findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(BudgetRules.PROFILE_OUTSIDE_PLAN_YEARS);
      assertThat(f.message()).isEqualTo("The table is for 2020-21, which is not one of the plan's years [2019-20]");
    });
    assertThat(p.validate(plan(2020)).findings()).isEmpty();
  }

  @Test
  void aHeadlineForAnotherYearIsNotCompared() {
    // Seed 002: "Gross Expenditure: £172.233m (2012/13)" over a 2013-14 plan.
    HeadlineFigure gross = HeadlineFigure.builder().measure(HeadlineMeasure.GROSS_EXPENDITURE)
        .figure(ReportedAmount.parse("£172.233m")).asAt("2012/13").build();
    BudgetProfile p = BudgetProfile.builder("d", "Financial resources", BudgetSchemas.KENT_DIVISIONAL_2013)
        .year(FinancialYear.of(2013))
        .line("Division", "1,000", "2,000", "3,000", "-500", "2,500", "0", "2,500")
        .build();
    assertThat(p.validate(plan(2013, gross)).findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(BudgetRules.HEADLINE_OTHER_YEAR);
      assertThat(f.message()).contains("£172.233m is for 2012-13, not for the table's year 2013-14");
    });
    HeadlineFigure current = HeadlineFigure.of(HeadlineMeasure.GROSS_EXPENDITURE, ReportedAmount.parse("£3,000"));
    assertThat(p.validate(plan(2013, current)).findings()).isEmpty();
  }

  @Test
  void withoutAGrandTotalTheHeadlineIsHeldAgainstTheSumOfTheTopLevelLines() {
    BudgetProfile p = ReconciliationTest.small()
        .group("G").line("X", "1.0", "0.0", "1.0", "0.0", "1.0").subtotal("Total G", "1.0", "0.0", "1.0", "0.0", "1.0")
        .line("Y", "2.0", "0.0", "2.0", "0.0", "2.0")
        .build();
    HeadlineFigure net = HeadlineFigure.of(HeadlineMeasure.NET_BUDGET, ReportedAmount.parse("£4k"));
    assertThat(p.validate(plan(2020, net)).findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(BudgetRules.HEADLINE_MISMATCH);
      assertThat(f.location().toString()).isEqualTo("Small table [Net]");
      assertThat(f.message()).contains("the sum of the table's Net figures, £3.0k [£2.9k, £3.1k]");
    });
  }

  @Test
  void aHeadlineAndATableRoundedToHundredsAreComparedWithoutLosingDigits() {
    BudgetProfile p = BudgetProfile.builder("b", "Budget", ReconciliationTest.SMALL).year(FinancialYear.of(2020))
        .unit(AmountUnit.POUNDS).decimals(-2)
        .line("X", "1,000", "0", "1,000", "0", "1,000")
        .total("Total", "1,000", "0", "1,000", "0", "1,000")
        .build();
    HeadlineFigure net = HeadlineFigure.of(HeadlineMeasure.NET_BUDGET, ReportedAmount.parse("£2k"));
    assertThat(p.validate(plan(2020, net)).findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(BudgetRules.HEADLINE_MISMATCH);
      assertThat(f.message()).contains("£2k [£1.5k, £2.5k]", "£1,000 [£950, £1,050]", "the headline is £1,000 more",
          "rounding explains up to £550");
    });
  }
}
