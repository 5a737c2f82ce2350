package org.scplan.budget;

/**
 * How a budget table prints income, and so how its formulas treat it.
 *
 * <p>Kent's tables print income negative and add it: net = gross + income
 * ({@code 7,911.7 + -8,214.8 = -303.1}). The government's revenue outturn returns print income
 * positive and subtract it: net current expenditure = total expenditure − sales, fees and charges
 * − other income. A {@link BudgetSchema} states its convention; an income or grant cell with the
 * other sign is reported as a warning, and a formula that adds income printed positive (or
 * subtracts income printed negative) is refused when the schema is built.
 */
public enum SignConvention {
  /** Income and grants are printed negative and added. */
  INCOME_NEGATIVE(-1),
  /** Income and grants are printed positive and subtracted. */
  INCOME_POSITIVE(1);

  private final int incomeSign;

  SignConvention(int incomeSign) {
    this.incomeSign = incomeSign;
  }

  /**
   * Returns the sign income is printed with.
   *
   * @return −1 for {@link #INCOME_NEGATIVE}, +1 for {@link #INCOME_POSITIVE}
   */
  public int incomeSign() {
    return incomeSign;
  }

  /**
   * Returns the sign with which an income or grant column enters a formula.
   *
   * @return +1 (added) for {@link #INCOME_NEGATIVE}, −1 (subtracted) for {@link #INCOME_POSITIVE}
   */
  public int incomeTermSign() {
    return -incomeSign;
  }
}
