package org.scplan.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.scplan.core.CalendarMonth;
import org.scplan.core.Polarity;
import org.scplan.performance.spc.SpcAssurance;
import org.scplan.performance.spc.SpcOptions;
import org.scplan.performance.spc.SpcRule;
import org.scplan.performance.spc.SpcVariation;
import org.scplan.performance.spc.XmrChart;
import org.scplan.performance.spc.XmrLimits;
import org.scplan.performance.spc.XmrObservation;
import org.scplan.performance.spc.XmrPoint;
import org.scplan.performance.spc.XmrSegment;
import org.scplan.performance.spc.XmrSeries;

/** The laws an XmR chart obeys, whatever the series and options. */
class XmrPropertiesTest {
  private static final CalendarMonth FIRST = CalendarMonth.of(2016, 4);

  @Provide
  Arbitrary<BigDecimal> value() {
    // wide values, and small whole numbers that make ties, runs and values on a limit common
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(2),
        Arbitraries.integers().between(0, 4).map(BigDecimal::valueOf));
  }

  @Provide
  Arbitrary<List<BigDecimal>> values() {
    return value().list().ofMinSize(0).ofMaxSize(60);
  }

  @Provide
  Arbitrary<BigDecimal> constant() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-10000"), new BigDecimal("10000")).ofScale(2);
  }

  @Provide
  Arbitrary<SpcOptions> options() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 20),
        Arbitraries.integers().between(SpcOptions.MIN_RUN_LENGTH, SpcOptions.MAX_RUN_LENGTH),
        Arbitraries.integers().between(SpcOptions.MIN_RUN_LENGTH, SpcOptions.MAX_RUN_LENGTH),
        Arbitraries.integers().between(2, 20), Arbitraries.integers().between(0, 70))
        .as((screen, fix, trend, shift, minimum, rebase) -> {
          SpcOptions o = SpcOptions.defaults().withScreening(screen).withTrendLength(trend)
              .withShiftLength(shift).withMinimumPoints(minimum);
          o = fix < 2 ? o : o.withFixedLimitsAfter(fix);
          // a rebase at a month the series may or may not reach
          return rebase == 0 ? o : o.withRebaseAt(month(rebase));
        });
  }

  private static CalendarMonth month(int after) {
    return CalendarMonth.of(FIRST.yearMonth().plusMonths(after));
  }

  private static XmrSeries series(List<BigDecimal> values, Polarity direction) {
    List<XmrObservation> obs = new ArrayList<>(values.size());
    CalendarMonth m = FIRST;
    for (BigDecimal v : values) {
      obs.add(XmrObservation.of(m, v));
      m = m.next();
    }
    return XmrSeries.of(direction, obs);
  }

  @Property
  void aConstantSeriesRaisesNoSignal(@ForAll("constant") BigDecimal constant,
      @ForAll @IntRange(min = 1, max = 60) int size, @ForAll("options") SpcOptions options) {
    List<BigDecimal> values = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      values.add(constant);
    }
    XmrChart chart = XmrChart.of(series(values, Polarity.HIGHER_IS_BETTER), options);

    assertThat(chart.points()).noneMatch(XmrPoint::isSpecialCause);
    assertThat(chart.variation().isSpecialCause()).isFalse();
  }

  @Property
  void addingAConstantMovesTheLimitsByItAndChangesNoFlag(@ForAll("values") List<BigDecimal> values,
      @ForAll("constant") BigDecimal c, @ForAll("options") SpcOptions options,
      @ForAll("value") BigDecimal target) {
    XmrChart before = XmrChart.of(series(values, Polarity.HIGHER_IS_BETTER).withTarget(target), options);
    XmrChart after = XmrChart.of(series(values.stream().map(v -> v.add(c)).toList(), Polarity.HIGHER_IS_BETTER)
        .withTarget(target.add(c)), options);

    for (int s = 0; s < before.segments().size(); s++) {
      Optional<XmrLimits> b = before.segments().get(s).limits();
      Optional<XmrLimits> a = after.segments().get(s).limits();
      assertThat(a.isPresent()).isEqualTo(b.isPresent());
      if (b.isPresent()) {
        assertThat(a.get().mean()).isEqualByComparingTo(b.get().mean().add(c));
        assertThat(a.get().lower()).isEqualByComparingTo(b.get().lower().add(c));
        assertThat(a.get().upper()).isEqualByComparingTo(b.get().upper().add(c));
        assertThat(a.get().lowerNear()).isEqualByComparingTo(b.get().lowerNear().add(c));
        assertThat(a.get().upperNear()).isEqualByComparingTo(b.get().upperNear().add(c));
        assertThat(a.get().averageMovingRange()).isEqualByComparingTo(b.get().averageMovingRange());
      }
    }
    for (int i = 0; i < values.size(); i++) {
      XmrPoint b = before.points().get(i);
      XmrPoint a = after.points().get(i);
      assertThat(a.rules()).isEqualTo(b.rules());
      assertThat(a.variation()).isEqualTo(b.variation());
      assertThat(a.sideOfMean()).isEqualTo(b.sideOfMean());
      assertThat(a.isBeyondNearLimit()).isEqualTo(b.isBeyondNearLimit());
    }
    assertThat(after.variation().variation()).isEqualTo(before.variation().variation());
    assertThat(after.assurance().assurance()).isEqualTo(before.assurance().assurance());
  }

  @Property
  void reversingTheDirectionSwapsImprovementAndConcern(@ForAll("values") List<BigDecimal> values,
      @ForAll("options") SpcOptions options, @ForAll("value") BigDecimal target) {
    XmrSeries higher = series(values, Polarity.HIGHER_IS_BETTER).withTarget(target);
    XmrChart up = XmrChart.of(higher, options);
    XmrChart down = XmrChart.of(higher.withDirection(Polarity.LOWER_IS_BETTER), options);

    for (int i = 0; i < values.size(); i++) {
      assertThat(down.points().get(i).rules()).isEqualTo(up.points().get(i).rules());
      assertThat(down.points().get(i).variation()).isEqualTo(up.points().get(i).variation().map(SpcVariation::reversed));
      assertThat(down.points().get(i).variation().filter(v -> v == SpcVariation.NEUTRAL_HIGH
          || v == SpcVariation.NEUTRAL_LOW)).isEmpty();
    }
    assertThat(down.variation().variation()).isEqualTo(up.variation().variation().map(SpcVariation::reversed));
    assertThat(down.assurance().assurance()).isEqualTo(up.assurance().assurance().map(SpcAssurance::reversed));
  }

  @Property
  void aNeutralDirectionOnlySaysHighOrLow(@ForAll("values") List<BigDecimal> values,
      @ForAll("options") SpcOptions options) {
    XmrChart neutral = XmrChart.of(series(values, Polarity.NONE), options);
    XmrChart higher = XmrChart.of(series(values, Polarity.HIGHER_IS_BETTER), options);

    for (int i = 0; i < values.size(); i++) {
      Optional<SpcVariation> h = higher.points().get(i).variation();
      assertThat(neutral.points().get(i).variation()).isEqualTo(h.map(v -> switch (v) {
        case IMPROVEMENT -> SpcVariation.NEUTRAL_HIGH;
        case CONCERN -> SpcVariation.NEUTRAL_LOW;
        default -> v;
      }));
    }
    assertThat(neutral.assurance().assurance()).isEmpty();
  }

  @Property
  void theLimitsAreSymmetricAboutTheMean(@ForAll("values") List<BigDecimal> values,
      @ForAll("options") SpcOptions options) {
    XmrChart chart = XmrChart.of(series(values, Polarity.HIGHER_IS_BETTER), options);

    for (XmrSegment s : chart.segments()) {
      s.limits().ifPresent(l -> {
        assertThat(l.upper().subtract(l.mean())).isEqualByComparingTo(l.mean().subtract(l.lower()));
        assertThat(l.upperNear().subtract(l.mean())).isEqualByComparingTo(l.mean().subtract(l.lowerNear()));
        assertThat(l.upper()).isGreaterThanOrEqualTo(l.upperNear());
        assertThat(l.upperNear()).isGreaterThanOrEqualTo(l.mean());
      });
    }
  }

  @Property
  void fixedLimitsNeverChangeAfterTheFixingPoint(@ForAll @IntRange(min = 2, max = 20) int fixed,
      @ForAll("values") List<BigDecimal> first, @ForAll("values") List<BigDecimal> laterA,
      @ForAll("values") List<BigDecimal> laterB, @ForAll boolean screening) {
    List<BigDecimal> base = new ArrayList<>(first);
    while (base.size() < fixed) {
      base.add(BigDecimal.valueOf(base.size() % 3));
    }
    List<BigDecimal> a = new ArrayList<>(base.subList(0, fixed));
    a.addAll(laterA);
    List<BigDecimal> b = new ArrayList<>(base.subList(0, fixed));
    b.addAll(laterB);
    SpcOptions options = SpcOptions.defaults().withFixedLimitsAfter(fixed).withScreening(screening);

    XmrSegment sa = XmrChart.of(series(a, Polarity.HIGHER_IS_BETTER), options).segments().get(0);
    XmrSegment sb = XmrChart.of(series(b, Polarity.HIGHER_IS_BETTER), options).segments().get(0);
    assertThat(sa.limits()).isEqualTo(sb.limits());
    assertThat(sa.baselineValues()).isEqualTo(fixed);
  }

  @Property
  void flagsAgreeWithTheReportedLimits(@ForAll("values") List<BigDecimal> values,
      @ForAll("options") SpcOptions options) {
    XmrChart chart = XmrChart.of(series(values, Polarity.HIGHER_IS_BETTER), options);

    for (XmrPoint p : chart.points()) {
      if (p.limits().isEmpty()) {
        assertThat(p.variation()).isEmpty();
        continue;
      }
      XmrLimits l = p.limits().get();
      BigDecimal v = p.value().orElseThrow();
      boolean outside = v.compareTo(l.lower()) < 0 || v.compareTo(l.upper()) > 0;
      assertThat(p.rules().contains(SpcRule.OUTSIDE_LIMITS)).as("outside at %s", p).isEqualTo(outside);
      assertThat(p.isBeyondNearLimit()).as("near at %s", p)
          .isEqualTo(!outside && (v.compareTo(l.lowerNear()) < 0 || v.compareTo(l.upperNear()) > 0));
      assertThat(p.sideOfMean()).isEqualTo(v.compareTo(l.mean()));
      assertThat(p.variation()).isPresent();
      assertThat(p.variation().get().isSpecialCause()).isEqualTo(p.isSpecialCause());
    }
  }

  @Property
  void screeningNeverWidensTheLimits(@ForAll("values") List<BigDecimal> values) {
    XmrChart plain = XmrChart.of(series(values, Polarity.HIGHER_IS_BETTER));
    XmrChart screened = XmrChart.of(series(values, Polarity.HIGHER_IS_BETTER),
        SpcOptions.defaults().withScreening(true));

    for (int s = 0; s < plain.segments().size(); s++) {
      Optional<XmrLimits> p = plain.segments().get(s).limits();
      Optional<XmrLimits> q = screened.segments().get(s).limits();
      assertThat(q.isPresent()).isEqualTo(p.isPresent());
      p.ifPresent(l -> assertThat(q.get().averageMovingRange()).isLessThanOrEqualTo(l.averageMovingRange()));
    }
  }

  @Provide
  Arbitrary<XmrObservation> oddObservation() {
    Arbitrary<String> label = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 40).map(i -> month(i).toString()),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(3));
    return Combinators.combine(label, value(), Arbitraries.integers().between(0, 4)).as((l, v, kind) -> switch (kind) {
      case 0 -> XmrObservation.missing(l, "not submitted");
      case 1 -> XmrObservation.of(l, v);
      default -> l.matches("[A-Z][a-z]+ \\d{4}")
          ? XmrObservation.of(CalendarMonth.parse(l), v) : XmrObservation.of(l, v);
    });
  }

  @Property
  void oddSeriesNeverMakeItThrow(@ForAll("options") SpcOptions options,
      @ForAll("oddObservations") List<XmrObservation> observations, @ForAll Polarity direction,
      @ForAll boolean withTarget) {
    XmrSeries s = XmrSeries.of(direction, observations).withName("odd");
    XmrChart chart = XmrChart.of(withTarget ? s.withTarget(1) : s, options);

    assertThat(chart.points()).hasSize(observations.size());
    assertThat(chart.render()).contains(chart.variation().explanation(), chart.assurance().explanation());
    int covered = chart.segments().stream().mapToInt(g -> g.lastPoint() - g.firstPoint() + 1).sum();
    assertThat(covered).isEqualTo(observations.size());
  }

  @Provide
  Arbitrary<List<XmrObservation>> oddObservations() {
    return oddObservation().list().ofMaxSize(40);
  }
}
