package org.scplan.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.scplan.core.CalendarMonth;
import org.scplan.core.Polarity;
import org.scplan.performance.spc.AssuranceVerdict;
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

/**
 * Golden tests: the R package NHSRplotthedots (github.com/nhs-r-community/NHSRplotthedots), the
 * reference implementation of NHS England's "Making Data Count" XmR charts, on its own test cases
 * and example data. Each test names the file it reproduces. NHSRplotthedots screens moving ranges
 * by default, so these tests switch screening on unless the R test switched it off.
 */
class XmrNhsrPlotTheDotsTest {
  private static final SpcOptions R_DEFAULTS = SpcOptions.defaults().withScreening(true);
  private static final XmrNhsrGolden AE = XmrNhsrGolden.load();

  /** R computes in doubles: agree to twelve significant figures. */
  private static void assertCloseTo(BigDecimal actual, double expected) {
    assertThat(actual.doubleValue()).isCloseTo(expected, within(Math.abs(expected) * 1e-12 + 1e-15));
  }

  private static XmrSeries series(double... values) {
    return XmrSeries.from(CalendarMonth.of(2020, 1), Polarity.HIGHER_IS_BETTER, values);
  }

  private static List<Integer> pointsWith(XmrChart chart, SpcRule rule) {
    return chart.points().stream().filter(p -> p.rules().contains(rule)).map(p -> p.index() + 1).toList();
  }

  @Nested
  class IntegrationSnapshots {
    // tests/testthat/test-integration_tests.R and its snapshot _snaps/integration_tests.md (commit 0c096d8),
    // decoded into src/test/resources/spc/nhsrplotthedots-ae-all.csv.

    @Test
    void aeAllAttendances() {
      // "ae_all attendances spc returns expected values": ptd_spc(ae_all(), attendances, period)
      XmrChart chart = XmrChart.of(XmrNhsrGolden.series(AE.periods, AE.attendances, Polarity.HIGHER_IS_BETTER),
          R_DEFAULTS);

      XmrLimits limits = chart.segments().get(0).limits().orElseThrow();
      assertCloseTo(limits.mean(), 2000538.9444444445);
      assertCloseTo(limits.lower(), 1731844.3644444444);
      assertCloseTo(limits.upper(), 2269233.5244444446);
      assertThat(chart.points()).extracting(p -> p.variation().orElseThrow())
          .containsOnly(SpcVariation.COMMON_CAUSE);
      assertThat(chart.points()).hasSize(36);
    }

    @Test
    void aeAllAttendancesRebasedAtApril2017() {
      // "ae_all attendances spc with rebase returns expected values": rebase = as.Date("2017-04-01")
      XmrChart chart = XmrChart.of(XmrNhsrGolden.series(AE.periods, AE.attendances, Polarity.HIGHER_IS_BETTER),
          R_DEFAULTS.withRebaseAt(CalendarMonth.of(2017, 4)));

      assertThat(chart.segments()).hasSize(2);
      XmrSegment first = chart.segments().get(0);
      XmrSegment second = chart.segments().get(1);
      assertThat(first.lastLabel()).isEqualTo("March 2017");
      assertThat(second.firstLabel()).isEqualTo("April 2017");
      assertThat(second.values()).isEqualTo(24);
      assertCloseTo(first.limits().orElseThrow().mean(), 1946858.4166666667);
      assertCloseTo(first.limits().orElseThrow().lower(), 1639947.374848485);
      assertCloseTo(first.limits().orElseThrow().upper(), 2253769.4584848485);
      assertCloseTo(second.limits().orElseThrow().mean(), 2027379.2083333333);
      assertCloseTo(second.limits().orElseThrow().lower(), 1772921.0639855072);
      assertCloseTo(second.limits().orElseThrow().upper(), 2281837.3526811595);
      assertThat(chart.points()).extracting(p -> p.variation().orElseThrow())
          .containsOnly(SpcVariation.COMMON_CAUSE);
      // the first point of a segment has no moving range: R's c(NA, diff(...)) per rebase group
      assertThat(chart.point("April 2017").orElseThrow().movingRange()).isEmpty();
    }

