package org.scplan.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scplan.core.AcademicYear;
import org.scplan.core.AmountUnit;
import org.scplan.core.FinancialYear;
import org.scplan.core.Polarity;
import org.scplan.core.Rag;
import org.scplan.core.ReportingPeriod;
import org.scplan.core.ValidationReport;

/** Evaluating and checking never throw, whatever an indicator has or lacks, and dashboards add up. */
class EvaluationPropertiesTest {
  private static final List<ReportingPeriod> PERIODS = periods();

  private static List<ReportingPeriod> periods() {
    List<ReportingPeriod> periods = new ArrayList<>();
    FinancialYear y = FinancialYear.of(2013);
    periods.add(y.previous());
    periods.add(y);
    periods.add(y.next());
    periods.addAll(y.quarters());
    periods.addAll(y.months().subList(0, 4));
    periods.addAll(AcademicYear.of(2012).terms());
    periods.add(AcademicYear.of(2012));
    periods.add(FinancialYear.of(FinancialYear.MIN_YEAR));
    periods.add(FinancialYear.of(FinancialYear.MAX_YEAR));
    return List.copyOf(periods);
  }

  @Provide
  Arbitrary<ReportingPeriod> anyPeriod() {
    return Arbitraries.of(PERIODS);
  }

  private static Arbitrary<BigDecimal> values() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(-2, 15).flatMap(scale -> Arbitraries.bigDecimals()
            .between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(Math.max(scale, 0))
            .map(v -> scale < 0 ? v.setScale(scale, java.math.RoundingMode.DOWN) : v)),
        Arbitraries.of(BigDecimal.ZERO, new BigDecimal("100"), new BigDecimal("0.000"), new BigDecimal("1E+3")));
  }

  private static Arbitrary<Target> targets() {
    Arbitrary<ReportingPeriod> period = Arbitraries.of(PERIODS);
    return Arbitraries.oneOf(
        Combinators.combine(period, values(), values().injectNull(0.5))
            .as((p, v, f) -> f == null ? Target.of(p, v) : Target.of(p, v).withFloor(f)),
        Combinators.combine(period, values()).as(Target::baseline),
        Combinators.combine(period, values(), values()).as(Target::range),
        period.map(p -> Target.placeholder(p, "No target available until April 2010")));
  }

  private static Arbitrary<Actual> actuals() {
    Arbitrary<ReportingPeriod> period = Arbitraries.of(PERIODS);
    Arbitrary<Actual> valued = Combinators.combine(Arbitraries.of(Actual.Status.REPORTED, Actual.Status.PROVISIONAL,
        Actual.Status.ESTIMATED, Actual.Status.FORECAST), period, values()).as(Actual::of);
    Arbitrary<Actual> withExtras = Combinators.combine(valued, Arbitraries.of(Rag.values()).injectNull(0.5),
        values().injectNull(0.7), values()).as((a, rag, num, den) -> {
          Actual x = rag == null ? a : a.withPublishedRag(rag);
          return num == null ? x : x.withRatio(num, den);
        });
    return Arbitraries.oneOf(withExtras, period.map(p -> Actual.missing(p, "Placeholder")));
  }

  @Provide
  Arbitrary<Indicator> indicators() {
    Arbitrary<IndicatorUnit> units = Arbitraries.of(IndicatorUnit.PERCENTAGE, IndicatorUnit.COUNT, IndicatorUnit.RATIO, IndicatorUnit.average("hours"),
        IndicatorUnit.money(AmountUnit.THOUSANDS), IndicatorUnit.rate(100000, "population"));
    Arbitrary<Indicator.Builder> basics = Combinators.combine(
        Arbitraries.of("NI 125", "AH S 24", "AH S24").injectNull(0.3), units, Arbitraries.of(Polarity.values()),
        Arbitraries.of(Basis.values()), Arbitraries.of(Frequency.values()).injectNull(0.5),
        Arbitraries.of(IndicatorKind.values()), values().injectNull(0.6), Arbitraries.of("NI 125", "W").injectNull(0.8))
        .as((ref, unit, polarity, basis, frequency, kind, floor, partOf) -> {
          Indicator.Builder b = Indicator.builder().title("Generated").unit(unit).polarity(polarity).basis(basis)
              .kind(kind);
          if (ref != null) {
            b.reference(ref);
          }
          if (frequency != null) {
            b.frequency(frequency);
          }
          if (floor != null) {
            b.floor(floor);
          }
          if (partOf != null) {
            b.partOf(partOf);
          }
          return b;
        });
    return Combinators.combine(basics, targets().list().ofMaxSize(6), actuals().list().ofMaxSize(6))
        .as((b, ts, as) -> b.addAllTargets(ts).addAllActuals(as).build());
  }

  @Provide
  Arbitrary<List<Indicator>> indicatorLists() {
    return indicators().list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<RagRule> rules() {
    return Arbitraries.of(RagRule.kentFloor(), RagRule.tolerance(10), RagRule.margin(new BigDecimal("2.5")),
        RagRule.tolerance(0));
  }

  @Property(tries = 300)
  void evaluationNeverThrowsAndExplainsItself(@ForAll("indicators") Indicator indicator,
      @ForAll("anyPeriod") ReportingPeriod period, @ForAll("rules") RagRule rule) {
    for (ComparedWith comparedWith : ComparedWith.values()) {
      Assessment a = indicator.assess(period, rule, comparedWith);
      assertThat(a.explanation()).isNotBlank().doesNotContain("\n").endsWith(a.status().toString());
      assertThat(a.toString()).startsWith(indicator.label() + " " + period + ": ");
      a.direction();
      if (a.isRated()) {
        assertThat(a.target().map(Target::kind)).contains(Target.Kind.TARGET);
        assertThat(a.actual().flatMap(Actual::value)).isPresent();
        assertThat(indicator.polarity().isJudged()).isTrue();
      }
    }
    assertThat(indicator.series()).isSortedAccordingTo(
        java.util.Comparator.comparing((Actual x) -> x.period().start()).thenComparing(x -> x.period().end()));
  }

  @Property(tries = 200)
  void dashboardsAddUpAndChecksNeverThrow(@ForAll("indicatorLists") List<Indicator> indicators,
      @ForAll("anyPeriod") ReportingPeriod period, @ForAll("rules") RagRule rule) {
    IndicatorSet set = IndicatorSet.builder().id("gen").title("Generated").rule(rule).addTargetPeriod(period)
        .addAllIndicators(indicators).build();
    Dashboard dashboard = set.evaluate(period);
    assertThat(dashboard.green() + dashboard.amber() + dashboard.red() + dashboard.notRated())
        .isEqualTo(indicators.size());
    int placed = 0;
    for (RangePosition p : RangePosition.values()) {
      placed += dashboard.count(p);
    }
    assertThat(placed).isLessThanOrEqualTo(dashboard.notRated());
    assertThat(dashboard.toString()).contains(dashboard.summary());
    ValidationReport report = set.validate();
    assertThat(report.summary()).isNotBlank();
    report.findings().forEach(f -> assertThat(f.message()).isNotBlank());
  }
}
