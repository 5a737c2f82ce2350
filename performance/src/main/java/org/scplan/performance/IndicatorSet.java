package org.scplan.performance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.BusinessPlan;
import org.scplan.core.PlanSection;
import org.scplan.core.ReportingPeriod;
import org.scplan.core.SectionView;
import org.scplan.core.ValidationReport;
import org.scplan.core.ViewData;
import org.scplan.core.Viewable;
import org.scplan.core.internal.ScplanStyle;
import org.scplan.performance.spc.XmrChart;

/**
 * A plan's set of indicators: the Kent KASS HQ plan 2010-11's "Key Performance Information", the Kent ASCH plan
 * 2018-19's Tables 7 and 8,
 * a divisional plan's Section F. A section of a {@link BusinessPlan}, of kind {@code indicators}.
 *
 * <p>The set names the {@link RagRule} its dashboard uses (Kent's floor rule unless set) and the
 * periods it plans targets for, so that a performance indicator without a target (or a
 * placeholder saying why) is reported.
 *
 * <pre>{@code
 * IndicatorSet kpis = IndicatorSet.of("kpi", "Key Performance Information", ni125, ni130);
 * kpis.evaluate(FinancialYear.parse("2009/10"))   // a Dashboard, printed as a table
 * kpis.validate()                                   // findings: floors, percentages, profiles, ...
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class IndicatorSet implements PlanSection, Viewable {

  /** Only the generated implementation (or this package) constructs it. */
  IndicatorSet() {}

  /** The section kind in the scplan file format. */
  public static final String KIND = "indicators";

  /**
   * Returns the section's id, unique within its plan: {@code "kpi-2018-19"}.
   *
   * @return the id, not blank
   */
  @Override
  public abstract String id();

  /**
   * Returns the title as published: {@code Key Performance Indicators}.
   *
   * @return the title, not blank
   */
  @Override
  public abstract String title();

  /**
   * Returns the rule the set's dashboard rates results by.
   *
   * @return the rule; {@link RagRule#kentFloor()} unless set
   */
  @Value.Default
  public RagRule rule() {
    return RagRule.kentFloor();
  }

  /**
   * Returns the periods the set plans targets for: {@code 2010-11} for the Kent KASS HQ plan 2010-11, whose table gives
   * "Target performance 2010/11". Every performance indicator needs a target entry in each.
   *
   * @return the periods; none means no target is required
   */
  public abstract List<ReportingPeriod> targetPeriods();

  /**
   * Returns the indicators, in the published order.
   *
   * @return the indicators
   */
  public abstract List<Indicator> indicators();

  /**
   * Returns {@value #KIND}.
   *
   * @return the kind of section
   */
  @Override
  public String kind() {
    return KIND;
  }

  /**
   * Obtains a set of indicators under Kent's floor rule.
   *
   * @param id the section's id
   * @param title the title as published
   * @param indicators the indicators, in order
   * @return the set
   */
  public static IndicatorSet of(String id, String title, Indicator... indicators) {
    return builder().id(id).title(title).addIndicators(indicators).build();
  }

  /**
   * Returns a plan's indicator sets, in the order the plan holds them: {@code IndicatorSet.allIn(plan)}, the
   * same as {@code plan.sections(IndicatorSet.class)}.
   *
   * @param plan the plan
   * @return its indicator sets; empty if it has none
   */
  public static List<IndicatorSet> allIn(BusinessPlan plan) {
    return plan.sections(IndicatorSet.class);
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
   * Returns a copy of this set with an indicator added at the end.
   *
   * @param indicator the indicator
   * @return the set with the indicator
   */
  public IndicatorSet withIndicator(Indicator indicator) {
    return builder().from(this).addIndicator(indicator).build();
  }

  /**
   * Returns a copy of this set rating by another rule.
   *
   * @param rule the rule
   * @return the set with that rule
   */
  public IndicatorSet withRule(RagRule rule) {
    return builder().from(this).rule(rule).build();
  }

  /**
   * Finds an indicator by reference, or by title for one without a reference.
   *
   * @param label the reference, such as {@code NI 125}, or the title
   * @return the first indicator with that label
   */
  public Optional<Indicator> indicator(String label) {
    requireNonNull(label, "label");
    return indicators().stream().filter(i -> i.label().equals(label)).findFirst();
  }

  /**
   * Evaluates every indicator for a period under the set's rule, with directions of travel against
   * the previous period.
   *
   * @param period the period
   * @return the dashboard
   */
  public Dashboard evaluate(ReportingPeriod period) {
    return evaluate(period, rule(), ComparedWith.PREVIOUS_PERIOD);
  }

  /**
   * Evaluates every indicator for a period under a rule, with directions of travel against the
   * previous period.
   *
   * @param period the period
   * @param rule the rule, overriding the set's
   * @return the dashboard
   */
  public Dashboard evaluate(ReportingPeriod period, RagRule rule) {
    return evaluate(period, rule, ComparedWith.PREVIOUS_PERIOD);
  }

  /**
   * Evaluates every indicator for a period.
   *
   * @param period the period
   * @param rule the rule, overriding the set's
   * @param comparedWith the earlier period directions of travel are measured from
   * @return the dashboard
   */
  public Dashboard evaluate(ReportingPeriod period, RagRule rule, ComparedWith comparedWith) {
    List<Assessment> assessments = new ArrayList<>(indicators().size());
    for (Indicator i : indicators()) {
      assessments.add(i.assess(period, rule, comparedWith));
    }
    return Dashboard.of(title(), period, rule, comparedWith, assessments);
  }

  /**
   * Returns the latest period any indicator of the set reports a result for (not a forecast); of
   * periods ending together, the shortest (the month rather than the quarter it closes).
   *
   * @return the period, or empty if no indicator has a result
   */
  public Optional<ReportingPeriod> latestPeriod() {
    return indicators().stream()
        .flatMap(i -> i.actuals().stream())
        .filter(a -> a.status() != Actual.Status.FORECAST)
        .map(Actual::period)
        .max(java.util.Comparator.comparing((ReportingPeriod p) -> p.end()).thenComparing(ReportingPeriod::start));
  }

  /** Fewest results in an indicator's series for its XmR verdicts to be shown. */
  static final int MIN_CHART_POINTS = 2;

  /**
   * Returns what a report shows of the set: the dashboard for its latest period, then the XmR
   * verdicts of each indicator with two or more results; as data, the dashboard's counts and
   * assessments and each chart's verdicts.
   *
   * @return the view
   */
  @Override
  public SectionView view() {
    List<String> lines = new ArrayList<>();
    ViewData.Builder data = ViewData.builder().put("rule", rule().name()).put("indicators", indicators().size());
    Optional<ReportingPeriod> latest = latestPeriod();
    if (latest.isPresent()) {
      Dashboard dashboard = evaluate(latest.get());
      lines.addAll(dashboard.lines());
      data.put("dashboard", dashboard.data());
    }
    List<ViewData> charts = new ArrayList<>();
    for (Indicator indicator : indicators()) {
      long values = indicator.series().stream().filter(a -> a.value().isPresent()).count();
      if (values >= MIN_CHART_POINTS) {
        XmrChart chart = indicator.chart();
        lines.add("XmR " + indicator.reference().map(r -> r + " ").orElse("") + indicator.title() + ": "
            + chart.summary());
        charts.add(ViewData.builder().put("reference", indicator.reference().orElse(null))
            .put("indicator", indicator.title()).put("points", values)
            .put("variation", chart.variation().variation().map(Enum::name).map(n -> n.toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-')).orElse(null))
            .put("assurance", chart.assurance().assurance().map(Enum::name).map(n -> n.toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-')).orElse(null))
            .put("summary", chart.summary()).build());
      }
    }
    return new SectionView(lines, data.put("charts", charts).build());
  }

  /**
   * Checks the set on its own: duplicate references, floors on the wrong side of their targets,
   * percentages outside 0–100, quarterly or monthly targets that do not build to the annual one,
   * missing targets, inverted ranges, results that do not follow from their numerator and
   * denominator, parts that do not add up to their whole, and published RAG ratings the set's rule
   * does not give. See {@link PerformanceRules}.
   *
   * @return the findings; never throws for a fault in the document
   */
  @Override
  public ValidationReport validate() {
    return ValidationReport.of(IndicatorChecks.check(this));
  }

  /**
   * Checks the set on its own ({@link #validate()}) and against the plan that holds it: every
   * priority an indicator names must be one of the plan's.
   *
   * @param plan the plan holding this set
   * @return the findings
   */
  @Override
  public ValidationReport validate(BusinessPlan plan) {
    return validate().plus(ValidationReport.of(IndicatorChecks.checkAgainst(this, plan)));
  }

  @Value.Check
  void checkFields() {
    checkArgument(!id().isBlank(), "An indicator set's id is blank");
    checkArgument(!title().isBlank(), "An indicator set's title is blank (id %s)", id());
  }

  /**
   * Returns the set on one line: {@code indicators "kpi": Key Performance Information (11
   * indicators, rule kent-floor)}.
   *
   * @return the set as text
   */
  @Override
  public String toString() {
    return KIND + " \"" + id() + "\": " + title() + " (" + indicators().size()
        + (indicators().size() == 1 ? " indicator" : " indicators") + ", rule " + rule() + ")";
  }

  /** Builds an {@link IndicatorSet}. */
  public static final class Builder extends ImmutableIndicatorSet.Builder {
    Builder() {}
  }
}