    @Test
    void aeAllPerformanceFixedAfter12Points() {
      // "ae_all performance spc returns expected values": fix_after_n_points = 12
      XmrChart chart = XmrChart.of(XmrNhsrGolden.series(AE.periods, AE.performance, Polarity.HIGHER_IS_BETTER),
          R_DEFAULTS.withFixedLimitsAfter(12));

      XmrLimits limits = chart.segments().get(0).limits().orElseThrow();
      assertCloseTo(limits.mean(), 0.8908915564349236);
      assertCloseTo(limits.lower(), 0.8614049789074258);
      assertCloseTo(limits.upper(), 0.9203781339624213);
      for (XmrPoint p : chart.points()) {
        int i = p.index();
        assertThat(p.rules().contains(SpcRule.OUTSIDE_LIMITS)).as("outside_limits at %s", p.label())
            .isEqualTo(AE.rOutside.get(i));
        assertThat(p.sideOfMean()).as("relative_to_mean at %s", p.label()).isEqualTo(AE.rRelativeToMean.get(i));
        assertThat(p.isBeyondNearLimit()).as("close_to_limits at %s", p.label()).isEqualTo(AE.rClose.get(i));
        assertThat(p.variation()).as("point_type at %s", p.label())
            .contains(XmrNhsrGolden.variation(AE.rPointType.get(i)));
        assertThat(p.isBaseline()).isEqualTo(i < 12);
      }
      // the three kinds of signal in R's result, by the first rule that applies
      assertThat(chart.point("January 2017").orElseThrow().signal()).contains(SpcRule.OUTSIDE_LIMITS);
      assertThat(chart.point("March 2017").orElseThrow().signal()).contains(SpcRule.SHIFT);
      assertThat(chart.point("January 2019").orElseThrow().rules())
          .containsExactly(SpcRule.OUTSIDE_LIMITS, SpcRule.SHIFT);
      assertThat(chart.variation().variation()).contains(SpcVariation.CONCERN);
    }
  }

  @Nested
  class StandardCalculations {
    // set.seed(123); rnorm(20) in R, as tests/testthat/test-ptd_spc_standard.R and test-ptd_spc.R use it
    private final double[] rnorm = {-0.56047565, -0.23017749, 1.55870831, 0.07050839, 0.12928774, 1.71506499,
        0.46091621, -1.26506123, -0.68685285, -0.44566197, 1.22408180, 0.35981383, 0.40077145, 0.11068272,
        -0.55584113, 1.78691314, 0.49785048, -1.96661716, 0.70135590, -0.47279141};

    private void assertPrinted(BigDecimal actual, String printed) {
      BigDecimal p = new BigDecimal(printed);
      assertThat(actual.round(new java.math.MathContext(p.precision()))).isEqualByComparingTo(p);
    }

    @Test
    void meanAndLimitsOfTwentyNormalValues() {
      // _snaps/ptd_spc_standard.md "it returns expected values": mean 0.142, lpl -3.01, upl 3.29
      XmrChart chart = XmrChart.of(series(rnorm), R_DEFAULTS);
      XmrLimits l = chart.segments().get(0).limits().orElseThrow();
      assertPrinted(l.mean(), "0.142");
      assertPrinted(l.lower(), "-3.01");
      assertPrinted(l.upper(), "3.29");
      // _snaps/ptd_spc.md: n 20, common_cause 20, special_cause_improvement 0
      assertThat(chart.points()).hasSize(20).allMatch(p -> p.variation().orElseThrow() == SpcVariation.COMMON_CAUSE);
    }

    @Test
    void eachFacetHasLimitsOfItsOwn() {
      // _snaps/ptd_spc.md, facet_field = "facet" (the first and last ten values): 0.0746 -2.60 2.75 and 0.209 -3.28 3.70
      XmrLimits first = XmrChart.of(series(java.util.Arrays.copyOfRange(rnorm, 0, 10)), R_DEFAULTS)
          .segments().get(0).limits().orElseThrow();
      XmrLimits second = XmrChart.of(series(java.util.Arrays.copyOfRange(rnorm, 10, 20)), R_DEFAULTS)
          .segments().get(0).limits().orElseThrow();
      assertPrinted(first.mean(), "0.0746");
      assertPrinted(first.lower(), "-2.60");
      assertPrinted(first.upper(), "2.75");
      assertPrinted(second.mean(), "0.209");
      assertPrinted(second.lower(), "-3.28");
      assertPrinted(second.upper(), "3.70");
    }

