package org.scplan.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.scplan.core.CalendarMonth;
import org.scplan.core.Finding;
import org.scplan.core.FinancialQuarter;
import org.scplan.core.FinancialYear;
import org.scplan.core.Location;
import org.scplan.core.Polarity;
import org.scplan.core.Severity;
import org.scplan.performance.spc.SpcAssurance;
import org.scplan.performance.spc.SpcOptions;
import org.scplan.performance.spc.SpcRule;
import org.scplan.performance.spc.SpcRules;
import org.scplan.performance.spc.SpcVariation;
import org.scplan.performance.spc.XmrChart;
import org.scplan.performance.spc.XmrLimits;
import org.scplan.performance.spc.XmrObservation;
import org.scplan.performance.spc.XmrPoint;
import org.scplan.performance.spc.XmrSegment;
import org.scplan.performance.spc.XmrSeries;

/** The chart's behaviour beyond the reference implementation: missing values, gaps, edges, text. */
class XmrChartTest {
  private static final CalendarMonth APRIL_2016 = CalendarMonth.of(2016, 4);

  private static XmrSeries series(double... values) {
    return XmrSeries.from(APRIL_2016, Polarity.HIGHER_IS_BETTER, values);
  }

  /**
   * Twelve baseline values 10, 0, 10, ... 0, 5, 5 (mean 5, limits 5 ± 22.97), ending on the mean so
   * that no run joins them; then the given points, from April 2017.
   */
  private static XmrSeries afterWideBaseline(Double... then) {
    List<XmrObservation> obs = new ArrayList<>();
    CalendarMonth m = APRIL_2016;
    for (int i = 0; i < 12; i++, m = m.next()) {
      obs.add(XmrObservation.of(m, i >= 10 ? 5 : i % 2 == 0 ? 10 : 0));
    }
    for (Double v : then) {
      obs.add(v == null ? XmrObservation.missing(m, "not submitted") : XmrObservation.of(m, v));
      m = m.next();
    }
    return XmrSeries.of(Polarity.HIGHER_IS_BETTER, obs);
  }

  private static XmrChart fixedAt12(XmrSeries s) {
    return XmrChart.of(s, SpcOptions.defaults().withFixedLimitsAfter(12));
  }

  private static List<Integer> flagged(XmrChart chart, SpcRule rule) {
    return chart.points().stream().filter(p -> p.rules().contains(rule)).map(p -> p.index() - 11).toList();
  }

  @Nested
  class MissingValues {
    @Test
    void neitherBreakNorFakeAShift() {
      // seven values above the mean with a missing month among them: a shift (NHSRplotthedots'
      // NA would break the run)
      assertThat(flagged(fixedAt12(afterWideBaseline(6d, 6d, 6d, null, 6d, 6d, 6d, 6d)), SpcRule.SHIFT))
          .containsExactly(1, 2, 3, 5, 6, 7, 8);
      // six values and a missing month are not seven
      assertThat(flagged(fixedAt12(afterWideBaseline(6d, 6d, 6d, null, 6d, 6d, 6d)), SpcRule.SHIFT)).isEmpty();
    }

    @Test
    void neitherBreakNorFakeATrend() {
      assertThat(flagged(fixedAt12(afterWideBaseline(1d, 2d, 3d, null, 4d, 5d, 6d, 7d)), SpcRule.TREND))
          .containsExactly(1, 2, 3, 5, 6, 7, 8);
      assertThat(flagged(fixedAt12(afterWideBaseline(1d, 2d, 3d, null, 4d, 5d, 6d)), SpcRule.TREND)).isEmpty();
    }

