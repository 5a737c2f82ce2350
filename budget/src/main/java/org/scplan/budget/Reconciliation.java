package org.scplan.budget;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;

/**
 * The outcome of reconciling a budget table: how many relations were checked, the ones that do not
 * hold exactly, and the findings.
 *
 * <pre>{@code
 * Reconciliation r = profile.reconcile();
 * r.isConsistent()     // no relation fails
 * r.mismatches()       // the relations that fail, with their figures
 * r.report()           // the findings: ERROR mismatches, INFO differences within rounding,
 *                      // WARNING missing cells
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Reconciliation {
  private final BudgetProfile profile;
  private final Tolerance tolerance;
  private final long relations;
  private final long cells;
  private final List<Discrepancy> discrepancies;
  private final ValidationReport report;
  private final BigInteger[] grandSums;
  private final long[] grandCounts;

  Reconciliation(BudgetProfile profile, Tolerance tolerance, long relations, long cells,
      List<Discrepancy> discrepancies, ValidationReport report, BigInteger[] grandSums, long[] grandCounts) {
    this.profile = profile;
    this.tolerance = tolerance;
    this.relations = relations;
    this.cells = cells;
    this.discrepancies = List.copyOf(discrepancies);
    this.report = report;
    this.grandSums = grandSums;
    this.grandCounts = grandCounts;
  }

  /**
   * Returns the profile that was reconciled.
   *
   * @return the profile
   */
  public BudgetProfile profile() {
    return profile;
  }

  /**
   * Returns the tolerance the relations were judged with.
   *
   * @return the tolerance
   */
  public Tolerance tolerance() {
    return tolerance;
  }

  /**
   * Returns how many relations were checked: derived cells against their formulas, and totals
   * against their members, each in one column of one line. A relation with no published figure on
   * one side is not checked.
   *
   * @return the number of relations checked
   */
  public long relations() {
    return relations;
  }

  /**
   * Returns how many cells were examined: every cell of every line that is not a group heading.
   *
   * @return the number of cells
   */
  public long cells() {
    return cells;
  }

  /**
   * Returns the relations that do not hold exactly, within rounding or not, in line order.
   *
   * @return the discrepancies
   */
  public List<Discrepancy> discrepancies() {
    return discrepancies;
  }

  /**
   * Returns the relations that fail: the intervals do not overlap (or the difference exceeds the
   * explicit tolerance).
   *
   * @return the mismatches, in line order
   */
  public List<Discrepancy> mismatches() {
    return discrepancies.stream().filter(d -> !d.holds()).toList();
  }

  /**
   * Checks whether every checked relation holds.
   *
   * @return true if there is no mismatch
   */
  public boolean isConsistent() {
    return report.isValid();
  }

  /**
   * Returns the findings: an ERROR for each mismatch, an INFO for each difference within rounding,
   * and a WARNING for each missing cell, in line order.
   *
   * @return the report
   */
  public ValidationReport report() {
    return report;
  }

  /**
   * Returns the sum of the table's top-level lines in a column (a group counting as its subtotal,
   * or as its members when it has none), in units of the column's last printed place.
   */
  Optional<BigInteger> grandSum(int column) {
    return grandCounts[column] == 0 ? Optional.empty() : Optional.of(grandSums[column]);
  }

  /** Returns how many published figures the grand sum of a column adds up. */
  long grandCount(int column) {
    return grandCounts[column];
  }

  /**
   * Returns the summary ({@link #summary()}), then the findings.
   *
   * @return the reconciliation as text
   */
  @Override
  public String toString() {
    return summary() + (report.isEmpty() ? "" : "\n" + report);
  }

  /**
   * Returns the summary line alone: {@code budget-2010-11: 262 relations in 253 cells, consistent
   * (0 mismatches, 0 within rounding, 0 missing cells)}.
   *
   * @return the summary
   */
  public String summary() {
    long mismatches = report.count(Severity.ERROR);
    return profile.id() + ": " + relations + " relations in " + cells + " cells, "
        + (mismatches == 0 ? "consistent" : "inconsistent") + " (" + mismatches
        + (mismatches == 1 ? " mismatch, " : " mismatches, ") + report.count(Severity.INFO) + " within rounding, "
        + report.count(Severity.WARNING) + " missing cells)";
  }
}