    @Test
    void screeningAnOutlierNarrowsTheLimits() {
      // test-ptd_spc_standard.R "it returns expected values": y[15] <- 10, screened (r2) and not (r3)
      double[] y = rnorm.clone();
      y[14] = 10;
      XmrLimits r1 = XmrChart.of(series(rnorm), R_DEFAULTS).segments().get(0).limits().orElseThrow();
      XmrLimits r2 = XmrChart.of(series(y), R_DEFAULTS).segments().get(0).limits().orElseThrow();
      XmrLimits r3 = XmrChart.of(series(y), R_DEFAULTS.withScreening(false)).segments().get(0).limits().orElseThrow();
      assertThat(r1.lower()).isNotEqualByComparingTo(r2.lower()).isNotEqualByComparingTo(r3.lower());
      assertThat(r2.lower()).isNotEqualByComparingTo(r3.lower());
      assertThat(r1.upper()).isNotEqualByComparingTo(r2.upper()).isNotEqualByComparingTo(r3.upper());
      assertThat(r3.upper().subtract(r3.lower())).isGreaterThan(r2.upper().subtract(r2.lower()));
    }

    @Test
    void twoOfThreeCountsOnlyPointsOnOneSideOfTheMean() {
      // test-ptd_spc_standard.R "it only reports special cause for 2 of 3 points close to limits when
      // they are on the same side of the mean": 1, -1, ... with 5.5 and -5.5 last
      double[] d = new double[16];
      for (int i = 0; i < 16; i++) {
        d[i] = i % 2 == 0 ? 1 : -1;
      }
      d[14] = 5.5;
      d[15] = -5.5;
      XmrChart chart = XmrChart.of(series(d), R_DEFAULTS);
      assertThat(chart.points().get(14).isBeyondNearLimit()).isTrue();
      assertThat(chart.points().get(15).isBeyondNearLimit()).isTrue();
      assertThat(chart.points().subList(14, 16)).extracting(p -> p.variation().orElseThrow())
          .containsExactly(SpcVariation.COMMON_CAUSE, SpcVariation.COMMON_CAUSE);
    }
  }

  @Nested
  class PointTypes {
    // tests/testthat/test-ptd_calculate_point_type.R, on series whose values give the vectors it tests