    @Test
    void takeNoPartInTheMeanOrTheMovingRanges() {
      XmrChart chart = XmrChart.of(XmrSeries.of(Polarity.HIGHER_IS_BETTER,
          XmrObservation.of("a", 1), XmrObservation.of("b", 3), XmrObservation.missing("c", "late"),
          XmrObservation.of("d", 11), XmrObservation.of("e", 12)));
      XmrLimits l = chart.segments().get(0).limits().orElseThrow();
      // mean of 1, 3, 11, 12; moving ranges 2 and 1 (none across the gap)
      assertThat(l.mean()).isEqualByComparingTo("6.75");
      assertThat(l.averageMovingRange()).isEqualByComparingTo("1.5");
      assertThat(chart.point("d").orElseThrow().movingRange()).isEmpty();
      assertThat(chart.point("e").orElseThrow().movingRange()).hasValueSatisfying(
          m -> assertThat(m).isEqualByComparingTo("1"));
      XmrPoint c = chart.point("c").orElseThrow();
      assertThat(c.value()).isEmpty();
      assertThat(c.variation()).isEmpty();
      assertThat(c.rules()).isEmpty();
      assertThat(c.missingReason()).contains("late");
    }

    @Test
    void areReportedWithTheirReason() {
      XmrChart chart = XmrChart.of(XmrSeries.of(Polarity.HIGHER_IS_BETTER,
          XmrObservation.of(APRIL_2016, 1), XmrObservation.missing(APRIL_2016.next(), "data not submitted"),
          XmrObservation.of(APRIL_2016.next().next(), 2)).withName("NI 125"));
      List<Finding> missing = chart.findings().withCode(SpcRules.VALUE_MISSING);
      assertThat(missing).hasSize(1);
      assertThat(missing.get(0).severity()).isEqualTo(Severity.WARNING);
      assertThat(missing.get(0).location()).isEqualTo(Location.of("NI 125", "May 2016").field("value"));
      assertThat(missing.get(0).message()).isEqualTo("No value for May 2016: data not submitted");
      assertThat(chart.findings().withCode(SpcRules.PERIOD_GAP)).isEmpty();
    }

    @Test
    void leaveTheVerdictToTheLatestValue() {
      XmrChart chart = fixedAt12(afterWideBaseline(5d, null));
      assertThat(chart.variation().point()).contains("April 2017");
      assertThat(chart.variation().explanation())
          .isEqualTo("common cause at April 2017; 1 later point has no value or no limits");
    }
  }

  @Nested
  class Periods {
    @Test
    void aMonthLeftOutIsAGap() {
      XmrChart chart = XmrChart.of(XmrSeries.of(Polarity.LOWER_IS_BETTER,
          XmrObservation.of(CalendarMonth.of(2016, 4), 1), XmrObservation.of(CalendarMonth.of(2016, 5), 2),
          XmrObservation.of(CalendarMonth.of(2016, 7), 3), XmrObservation.of(CalendarMonth.of(2016, 11), 4)));
      assertThat(chart.findings().withCode(SpcRules.PERIOD_GAP)).extracting(Finding::message).containsExactly(
          "The series has no point for June 2016, between May 2016 and July 2016",
          "The series has no point for 3 periods, August 2016 to October 2016, between July 2016 and November 2016");
      // the values either side of a gap are consecutive values: their moving range counts
      assertThat(chart.point("July 2016").orElseThrow().movingRange()).hasValueSatisfying(
          m -> assertThat(m).isEqualByComparingTo("1"));
    }

    @Test
    void duplicatesAndDisorderAreErrors() {
      XmrChart chart = XmrChart.of(XmrSeries.of(Polarity.HIGHER_IS_BETTER,
          XmrObservation.of(FinancialQuarter.parse("Q1 2018-19"), 1), XmrObservation.of(FinancialQuarter.parse("Q3 2018-19"), 2),
          XmrObservation.of(FinancialQuarter.parse("Q2 2018-19"), 3), XmrObservation.of(FinancialQuarter.parse("Q2 2018-19"), 4)));
      assertThat(chart.findings().withCode(SpcRules.PERIOD_OUT_OF_ORDER)).extracting(Finding::message)
          .containsExactly("Q2 2018-19 comes after Q3 2018-19 in the series, but is not later");
      assertThat(chart.findings().withCode(SpcRules.PERIOD_DUPLICATE)).extracting(Finding::message)
          .containsExactly("Q2 2018-19 appears twice, as points 3 and 4");
      assertThat(chart.findings().isValid()).isFalse();
      assertThat(chart.points()).hasSize(4);
    }

