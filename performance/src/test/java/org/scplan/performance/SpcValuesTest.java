package org.scplan.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.core.CalendarMonth;
import org.scplan.core.Polarity;
import org.scplan.performance.spc.SpcOptions;
import org.scplan.performance.spc.XmrChart;
import org.scplan.performance.spc.XmrObservation;
import org.scplan.performance.spc.XmrPoint;
import org.scplan.performance.spc.XmrSegment;
import org.scplan.performance.spc.XmrSeries;

/**
 * What an XmR chart works out is a value: the same series gives equal points, segments and verdicts
 * (a report can compare this month's chart with last month's), and any difference makes them unequal.
 */
class SpcValuesTest {
  /** England's A&E 4-hour performance, April 2016 to March 2019 (performance/SPC.md). */
  private static XmrSeries ae() {
    return XmrSeries.from(CalendarMonth.of(2016, 4), Polarity.HIGHER_IS_BETTER,
        0.9004, 0.9028, 0.9056, 0.9029, 0.9098, 0.9065, 0.8905, 0.8838, 0.8618, 0.8514, 0.8753, 0.9001,
        0.9052, 0.8970, 0.9073, 0.9035, 0.9030, 0.8967, 0.8994, 0.8877, 0.8499, 0.8530, 0.8504, 0.8462,
        0.8857, 0.9039, 0.9076, 0.8932, 0.8973, 0.8894, 0.8901, 0.8760, 0.8645, 0.8435, 0.8423, 0.8660)
        .withTarget(0.95);
  }

  private static XmrChart withGap() {
    return XmrChart.of(XmrSeries.of(Polarity.LOWER_IS_BETTER, XmrObservation.of(CalendarMonth.of(2016, 4), 1),
        XmrObservation.of(CalendarMonth.of(2016, 5), 2), XmrObservation.missing(CalendarMonth.of(2016, 6), "late"),
        XmrObservation.of(CalendarMonth.of(2016, 7), 2), XmrObservation.of(CalendarMonth.of(2016, 8), 3)));
  }

  @Test
  void theSameSeriesGivesEqualPointsAndEachPointDiffersFromTheOthers() {
    XmrChart a = XmrChart.of(ae(), SpcOptions.defaults().withFixedLimitsAfter(12));
    XmrChart b = XmrChart.of(ae(), SpcOptions.defaults().withFixedLimitsAfter(12));
    XmrChart free = XmrChart.of(ae());
    EqualsTester points = new EqualsTester();
    for (int i = 0; i < a.points().size(); i++) {
      points.addEqualityGroup(a.points().get(i), b.points().get(i));
    }
    // The same values under limits worked out another way are other points.
    for (XmrPoint p : free.points()) {
      if (!a.points().contains(p)) {
        points.addEqualityGroup(p);
      }
    }
    withGap().points().forEach(points::addEqualityGroup);
    points.testEquals();
    assertThat(free.points()).isNotEqualTo(a.points());
  }

  @Test
  void theSameSeriesGivesEqualSegmentsAndVerdicts() {
    XmrChart a = XmrChart.of(ae(), SpcOptions.defaults().withFixedLimitsAfter(12));
    XmrChart b = XmrChart.of(ae(), SpcOptions.defaults().withFixedLimitsAfter(12));
    XmrChart free = XmrChart.of(ae());
    XmrChart gap = withGap();
    EqualsTester segments = new EqualsTester();
    for (int i = 0; i < a.segments().size(); i++) {
      segments.addEqualityGroup(a.segments().get(i), b.segments().get(i));
    }
    free.segments().forEach(segments::addEqualityGroup);
    gap.segments().forEach(segments::addEqualityGroup);
    segments.testEquals();

    new EqualsTester().addEqualityGroup(a.assurance(), b.assurance())
        .addEqualityGroup(XmrChart.of(ae().withTarget(0.80)).assurance())
        .addEqualityGroup(XmrChart.of(ae().withoutTarget()).assurance())
        .testEquals();
    new EqualsTester().addEqualityGroup(a.variation(), b.variation())
        .addEqualityGroup(gap.variation())
        .testEquals();
    assertThat(a.assurance().target()).hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("0.95"));
    assertThat(XmrChart.of(ae().withoutTarget()).assurance().target()).isEmpty();
  }

  @Test
  void aSegmentSaysItsPeriodsValuesAndLimits() {
    XmrChart fixed = XmrChart.of(ae(), SpcOptions.defaults().withFixedLimitsAfter(12));
    XmrSegment s = fixed.segments().get(0);

    assertThat(s.values()).isEqualTo(36);
    assertThat(s.baselineValues()).isEqualTo(12);
    // Moving ranges between the 12 baseline values.
    assertThat(s.movingRanges()).isEqualTo(11);
    assertThat(s.toString()).startsWith("April 2016 to March 2019: 36 values, limits from the first 12; mean ");
    XmrSegment one = XmrChart.of(XmrSeries.from(CalendarMonth.of(2020, 4), Polarity.HIGHER_IS_BETTER, 5))
        .segments().get(0);
    assertThat(one.toString()).isEqualTo("April 2020: 1 value; no limits");
    List<XmrPoint> points = fixed.points();
    assertThat(points.get(0).period()).contains(CalendarMonth.of(2016, 4));
    assertThat(points.get(9).toString()).startsWith("January 2017: 0.8514, special cause concern (");
  }
}
