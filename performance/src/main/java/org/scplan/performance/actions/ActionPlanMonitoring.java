package org.scplan.performance.actions;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.scplan.core.BusinessPlan;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.core.PlanSection;
import org.scplan.core.Rag;
import org.scplan.core.RagStatus;
import org.scplan.core.SectionView;
import org.scplan.core.ValidationReport;
import org.scplan.core.ViewData;
import org.scplan.core.Viewable;
import org.scplan.core.internal.ScplanStyle;
import org.scplan.performance.Dashboard;
import org.scplan.performance.PerformanceRules;
import org.scplan.core.internal.TextTable;

/**
 * A business plan monitoring dashboard: per division, priorities and actions counted as completed,
 * on course, and delayed or cancelled, each rolled up into an overall RAG rating, and the
 * directorate's totals. The Kent FSC monitoring 2013-14, 5.3, "Directorate Mid-Year Monitoring – Business Plan
 * Dashboard". A section of a {@link BusinessPlan}, of kind {@code action-monitoring}.
 *
 * <p>The {@link RollUpRule} is data ({@link RollUpRule#KENT} unless set). The published
 * directorate totals row, when given, is checked against the sum of the divisions; every published
 * rating against the one the rule gives.
 *
 * <pre>{@code
 * ActionPlanMonitoring.builder().id("mid-year").title("Directorate Mid-Year Monitoring")
 *     .addDivision(DivisionProgress.of("SCS", 5, 18, 1, 17, 0, Rag.AMBER))
 *     .addDivision(DivisionProgress.of("OPPD", 6, 20, 2, 18, 0, Rag.AMBER))
 *     .build()
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class ActionPlanMonitoring implements PlanSection, Viewable {

  /** Only the generated implementation (or this package) constructs it. */
  ActionPlanMonitoring() {}

  /** The section kind in the scplan file format. */
  public static final String KIND = "action-monitoring";

  private static final String TOTALS = "Directorate Totals";

  /**
   * Returns the section's id, unique within its plan.
   *
   * @return the id, not blank
   */
  @Override
  public abstract String id();

  /**
   * Returns the title as published: {@code Directorate Mid-Year Monitoring – Business Plan
   * Dashboard}.
   *
   * @return the title, not blank
   */
  @Override
  public abstract String title();

  /**
   * Returns how actions roll up into overall ratings.
   *
   * @return the rule; {@link RollUpRule#KENT} unless set
   */
  @Value.Default
  public RollUpRule rollUp() {
    return RollUpRule.KENT;
  }

  /**
   * Returns the divisions' rows, in the published order.
   *
   * @return the rows
   */
  public abstract List<DivisionProgress> divisions();

  /**
   * Returns the totals row as published ("Directorate Totals"), to be checked against the sum of
   * the divisions.
   *
   * @return the published totals
   */
  public abstract Optional<DivisionProgress> publishedTotals();

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
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy of this dashboard rolling up by another rule.
   *
   * @param rule the roll-up rule
   * @return the dashboard with that rule
   */
  public ActionPlanMonitoring withRollUp(RollUpRule rule) {
    return builder().from(this).rollUp(rule).build();
  }

  /**
   * Returns the totals worked out from the divisions, column by column as the dashboard adds them
   * up: the sums of their priorities, of their totals of actions, and of their counts; named as the
   * published totals row is (or {@code Directorate Totals}).
   *
   * @return the totals; priorities are left out if a division does not give its own
   */
  public DivisionProgress totals() {
    ActionCounts counts = ActionCounts.NONE;
    int priorities = 0;
    int actions = 0;
    boolean allPriorities = true;
    for (DivisionProgress d : divisions()) {
      counts = counts.plus(d.counts());
      actions = Math.addExact(actions, d.total());
      allPriorities &= d.priorities().isPresent();
      priorities += d.priorities().orElse(0);
    }
    DivisionProgress.Builder b = DivisionProgress.builder()
        .name(publishedTotals().map(DivisionProgress::name).orElse(TOTALS)).counts(counts).publishedTotal(actions);
    if (allPriorities) {
      b.priorities(priorities);
    }
    return b.build();
  }

  /**
   * Returns a division's overall rating under this dashboard's rule.
   *
   * @param division one of the rows
   * @return the rating
   */
  public RagStatus rag(DivisionProgress division) {
    return division.rag(rollUp());
  }

  /**
   * Returns the directorate's overall rating: the rule applied to all the divisions' actions.
   *
   * @return the rating
   */
  public RagStatus overall() {
    return totals().rag(rollUp());
  }

  /**
   * Checks the dashboard: that each row's total of actions is its completed, on course and delayed
   * or cancelled actions (and its listed actions), that the published totals are the sums of the
   * divisions, and that every published rating is the one the rule gives. See
   * {@link PerformanceRules}.
   *
   * @return the findings; never throws for a fault in the document
   */
  @Override
  public ValidationReport validate() {
    List<Finding> findings = new ArrayList<>();
    for (DivisionProgress d : divisions()) {
      checkRow(d, rag(d), findings);
    }
    publishedTotals().ifPresent(published -> {
      checkRow(published, overall(), findings);
      DivisionProgress sums = totals();
      Location at = Location.of(title(), published.name());
      compareColumn(at, "Total Priorities", sums.priorities(), published.priorities(), findings);
      compareColumn(at, "Total Actions", sums.publishedTotal(), published.publishedTotal(), findings);
      compareColumn(at, "Total Actions completed", OptionalInt.of(sums.counts().completed()),
          OptionalInt.of(published.counts().completed()), findings);
      compareColumn(at, "Total Actions on Course", OptionalInt.of(sums.counts().onCourse()),
          OptionalInt.of(published.counts().onCourse()), findings);
      compareColumn(at, "Total Actions delayed or cancelled", OptionalInt.of(sums.counts().delayedOrCancelled()),
          OptionalInt.of(published.counts().delayedOrCancelled()), findings);
    });
    return ValidationReport.of(findings);
  }

  private void checkRow(DivisionProgress row, RagStatus computed, List<Finding> findings) {
    Location at = Location.of(title(), row.name());
    ActionCounts counts = row.counts();
    row.publishedTotal().ifPresent(total -> {
      if (total != counts.total()) {
        findings.add(Finding.error(PerformanceRules.MONITORING_COUNTS_DO_NOT_ADD_UP, at.field("Total Actions"),
            row.name() + " has " + total + " actions, but " + counts.completed() + " completed + "
                + counts.onCourse() + " on course + " + counts.delayedOrCancelled() + " delayed or cancelled = "
                + counts.total())
            .withValues(String.valueOf(counts.total()), String.valueOf(total)));
      }
    });
    if (!row.actions().isEmpty()) {
      ActionCounts listed = DivisionProgress.tally(row.actions());
      if (!listed.equals(counts)) {
        findings.add(Finding.error(PerformanceRules.MONITORING_COUNTS_DO_NOT_ADD_UP, at,
            row.name() + "'s counts (" + counts + ") differ from its listed actions (" + listed + ")")
            .withValues(listed.toString(), counts.toString()));
      }
    }
    for (ActionProgress a : row.actions()) {
      a.publishedRag().filter(r -> r != a.rag()).ifPresent(r -> findings.add(
          Finding.error(PerformanceRules.ACTION_RAG_MISMATCH, at.child(a.label()).field("RAG"),
              a.label() + " is " + a.status().label() + ", which is " + a.rag() + ", but is published " + r)
              .withValues(a.rag().name(), r.name())));
    }
    row.publishedRag().ifPresent(published -> {
      if (computed.rag().map(r -> r != published).orElse(true)) {
        findings.add(Finding.error(PerformanceRules.MONITORING_RAG_MISMATCH, at.field("Overall RAG"),
            row.name() + " is published " + published + ", but the " + rollUp().id() + " roll-up of " + counts
                + " gives " + computed)
            .withValues(computed.toString(), published.name()));
      }
    });
  }

  private static void compareColumn(Location at, String column, OptionalInt sum, OptionalInt published,
      List<Finding> findings) {
    if (sum.isPresent() && published.isPresent() && sum.getAsInt() != published.getAsInt()) {
      findings.add(Finding.error(PerformanceRules.MONITORING_TOTAL_MISMATCH, at.field(column),
          column + " is published as " + published.getAsInt() + ", but the divisions add up to " + sum.getAsInt())
          .withValues(String.valueOf(sum.getAsInt()), String.valueOf(published.getAsInt())));
    }
  }

  @Value.Check
  void checkFields() {
    checkArgument(!id().isBlank(), "A monitoring dashboard's id is blank");
    checkArgument(!title().isBlank(), "A monitoring dashboard's title is blank (id %s)", id());
  }

  /**
   * Returns the dashboard as the Kent FSC monitoring 2013-14 prints it: a row per division, then the directorate's
   * totals,
   * with each overall rating as the rule gives it (and the published one beside it where they
   * differ).
   *
   * @return the dashboard as text
   */
  @Override
  public String toString() {
    return title() + " (roll-up " + rollUp().id() + ")\n" + table();
  }

  /**
   * Returns what a report shows of the section: the dashboard's table, and as data each division's
   * counts and ratings (as the rule gives them, and as published) and the directorate's overall rating.
   *
   * @return the view
   */
  @Override
  public SectionView view() {
    List<ViewData> rows = new java.util.ArrayList<>();
    for (DivisionProgress d : divisions()) {
      rows.add(division(d, rag(d)));
    }
    return new SectionView(List.of(("roll-up " + rollUp().id() + "\n" + table()).split("\n")),
        ViewData.builder().put("rollUp", rollUp().id()).put("divisions", rows)
            .put("totals", division(publishedTotals().orElse(totals()), overall())).build());
  }

  private static ViewData division(DivisionProgress d, RagStatus computed) {
    return ViewData.builder().put("name", d.name()).put("actions", d.total())
        .put("completed", d.counts().completed()).put("onCourse", d.counts().onCourse())
        .put("delayedOrCancelled", d.counts().delayedOrCancelled())
        .put("rag", computed.rag().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).orElse(computed.toString()))
        .put("publishedRag", d.publishedRag().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).orElse(null))
        .build();
  }

  private String table() {
    TextTable table = TextTable.of("Division", 24, "Total Priorities", 16, "Total Actions", 13,
        "Total Actions completed", 23, "Total Actions on Course", 23, "Total Actions delayed or cancelled", 34,
        "Overall RAG", 40);
    for (DivisionProgress d : divisions()) {
      row(table, d, rag(d));
    }
    DivisionProgress totals = publishedTotals().orElse(totals());
    row(table, totals, overall());
    return table.render();
  }

  private static void row(TextTable table, DivisionProgress d, RagStatus computed) {
    String rag = computed.rag().map(Rag::name).orElse(computed.toString())
        + d.publishedRag().filter(p -> computed.rag().map(r -> r != p).orElse(true))
            .map(p -> " (published " + p + ")").orElse("");
    table.row(d.name(), d.priorities().isPresent() ? String.valueOf(d.priorities().getAsInt()) : "",
        String.valueOf(d.total()), String.valueOf(d.counts().completed()), String.valueOf(d.counts().onCourse()),
        String.valueOf(d.counts().delayedOrCancelled()), rag);
  }

  /** Builds an {@link ActionPlanMonitoring}. */
  public static final class Builder extends ImmutableActionPlanMonitoring.Builder {
    Builder() {}
  }
}