    @Test
    void periodsOfAnotherKindCannotBeJudged() {
      XmrChart chart = XmrChart.of(XmrSeries.of(Polarity.HIGHER_IS_BETTER,
          XmrObservation.of(CalendarMonth.of(2018, 3), 1), XmrObservation.of(FinancialYear.of(2018), 2)));
      assertThat(chart.findings().withCode(SpcRules.PERIOD_MIXED_KINDS)).hasSize(1);
    }

    @Test
    void theLastYearTheCalendarAllowsIsNoProblem() {
      XmrChart chart = XmrChart.of(XmrSeries.from(FinancialYear.of(9997), Polarity.HIGHER_IS_BETTER, 1, 2));
      assertThat(chart.points()).extracting(XmrPoint::label).containsExactly("9997-98", "9998-99");
      assertThat(XmrChart.of(XmrSeries.of(Polarity.HIGHER_IS_BETTER, XmrObservation.of(FinancialYear.of(9998), 1),
          XmrObservation.of(FinancialYear.of(9997), 2))).findings().codes()).contains(SpcRules.PERIOD_OUT_OF_ORDER);
    }

    @Test
    void plainLabelsAreNotJudged() {
      XmrChart chart = XmrChart.of(XmrSeries.of(Polarity.HIGHER_IS_BETTER,
          XmrObservation.of("Wk 3", 1), XmrObservation.of("Wk 1", 2)));
      assertThat(chart.findings().codes()).containsExactly(SpcRules.POINTS_TOO_FEW);
    }
  }

  @Nested
  class Segments {
    @Test
    void aRebaseAtAnUnknownPointIsIgnoredAndReported() {
      XmrChart chart = XmrChart.of(series(1, 2, 3), SpcOptions.defaults().withRebaseAt("March 2020"));
      assertThat(chart.segments()).hasSize(1);
      assertThat(chart.findings().withCode(SpcRules.REBASE_NOT_IN_SERIES)).extracting(Finding::message)
          .containsExactly("The rebase at March 2020 names no point of the series; it is ignored");
    }

