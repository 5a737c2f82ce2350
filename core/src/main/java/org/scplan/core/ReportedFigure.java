package org.scplan.core;

import java.math.BigDecimal;

/**
 * A figure as a document printed it, rounded to the precision it was printed at, and so standing
 * for an interval of values rather than one value.
 *
 * <p>{@link ReportedAmount} is a money figure ("£42.336m", "7,911.7" in £'000); {@link
 * ReportedNumber} is any other figure (FTE "2,319.2", a count "11,548").
 */
public sealed interface ReportedFigure permits ReportedAmount, ReportedNumber {

  /**
   * Returns the figure's value in base units (pounds for an amount), exactly as printed.
   *
   * @return the value
   */
  BigDecimal value();

  /**
   * Returns how many decimal places the figure was printed with; negative when it was rounded to
   * tens, hundreds or thousands of its unit (−3 for a figure rounded to the nearest 1,000).
   *
   * @return the printed decimals
   */
  int decimals();

  /**
   * Returns the interval of values, in base units, that round to this figure: the value plus or
   * minus half a unit in the last printed place.
   *
   * @return the interval
   */
  Interval interval();

  /**
   * Returns half a unit in the last printed place, in base units: the interval's half width
   * ({@code 50} for "7,911.7" in £'000). Figures printed alike share one instance, so adding up
   * many intervals is adding their values and their half widths.
   *
   * @return the half width
   */
  BigDecimal halfWidth();
}
