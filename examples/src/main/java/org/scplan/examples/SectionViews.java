package org.scplan.examples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.scplan.budget.BudgetMonitoring;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.PublishedTable;
import org.scplan.budget.TableRelation;
import org.scplan.core.PlanSection;
import org.scplan.core.ReportingPeriod;
import org.scplan.core.Document;
import org.scplan.performance.ActionPlanMonitoring;
import org.scplan.performance.Actual;
import org.scplan.performance.Indicator;
import org.scplan.performance.IndicatorSet;
import org.scplan.risk.HeatMap;
import org.scplan.risk.RatingKind;
import org.scplan.risk.RiskRegister;

/**
 * What {@code scplan check} shows of each section besides its findings: a reconciliation summary
 * for a budget profile, the savings and variances of budget monitoring, a dashboard and the XmR
 * verdicts for an indicator set, the monitoring table for action-plan monitoring, heat maps for a
 * risk register.
 */
final class SectionViews {
  /** Fewest values in an indicator's series for its XmR verdicts to be shown. */
  static final int MIN_CHART_POINTS = 2;

  private SectionViews() {}

  /**
   * Returns a section's one-line title: {@code budget "table-5": Table 5: Resources}.
   *
   * @param section the section
   * @return the title
   */
  static String title(PlanSection section) {
    return section.kind() + " \"" + section.id() + "\": " + section.title();
  }

  /**
   * Returns the views of the sections of a document, in order.
   *
   * @param document the document
   * @return one view per section, in order; a view may have no lines
   */
  static List<View> views(Document document) {
    List<View> views = new ArrayList<>();
    for (PlanSection s : document.sections()) {
      views.add(new View(s, view(s)));
    }
    return views;
  }

  /**
   * A section and the lines that show it.
   *
   * @param section the section
   * @param lines the lines, without indentation
   */
  record View(PlanSection section, List<String> lines) {}

  static List<String> view(PlanSection section) {
    if (section instanceof BudgetProfile profile) {
      String summary = profile.reconcile().toString();
      int nl = summary.indexOf('\n');
      return List.of("reconciliation: " + (nl < 0 ? summary : summary.substring(0, nl)));
    }
    if (section instanceof PublishedTable table) {
      long rows = table.relations().stream().filter(r -> r.axis() == TableRelation.Axis.ROWS).count();
      return List.of(table.rows().size() + " rows × " + table.columns().size() + " columns of figures; "
          + (table.relations().size() - rows) + " column and " + rows + " row relations checked");
    }
    if (section instanceof BudgetMonitoring monitoring) {
      // Each savings target and variance on a line; the first line repeats the section's title.
      List<String> lines = lines(monitoring.toString());
      return lines.subList(1, lines.size()).stream().map(String::strip).toList();
    }
    if (section instanceof IndicatorSet set) {
      return indicators(set);
    }
    if (section instanceof ActionPlanMonitoring monitoring) {
      return lines(monitoring.toString());
    }
    if (section instanceof RiskRegister register) {
      List<String> lines = new ArrayList<>();
      for (RatingKind kind : List.of(RatingKind.CURRENT, RatingKind.TARGET)) {
        HeatMap map = HeatMap.of(register, kind);
        if (map.cells().stream().anyMatch(c -> c.count() > 0) || kind == RatingKind.CURRENT) {
          lines.addAll(lines(map.toString()));
        }
      }
      return lines;
    }
    return List.of();
  }

  private static List<String> indicators(IndicatorSet set) {
    List<String> lines = new ArrayList<>();
    latestPeriod(set).ifPresent(period -> lines.addAll(lines(set.evaluate(period).toString())));
    for (Indicator indicator : set.indicators()) {
      long values = indicator.series().stream().filter(a -> a.value().isPresent()).count();
      if (values >= MIN_CHART_POINTS) {
        lines.add("XmR " + indicator.reference().map(r -> r + " ").orElse("") + indicator.title() + ": "
            + indicator.chart().summary());
      }
    }
    return lines;
  }

  /** The latest period any indicator of the set reports a result for. */
  static Optional<ReportingPeriod> latestPeriod(IndicatorSet set) {
    return set.indicators().stream()
        .flatMap(i -> i.actuals().stream())
        .filter(a -> a.status() != Actual.Status.FORECAST)
        .map(Actual::period)
        // Of periods ending together, the shortest (the month rather than the quarter it closes).
        .max(Comparator.comparing((ReportingPeriod p) -> p.end()).thenComparing(ReportingPeriod::start));
  }

  private static List<String> lines(String text) {
    return List.of(text.split("\n"));
  }
}