    @Test
    void runsDoNotCrossARebase() {
      XmrSeries s = series(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
      assertThat(XmrChart.of(s).points()).allMatch(p -> p.rules().contains(SpcRule.TREND));
      XmrChart rebased = XmrChart.of(s, SpcOptions.defaults().withRebaseAt("August 2016"));
      assertThat(rebased.points()).noneMatch(p -> p.rules().contains(SpcRule.TREND));
      assertThat(rebased.segments()).extracting(XmrSegment::values).containsExactly(4, 6);
    }

    @Test
    void tooFewValuesWarnAndWithholdAssurance() {
      double[] twelve = {1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2};
      XmrChart chart = XmrChart.of(series(twelve).withTarget(10));
      Finding f = chart.findings().withCode(SpcRules.POINTS_TOO_FEW).get(0);
      assertThat(f.message()).isEqualTo(
          "Only 12 values from April 2016 to March 2017; 13 are needed for firm limits and an assurance verdict");
      assertThat(f.expected()).contains("at least 13 values");
      assertThat(f.actual()).contains("12");
      assertThat(chart.assurance().assurance()).isEmpty();
      assertThat(chart.assurance().explanation()).isEqualTo("none: only 12 values; 13 are needed");
      // with a thirteenth, or a lower minimum, there is a verdict
      assertThat(XmrChart.of(series(twelve).plus(XmrObservation.of(CalendarMonth.of(2017, 4), 1)).withTarget(10))
          .assurance().assurance()).contains(SpcAssurance.CONSISTENTLY_FAILS);
      assertThat(XmrChart.of(series(twelve).withTarget(10), SpcOptions.defaults().withMinimumPoints(12))
          .assurance().assurance()).contains(SpcAssurance.CONSISTENTLY_FAILS);
    }

    @Test
    void equalBaselineValuesGiveLimitsWithNoWidth() {
      XmrChart chart = XmrChart.of(series(4, 4, 4, 4.01), SpcOptions.defaults().withFixedLimitsAfter(3));
      XmrLimits l = chart.segments().get(0).limits().orElseThrow();
      assertThat(l.isZeroWidth()).isTrue();
      assertThat(l.lower()).isEqualByComparingTo("4");
      assertThat(l.upper()).isEqualByComparingTo("4");
      assertThat(chart.points().subList(0, 3)).noneMatch(XmrPoint::isSpecialCause);
      assertThat(chart.points().get(3).signal()).contains(SpcRule.OUTSIDE_LIMITS);
      assertThat(chart.findings().withCode(SpcRules.LIMITS_ZERO_WIDTH)).extracting(Finding::message).containsExactly(
          "The limits from April 2016 to July 2016 come from moving ranges that are all zero, so they equal"
              + " the mean 4 and any other value lies outside them");
    }

    @Test
    void noConsecutiveValuesNoLimits() {
      XmrChart chart = XmrChart.of(XmrSeries.of(Polarity.HIGHER_IS_BETTER, XmrObservation.of("a", 1),
          XmrObservation.missing("b", "late"), XmrObservation.of("c", 2)));
      assertThat(chart.segments().get(0).limits()).isEmpty();
      assertThat(chart.points()).allMatch(p -> p.variation().isEmpty() && p.limits().isEmpty());
      assertThat(chart.findings().withCode(SpcRules.LIMITS_NOT_COMPUTABLE)).hasSize(1);
      assertThat(chart.variation().explanation()).isEqualTo("none: no segment has process limits");
      assertThat(chart.render()).contains("none: no segment has process limits");
    }

    @Test
    void anEmptySeriesHasNoVerdicts() {
      XmrChart chart = XmrChart.of(XmrSeries.of(Polarity.HIGHER_IS_BETTER).withTarget(1).withName("NI 125"));
      assertThat(chart.points()).isEmpty();
      assertThat(chart.segments()).isEmpty();
      assertThat(chart.variation().explanation()).isEqualTo("none: the series has no values");
      assertThat(chart.assurance().explanation()).isEqualTo("none: the series has no points");
      assertThat(chart.findings().withCode(SpcRules.POINTS_TOO_FEW).get(0).location()).isEqualTo(Location.of("NI 125"));
      assertThat(chart.render()).contains("0 points");
    }
  }

  @Nested
  class ExactDecisions {
    // limits fixed from 0 and 1: mean 0.5, average moving range 1, process limits -2.16 and 3.16
    private XmrChart chart(double... then) {
      double[] values = new double[2 + then.length];
      values[1] = 1;
      System.arraycopy(then, 0, values, 2, then.length);
      return XmrChart.of(series(values), SpcOptions.defaults().withFixedLimitsAfter(2).withMinimumPoints(2));
    }

    @Test
    void aValueOnAProcessLimitIsInside() {
      XmrChart c = chart(3.16, 3.1600000001, -2.16, -2.1600000001);
      XmrLimits l = c.segments().get(0).limits().orElseThrow();
      assertThat(l.upper()).isEqualByComparingTo("3.16");
      assertThat(l.lower()).isEqualByComparingTo("-2.16");
      assertThat(c.points().subList(2, 6)).extracting(p -> p.rules().contains(SpcRule.OUTSIDE_LIMITS))
          .containsExactly(false, true, false, true);
    }

