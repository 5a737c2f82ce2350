package org.scplan.performance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.Polarity;
import org.scplan.core.ReportingPeriod;
import org.scplan.core.internal.ScplanStyle;
import org.scplan.performance.spc.SpcOptions;
import org.scplan.performance.spc.XmrChart;
import org.scplan.performance.spc.XmrObservation;
import org.scplan.performance.spc.XmrSeries;

/**
 * A performance or activity indicator as a plan publishes it: its reference ({@code NI 125},
 * {@code AH D01}), title, unit, polarity, monitoring frequency and basis, who is accountable, the
 * priority it serves and where it comes from, its floor and comparative benchmark, and its targets
 * and results period by period.
 *
 * <pre>{@code
 * Indicator ni125 = Indicator.of("NI 125",
 *         "Achieving independence for older people through rehabilitation/intermediate care",
 *         IndicatorUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER)
 *     .withTarget(Target.of("2009/10", "75%"))
 *     .withActual(Actual.estimated("2009/10", "77%"));
 * ni125.assess(FinancialYear.parse("2009/10"))
 *     // NI 125 2009-10: 77% (estimated) vs target 75% (higher is better), no floor: GREEN
 * }</pre>
 *
 * <p><b>Which target applies.</b> A period's own target applies first. With none, a snapshot or
 * rolling indicator takes the target of the narrowest period that contains it (a monthly snapshot
 * is held against its year's target); a cumulative one ({@link Basis#isCumulative()}) does not,
 * because a year's total is no target for one month of it.
 *
 * <p><b>Which result applies.</b> Where a period has several results, the firmest counts:
 * reported, then provisional, estimated, forecast, missing; between equally firm results (two
 * forecasts) the one listed last.
 *
 * <p>The results, in period order, are the indicator's time series ({@link #series()}), with
 * missing values kept explicit, for statistical process control.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class Indicator {

  /** Only the generated implementation (or this package) constructs it. */
  Indicator() {}

  /**
   * Returns the reference code as published: {@code NI 125}, {@code AH D01}, {@code AH S 24}.
   *
   * @return the reference, or empty where the plan prints none (the Kent KASS HQ plan 2010-11's "MH Specific" lines)
   */
  public abstract Optional<String> reference();

  /**
   * Returns the indicator's description as published.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the heading the indicator is listed under: {@code DEMAND} (the Kent ASCH plan 2018-19), {@code Older
   * Persons › Residential and Nursing (Permanent)} (the Kent ASC blueprint 2012).
   *
   * @return the group, if the plan groups its indicators
   */
  public abstract Optional<String> group();

  /**
   * Returns whether this is a performance or an activity indicator.
   *
   * @return the kind; {@link IndicatorKind#PERFORMANCE} unless set
   */
  @Value.Default
  public IndicatorKind kind() {
    return IndicatorKind.PERFORMANCE;
  }

  /**
   * Returns what the values are measured in.
   *
   * @return the unit
   */
  public abstract IndicatorUnit unit();

  /**
   * Returns which way is better.
   *
   * @return the polarity
   */
  public abstract Polarity polarity();

  /**
   * Returns how often the indicator is monitored.
   *
   * @return the frequency, where the plan gives one
   */
  public abstract Optional<Frequency> frequency();

  /**
   * Returns what each value counts.
   *
   * @return the basis; {@link Basis#SNAPSHOT} unless set (the Kent ASCH plan 2018-19: "Monthly snapshot unless stated
   *     FY")
   */
  @Value.Default
  public Basis basis() {
    return Basis.SNAPSHOT;
  }

  /**
   * Returns the accountable manager as published: {@code Steph Abbott}, {@code SMT}.
   *
   * @return the accountable manager
   */
  public abstract Optional<String> accountableManager();

  /**
   * Returns the priority the indicator serves, as the plan names it: a priority's number or title.
   *
   * @return the priority
   */
  public abstract Optional<String> priority();

  /**
   * Returns where the indicator comes from, as published: {@code National Indicator},
   * {@code LAA/ National Indicator}, {@code MH Specific}.
   *
   * @return the source
   */
  public abstract Optional<String> source();

  /**
   * Returns the standing floor (minimum standard), which applies to every target that sets none
   * of its own: the Kent LD/MH plan 2013-14's "Floor Performance Standard" column.
   *
   * @return the floor
   */
  public abstract Optional<BigDecimal> floor();

  /**
   * Returns the comparative benchmark: the Kent LD/MH plan 2013-14's "Comparative Benchmark" column.
   *
   * @return the benchmark
   */
  public abstract Optional<BigDecimal> benchmark();

  /**
   * Returns the reference of the indicator this one is a part of: the Kent ASCH plan 2018-19's AH11 (primary mental
   * health, 54) and AH12 (secondary, 759) are parts of AH10 (813). Checking the set verifies that
   * the parts add up to the whole.
   *
   * @return the whole's reference
   */
  public abstract Optional<String> partOf();

  /**
   * Returns the targets, baselines, ranges and placeholders, one per period, in the published
   * order.
   *
   * @return the targets
   */
  public abstract List<Target> targets();

  /**
   * Returns the results, in the published order.
   *
   * @return the results
   */
  public abstract List<Actual> actuals();

  /**
   * Returns notes as published.
   *
   * @return the notes
   */
  public abstract Optional<String> notes();

  /**
   * Obtains an indicator with no targets or results yet.
   *
   * @param reference the reference code, such as {@code NI 125}
   * @param title the description
   * @param unit what values are measured in
   * @param polarity which way is better
   * @return the indicator
   */
  public static Indicator of(String reference, String title, IndicatorUnit unit, Polarity polarity) {
    return builder().reference(reference).title(title).unit(unit).polarity(polarity).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy of this indicator with a target, baseline, range or placeholder added.
   *
   * @param target the target
   * @return the indicator with the target
   */
  public Indicator withTarget(Target target) {
    return builder().from(this).addTarget(target).build();
  }

  /**
   * Returns a copy of this indicator with a result added.
   *
   * @param actual the result
   * @return the indicator with the result
   */
  public Indicator withActual(Actual actual) {
    return builder().from(this).addActual(actual).build();
  }

  /**
   * Returns the name findings and dashboards use: the reference, or the title where there is none.
   *
   * @return the label
   */
  public String label() {
    return reference().orElse(title());
  }

  /**
   * Returns the target entry for exactly this period.
   *
   * @param period the period
   * @return the first target, baseline, range or placeholder listed for it
   */
  public Optional<Target> target(ReportingPeriod period) {
    requireNonNull(period, "period");
    return Optional.ofNullable(targetIndex().get(period));
  }

  /**
   * Returns the target entry that applies to a period: its own, or else, for an indicator that is
   * not cumulative, that of the narrowest period containing it.
   *
   * @param period the period
   * @return the target that applies
   */
  public Optional<Target> targetFor(ReportingPeriod period) {
    requireNonNull(period, "period");
    return Optional.ofNullable(applicableTarget(period));
  }

  /**
   * Returns the result that counts for a period: the firmest, and of equally firm ones the last
   * listed.
   *
   * @param period the period
   * @return the result
   */
  public Optional<Actual> actual(ReportingPeriod period) {
    requireNonNull(period, "period");
    return Optional.ofNullable(actualIndex().get(period));
  }

  /**
   * Returns the floor that applies with a target: its own, or else the indicator's standing floor.
   *
   * @param target a target of this indicator
   * @return the floor
   */
  public Optional<BigDecimal> floorFor(Target target) {
    requireNonNull(target, "target");
    return Optional.ofNullable(floorOf(target));
  }

  /**
   * Returns the indicator's time series: one result per period (the one that counts), forecasts
   * left out, missing values kept, in time order. Where the indicator has a frequency, only periods
   * of that frequency are included (a monthly indicator's annual outturns are not points of its
   * monthly series).
   *
   * @return the series
   */
  public List<Actual> series() {
    Map<ReportingPeriod, Actual> best = new LinkedHashMap<>();
    for (Actual a : actuals()) {
      if (a.status() == Actual.Status.FORECAST
          || frequency().map(f -> !f.matches(a.period())).orElse(false)) {
        continue;
      }
      best.merge(a.period(), a, Indicator::firmer);
    }
    List<Actual> series = new ArrayList<>(best.values());
    series.sort(Comparator.comparing((Actual a) -> a.period().start()).thenComparing(a -> a.period().end()));
    return List.copyOf(series);
  }

  /**
   * Returns the indicator's {@linkplain #series() time series} as the input of an XmR chart: one
   * point per period, a missing result kept as a missing point with its reason, the indicator's
   * polarity as the direction of improvement, and as target the value of the target that applies
   * to the latest period (none if that is a baseline, range or placeholder).
   *
   * @return the series, named by the indicator's label
   */
  public XmrSeries xmrSeries() {
    List<Actual> series = series();
    List<XmrObservation> points = new ArrayList<>(series.size());
    for (Actual a : series) {
      points.add(a.value().isPresent()
          ? XmrObservation.of(a.period(), a.value().get())
          : XmrObservation.missing(a.period(), a.note().orElse(a.status().label())));
    }
    XmrSeries xmr = XmrSeries.of(polarity(), points).withName(label());
    if (!series.isEmpty()) {
      Optional<BigDecimal> target = targetFor(series.get(series.size() - 1).period())
          .filter(t -> t.kind() == Target.Kind.TARGET).flatMap(Target::value);
      if (target.isPresent()) {
        xmr = xmr.withTarget(target.get());
      }
    }
    return xmr;
  }

  /**
   * Draws the XmR chart of the indicator's series with the default options (NHS England's Making
   * Data Count: no screening of moving ranges; see {@link SpcOptions}).
   *
   * @return the chart; never throws for a short or gappy series (its findings say so)
   */
  public XmrChart chart() {
    return XmrChart.of(xmrSeries());
  }

  /**
   * Draws the XmR chart of the indicator's series with the given options.
   *
   * @param options the options: screening, fixed limits, rebasing, run lengths
   * @return the chart
   */
  public XmrChart chart(SpcOptions options) {
    return XmrChart.of(xmrSeries(), options);
  }

  /**
   * Assesses the result for a period under Kent's floor rule, with the direction of travel against
   * the previous period.
   *
   * @param period the period
   * @return the assessment; never throws for anything missing
   */
  public Assessment assess(ReportingPeriod period) {
    return assess(period, RagRule.kentFloor(), ComparedWith.PREVIOUS_PERIOD);
  }

  /**
   * Assesses the result for a period under a rule, with the direction of travel against the
   * previous period.
   *
   * @param period the period
   * @param rule the RAG rule
   * @return the assessment; never throws for anything missing
   */
  public Assessment assess(ReportingPeriod period, RagRule rule) {
    return assess(period, rule, ComparedWith.PREVIOUS_PERIOD);
  }

  /**
   * Assesses the result for a period under a rule.
   *
   * @param period the period
   * @param rule the RAG rule
   * @param comparedWith the earlier period the direction of travel is measured from
   * @return the assessment; never throws for anything missing
   */
  public Assessment assess(ReportingPeriod period, RagRule rule, ComparedWith comparedWith) {
    return Assessment.evaluate(this, period, rule, comparedWith);
  }

  /**
   * Returns the direction of travel of a period's result against an earlier one.
   *
   * @param period the period
   * @param comparedWith the earlier period
   * @return the direction, or empty if either result is missing
   */
  public Optional<DirectionOfTravel> direction(ReportingPeriod period, ComparedWith comparedWith) {
    return assess(period, RagRule.kentFloor(), comparedWith).direction();
  }

  /** The target that applies to a period, or null. */
  Target applicableTarget(ReportingPeriod period) {
    Target own = targetIndex().get(period);
    if (own != null || basis().isCumulative() || targets().isEmpty()) {
      return own;
    }
    LocalDate start = period.start();
    LocalDate end = period.end();
    Target narrowest = null;
    long narrowestDays = Long.MAX_VALUE;
    for (Target t : targets()) {
      LocalDate s = t.period().start();
      LocalDate e = t.period().end();
      if (!s.isAfter(start) && !e.isBefore(end)) {
        long days = e.toEpochDay() - s.toEpochDay();
        if (days < narrowestDays) {
          narrowest = t;
          narrowestDays = days;
        }
      }
    }
    return narrowest;
  }

  /** The result that counts for a period, or null. */
  Actual resultFor(ReportingPeriod period) {
    return actualIndex().get(period);
  }

  /** The result that counts for the earlier period, or null if there is none or no such period. */
  Actual earlierResult(ReportingPeriod period, ComparedWith comparedWith) {
    ReportingPeriod earlier;
    try {
      earlier = comparedWith.earlier(period);
    } catch (IllegalArgumentException | DateTimeException e) {
      return null; // the calendar's first year has no year before it
    }
    return actualIndex().get(earlier);
  }

  /** The floor that applies with a target, or null. */
  BigDecimal floorOf(Target target) {
    Optional<BigDecimal> own = target.floor();
    return own.isPresent() ? own.get() : floor().orElse(null);
  }

  @Value.Lazy
  Map<ReportingPeriod, Target> targetIndex() {
    Map<ReportingPeriod, Target> index = new HashMap<>();
    for (Target t : targets()) {
      index.putIfAbsent(t.period(), t);
    }
    return index;
  }

  @Value.Lazy
  Map<ReportingPeriod, Actual> actualIndex() {
    Map<ReportingPeriod, Actual> index = new HashMap<>();
    for (Actual a : actuals()) {
      index.merge(a.period(), a, Indicator::firmer);
    }
    return index;
  }

  /** Of two results for a period, the one that counts: the firmer, or the later listed if as firm. */
  private static Actual firmer(Actual earlierListed, Actual laterListed) {
    return laterListed.status().ordinal() <= earlierListed.status().ordinal() ? laterListed : earlierListed;
  }

  @Value.Check
  void check() {
    checkArgument(!title().isBlank(), "An indicator's title is blank (reference %s)", reference().orElse("none"));
    reference().ifPresent(r -> checkArgument(!r.isBlank(), "An indicator's reference is blank: %s", title()));
  }

  /**
   * Returns the indicator on one line: {@code NI 125 Achieving independence ... (%, higher is
   * better, monthly, snapshot; 2 targets, 1 result)}.
   *
   * @return the indicator as text
   */
  @Override
  public String toString() {
    return reference().map(r -> r + " ").orElse("") + title() + " (" + unit() + ", " + polarity().label()
        + frequency().map(f -> ", " + f.label()).orElse("") + ", " + basis().label() + "; "
        + targets().size() + (targets().size() == 1 ? " target, " : " targets, ")
        + actuals().size() + (actuals().size() == 1 ? " result)" : " results)");
  }

  /** Builds an {@link Indicator}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
