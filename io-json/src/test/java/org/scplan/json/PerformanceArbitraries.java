package org.scplan.json;

import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import org.scplan.core.AcademicTerm;
import org.scplan.core.AcademicYear;
import org.scplan.core.AmountUnit;
import org.scplan.core.CalendarMonth;
import org.scplan.core.FinancialQuarter;
import org.scplan.core.FinancialYear;
import org.scplan.core.Rag;
import org.scplan.core.ReportingPeriod;
import org.scplan.performance.actions.ActionCounts;
import org.scplan.performance.actions.ActionPlanMonitoring;
import org.scplan.performance.actions.ActionProgress;
import org.scplan.performance.actions.ActionStatus;
import org.scplan.performance.Actual;
import org.scplan.performance.Basis;
import org.scplan.performance.actions.DivisionProgress;
import org.scplan.performance.Frequency;
import org.scplan.performance.Indicator;
import org.scplan.performance.IndicatorKind;
import org.scplan.performance.IndicatorSet;
import org.scplan.core.Polarity;
import org.scplan.performance.RagRule;
import org.scplan.performance.actions.RollUpRule;
import org.scplan.performance.Target;
import org.scplan.performance.IndicatorUnit;

/**
 * Constrained generators of the performance module's sections, shaped like the published ones:
 * indicators of every unit, polarity, frequency and basis, with targets of every kind (floors,
 * baselines, ranges, placeholders with their reasons) and results of every status (missing ones
 * with their reasons, numerators and denominators, published ratings) over every kind of period;
 * and monitoring dashboards whose rows give their counts or list their actions.
 */
final class PerformanceArbitraries {
  private PerformanceArbitraries() {}

  /** A period of any kind: a financial year, quarter or month, an academic term or year. */
  static Arbitrary<ReportingPeriod> periods() {
    Arbitrary<Integer> years = Arbitraries.integers().between(2000, 2030);
    return Arbitraries.oneOf(
        years.map(FinancialYear::of),
        Combinators.combine(years, Arbitraries.integers().between(1, 4))
            .as((y, q) -> FinancialQuarter.of(FinancialYear.of(y), q)),
        Combinators.combine(years, Arbitraries.integers().between(1, 12)).as(CalendarMonth::of),
        Combinators.combine(years, Arbitraries.of(AcademicTerm.Term.class))
            .as((y, t) -> AcademicTerm.of(AcademicYear.of(y), t)),
        years.map(AcademicYear::of));
  }

  /** An exact figure as tables print them: signed, up to three decimal places, trailing zeros kept. */
  static Arbitrary<BigDecimal> figures() {
    return Combinators.combine(Arbitraries.longs().between(-999_999_999L, 999_999_999L),
            Arbitraries.integers().between(0, 3))
        .as(BigDecimal::valueOf);
  }

  private static Arbitrary<String> nouns() {
    return Arbitraries.of("clients", "episodes", "people", "hours", "days", "population", "weeks of care");
  }

  static Arbitrary<IndicatorUnit> units() {
    return Arbitraries.oneOf(
        Arbitraries.of(IndicatorUnit.PERCENTAGE, IndicatorUnit.COUNT, IndicatorUnit.RATIO),
        nouns().map(IndicatorUnit::count),
        Combinators.combine(Arbitraries.of(1_000L, 10_000L, 100_000L), nouns().injectNull(0.3)).as(IndicatorUnit::rate),
        nouns().map(IndicatorUnit::average),
        Arbitraries.of(AmountUnit.class).map(IndicatorUnit::money));
  }