    @Test
    void aValueOnANearLimitIsNotBeyondIt() {
      // from 0 and 3: mean 1.5, near limits 1.5 ± 5.32 = -3.82 and 6.82
      XmrChart c = XmrChart.of(series(0, 3, 6.82, 6.8200001, -3.82, -3.8200001),
          SpcOptions.defaults().withFixedLimitsAfter(2));
      assertThat(c.segments().get(0).limits().orElseThrow().upperNear()).isEqualByComparingTo("6.82");
      assertThat(c.points().subList(2, 6)).extracting(XmrPoint::isBeyondNearLimit)
          .containsExactly(false, true, false, true);
    }

    @Test
    void aTargetOnAProcessLimitIsHitAndMiss() {
      // limits fixed from 0 and 1 (-2.16 to 3.16), then eleven values of 0.5: thirteen in all
      XmrSeries s = series(0, 1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5);
      SpcOptions fixed = SpcOptions.defaults().withFixedLimitsAfter(2);
      assertThat(XmrChart.of(s.withTarget(3.16), fixed).assurance().explanation())
          .isEqualTo("hit and miss: the target 3.16 lies within the process limits -2.16 to 3.16");
      assertThat(XmrChart.of(s.withTarget(3.17), fixed).assurance().explanation())
          .isEqualTo("consistently fails: the target 3.17 is above the upper process limit 3.16 (higher is better)");
      assertThat(XmrChart.of(s.withTarget(-2.17).withDirection(Polarity.HIGHER_IS_BETTER), fixed)
          .assurance().assurance()).contains(SpcAssurance.CONSISTENTLY_PASSES);
      assertThat(XmrChart.of(s.withTarget(-2.17).withDirection(Polarity.LOWER_IS_BETTER), fixed)
          .assurance().explanation())
          .isEqualTo("consistently fails: the target -2.17 is below the lower process limit -2.16 (lower is better)");
    }

    @Test
    void aValueOnTheMeanBreaksAShift() {
      assertThat(flagged(fixedAt12(afterWideBaseline(6d, 6d, 6d, 6d, 6d, 6d, 6d, 6d, 6d, 6d)), SpcRule.SHIFT))
          .hasSize(10);
      assertThat(flagged(fixedAt12(afterWideBaseline(6d, 6d, 6d, 5d, 6d, 6d, 6d, 6d, 6d, 6d)), SpcRule.SHIFT))
          .isEmpty();
    }

    @Test
    void runLengthsCanBeSix() {
      XmrSeries six = afterWideBaseline(1d, 2d, 3d, 4d, 5.5, 6d);
      assertThat(flagged(fixedAt12(six), SpcRule.TREND)).isEmpty();
      assertThat(flagged(XmrChart.of(six, SpcOptions.defaults().withFixedLimitsAfter(12).withRunLength(6)),
          SpcRule.TREND)).containsExactly(1, 2, 3, 4, 5, 6);
      XmrSeries sixAbove = afterWideBaseline(6d, 6d, 6d, 6d, 6d, 6d, 4d);
      assertThat(flagged(XmrChart.of(sixAbove, SpcOptions.defaults().withFixedLimitsAfter(12).withShiftLength(6)),
          SpcRule.SHIFT)).containsExactly(1, 2, 3, 4, 5, 6);
      assertThat(flagged(fixedAt12(sixAbove), SpcRule.SHIFT)).isEmpty();
    }
  }

