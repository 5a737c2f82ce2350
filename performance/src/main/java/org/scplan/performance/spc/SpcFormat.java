package org.scplan.performance.spc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.scplan.core.internal.Text;

/** How charts print their figures: enough decimals to show a hundredth of the spread. Not API. */
final class SpcFormat {
  private static final int MAX_DECIMALS = 10;

  private SpcFormat() {}

  /**
   * Returns the decimals that show an average moving range to about three significant figures:
   * 0 for 115,380, 2 for 1.88, 4 for 0.0111. For a zero spread, the values' own decimals.
   */
  static int decimals(BigDecimal averageMovingRange, int valueScale) {
    if (averageMovingRange.signum() == 0) {
      return Math.max(0, Math.min(valueScale, MAX_DECIMALS));
    }
    int magnitude = averageMovingRange.precision() - averageMovingRange.scale() - 1;
    return Math.max(0, Math.min(2 - magnitude, MAX_DECIMALS));
  }

  /** Formats a figure half-even to some decimals, with thousands separators: {@code 1,946,858}. */
  static String format(BigDecimal value, int decimals) {
    return Text.grouped(value.setScale(decimals, RoundingMode.HALF_EVEN));
  }
}