  /** A target entry of any kind, with the members that kind may have. */
  static Arbitrary<Target> targets() {
    Arbitrary<String> notes = PlanArbitraries.text();
    Arbitrary<Target> target = Builders.withBuilder(Target::builder)
        .use(periods()).in(Target.Builder::period)
        .use(figures()).in(Target.Builder::value)
        .use(figures()).withProbability(0.4).in(Target.Builder::floor)
        .use(notes).withProbability(0.2).in(Target.Builder::note)
        .build(b -> b.kind(Target.Kind.TARGET).build());
    Arbitrary<Target> baseline = Combinators.combine(periods(), figures(), notes.optional(0.2))
        .as((p, v, n) -> Target.builder().period(p).kind(Target.Kind.BASELINE).value(v).note(n).build());
    Arbitrary<Target> range = Combinators.combine(periods(), figures(), figures(), notes.optional(0.2))
        .as((p, lower, upper, n) -> Target.builder().period(p).kind(Target.Kind.RANGE).lower(lower).upper(upper)
            .note(n).build());
    Arbitrary<Target> placeholder = Combinators.combine(periods(), notes).as(Target::placeholder);
    return Arbitraries.oneOf(target, baseline, range, placeholder);
  }

  /** A result's numerator and denominator. */
  private record Ratio(BigDecimal numerator, BigDecimal denominator) {}

  /** A result of any status: a value, or a missing one with its reason. */
  static Arbitrary<Actual> actuals() {
    return Combinators.combine(periods(), Arbitraries.of(Actual.Status.class), figures(),
            PlanArbitraries.text().optional(0.3), Combinators.combine(figures(), figures()).as(Ratio::new)
                .injectNull(0.7),
            Arbitraries.of(Rag.class).optional(0.3))
        .as((period, status, value, note, ratio, rag) -> {
          Actual.Builder b = Actual.builder().period(period).status(status).publishedRag(rag);
          if (status == Actual.Status.MISSING) {
            b.note(note.orElse("Placeholder"));
          } else {
            b.value(value).note(note);
          }
          if (ratio != null) {
            b.numerator(ratio.numerator()).denominator(ratio.denominator());
          }
          return b.build();
        });
  }

  static Arbitrary<Indicator> indicators() {
    Arbitrary<String> text = PlanArbitraries.text();
    return Builders.withBuilder(Indicator::builder)
        .use(text).withProbability(0.8).in(Indicator.Builder::reference)
        .use(text).in(Indicator.Builder::title)
        .use(text).withProbability(0.3).in(Indicator.Builder::group)
        .use(Arbitraries.of(IndicatorKind.class)).in(Indicator.Builder::kind)
        .use(units()).in(Indicator.Builder::unit)
        .use(Arbitraries.of(Polarity.class)).in(Indicator.Builder::polarity)
        .use(Arbitraries.of(Frequency.class)).withProbability(0.7).in(Indicator.Builder::frequency)
        .use(Arbitraries.of(Basis.class)).in(Indicator.Builder::basis)
        .use(text).withProbability(0.5).in(Indicator.Builder::accountableManager)
        .use(text).withProbability(0.3).in(Indicator.Builder::priority)
        .use(text).withProbability(0.3).in(Indicator.Builder::source)
        .use(figures()).withProbability(0.2).in(Indicator.Builder::floor)
        .use(figures()).withProbability(0.2).in(Indicator.Builder::benchmark)
        .use(text).withProbability(0.1).in(Indicator.Builder::partOf)
        .use(text).withProbability(0.1).in(Indicator.Builder::notes)
        .use(targets().list().ofMaxSize(4)).in(Indicator.Builder::addAllTargets)
        .use(actuals().list().ofMaxSize(6)).in(Indicator.Builder::addAllActuals)
        .build(Indicator.Builder::build);
  }

  static Arbitrary<RagRule> rules() {
    return Arbitraries.oneOf(
        Arbitraries.just(RagRule.kentFloor()),
        Combinators.combine(Arbitraries.integers().between(0, 500), Arbitraries.integers().between(0, 1))
            .as((unscaled, scale) -> RagRule.tolerance(BigDecimal.valueOf(unscaled, scale))),
        Combinators.combine(Arbitraries.integers().between(0, 500), Arbitraries.integers().between(0, 2))
            .as((unscaled, scale) -> RagRule.margin(BigDecimal.valueOf(unscaled, scale))));
  }

