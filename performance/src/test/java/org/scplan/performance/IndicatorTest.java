package org.scplan.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.scplan.core.AcademicTerm;
import org.scplan.core.AmountUnit;
import org.scplan.core.CalendarMonth;
import org.scplan.core.FinancialQuarter;
import org.scplan.core.FinancialYear;
import org.scplan.core.Polarity;
import org.scplan.core.Rag;
import org.scplan.core.RagStatus;
import org.scplan.core.ReportingPeriod;

class IndicatorTest {
  private static final FinancialQuarter Q1 = FinancialQuarter.parse("Q1 2013-14");

  private static Indicator percentage(Polarity polarity) {
    return Indicator.of("PI 1", "A percentage", IndicatorUnit.PERCENTAGE, polarity);
  }

  @Test
  void explainsItselfInOneLine() {
    Indicator pi = percentage(Polarity.HIGHER_IS_BETTER)
        .withTarget(Target.of(Q1, new BigDecimal("80.0")).withFloor(new BigDecimal("75.0")))
        .withActual(Actual.of("Q1 2013-14", "78.5%"));
    Assessment a = pi.assess(Q1);
    assertThat(a.explanation()).isEqualTo("78.5% vs target 80.0% (higher is better), floor 75.0%: AMBER");
    assertThat(a.rag()).contains(Rag.AMBER);
    assertThat(a.floor()).contains(new BigDecimal("75.0"));
    assertThat(a).hasToString("PI 1 Q1 2013-14: 78.5% vs target 80.0% (higher is better), floor 75.0%: AMBER");
  }

  @Test
  void explainsTheOtherRules() {
    Indicator pi = percentage(Polarity.HIGHER_IS_BETTER)
        .withTarget(Target.of(Q1, new BigDecimal("80.0")))
        .withActual(Actual.of("Q1 2013-14", "78.5%"));
    assertThat(pi.assess(Q1, RagRule.tolerance(10)).explanation())
        .isEqualTo("78.5% vs target 80.0% (higher is better), amber within 10% of target (to 72.0%): AMBER");
    assertThat(pi.assess(Q1, RagRule.margin(new BigDecimal("1.0"))).explanation())
        .isEqualTo("78.5% vs target 80.0% (higher is better), amber within 1 percentage points of target (to 79.0%): RED");
    assertThat(pi.assess(Q1).explanation()).isEqualTo("78.5% vs target 80.0% (higher is better), no floor: AMBER");
  }

  @Test
  void theIndicatorsFloorAppliesWhereATargetSetsNone() {
    Indicator pi = Indicator.builder().from(percentage(Polarity.HIGHER_IS_BETTER)).floor(new BigDecimal("70"))
        .addTarget(Target.of(Q1, new BigDecimal("80")))
        .addTarget(Target.of(Q1.next(), new BigDecimal("80")).withFloor(new BigDecimal("79")))
        .addActuals(Actual.of(Q1, new BigDecimal("75")), Actual.of(Q1.next(), new BigDecimal("75")))
        .build();
    assertThat(pi.assess(Q1).rag()).contains(Rag.AMBER);
    assertThat(pi.assess(Q1.next()).rag()).contains(Rag.RED);
  }

  @Test
  void notRatedSaysWhy() {
    FinancialYear y2010 = FinancialYear.parse("2010/11");
    Indicator ni130 = Indicator.of("NI 130", "Social Care clients receiving self directed support", IndicatorUnit.COUNT,
            Polarity.HIGHER_IS_BETTER)
        .withTarget(Target.placeholder(y2010, "No target available until April 2010"));
    assertThat(ni130.assess(y2010).status())
        .isEqualTo(RagStatus.notRated("No target available until April 2010"));
    assertThat(ni130.assess(y2010).explanation())
        .isEqualTo("no result vs no target for 2010-11: not rated: No target available until April 2010");
    assertThat(ni130.assess(y2010.next()).explanation())
        .isEqualTo("no result vs no target for 2011-12: not rated: no target for 2011-12");

    Indicator baseline = Indicator.of("AH S21", "Safeguarding concerns", IndicatorUnit.COUNT, Polarity.NONE)
        .withTarget(Target.baseline("2018-19", "10,348")).withActual(Actual.of("2018-19", "10,400"));
    assertThat(baseline.assess(FinancialYear.of(2018)).explanation())
        .isEqualTo("10,400 vs baseline 10,348: not rated: a baseline is not a target");

    Indicator none = Indicator.of("X", "No polarity", IndicatorUnit.COUNT, Polarity.NONE)
        .withTarget(Target.of("2018-19", "10")).withActual(Actual.of("2018-19", "12"));
    assertThat(none.assess(FinancialYear.of(2018)).explanation()).isEqualTo(
        "12 vs target 10 (no polarity): not rated: the indicator has no polarity, so no result is better or worse"
            + " than its target");

    Indicator missing = percentage(Polarity.HIGHER_IS_BETTER).withTarget(Target.of("2017-18", "50%"))
        .withActual(Actual.missing("2017-18", "Placeholder"));
    assertThat(missing.assess(FinancialYear.of(2017)).explanation())
        .isEqualTo("no result (Placeholder) vs target 50% (higher is better), no floor: not rated: no result: Placeholder");
  }

