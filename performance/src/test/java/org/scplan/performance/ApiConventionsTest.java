package org.scplan.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.scplan.core.Action;
import org.scplan.core.AmountUnit;
import org.scplan.core.FinancialYear;
import org.scplan.core.Polarity;
import org.scplan.core.Rag;
import org.scplan.core.ReportingPeriod;
import org.scplan.performance.actions.ActionCounts;
import org.scplan.performance.actions.ActionPlanMonitoring;
import org.scplan.performance.actions.ActionProgress;
import org.scplan.performance.actions.ActionStatus;
import org.scplan.performance.actions.DivisionProgress;
import org.scplan.performance.actions.RollUpRule;

/** Null-hostility, value equality and parse/print round trips across the public API. */
class ApiConventionsTest {
  private static final FinancialYear YEAR = FinancialYear.of(2013);

  private static NullPointerTester tester() throws NoSuchMethodException {
    return new NullPointerTester()
        .setDefault(ReportingPeriod.class, YEAR)
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(IndicatorUnit.class, IndicatorUnit.COUNT)
        .setDefault(Polarity.class, Polarity.HIGHER_IS_BETTER)
        .setDefault(RagRule.class, RagRule.kentFloor())
        .setDefault(Action.class, Action.of("1.1", "An action"))
        .setDefault(ActionCounts.class, ActionCounts.NONE)
        .setDefault(Indicator.class, Indicator.of("R", "T", IndicatorUnit.COUNT, Polarity.NONE))
        .setDefault(Rag.class, Rag.GREEN)
        .setDefault(String.class, "2013-14")
        // These take null for "none": no floor, no noun, no parameter for the floor rule.
        .ignore(RagRule.class.getMethod("rate", Polarity.class, BigDecimal.class, BigDecimal.class, BigDecimal.class))
        .ignore(RagRule.class.getMethod("amberLimit", Polarity.class, BigDecimal.class, BigDecimal.class))
        .ignore(RagRule.class.getMethod("of", RagRule.Kind.class, BigDecimal.class))
        .ignore(IndicatorUnit.class.getMethod("rate", long.class, String.class));
  }

  @Test
  void publicMethodsRefuseNull() throws Exception {
    NullPointerTester tester = tester();
    for (Class<?> type : new Class<?>[] {Polarity.class, Frequency.class, Basis.class, IndicatorUnit.class, RagRule.class,
        Target.class, Actual.class, Indicator.class, IndicatorSet.class, DirectionOfTravel.class,
        RangePosition.class, ActionStatus.class, ActionCounts.class, RollUpRule.class, ActionProgress.class,
        DivisionProgress.class, Dashboard.class}) {
      tester.testAllPublicStaticMethods(type);
    }
    Indicator indicator = Indicator.of("NI 125", "Achieving independence", IndicatorUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER)
        .withTarget(Target.of(YEAR, new BigDecimal("79"))).withActual(Actual.of(YEAR, new BigDecimal("80")));
    tester.testAllPublicInstanceMethods(indicator);
    tester.testAllPublicInstanceMethods(IndicatorSet.of("kpi", "KPIs", indicator));
    tester.testAllPublicInstanceMethods(indicator.assess(YEAR));
    tester.testAllPublicInstanceMethods(IndicatorSet.of("kpi", "KPIs", indicator).evaluate(YEAR));
    tester.testAllPublicInstanceMethods(IndicatorUnit.PERCENTAGE);
    tester.testAllPublicInstanceMethods(ActionCounts.of(1, 2, 3));
    tester.testAllPublicInstanceMethods(DivisionProgress.of("SCS", 5, 18, 1, 17, 0, Rag.AMBER));
    tester.testAllPublicInstanceMethods(ActionPlanMonitoring.builder().id("m").title("Monitoring")
        .addDivision(DivisionProgress.of("SCS", 5, 18, 1, 17, 0, Rag.AMBER)).build());
  }

  @Test
  void valuesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(IndicatorUnit.PERCENTAGE, IndicatorUnit.parse("%"), IndicatorUnit.parse("percentage"))
        .addEqualityGroup(IndicatorUnit.count("clients"), IndicatorUnit.parse("count of clients"))
        .addEqualityGroup(IndicatorUnit.COUNT, IndicatorUnit.parse("count"))
        .addEqualityGroup(IndicatorUnit.rate(100000, "population"), IndicatorUnit.parse("per 100,000 population"))
        .addEqualityGroup(IndicatorUnit.money(AmountUnit.THOUSANDS), IndicatorUnit.parse("£000s"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RagRule.kentFloor(), RagRule.parse("floor"))
        .addEqualityGroup(RagRule.tolerance(10), RagRule.tolerance(new BigDecimal("10.00")), RagRule.parse("tolerance-10"))
        .addEqualityGroup(RagRule.margin(BigDecimal.TEN))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ActionCounts.of(1, 17, 0), ActionCounts.tally(java.util.Collections.nCopies(1, ActionStatus.COMPLETED)).plus(ActionCounts.of(0, 17, 0)))
        .addEqualityGroup(ActionCounts.of(17, 1, 0))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Target.of("2010/11", "79%"), Target.of(FinancialYear.of(2010), new BigDecimal("79")))
        .addEqualityGroup(Target.of("2010/11", "79.0%"))
        .addEqualityGroup(Target.baseline("2010/11", "79"))
        .addEqualityGroup(Target.of("2010/11", "79%").withFloor("75%"),
            Target.of("2010/11", "79%").withFloor(new BigDecimal("75")))
        .testEquals();
  }

  @Test
  void enumsParseTheirOwnNamesAndLabels() {
    for (Polarity p : Polarity.values()) {
      assertThat(Polarity.parse(p.name())).isEqualTo(p);
      assertThat(Polarity.parse(p.label())).isEqualTo(p);
    }
    for (Frequency f : Frequency.values()) {
      assertThat(Frequency.parse(f.name())).isEqualTo(f);
      assertThat(Frequency.parse(f.label())).isEqualTo(f);
    }
    for (Basis b : Basis.values()) {
      assertThat(Basis.parse(b.name())).isEqualTo(b);
      assertThat(Basis.parse(b.label())).isEqualTo(b);
    }
    for (ActionStatus s : ActionStatus.values()) {
      assertThat(ActionStatus.parse(s.name())).isEqualTo(s);
      assertThat(ActionStatus.parse(s.label())).isEqualTo(s);
    }
    for (RollUpRule r : RollUpRule.values()) {
      assertThat(RollUpRule.parse(r.name())).isEqualTo(r);
    }
  }
}
