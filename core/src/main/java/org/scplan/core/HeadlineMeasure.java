package org.scplan.core;

/** What a headline figure in a plan's text measures. */
public enum HeadlineMeasure {
  /** Gross expenditure, before income: "The gross expenditure ... is £42.336m". */
  GROSS_EXPENDITURE(true),
  /** Net budget or net cost, after income and grants: "a total net budget of £414m". */
  NET_BUDGET(true),
  /** Full-time equivalent staff: "362.34 FTE". */
  FTE(false);

  private final boolean money;

  HeadlineMeasure(boolean money) {
    this.money = money;
  }

  /**
   * Checks whether the measure is an amount of money (and so a {@link ReportedAmount}).
   *
   * @return true for money measures, false for FTE
   */
  public boolean isMoney() {
    return money;
  }
}
