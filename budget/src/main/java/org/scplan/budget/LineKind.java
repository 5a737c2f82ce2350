package org.scplan.budget;

/**
 * The part a line plays in a budget table.
 *
 * <p>The Kent KASS HQ plan 2010-11's table has a {@link #GROUP} heading "Older People" whose {@link #ITEM} lines
 * (Residential Care, Nursing Care, …) are summed by the {@link #SUBTOTAL} "Total Older People";
 * top-level items and subtotals are summed by the grand {@link #TOTAL} "TOTALS". Its staffing
 * table ends with a {@link #MEMO} line, "Of the above total, the estimated FTE which are externally
 * funded", which is part of the total, not a summand of it.
 */
public enum LineKind {
  /** A line of figures that is a summand of its group's subtotal, or of the grand total. */
  ITEM,
  /** A heading with member lines and no figures of its own: "Older People". */
  GROUP,
  /** The last line of a group, the sum of its members: "Total Older People". */
  SUBTOTAL,
  /** The grand total of the table, the sum of its top-level lines: "TOTALS". */
  TOTAL,
  /** A line of figures that is not a summand of any total: "Of the above total, … externally funded". */
  MEMO;

  /**
   * Checks whether a line of this kind is a total that reconciliation holds against its members.
   *
   * @return true for {@link #SUBTOTAL} and {@link #TOTAL}
   */
  public boolean isTotal() {
    return this == SUBTOTAL || this == TOTAL;
  }
}
