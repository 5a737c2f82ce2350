package org.scplan.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.core.BusinessPlan;
import org.scplan.core.Finding;
import org.scplan.core.FinancialQuarter;
import org.scplan.core.FinancialYear;
import org.scplan.core.OrgLevel;
import org.scplan.core.OrgUnit;
import org.scplan.core.PlanRules;
import org.scplan.core.Polarity;
import org.scplan.core.Priority;
import org.scplan.core.Rag;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;
import org.scplan.performance.actions.ActionPlanMonitoring;

/** Each check, on a small set that breaks it and on one that does not. */
class IndicatorChecksTest {
  private static final FinancialYear YEAR = FinancialYear.of(2013);

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Indicator percentage(String ref, Polarity polarity) {
    return Indicator.of(ref, "Indicator " + ref, IndicatorUnit.PERCENTAGE, polarity);
  }

  private static ValidationReport check(Indicator... indicators) {
    return IndicatorSet.of("kpi", "KPIs", indicators).validate();
  }

  @Test
  void aFloorOnTheWrongSideOfItsTarget() {
    ValidationReport report = check(
        percentage("H", Polarity.HIGHER_IS_BETTER).withTarget(Target.of(YEAR, d("75.0")).withFloor(d("80.0"))),
        percentage("L", Polarity.LOWER_IS_BETTER).withTarget(Target.of(YEAR, d("20"))).withTarget(
            Target.of(YEAR.next(), d("20")).withFloor(d("25"))),
        Indicator.builder().from(percentage("S", Polarity.LOWER_IS_BETTER)).floor(d("10"))
            .addTarget(Target.of(YEAR, d("20"))).build());
    List<Finding> found = report.withCode(PerformanceRules.FLOOR_WRONG_SIDE);
    assertThat(found).extracting(f -> f.location().toString())
        .containsExactly("KPIs › H [2013-14 target]", "KPIs › S [2013-14 target]");
    assertThat(found.get(0).message()).isEqualTo("The floor 80.0% is above the target 75.0% for 2013-14, but higher is"
        + " better: a minimum standard cannot be better than the target");
    assertThat(found.get(0).expected()).contains("floor at or below 75.0%");
    assertThat(found.get(1).message()).contains("The floor 10% is below the target 20%");
    assertThat(found).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void percentagesOutsideZeroToHundred() {
    ValidationReport report = check(percentage("P", Polarity.HIGHER_IS_BETTER)
        .withTarget(Target.of(YEAR, d("101")).withFloor(d("-1")))
        .withActual(Actual.of(YEAR, d("100.0")))
        .withActual(Actual.of(YEAR.next(), d("100.1"))));
    assertThat(report.withCode(PerformanceRules.PERCENTAGE_OUT_OF_RANGE)).extracting(Finding::message).containsExactly(
        "The target 101% is a percentage outside 0% to 100%",
        "The floor -1% is a percentage outside 0% to 100%",
        "The result 100.1% is a percentage above 100%: right only if it is a ratio (a figure against a target or a"
            + " capacity), not a share of a whole");
    assertThat(report.withCode(PerformanceRules.PERCENTAGE_OUT_OF_RANGE)).extracting(Finding::severity)
        .containsExactly(Severity.ERROR, Severity.ERROR, Severity.WARNING);
    assertThat(check(percentage("N", Polarity.HIGHER_IS_BETTER).withActual(Actual.of(YEAR, d("-0.5"))))
        .withCode(PerformanceRules.PERCENTAGE_OUT_OF_RANGE)).singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.message()).isEqualTo("The result -0.5% is a percentage outside 0% to 100%");
        });
    Indicator count = Indicator.of("C", "A count", IndicatorUnit.COUNT, Polarity.HIGHER_IS_BETTER)
        .withTarget(Target.of(YEAR, d("101")));
    assertThat(check(count).withCode(PerformanceRules.PERCENTAGE_OUT_OF_RANGE)).isEmpty();
  }

  @Test
  void quarterlyTargetsOfACumulativeIndicatorMustBuildToTheYear() {
    Indicator.Builder ytd = Indicator.builder().reference("Y").title("Year to date").unit(IndicatorUnit.COUNT)
        .polarity(Polarity.HIGHER_IS_BETTER).basis(Basis.CUMULATIVE_YEAR_TO_DATE)
        .addTarget(Target.of(YEAR, d("8000")));
    Indicator.Builder inPeriod = Indicator.builder().reference("Q").title("In the quarter").unit(IndicatorUnit.COUNT)
        .polarity(Polarity.HIGHER_IS_BETTER).basis(Basis.IN_PERIOD)
        .addTarget(Target.of(YEAR, d("8000")));
    String[] ytdTargets = {"2000", "4000", "6000", "7500"};
    String[] quarterTargets = {"2000", "2000", "2000", "1500"};
    for (int q = 1; q <= 4; q++) {
      ytd.addTarget(Target.of(YEAR.quarter(q), d(ytdTargets[q - 1])));
      inPeriod.addTarget(Target.of(YEAR.quarter(q), d(quarterTargets[q - 1])));
    }
    ValidationReport report = check(ytd.build(), inPeriod.build());
    assertThat(report.withCode(PerformanceRules.TARGET_PROFILE_MISMATCH)).extracting(Finding::message).containsExactly(
        "Y is cumulative through the year, so its quarterly target for Q4 2013-14 (7,500) should be the annual target"
            + " for 2013-14 (8,000)",
        "Q counts each period on its own, but its quarterly targets 2,000 + 2,000 + 2,000 + 1,500 = 7,500 do not add"
            + " up to the annual target 8,000 for 2013-14");

    Indicator snapshot = Indicator.builder().from(ytd.build()).basis(Basis.SNAPSHOT).build();
    assertThat(check(snapshot).withCode(PerformanceRules.TARGET_PROFILE_MISMATCH)).isEmpty();
    Indicator built = Indicator.builder().from(inPeriod.build()).targets(List.of(Target.of(YEAR, d("8000")),
        Target.of(YEAR.quarter(1), d("2000")), Target.of(YEAR.quarter(2), d("2000")),
        Target.of(YEAR.quarter(3), d("2000")), Target.of(YEAR.quarter(4), d("2000")))).build();
    assertThat(check(built).isEmpty()).isTrue();
  }

  @Test
  void monthlyProfilesAreCheckedToo() {
    Indicator.Builder b = Indicator.builder().reference("M").title("Monthly").unit(IndicatorUnit.COUNT)
        .polarity(Polarity.HIGHER_IS_BETTER).basis(Basis.IN_PERIOD).addTarget(Target.of(YEAR, d("1200")));
    YEAR.months().forEach(m -> b.addTarget(Target.of(m, d("100"))));
    assertThat(check(b.build()).isEmpty()).isTrue();
    Indicator short11 = Indicator.builder().from(b.build()).addTarget(Target.of(YEAR.next(), d("1200"))).build();
    assertThat(check(short11).isEmpty()).as("no monthly targets for the next year: nothing to add up").isTrue();
  }

  @Test
  void aPerformanceIndicatorNeedsATargetOrAPlaceholderForEachPlannedPeriod() {
    IndicatorSet set = IndicatorSet.builder().id("kpi").title("KPIs").addTargetPeriod(YEAR)
        .addIndicator(percentage("A", Polarity.HIGHER_IS_BETTER).withTarget(Target.of(YEAR.quarter(2), d("50"))))
        .addIndicator(percentage("B", Polarity.HIGHER_IS_BETTER).withTarget(Target.placeholder(YEAR, "tbc")))
        .addIndicator(percentage("C", Polarity.HIGHER_IS_BETTER).withTarget(Target.of(YEAR.next(), d("50"))))
        .addIndicator(Indicator.builder().from(percentage("D", Polarity.NONE)).kind(IndicatorKind.ACTIVITY).build())
        .build();
    assertThat(set.validate().withCode(PerformanceRules.TARGET_MISSING)).extracting(f -> f.location().toString())
        .containsExactly("KPIs › C [2013-14 target]");
    IndicatorSet quarterly = IndicatorSet.builder().id("kpi").title("KPIs").addTargetPeriod(YEAR.quarter(1))
        .addIndicator(percentage("Y", Polarity.HIGHER_IS_BETTER).withTarget(Target.of(YEAR, d("50"))))
        .addIndicator(Indicator.builder().from(percentage("Z", Polarity.HIGHER_IS_BETTER))
            .basis(Basis.CUMULATIVE_YEAR_TO_DATE).addTarget(Target.of(YEAR, d("50"))).build())
        .build();
    assertThat(quarterly.validate().withCode(PerformanceRules.TARGET_MISSING)).as("a year's target applies to a"
        + " snapshot's quarter, not to a cumulative one's").extracting(f -> f.location().toString())
        .containsExactly("KPIs › Z [Q1 2013-14 target]");
  }

  @Test
  void duplicatesAreReported() {
    ValidationReport report = check(
        percentage("AH S24", Polarity.HIGHER_IS_BETTER)
            .withTarget(Target.of(YEAR, d("50"))).withTarget(Target.of(YEAR, d("60")))
            .withActual(Actual.of(YEAR, d("1"))).withActual(Actual.of(YEAR, d("2")))
            .withActual(Actual.forecast(YEAR.toString(), "3").withNote("Dec"))
            .withActual(Actual.forecast(YEAR.toString(), "3").withNote("Jan")),
        percentage("AH S 24", Polarity.HIGHER_IS_BETTER));
    assertThat(report.withCode(PerformanceRules.INDICATOR_DUPLICATE_REFERENCE)).singleElement()
        .satisfies(f -> assertThat(f.message())
            .isEqualTo("Reference AH S 24 is used by an earlier indicator (as AH S24): \"Indicator AH S24\""));
    assertThat(report.withCode(PerformanceRules.TARGET_DUPLICATE_PERIOD)).hasSize(1);
    assertThat(report.withCode(PerformanceRules.ACTUAL_DUPLICATE_PERIOD)).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("AH S24 has more than one reported result for 2013-14"));
  }

  @Test
  void anInvertedRangeIsReportedAndNotRated() {
    Indicator activity = Indicator.builder().reference("A").title("Activity").kind(IndicatorKind.ACTIVITY)
        .unit(IndicatorUnit.COUNT).polarity(Polarity.NONE).addTarget(Target.range(YEAR, d("120"), d("100")))
        .addActual(Actual.of(YEAR, d("110"))).build();
    assertThat(check(activity).withCode(PerformanceRules.RANGE_INVERTED)).singleElement()
        .satisfies(f -> assertThat(f.message())
            .isEqualTo("The expected range for 2013-14 has its lower threshold 120 above its upper threshold 100"));
    assertThat(activity.assess(YEAR).position()).isEmpty();
    assertThat(activity.assess(YEAR).status().reason())
        .contains("the expected range's lower threshold is above its upper threshold");
  }

  @Test
  void aPublishedRagIsCheckedAgainstTheRule() {
    FinancialQuarter q1 = YEAR.quarter(1);
    Indicator pi = percentage("PI", Polarity.HIGHER_IS_BETTER)
        .withTarget(Target.of(q1, d("80.0")).withFloor(d("75.0")))
        .withActual(Actual.of(q1, d("78.5")).withPublishedRag(Rag.GREEN))
        .withActual(Actual.of(q1.next(), d("70")).withPublishedRag(Rag.RED));
    ValidationReport report = check(pi);
    assertThat(report.withCode(PerformanceRules.RAG_MISMATCH)).singleElement().satisfies(f -> {
      assertThat(f.message()).isEqualTo("Published GREEN for Q1 2013-14, but rule kent-floor gives 78.5% vs target"
          + " 80.0% (higher is better), floor 75.0%: AMBER");
      assertThat(f.expected()).contains("AMBER");
      assertThat(f.actual()).contains("GREEN");
      assertThat(f.location()).hasToString("KPIs › PI [Q1 2013-14 RAG]");
    });
    assertThat(report.withCode(PerformanceRules.RAG_PUBLISHED_UNRATED)).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("Published RED for Q2 2013-14, but the result cannot be"
            + " rated: 70% vs no target for Q2 2013-14: not rated: no target for Q2 2013-14"));

    assertThat(IndicatorSet.of("kpi", "KPIs", pi).evaluate(q1).toString()).contains("AMBER", "published GREEN");
    assertThat(IndicatorSet.of("kpi", "KPIs", pi).evaluate(q1.next()).toString())
        .contains("published RED; no target for Q2 2013-14");
    IndicatorSet tolerant = IndicatorSet.of("kpi", "KPIs", pi).withRule(RagRule.tolerance(10));
    assertThat(tolerant.validate().withCode(PerformanceRules.RAG_MISMATCH)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("rule tolerance-10 gives"));
  }

  @Test
  void targetsNoRuleCanRateAreWarnedOnce() {
    Indicator none = Indicator.of("N", "No polarity", IndicatorUnit.COUNT, Polarity.NONE)
        .withTarget(Target.of(YEAR, d("5"))).withTarget(Target.of(YEAR.next(), d("6")))
        .withTarget(Target.baseline(YEAR.plusYears(2), d("7")));
    assertThat(check(none).withCode(PerformanceRules.TARGET_NO_POLARITY)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void partsMustNameAnotherIndicator() {
    Indicator orphan = Indicator.builder().from(Indicator.of("AH11", "Primary", IndicatorUnit.COUNT, Polarity.NONE))
        .partOf("AH99").build();
    Indicator self = Indicator.builder().from(Indicator.of("AH12", "Itself", IndicatorUnit.COUNT, Polarity.NONE))
        .partOf("AH12").build();
    assertThat(check(orphan, self).withCode(PerformanceRules.BREAKDOWN_UNKNOWN_TOTAL)).hasSize(2);
  }

  @Test
  void percentagePartsAddUpWithinTheirPrintedPrecision() {
    Indicator whole = percentage("W", Polarity.NONE).withActual(Actual.of(YEAR, d("33.3")));
    Indicator a = Indicator.builder().from(percentage("A", Polarity.NONE)).partOf("W")
        .addActual(Actual.of(YEAR, d("11.1"))).build();
    Indicator b = Indicator.builder().from(percentage("B", Polarity.NONE)).partOf("W")
        .addActual(Actual.of(YEAR, d("22.3"))).build();
    assertThat(check(whole, a, b).isEmpty()).as("11.1 + 22.3 = 33.4, within rounding of 33.3").isTrue();
    Indicator c = Indicator.builder().from(b).actuals(List.of(Actual.of(YEAR, d("22.5")))).build();
    assertThat(check(whole, a, c).withCode(PerformanceRules.BREAKDOWN_MISMATCH)).hasSize(1);
  }

  @Test
  void aSetIsASectionOfAPlanAndChecksItsPriorities() {
    Indicator linked = Indicator.builder().from(percentage("NI 125", Polarity.HIGHER_IS_BETTER)).priority("1").build();
    Indicator unknown = Indicator.builder().from(percentage("NI 130", Polarity.HIGHER_IS_BETTER))
        .priority("Priority 9").build();
    Indicator byTitle = Indicator.builder().from(percentage("NI 132", Polarity.HIGHER_IS_BETTER))
        .priority("prevention").build();
    IndicatorSet set = IndicatorSet.of("kpi", "KPIs", linked, unknown, byTitle);
    BusinessPlan plan = BusinessPlan.builder().title("Plan").unit(OrgUnit.of("kass", "KASS", OrgLevel.DIRECTORATE))
        .year(YEAR).addPriority(Priority.of("1", "Prevention")).addSection(set)
        .addSection(ActionPlanMonitoring.builder().id("monitoring").title("Monitoring").build())
        .build();
    ValidationReport report = plan.validate();
    assertThat(report.codes()).containsExactly(PerformanceRules.INDICATOR_UNKNOWN_PRIORITY);
    assertThat(report.findings().get(0).message()).isEqualTo("NI 130 serves priority \"Priority 9\", which the plan does not have");
    assertThat(plan.sections(IndicatorSet.class)).containsExactly(set);
    assertThat(set.kind()).isEqualTo("indicators");
    assertThat(plan.withSection(set).validate().codes()).contains(PlanRules.SECTION_DUPLICATE_ID);
  }
}
