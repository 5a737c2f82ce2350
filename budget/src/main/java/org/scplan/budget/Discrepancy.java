package org.scplan.budget;

import java.math.BigDecimal;
import org.scplan.core.Finding;
import org.scplan.core.Interval;
import org.scplan.core.ReportedFigure;
import org.scplan.core.Severity;

/**
 * A relation of a budget table that does not hold exactly: a derived cell that differs from its
 * formula, or a total that differs from the sum of its members, with the figures on both sides.
 *
 * <p>The difference is {@linkplain #holds() within rounding} (or within the explicit tolerance)
 * when the relation still holds, which reconciliation reports as INFO, and a mismatch otherwise,
 * reported as ERROR. Values are in base units: pounds for money, the number itself for FTE.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Discrepancy {

  /** The kind of relation. */
  public enum Relation {
    /** A derived cell against its formula over the same line. */
    DERIVED,
    /** A subtotal or total against the sum of its members. */
    TOTAL
  }

  private final Relation relation;
  private final BudgetLine line;
  private final BudgetColumn column;
  private final BigDecimal computed;
  private final Interval computedInterval;
  private final ReportedFigure published;
  private final int parts;
  private final boolean holds;
  private final Finding finding;

  Discrepancy(Relation relation, BudgetLine line, BudgetColumn column, BigDecimal computed,
      Interval computedInterval, ReportedFigure published, int parts, boolean holds, Finding finding) {
    this.relation = relation;
    this.line = line;
    this.column = column;
    this.computed = computed;
    this.computedInterval = computedInterval;
    this.published = published;
    this.parts = parts;
    this.holds = holds;
    this.finding = finding;
  }

  /**
   * Returns the kind of relation.
   *
   * @return derived or total
   */
  public Relation relation() {
    return relation;
  }

  /**
   * Returns the line whose published figure is checked: the line of the derived cell, or the
   * subtotal or total line.
   *
   * @return the line
   */
  public BudgetLine line() {
    return line;
  }

  /**
   * Returns the column whose published figure is checked.
   *
   * @return the column
   */
  public BudgetColumn column() {
    return column;
  }

  /**
   * Returns what the figure should be: the formula or the sum of the members, over their published
   * figures, in base units.
   *
   * @return the computed value
   */
  public BigDecimal computed() {
    return computed;
  }

  /**
   * Returns the interval the computed value stands for, given the rounding of each figure in it.
   *
   * @return the computed interval, in base units
   */
  public Interval computedInterval() {
    return computedInterval;
  }

  /**
   * Returns the published figure.
   *
   * @return the figure as printed, with its interval
   */
  public ReportedFigure published() {
    return published;
  }

  /**
   * Returns the published value less the computed one, in base units: positive when the table
   * prints more than its parts add up to.
   *
   * @return the difference
   */
  public BigDecimal difference() {
    return published.value().subtract(computed);
  }

  /**
   * Returns the distance between the computed and the published intervals: zero when they overlap.
   *
   * @return the gap, in base units, not negative
   */
  public BigDecimal gap() {
    return computedInterval.gapTo(published.interval());
  }

  /**
   * Returns how many published figures make up the computed side: the terms of the formula, or the
   * members of the total.
   *
   * @return the number of figures
   */
  public int parts() {
    return parts;
  }

  /**
   * Checks whether the relation holds despite the difference: rounding explains it, or the
   * explicit tolerance allows it.
   *
   * @return true for a difference within rounding (INFO), false for a mismatch (ERROR)
   */
  public boolean holds() {
    return holds;
  }

  /**
   * Returns the severity of the finding: INFO when the relation holds, ERROR when it does not.
   *
   * @return the severity
   */
  public Severity severity() {
    return finding.severity();
  }

  /**
   * Returns the finding that reports this discrepancy.
   *
   * @return the finding
   */
  public Finding toFinding() {
    return finding;
  }

  /**
   * Returns the discrepancy as its finding's text.
   *
   * @return the discrepancy as text
   */
  @Override
  public String toString() {
    return finding.toString();
  }
}