    @Test
    void sevenPointTrends() {
      // ptd_seven_point_trend(1:7) and (7:1): every point is part of the trend
      assertThat(pointsWith(XmrChart.of(series(1, 2, 3, 4, 5, 6, 7), R_DEFAULTS), SpcRule.TREND))
          .containsExactly(1, 2, 3, 4, 5, 6, 7);
      assertThat(pointsWith(XmrChart.of(series(7, 6, 5, 4, 3, 2, 1), R_DEFAULTS), SpcRule.TREND))
          .containsExactly(1, 2, 3, 4, 5, 6, 7);
      // ptd_seven_point_trend(1:6): too short
      assertThat(pointsWith(XmrChart.of(series(1, 2, 3, 4, 5, 6), R_DEFAULTS), SpcRule.TREND)).isEmpty();
      // c(1:3, 3:6): an equal pair breaks the trend
      assertThat(pointsWith(XmrChart.of(series(1, 2, 3, 3, 4, 5, 6), R_DEFAULTS), SpcRule.TREND)).isEmpty();
      // c(2, 1:7, 3) and c(2, 7:1, 3): only the seven
      assertThat(pointsWith(XmrChart.of(series(2, 1, 2, 3, 4, 5, 6, 7, 3), R_DEFAULTS), SpcRule.TREND))
          .containsExactly(2, 3, 4, 5, 6, 7, 8);
      assertThat(pointsWith(XmrChart.of(series(2, 7, 6, 5, 4, 3, 2, 1, 3), R_DEFAULTS), SpcRule.TREND))
          .containsExactly(2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void sevenPointsOnOneSideOfTheMean() {
      // ptd_seven_point_one_side_mean(c(rep(1, 8), -1)) gives c(0,0,0,0,0,0,1,1,0): points 1 to 8
      assertThat(pointsWith(XmrChart.of(series(10, 10, 10, 10, 10, 10, 10, 10, 0), R_DEFAULTS), SpcRule.SHIFT))
          .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
      // c(rep(-1, 8), 1)
      assertThat(pointsWith(XmrChart.of(series(0, 0, 0, 0, 0, 0, 0, 0, 10), R_DEFAULTS), SpcRule.SHIFT))
          .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
      // c(rep(1, 6), -1): six are not enough
      assertThat(pointsWith(XmrChart.of(series(10, 10, 10, 10, 10, 10, 0), R_DEFAULTS), SpcRule.SHIFT)).isEmpty();
      // ptd_part_of_seven_trend(ptd_seven_point_one_side_mean(c(-1, rep(1, 8), -1))): points 2 to 9
      assertThat(pointsWith(XmrChart.of(series(0, 10, 10, 10, 10, 10, 10, 10, 10, 0), R_DEFAULTS), SpcRule.SHIFT))
          .containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
    }

    /**
     * Twelve baseline values 3, 1, 3, ... 1 fix the limits (mean 2, limits -3.32 to 7.32, near
     * limits -1.5467 to 5.5467); then a pattern of near-limit values (6) and values above the mean
     * that are not near the limit (3), as the 0/1 vectors of the R tests.
     */
    private List<Integer> twoOfThree(int... close) {
      double[] values = new double[12 + close.length];
      for (int i = 0; i < 12; i++) {
        values[i] = i % 2 == 0 ? 3 : 1;
      }
      for (int i = 0; i < close.length; i++) {
        values[12 + i] = close[i] == 1 ? 6 : 3;
      }
      XmrChart chart = XmrChart.of(series(values), R_DEFAULTS.withFixedLimitsAfter(12));
      return pointsWith(chart, SpcRule.TWO_OF_THREE).stream().map(i -> i - 12).toList();
    }

    @Test
    void twoOfThreeNearTheLimit() {
      // ptd_part_of_two_in_three: c(1, 0, 1), c(0, 1, 1), c(1, 1, 0), c(0, 0, 1, 0, 1, 0, 0), c(0, 0, 1, 1, 0, 0, 0)
      assertThat(twoOfThree(1, 0, 1)).containsExactly(1, 3);
      assertThat(twoOfThree(0, 1, 1)).containsExactly(2, 3);
      assertThat(twoOfThree(1, 1, 0)).containsExactly(1, 2);
      assertThat(twoOfThree(0, 0, 1, 0, 1, 0, 0)).containsExactly(3, 5);
      assertThat(twoOfThree(0, 0, 1, 1, 0, 0, 0)).containsExactly(3, 4);
      // c(1, 0, 0, 1): never two in three; c(1, 0, 0, 1, 1): the last two
      assertThat(twoOfThree(1, 0, 0, 1)).isEmpty();
      assertThat(twoOfThree(1, 0, 0, 1, 1)).containsExactly(4, 5);
    }

    @Test
    void aDecreasingTrendIsASpecialCause() {
      // issue #167 "Does not flag a decreasing trend of seven": data.frame(y = 0:-7) |> ptd_spc(y, x)
      XmrChart chart = XmrChart.of(series(0, -1, -2, -3, -4, -5, -6, -7), R_DEFAULTS);
      assertThat(chart.points()).allMatch(XmrPoint::isSpecialCause);
      assertThat(pointsWith(chart, SpcRule.TREND)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
      // R_calculate_point_type.R (after pull request #180): the first and last points are outside the
      // limits (above, below) and that rule comes first; the others follow the falling trend
      assertThat(chart.points()).extracting(p -> p.variation().orElseThrow()).containsExactly(
          SpcVariation.IMPROVEMENT, SpcVariation.CONCERN, SpcVariation.CONCERN, SpcVariation.CONCERN,
          SpcVariation.CONCERN, SpcVariation.CONCERN, SpcVariation.CONCERN, SpcVariation.CONCERN);
    }

    @Test
    void aTrendIsClassifiedByItsDirectionNotByItsSideOfTheMean() {
      // issue #171 / pull request #180: a falling trend above the mean is a concern when higher is
      // better (NHSRplotthedots before #180 called it an improvement, by its side of the mean)
      double[] values = new double[19];
      for (int i = 0; i < 12; i++) {
        values[i] = i % 2 == 0 ? 0 : 2;
      }
      double[] trend = {4.0, 3.8, 3.6, 3.4, 3.2, 3.0, 2.8};
      System.arraycopy(trend, 0, values, 12, 7);
      XmrChart chart = XmrChart.of(series(values), R_DEFAULTS.withFixedLimitsAfter(12));
      List<XmrPoint> last7 = chart.points().subList(12, 19);
      assertThat(last7).allMatch(p -> p.rules().equals(List.of(SpcRule.TREND, SpcRule.SHIFT)));
      assertThat(last7).allMatch(p -> p.sideOfMean() == 1);
      assertThat(last7).extracting(p -> p.variation().orElseThrow()).containsOnly(SpcVariation.CONCERN);
      // neutral: the direction of the trend, low
      XmrChart neutral = XmrChart.of(series(values).withDirection(Polarity.NONE),
          R_DEFAULTS.withFixedLimitsAfter(12));
      assertThat(neutral.points().subList(12, 19)).extracting(p -> p.variation().orElseThrow())
          .containsOnly(SpcVariation.NEUTRAL_LOW);
    }

    @Test
    void thePeakBetweenARiseAndAFallCountsAsFalling() {
      // ptd_special_cause_type: "if a point is part of a trend either side, use right side"
      // (wide limits fixed from twelve values 0, 10, 0, ... so that only the trends signal)
      double[] values = new double[25];
      for (int i = 0; i < 12; i++) {
        values[i] = i % 2 == 0 ? 0 : 10;
      }
      double[] rise = {1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1};
      System.arraycopy(rise, 0, values, 12, 13);
      XmrChart chart = XmrChart.of(series(values), R_DEFAULTS.withFixedLimitsAfter(12));
      XmrPoint peak = chart.points().get(18);
      assertThat(peak.value()).contains(new BigDecimal("7"));
      assertThat(peak.rules()).containsExactly(SpcRule.TREND);
      assertThat(peak.variation()).contains(SpcVariation.CONCERN);
      assertThat(chart.points().subList(12, 18)).extracting(p -> p.variation().orElseThrow())
          .containsOnly(SpcVariation.IMPROVEMENT);
      assertThat(chart.points().subList(19, 25)).extracting(p -> p.variation().orElseThrow())
          .containsOnly(SpcVariation.CONCERN);
    }
  }

  @Nested
  class Assurance {
    // tests/testthat/test-ptd_calculate_assurance_type.R: target 4 against limits wholly below it,
    // wholly above it, and around it

    private final XmrSeries below = alternating(1.9, 2.1).withTarget(4);
    private final XmrSeries above = alternating(5.9, 6.1).withTarget(4);
    private final XmrSeries around = alternating(3, 5).withTarget(4);

    private XmrSeries alternating(double a, double b) {
      return series(IntStream.range(0, 13).mapToDouble(i -> i % 2 == 0 ? a : b).toArray());
    }

    private SpcAssurance assurance(XmrSeries s, Polarity direction) {
      return XmrChart.of(s.withDirection(direction), R_DEFAULTS).assurance().assurance().orElseThrow();
    }

    @Test
    void whenImprovementIsAnIncrease() {
      assertThat(assurance(below, Polarity.HIGHER_IS_BETTER)).isEqualTo(SpcAssurance.CONSISTENTLY_FAILS);
      assertThat(assurance(above, Polarity.HIGHER_IS_BETTER)).isEqualTo(SpcAssurance.CONSISTENTLY_PASSES);
      assertThat(assurance(around, Polarity.HIGHER_IS_BETTER)).isEqualTo(SpcAssurance.HIT_AND_MISS);
    }

    @Test
    void whenImprovementIsADecrease() {
      assertThat(assurance(below, Polarity.LOWER_IS_BETTER)).isEqualTo(SpcAssurance.CONSISTENTLY_PASSES);
      assertThat(assurance(above, Polarity.LOWER_IS_BETTER)).isEqualTo(SpcAssurance.CONSISTENTLY_FAILS);
      assertThat(assurance(around, Polarity.LOWER_IS_BETTER)).isEqualTo(SpcAssurance.HIT_AND_MISS);
    }

    @Test
    void whenTheDirectionIsNeutralThereIsNone() {
      AssuranceVerdict v = XmrChart.of(below.withDirection(Polarity.NONE), R_DEFAULTS).assurance();
      assertThat(v.assurance()).isEmpty();
      assertThat(v.explanation()).isEqualTo("none: the direction is neutral, so no value passes or fails");
    }

    @Test
    void theLatestSegmentDecides() {
      // "it returns correct values for assurance when rebase": the last rebase group's limits count
      List<XmrObservation> obs = new ArrayList<>();
      XmrSeries first = alternating(5.9, 6.1);
      XmrSeries second = alternating(1.9, 2.1);
      CalendarMonth m = CalendarMonth.of(2020, 1);
      for (XmrObservation o : first.observations()) {
        obs.add(XmrObservation.of(m, o.value().orElseThrow()));
        m = m.next();
      }
      CalendarMonth rebase = m;
      for (XmrObservation o : second.observations()) {
        obs.add(XmrObservation.of(m, o.value().orElseThrow()));
        m = m.next();
      }
      XmrChart chart = XmrChart.of(XmrSeries.of(Polarity.LOWER_IS_BETTER, obs).withTarget(4),
          R_DEFAULTS.withRebaseAt(rebase));
      assertThat(chart.assurance().assurance()).contains(SpcAssurance.CONSISTENTLY_PASSES);
    }
  }

  @Nested
  class DeviationsFromTheExcelTool {
    // vignettes/deviations.Rmd, "1. Treatment of outlying points": screening (the R default) against
    // the Making Data Count spreadsheet (screen_outliers = FALSE). 35 over 18 points; 17 moving
    // ranges summing to 32, of which 8 and 9 are at least 3.267 times their average 32/17.
    private final XmrSeries data = series(1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1);
    private final BigDecimal mean = new BigDecimal(35).divide(new BigDecimal(18), 30, java.math.RoundingMode.HALF_EVEN);

    @Test
    void rPackageDefaultScreensTheOutlier() {
      XmrChart chart = XmrChart.of(data, R_DEFAULTS);
      XmrLimits l = chart.segments().get(0).limits().orElseThrow();
      // UPL 4.60, mean 1.94, LPL -0.72 (the vignette prints them to 2 decimals)
      assertThat(l.averageMovingRange()).isEqualByComparingTo("1");
      assertThat(l.mean().subtract(mean).abs()).isLessThan(new BigDecimal("1e-19"));
      assertThat(l.upper().subtract(mean.add(new BigDecimal("2.66"))).abs()).isLessThan(new BigDecimal("1e-19"));
      assertThat(l.upper().setScale(2, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("4.60");
      assertThat(l.lower().setScale(2, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("-0.72");
      assertThat(chart.segments().get(0).screenedMovingRanges()).isEqualTo(2);
      assertThat(chart.points().get(4).isMovingRangeScreened()).isTrue();
      assertThat(chart.points().get(5).isMovingRangeScreened()).isTrue();
      assertThat(chart.findings().withCode(SpcRules.MOVING_RANGE_SCREENED)).hasSize(1);
    }

    @Test
    void makingDataCountDefaultDoesNot() {
      XmrChart chart = XmrChart.of(data);
      XmrLimits l = chart.segments().get(0).limits().orElseThrow();
      BigDecimal amr = new BigDecimal(32).divide(new BigDecimal(17), 30, java.math.RoundingMode.HALF_EVEN);
      assertThat(l.averageMovingRange().subtract(amr).abs()).isLessThan(new BigDecimal("1e-19"));
      assertThat(l.upper().setScale(2, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("6.95");
      assertThat(l.mean().setScale(2, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("1.94");
      assertThat(l.lower().setScale(2, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("-3.06");
      assertThat(chart.segments().get(0).screenedMovingRanges()).isZero();
      // 10 is outside the limits either way
      assertThat(chart.points().get(4).signal()).contains(SpcRule.OUTSIDE_LIMITS);
    }
  }
}
