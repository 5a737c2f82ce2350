package org.scplan.budget;

/**
 * The rule codes of the budget checks. Codes are stable: programs may rely on them. Each finding
 * names the line path ({@code Older People › Nursing Care}) and column, and gives the figures.
 */
public final class BudgetRules {
  private BudgetRules() {}

  /**
   * ERROR: a derived cell does not agree with its formula over the line's published figures
   * ({@code GROSS EXPENDITURE} ≠ employee costs + running costs + …): the intervals of the two sides
   * do not overlap (or the difference exceeds the explicit tolerance).
   */
  public static final String DERIVED_MISMATCH = "budget.derived.mismatch";

  /**
   * INFO: a derived cell differs from its formula by an amount that rounding explains (or that the
   * explicit tolerance allows); the finding gives the difference.
   */
  public static final String DERIVED_WITHIN_ROUNDING = "budget.derived.within-rounding";

  /**
   * ERROR: a subtotal or total does not agree with the sum of its members: the intervals do not
   * overlap (or the difference exceeds the explicit tolerance).
   */
  public static final String TOTAL_MISMATCH = "budget.total.mismatch";

  /**
   * INFO: a subtotal or total differs from the sum of its members by an amount that rounding
   * explains (or that the explicit tolerance allows); the finding gives the difference.
   */
  public static final String TOTAL_WITHIN_ROUNDING = "budget.total.within-rounding";

  /**
   * INFO: a relation a published table states (a column derived from others, a row that totals
   * others) was checked; the finding says on how many rows or columns it holds and why it is
   * believed.
   */
  public static final String RELATION_CHECKED = "budget.relation.checked";

  /**
   * WARNING: a line leaves a cell blank while the other cells of a relation it takes part in are
   * published: a term or result of a formula, or a total whose members have figures.
   */
  public static final String CELL_MISSING = "budget.cell.missing";

  /**
   * ERROR: the plan's headline figure (gross expenditure, net budget, FTE) does not agree with the
   * grand total of the column that answers it, within the rounding both were printed at.
   */
  public static final String HEADLINE_MISMATCH = "budget.headline.mismatch";

  /**
   * INFO: the plan's headline figure differs from the table's grand total by an amount that
   * rounding explains ("£42.336m" against 42,336.3 in £'000).
   */
  public static final String HEADLINE_WITHIN_ROUNDING = "budget.headline.within-rounding";

  /**
   * INFO: a headline figure is stated for another financial year than the table's ("£172.233m
   * (2012/13)" over a 2013-14 table), so it is not compared.
   */
  public static final String HEADLINE_OTHER_YEAR = "budget.headline.other-year";

  /**
   * WARNING: an income or grant figure has the sign the schema's convention does not expect
   * (positive where income is printed negative, or the reverse).
   */
  public static final String INCOME_UNEXPECTED_SIGN = "budget.income.unexpected-sign";

  /**
   * WARNING: a figure is about a thousand times its comparative (or a thousandth of it): pounds
   * typed into a £'000 table, or the reverse.
   */
  public static final String FIGURE_THOUSANDFOLD = "budget.figure.thousandfold";

  /** WARNING: two lines of one group have the same name. */
  public static final String LINE_DUPLICATE_NAME = "budget.line.duplicate-name";

  /** WARNING: a group has no member lines. */
  public static final String GROUP_EMPTY = "budget.group.empty";

  /** WARNING: the table's financial year is not one of the years the plan covers. */
  public static final String PROFILE_OUTSIDE_PLAN_YEARS = "budget.profile.outside-plan-years";

  /**
   * WARNING: savings achieved and reprofiled fall short of the target by more than rounding
   * explains, leaving an amount unaccounted for.
   */
  public static final String SAVINGS_UNACCOUNTED = "budget.savings.unaccounted";

  /**
   * WARNING: savings achieved and reprofiled exceed the target by more than rounding explains.
   */
  public static final String SAVINGS_OVER_ACCOUNTED = "budget.savings.over-accounted";

  /**
   * INFO: savings achieved and reprofiled differ from the target by an amount that rounding
   * explains.
   */
  public static final String SAVINGS_WITHIN_ROUNDING = "budget.savings.within-rounding";

  /** ERROR: a published variance disagrees with forecast less budget beyond rounding. */
  public static final String VARIANCE_MISMATCH = "budget.variance.mismatch";

  /** INFO: a published variance differs from forecast less budget by what rounding explains. */
  public static final String VARIANCE_WITHIN_ROUNDING = "budget.variance.within-rounding";

  /**
   * WARNING: two savings of one monitoring section share a label, or two variances a period, so a
   * reader cannot tell which figure is meant.
   */
  public static final String MONITORING_DUPLICATE = "budget.monitoring.duplicate";
}