  static Arbitrary<IndicatorSet> indicatorSets() {
    return Builders.withBuilder(IndicatorSet::builder)
        .use(ids()).in(IndicatorSet.Builder::id)
        .use(PlanArbitraries.text()).in(IndicatorSet.Builder::title)
        .use(rules()).in(IndicatorSet.Builder::rule)
        .use(periods().list().ofMaxSize(3)).in(IndicatorSet.Builder::addAllTargetPeriods)
        .use(indicators().list().ofMaxSize(4)).in(IndicatorSet.Builder::addAllIndicators)
        .build(IndicatorSet.Builder::build);
  }

  private static Arbitrary<String> ids() {
    return Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1).ofMaxLength(12).map(s -> "s" + s);
  }

  /** An action's progress, named by its number, its description, or both. */
  static Arbitrary<ActionProgress> progress() {
    Arbitrary<String> text = PlanArbitraries.text();
    Arbitrary<String> numbers = Arbitraries.integers().between(1, 9).map(n -> "1." + n);
    Arbitrary<String[]> names = Arbitraries.oneOf(
        Combinators.combine(numbers, text.injectNull(0.5)).as((n, d) -> new String[] {n, d}),
        text.map(d -> new String[] {null, d}));
    return Builders.withBuilder(ActionProgress::builder)
        .use(names).in((b, name) -> b.number(Optional.ofNullable(name[0]))
            .description(Optional.ofNullable(name[1])))
        .use(Arbitraries.integers().between(1, 14).map(String::valueOf)).withProbability(0.5)
        .in(ActionProgress.Builder::priority)
        .use(Arbitraries.of(ActionStatus.class)).in(ActionProgress.Builder::status)
        .use(Arbitraries.of(Rag.class)).withProbability(0.3).in(ActionProgress.Builder::publishedRag)
        .use(text).withProbability(0.2).in(ActionProgress.Builder::note)
        .build(ActionProgress.Builder::build);
  }

  /** A row that gives its counts, lists its actions, or both (then the counts may disagree). */
  static Arbitrary<DivisionProgress> rows() {
    Arbitrary<Integer> counts = Arbitraries.integers().between(0, 60);
    return Builders.withBuilder(DivisionProgress::builder)
        .use(PlanArbitraries.text()).in(DivisionProgress.Builder::name)
        .use(counts).withProbability(0.8).in(DivisionProgress.Builder::priorities)
        .use(counts).withProbability(0.7).in(DivisionProgress.Builder::publishedTotal)
        .use(Combinators.combine(counts, counts, counts).as(ActionCounts::of))
        .withProbability(0.7).in(DivisionProgress.Builder::counts)
        .use(progress().list().ofMaxSize(4)).withProbability(0.4).in(DivisionProgress.Builder::addAllActions)
        .use(Arbitraries.of(Rag.class)).withProbability(0.8).in(DivisionProgress.Builder::publishedRag)
        .build(DivisionProgress.Builder::build);
  }

  static Arbitrary<ActionPlanMonitoring> monitoring() {
    return Builders.withBuilder(ActionPlanMonitoring::builder)
        .use(ids()).in(ActionPlanMonitoring.Builder::id)
        .use(PlanArbitraries.text()).in(ActionPlanMonitoring.Builder::title)
        .use(Arbitraries.of(RollUpRule.class)).in(ActionPlanMonitoring.Builder::rollUp)
        .use(rows().list().ofMaxSize(5)).in(ActionPlanMonitoring.Builder::addAllDivisions)
        .use(rows()).withProbability(0.6).in(ActionPlanMonitoring.Builder::publishedTotals)
        .build(ActionPlanMonitoring.Builder::build);
  }
}
