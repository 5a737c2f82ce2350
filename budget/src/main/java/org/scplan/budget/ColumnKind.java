package org.scplan.budget;

/**
 * What a column of a budget table holds: an input figure of some kind, or a figure derived from
 * other columns of the same line.
 *
 * <p>The kind decides the checks: a {@link #DERIVED} column must equal its formula on every line;
 * {@link #INCOME} and {@link #GRANT} columns must carry the sign the schema's
 * {@link SignConvention} expects; a {@link #MEMO} column (FTE, last year's figure) is summed into
 * totals but is never a term of a formula of money (a derived column of numbers, total FTE, may add
 * memo columns of numbers, permanent and agency FTE). Grants are a kind of their own, so that a table never
 * nets them into income silently.
 */
public enum ColumnKind {
  /** Spending: employee costs, running costs, contracts and projects, staffing, non staffing. */
  SPEND,
  /** Income other than grants: external income, internal income, service income, fees and charges. */
  INCOME,
  /** Government and other grants, kept apart from income. */
  GRANT,
  /**
   * A figure beside the budget that no formula of money uses: FTE, a headcount, last year's figure.
   */
  MEMO,
  /** A signed sum of other columns of the same line: gross expenditure, net cost. */
  DERIVED;

  /**
   * Checks whether the column is income of any kind, grants included.
   *
   * @return true for {@link #INCOME} and {@link #GRANT}
   */
  public boolean isIncome() {
    return this == INCOME || this == GRANT;
  }
}
