package org.scplan.budget;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;
import org.scplan.core.BusinessPlan;
import org.scplan.core.FinancialYear;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.core.PlanSection;
import org.scplan.core.ReportedAmount;
import org.scplan.core.SectionView;
import org.scplan.core.ValidationReport;
import org.scplan.core.ViewData;
import org.scplan.core.Viewable;
import org.scplan.core.internal.ScplanStyle;

/**
 * What a plan reports of its budget's progress through a year (a plan section): savings targets
 * and what became of them, and the variances reported period by period.
 *
 * <p>The Kent ASCH plan 2018-19 reports both for 2017-18 in its section B: "Medium Term Financial Plan savings of
 * £16.3m out of the target savings of £22.8m … reprofiling of savings of £4.7m", which leaves £1.8m
 * unaccounted for, and quarterly variances of "+£7m, £1.5m and £0.1m".
 *
 * <pre>{@code
 * BudgetMonitoring m = BudgetMonitoring.builder().id("monitoring").title("Budget 2017-18")
 *     .year(FinancialYear.of(2017))
 *     .addSavings(Savings.of("MTFP savings 2017-18", ReportedAmount.parse("£22.8m"),
 *         ReportedAmount.parse("£16.3m"), ReportedAmount.parse("£4.7m")))
 *     .addVariances(ReportedVariance.of("Quarter 1", ReportedAmount.parse("+£7m")))
 *     .build();
 * m.validate()   // WARNING budget.savings.unaccounted at Budget 2017-18 › MTFP savings 2017-18
 * }</pre>
 *
 * <p>{@link #validate()} checks each savings target ({@link Savings#validate()}) and each variance
 * printed with its budget and forecast ({@link ReportedVariance#validate()}), locating findings
 * under the section's title, and warns of two savings with one label or two variances for one
 * period ({@code budget.monitoring.duplicate}). The year is the year monitored, which need not be
 * the plan's: the Kent ASCH plan 2018-19's plan for 2018-19 reports on 2017-18.
 *
 * <p>This class is immutable and thread-safe. For a monitoring table, line by line, see the
 * {@code budget-monitoring} schema and {@link VarianceReport}.
 */
@Value.Immutable
@ScplanStyle
public abstract class BudgetMonitoring implements PlanSection, Viewable {

  /** Only the generated implementation (or this package) constructs it. */
  BudgetMonitoring() {}
  /** The section kind of budget monitoring in the scplan file format. */
  public static final String KIND = "budget-monitoring";

  /**
   * Returns the section's id, unique within its plan: {@code monitoring}.
   *
   * @return the id
   */
  @Override
  public abstract String id();

  /**
   * Returns the section's title: {@code Progress on the 2017-18 budget}.
   *
   * @return the title
   */
  @Override
  public abstract String title();

  /**
   * Returns the financial year monitored, where the plan says.
   *
   * @return the year, or empty
   */
  public abstract Optional<FinancialYear> year();

  /**
   * Returns the savings targets, in the published order.
   *
   * @return the savings
   */
  public abstract List<Savings> savings();

  /**
   * Returns the reported variances, in the published order.
   *
   * @return the variances
   */
  public abstract List<ReportedVariance> variances();

  /**
   * Returns a plan's budget monitoring sections, in the order the plan holds them: {@code BudgetMonitoring.allIn(plan)}, the
   * same as {@code plan.sections(BudgetMonitoring.class)}.
   *
   * @param plan the plan
   * @return its budget monitoring sections; empty if it has none
   */
  public static List<BudgetMonitoring> allIn(BusinessPlan plan) {
    return plan.sections(BudgetMonitoring.class);
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
   * Returns {@value #KIND}.
   *
   * @return the section kind
   */
  @Override
  public String kind() {
    return KIND;
  }

  /**
   * Checks the savings and variances.
   *
   * @return the findings; never throws for a fault in the figures
   */
  @Override
  public ValidationReport validate() {
    ValidationReport report = ValidationReport.empty();
    for (Savings s : savings()) {
      report = report.plus(s.validate(Location.of(title(), s.label())));
    }
    for (ReportedVariance v : variances()) {
      report = report.plus(v.validate(Location.of(title(), v.period())));
    }
    return report.plus(duplicates(savings(), Savings::label, "savings targets", "label"))
        .plus(duplicates(variances(), ReportedVariance::period, "variances", "period"));
  }

  private <T> ValidationReport duplicates(List<T> items, Function<T, String> key, String what, String by) {
    Set<String> seen = new HashSet<>();
    List<Finding> findings = new ArrayList<>();
    for (T item : items) {
      String name = key.apply(item);
      if (!seen.add(name.toLowerCase(Locale.ROOT))) {
        findings.add(Finding.warning(BudgetRules.MONITORING_DUPLICATE, Location.of(title(), name),
            "Two " + what + " share the " + by + " \"" + name + "\"; give each its own"));
      }
    }
    return ValidationReport.of(findings);
  }

  @Value.Check
  void check0() {
    checkArgument(!id().isBlank(), "A budget monitoring section's id is blank");
    checkArgument(!title().isBlank(), "The title of budget monitoring section %s is blank", id());
  }

  /**
   * Returns what a report shows of the section: each savings target and variance on a line, and as
   * data their figures (a savings target with what was achieved, reprofiled and left unaccounted; a
   * variance with its period, direction, budget and forecast).
   *
   * @return the view
   */
  @Override
  public SectionView view() {
    List<String> lines = new ArrayList<>();
    List<ViewData> saved = new ArrayList<>();
    for (Savings s : savings()) {
      lines.add(s.toString());
      saved.add(ViewData.builder().put("label", s.label()).put("target", amount(s.target()))
          .put("achieved", amount(s.achieved())).put("reprofiled", amount(s.reprofiled()))
          .put("unaccounted", amount(s.unaccounted())).build());
    }
    List<ViewData> varied = new ArrayList<>();
    for (ReportedVariance v : variances()) {
      lines.add(v.toString());
      varied.add(ViewData.builder().put("period", v.period()).put("variance", amount(v.variance()))
          .put("direction", v.direction().name().toLowerCase(java.util.Locale.ROOT))
          .put("budget", v.budget().map(BudgetMonitoring::amount).orElse(null))
          .put("forecast", v.forecast().map(BudgetMonitoring::amount).orElse(null)).build());
    }
    return new SectionView(lines, ViewData.builder().put("year", year().map(Object::toString).orElse(null))
        .put("savings", saved).put("variances", varied).build());
  }

  /** A printed amount as data: its figure, unit, decimals and the interval it stands for in pounds. */
  static ViewData amount(ReportedAmount a) {
    return ViewData.builder().put("printed", a.printed()).put("unit", a.unit().label()).put("decimals", a.decimals())
        .put("low", a.interval().lower()).put("high", a.interval().upper()).build();
  }

  /**
   * Returns the section as text: its title, then each savings target and variance on a line.
   *
   * @return the section as text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(title()).append(" (").append(KIND).append(" \"").append(id())
        .append("\"").append(year().map(y -> ", " + y).orElse("")).append("): ")
        .append(count(savings().size(), "savings target")).append(", ")
        .append(count(variances().size(), "variance"));
    savings().forEach(s -> text.append("\n  ").append(s));
    variances().forEach(v -> text.append("\n  ").append(v));
    return text.toString();
  }

  private static String count(int n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  /** Builds a {@link BudgetMonitoring}. */
  public static final class Builder extends ImmutableBudgetMonitoring.Builder {
    Builder() {}
  }
}