  @Nested
  class Verdicts {
    @Test
    void explainThemselves() {
      XmrChart chart = fixedAt12(afterWideBaseline(6d, 6d, 6d, 6d, 6d, 6d, 6d));
      assertThat(chart.variation().variation()).contains(SpcVariation.IMPROVEMENT);
      assertThat(chart.variation().signal()).contains(SpcRule.SHIFT);
      assertThat(chart.variation().isSpecialCause()).isTrue();
      assertThat(chart.variation()).hasToString("special cause improvement at October 2017 (shift above the mean)");
      assertThat(chart.assurance()).hasToString("none: no target");
      assertThat(fixedAt12(afterWideBaseline(40d)).variation())
          .hasToString("special cause improvement at April 2017 (above the upper process limit)");
      assertThat(fixedAt12(afterWideBaseline(-40d)).variation().variation()).contains(SpcVariation.CONCERN);
      XmrChart lower = XmrChart.of(afterWideBaseline(-40d).withDirection(Polarity.LOWER_IS_BETTER),
          SpcOptions.defaults().withFixedLimitsAfter(12));
      assertThat(lower.variation())
          .hasToString("special cause improvement at April 2017 (below the lower process limit)");
    }
  }

  @Nested
  class Text {
    @Test
    void rendersOneRowPerPointWithItsPlot() {
      // limits from Q1, Q2 and Q4 (10, 12, 11): mean 11, one moving range of 2 (none across Q3),
      // so limits 11 ± 5.32 and near limits 11 ± 3.5467; Q5 (30) lies above them
      XmrChart chart = XmrChart.of(XmrSeries.of(Polarity.HIGHER_IS_BETTER,
          XmrObservation.of("Q1", 10), XmrObservation.of("Q2", 12), XmrObservation.missing("Q3", "not yet published"),
          XmrObservation.of("Q4", 11), XmrObservation.of("Q5", 30)).withName("Referrals"),
          SpcOptions.defaults().withFixedLimitsAfter(3));
      String text = chart.render();
      assertThat(text).startsWith("XmR chart, Referrals: 5 points, Q1 to Q5, higher is better\n"
          + "moving ranges not screened, limits fixed after 3 values, no rebase, trend 7, shift 7, minimum 13 values\n"
          + "Q1 to Q5: 4 values, limits from the first 3; mean 11.00, limits 5.68 to 16.32, near 7.45 to 14.55,"
          + " average moving range 2.000\n");
      assertThat(text).contains(
          "#  PERIOD  VALUE     MR   MEAN  LOWER  UPPER  PLOT                       VARIATION     RULES\n",
          "1  Q1      10.00      -  11.00   5.68  16.32   |   :    o +      :   |   common cause\n",
          "2  Q2      12.00   2.00  11.00   5.68  16.32   |   :      + o    :   |   common cause\n",
          "3  Q3          -      -  11.00   5.68  16.32   |   :      +      :   |   -             missing: not yet published\n",
          "5  Q5      30.00  19.00  11.00   5.68  16.32   |   :      +      :   |I  improvement   outside the limits\n",
          "variation: special cause improvement at Q5 (above the upper process limit)\n",
          "  WARNING spc.value.missing at Referrals › Q3 [value]: No value for Q3: not yet published\n");
      assertThat(chart).hasToString(text);
      assertThat(chart.summary()).isEqualTo("5 points; variation: special cause improvement at Q5"
          + " (above the upper process limit); assurance: none: no target");
    }
  }

