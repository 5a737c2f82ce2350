package org.scplan.performance;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Where an activity result lies against its expected range (the Kent LD/MH plan 2013-14, Section F: an upper and a
 * lower threshold per quarter). Both thresholds belong to the range: a result equal to either is
 * {@link #WITHIN}.
 */
public enum RangePosition {
  /** Below the lower threshold. */
  BELOW,
  /** Between the thresholds, both included. */
  WITHIN,
  /** Above the upper threshold. */
  ABOVE;

  /**
   * Works out where a value lies against a range.
   *
   * @param value the value
   * @param lower the lower threshold
   * @param upper the upper threshold, not below the lower
   * @return the position
   * @throws IllegalArgumentException if the lower threshold is above the upper
   */
  public static RangePosition of(BigDecimal value, BigDecimal lower, BigDecimal upper) {
    requireNonNull(value, "value");
    if (requireNonNull(lower, "lower").compareTo(requireNonNull(upper, "upper")) > 0) {
      throw new IllegalArgumentException("Invalid range: lower threshold " + lower.toPlainString()
          + " is above upper threshold " + upper.toPlainString());
    }
    return value.compareTo(lower) < 0 ? BELOW : value.compareTo(upper) > 0 ? ABOVE : WITHIN;
  }

  /**
   * Returns the position in words, as an assessment prints it: {@code within the expected range}.
   *
   * @return the description
   */
  public String description() {
    return name().toLowerCase(Locale.ROOT) + " the expected range";
  }
}
