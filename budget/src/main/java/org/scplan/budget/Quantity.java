package org.scplan.budget;

/**
 * What the figures of a budget column count: money, or a plain number such as full-time equivalent
 * staff or a headcount.
 *
 * <p>A money column's cells are {@link org.scplan.core.ReportedAmount}s in the profile's
 * {@link org.scplan.core.AmountUnit}; a number column's cells are
 * {@link org.scplan.core.ReportedNumber}s.
 */
public enum Quantity {
  /** Money, printed in the table's unit (£, £'000 or £m). */
  MONEY,
  /** A plain number: FTE ("362.34"), an assignment count or a headcount ("3,176"). */
  NUMBER
}