  @Nested
  class Values {
    @Test
    void typedNumbersAreReadAsTheDecimalsTyped() {
      assertThat(XmrObservation.of("a", 0.1).value()).contains(new BigDecimal("0.1"));
      assertThat(XmrSeries.from(APRIL_2016, Polarity.NONE, 0.9004).withTarget(0.95).target())
          .contains(new BigDecimal("0.95"));
      assertThatThrownBy(() -> XmrObservation.of("a", Double.NaN)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Invalid value (a finite number): NaN");
    }

    @Test
    void refuseMisuse() {
      assertThatThrownBy(() -> XmrObservation.of(" ", 1)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> XmrObservation.missing("a", "")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> XmrObservation.of("a", (BigDecimal) null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> XmrChart.of(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> SpcOptions.defaults().withRunLength(4)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Invalid value for trend length (valid values 5 - 10): 4");
      assertThatThrownBy(() -> SpcOptions.defaults().withShiftLength(11)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Invalid value for shift length (valid values 5 - 10): 11");
      assertThatThrownBy(() -> SpcOptions.defaults().withFixedLimitsAfter(1)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Invalid value for fixed limits (valid values 2 or more): 1");
      assertThatThrownBy(() -> SpcOptions.defaults().withMinimumPoints(0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> SpcOptions.defaults().withRebaseAt("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void haveValueEqualityAndReadableText() {
      assertThat(XmrObservation.of("a", new BigDecimal("1.0"))).isEqualTo(XmrObservation.of("a", new BigDecimal("1.00")))
          .hasSameHashCodeAs(XmrObservation.of("a", new BigDecimal("1.00")))
          .isNotEqualTo(XmrObservation.missing("a", "late")).hasToString("a: 1.0");
      assertThat(XmrObservation.missing(APRIL_2016, "late")).hasToString("April 2016: missing (late)");
      assertThat(XmrObservation.missing(APRIL_2016, "late").period()).contains(APRIL_2016);
      assertThat(series(1, 2).withName("NI 125").withTarget(2)).isEqualTo(series(1, 2).withName("NI 125").withTarget(2.0))
          .hasToString("NI 125: 2 points, April 2016 to May 2016, higher is better, target 2");
      assertThat(series(1, 2).withTarget(new BigDecimal("2.50")).target()).contains(new BigDecimal("2.50"));
      assertThat(SpcOptions.defaults().withFixedLimitsAfter(12).withRunLength(6).withScreening(true)
          .withRebaseAt(CalendarMonth.of(2017, 4)))
          .isEqualTo(SpcOptions.defaults().withRebaseAt("April 2017").withScreening(true).withTrendLength(6)
              .withShiftLength(6).withFixedLimitsAfter(12))
          .hasToString("moving ranges screened, limits fixed after 12 values, rebased at April 2017, trend 6,"
              + " shift 6, minimum 13 values");
      assertThat(SpcOptions.defaults().withFixedLimitsAfter(5).withLimitsFromAllValues().withRebaseAt("x").withoutRebase())
          .isEqualTo(SpcOptions.defaults()).hasSameHashCodeAs(SpcOptions.defaults());
      assertThat(XmrChart.of(series(1, 2, 3))).isEqualTo(XmrChart.of(series(1, 2, 3)))
          .isNotEqualTo(XmrChart.of(series(1, 2, 3), SpcOptions.defaults().withScreening(true)));
      assertThat(XmrChart.of(series(1, 2, 3)).points().get(2))
          .hasToString("June 2016: 3, common cause; mean 2.00, limits -0.66 to 4.66");
    }

    @Test
    void directionsAndVerdictsReverse() {
      assertThat(Polarity.HIGHER_IS_BETTER.reversed()).isEqualTo(Polarity.LOWER_IS_BETTER);
      assertThat(Polarity.LOWER_IS_BETTER.reversed()).isEqualTo(Polarity.HIGHER_IS_BETTER);
      assertThat(Polarity.NONE.reversed()).isEqualTo(Polarity.NONE);
      assertThat(SpcVariation.IMPROVEMENT.reversed()).isEqualTo(SpcVariation.CONCERN);
      assertThat(SpcVariation.NEUTRAL_LOW.reversed()).isEqualTo(SpcVariation.NEUTRAL_LOW);
      assertThat(SpcAssurance.CONSISTENTLY_FAILS.reversed()).isEqualTo(SpcAssurance.CONSISTENTLY_PASSES);
      assertThat(SpcAssurance.HIT_AND_MISS.reversed()).isEqualTo(SpcAssurance.HIT_AND_MISS);
      assertThat(SpcRule.values()).extracting(SpcRule::label)
          .containsExactly("outside the limits", "trend", "2 of 3 near the limit", "shift");
    }
  }
}