  @Test
  void activityIsPlacedInItsRangeBothThresholdsIncluded() {
    Indicator activity = Indicator.builder().reference("AI 1").title("Referrals").kind(IndicatorKind.ACTIVITY)
        .unit(IndicatorUnit.COUNT).polarity(Polarity.NONE)
        .addTarget(Target.range("Q1 2013-14", "4,300", "4,500"))
        .build();
    assertThat(activity.withActual(Actual.of("Q1 2013-14", "4,300")).assess(Q1).position())
        .contains(RangePosition.WITHIN);
    assertThat(activity.withActual(Actual.of("Q1 2013-14", "4,500")).assess(Q1).position())
        .contains(RangePosition.WITHIN);
    assertThat(activity.withActual(Actual.of("Q1 2013-14", "4,501")).assess(Q1).position())
        .contains(RangePosition.ABOVE);
    Assessment below = activity.withActual(Actual.of("Q1 2013-14", "4,299")).assess(Q1);
    assertThat(below.position()).contains(RangePosition.BELOW);
    assertThat(below.isRated()).isFalse();
    assertThat(below.explanation())
        .isEqualTo("4,299 vs expected range 4,300 to 4,500: not rated: below the expected range");
  }

  @Test
  void aSnapshotIsHeldAgainstTheTargetOfThePeriodContainingIt() {
    CalendarMonth june = CalendarMonth.parse("June 2013");
    Indicator snapshot = percentage(Polarity.HIGHER_IS_BETTER)
        .withTarget(Target.of("2013-14", "79%"))
        .withTarget(Target.of("Q1 2013-14", "77%"))
        .withActual(Actual.of("June 2013", "78%"));
    assertThat(snapshot.targetFor(june)).contains(Target.of("Q1 2013-14", "77%"));
    assertThat(snapshot.assess(june).rag()).contains(Rag.GREEN);
    assertThat(snapshot.targetFor(CalendarMonth.parse("July 2013"))).contains(Target.of("2013-14", "79%"));
    assertThat(snapshot.target(june)).isEmpty();

    Indicator cumulative = Indicator.builder().from(snapshot).basis(Basis.CUMULATIVE_YEAR_TO_DATE).build();
    assertThat(cumulative.targetFor(june)).isEmpty();
    assertThat(cumulative.assess(june).status().reason()).contains("no target for June 2013");
  }

  @Test
  void theFirmestResultCountsAndTheLastListedOfEquals() {
    ReportingPeriod march = CalendarMonth.parse("March 2012");
    Indicator i = Indicator.of("E", "Enablement clients", IndicatorUnit.count("clients"), Polarity.NONE)
        .withActual(Actual.forecast("March 2012", "5,860").withNote("Dec forecast"))
        .withActual(Actual.forecast("March 2012", "6,178").withNote("Jan forecast"));
    assertThat(i.actual(march).flatMap(Actual::note)).contains("Jan forecast");
    Indicator reported = i.withActual(Actual.of("March 2012", "6,000"));
    assertThat(reported.actual(march).flatMap(Actual::value)).contains(new BigDecimal("6000"));
    Indicator estimatedLast = reported.withActual(Actual.estimated("March 2012", "6,100"));
    assertThat(estimatedLast.actual(march).map(Actual::status)).contains(Actual.Status.REPORTED);
  }

