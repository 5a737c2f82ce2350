package org.scplan.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.scplan.budget.internal.Figures;
import org.scplan.core.Money;

/**
 * Budget against forecast outturn for every line of a monitoring table, rolled up through its
 * groups.
 *
 * <pre>{@code
 * BudgetProfile q1 = BudgetProfile.builder("monitoring-q1", "Quarter 1 monitoring",
 *         BudgetSchemas.BUDGET_MONITORING)
 *     .year(FinancialYear.of(2017)).unit(AmountUnit.THOUSANDS).decimals(1)
 *     ...
 *     .build();
 * VarianceReport report = VarianceReport.of(q1);
 * report.total()           // the directorate's variance
 * report.overspends()      // the lines forecast to overspend
 * }</pre>
 *
 * <p>Every line with both a budget and a forecast gets its own variance, as printed; a group gets
 * the variance of its members added up (items and nested groups, not memo lines), whether or not
 * the table prints a subtotal. The {@linkplain #total() total} is the grand total line's, or the
 * sum of the top-level lines when the table has none.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VarianceReport {

  /**
   * One line's variance.
   *
   * @param path the line's path: enclosing groups, then its name
   * @param kind the line's kind
   * @param variance the budget against the forecast
   * @param rolledUp true for a group, whose variance is its members' added up
   */
  public record Entry(List<String> path, LineKind kind, Variance variance, boolean rolledUp) {
    /**
     * Obtains an entry.
     *
     * @param path the line's path
     * @param kind the line's kind
     * @param variance the variance
     * @param rolledUp whether it is added up from members
     */
    public Entry {
      path = List.copyOf(path);
      requireNonNull(kind, "kind");
      requireNonNull(variance, "variance");
    }
  }

  private final List<Entry> entries;
  private final Variance total;

  private VarianceReport(List<Entry> entries, Variance total) {
    this.entries = entries;
    this.total = total;
  }

  /**
   * Obtains the variances of a table in the {@link BudgetSchemas#BUDGET_MONITORING} layout, or any
   * table with columns keyed {@code budget} and {@code forecast}.
   *
   * @param profile the table
   * @return the report
   */
  public static VarianceReport of(BudgetProfile profile) {
    return of(profile, "budget", "forecast");
  }

  /**
   * Obtains the variances of a table, comparing two of its money columns.
   *
   * @param profile the table
   * @param budgetColumn the key or label of the budget column
   * @param forecastColumn the key or label of the forecast outturn column
   * @return the report
   * @throws IllegalArgumentException if a column does not exist or does not hold money
   */
  public static VarianceReport of(BudgetProfile profile, String budgetColumn, String forecastColumn) {
    requireNonNull(profile, "profile");
    int b = profile.schema().requireIndex(budgetColumn);
    int f = profile.schema().requireIndex(forecastColumn);
    checkArgument(profile.schema().columns().get(b).isMoney() && profile.schema().columns().get(f).isMoney(),
        "Variance needs two money columns: %s and %s", budgetColumn, forecastColumn);
    int n = profile.lineCount();
    Variance[] own = new Variance[n];
    Variance[] rolled = new Variance[n + 1];
    int root = n;
    for (int i = n - 1; i >= 0; i--) {
      LineKind kind = profile.kind(i);
      Variance v = kind == LineKind.GROUP ? rolled[i] : variance(profile, i, b, f);
      own[i] = v;
      if (v != null && (kind == LineKind.ITEM || kind == LineKind.GROUP)) {
        int p = profile.parent(i) < 0 ? root : profile.parent(i);
        rolled[p] = rolled[p] == null ? v : rolled[p].plus(v);
      }
    }
    List<Entry> entries = new ArrayList<>();
    Variance total = rolled[root];
    for (int i = 0; i < n; i++) {
      if (own[i] != null) {
        LineKind kind = profile.kind(i);
        entries.add(new Entry(profile.line(i).path(), kind, own[i], kind == LineKind.GROUP));
        if (kind == LineKind.TOTAL) {
          total = own[i];
        }
      }
    }
    return new VarianceReport(List.copyOf(entries), total);
  }

  private static Variance variance(BudgetProfile profile, int line, int b, int f) {
    long budget = profile.cell(line, b);
    long forecast = profile.cell(line, f);
    if (budget == BudgetProfile.BLANK || forecast == BudgetProfile.BLANK) {
      return null;
    }
    return Variance.of(money(profile, budget, b), money(profile, forecast, f));
  }

  private static Money money(BudgetProfile profile, long scaled, int c) {
    return Money.of(profile.unit().toPounds(Figures.unscale(scaled, profile.decimalsAt(c))), RoundingMode.HALF_EVEN);
  }

  /**
   * Returns every line's variance, in printed order, groups rolled up.
   *
   * @return the entries
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * Finds the variance of a line or group by its path.
   *
   * @param path the names of the enclosing groups and of the line, outermost first
   * @return the variance, or empty if there is no such line or it has no budget and forecast
   */
  public Optional<Variance> variance(String... path) {
    List<String> wanted = Arrays.asList(requireNonNull(path, "path"));
    return entries.stream().filter(e -> e.path().equals(wanted)).map(Entry::variance).findFirst();
  }

  /**
   * Returns the variance of the whole table: the grand total line's, or the top-level lines added up.
   *
   * @return the total variance, or empty if no line has a budget and a forecast
   */
  public Optional<Variance> total() {
    return Optional.ofNullable(total);
  }

  /**
   * Returns the lines and groups forecast to overspend, in printed order.
   *
   * @return the overspending entries
   */
  public List<Entry> overspends() {
    return entries.stream().filter(e -> e.variance().direction() == Variance.Direction.OVERSPEND).toList();
  }

  /**
   * Returns the report as text, one line per entry: path, variance, percentage.
   *
   * @return the report as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Variance report: ")
        .append(total().map(Variance::toString).orElse("no figures"));
    for (Entry e : entries) {
      sb.append("\n  ").append(String.join(" › ", e.path())).append(e.rolledUp() ? " (rolled up)" : "")
          .append(": ").append(e.variance());
    }
    return sb.toString();
  }
}