  @Test
  void theSeriesKeepsMissingValuesAndLeavesOutForecastsAndOtherFrequencies() {
    Indicator monthly = Indicator.builder().reference("M").title("Monthly").unit(IndicatorUnit.COUNT)
        .polarity(Polarity.HIGHER_IS_BETTER).frequency(Frequency.MONTHLY)
        .addActual(Actual.of("May 2013", "12"))
        .addActual(Actual.of("April 2013", "10"))
        .addActual(Actual.missing("June 2013", "system outage"))
        .addActual(Actual.forecast("July 2013", "14"))
        .addActual(Actual.of("2012-13", "120"))
        .build();
    assertThat(monthly.series()).extracting(a -> a.period().toString())
        .containsExactly("April 2013", "May 2013", "June 2013");
    assertThat(monthly.series().get(2).status()).isEqualTo(Actual.Status.MISSING);
  }

  @Test
  void directionOfTravelFollowsPolarity() {
    // Delayed transfers of care (seed 001, AH H17): lower is better.
    Indicator dtoc = Indicator.of("AH H17", "Delayed transfers of care", IndicatorUnit.COUNT, Polarity.LOWER_IS_BETTER)
        .withActual(Actual.of("2017-18", "53,973")).withActual(Actual.of("2018-19", "41,730"))
        .withTarget(Target.of("2018-19", "41,730"));
    FinancialYear y2018 = FinancialYear.of(2018);
    assertThat(dtoc.direction(y2018, ComparedWith.PREVIOUS_PERIOD)).contains(DirectionOfTravel.IMPROVING);
    assertThat(dtoc.assess(y2018)).hasToString("AH H17 2018-19: 41,730 vs target 41,730 (lower is better), no floor:"
        + " GREEN; improving since 2017-18 (53,973)");
    assertThat(dtoc.direction(FinancialYear.of(2017), ComparedWith.PREVIOUS_PERIOD)).isEmpty();

    Indicator termly = Indicator.of("T", "Termly", IndicatorUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER)
        .withActual(Actual.of("Spr 13", "60%")).withActual(Actual.of("Aut 13", "55%"))
        .withActual(Actual.of("Spr 14", "60%"));
    AcademicTerm spr14 = AcademicTerm.parse("Spr 14");
    assertThat(termly.direction(spr14, ComparedWith.PREVIOUS_PERIOD)).contains(DirectionOfTravel.IMPROVING);
    assertThat(termly.direction(spr14, ComparedWith.SAME_PERIOD_LAST_YEAR)).contains(DirectionOfTravel.NO_CHANGE);
  }

  @Test
  void theFirstYearOfTheCalendarHasNoPreviousYearAndDoesNotThrow() {
    Indicator i = percentage(Polarity.HIGHER_IS_BETTER).withActual(Actual.of(FinancialYear.of(1000), BigDecimal.ONE));
    assertThat(i.assess(FinancialYear.of(1000)).direction()).isEmpty();
  }

  @Test
  void valuesPrintInTheirUnit() {
    assertThat(IndicatorUnit.PERCENTAGE.format(new BigDecimal("80.0"))).isEqualTo("80.0%");
    assertThat(IndicatorUnit.COUNT.format(new BigDecimal("34213"))).isEqualTo("34,213");
    assertThat(IndicatorUnit.average("hours").format(new BigDecimal("10.44"))).isEqualTo("10.44 hours");
    assertThat(IndicatorUnit.rate(100000, "population").format(new BigDecimal("12.5"))).isEqualTo("12.5 per 100,000");
    assertThat(IndicatorUnit.money(AmountUnit.THOUSANDS).format(new BigDecimal("132000"))).isEqualTo("£132k");
    assertThat(IndicatorUnit.money(AmountUnit.THOUSANDS).format(new BigDecimal("-51500"))).isEqualTo("-£51.5k");
    assertThat(IndicatorUnit.parse("count of episodes")).isEqualTo(IndicatorUnit.count("episodes"));
    assertThat(IndicatorUnit.parse("£'000")).isEqualTo(IndicatorUnit.money(AmountUnit.THOUSANDS));
  }

  @Test
  void misuseIsRefused() {
    assertThatThrownBy(() -> Target.builder().period(Q1).kind(Target.Kind.TARGET).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> Target.baseline("2018-19", "1").withFloor(BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Only a TARGET has a floor");
    assertThatThrownBy(() -> Target.placeholder(Q1, " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Target.of("2018-19", "Placeholder"))
        .isInstanceOf(org.scplan.core.ValueParseException.class).hasMessageContaining("placeholder");
    assertThatThrownBy(() -> Actual.missing(Q1, "")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Actual.of(Actual.Status.MISSING, Q1, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Indicator.of("R", " ", IndicatorUnit.COUNT, Polarity.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
