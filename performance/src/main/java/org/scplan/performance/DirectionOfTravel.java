package org.scplan.performance;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Locale;
import org.scplan.core.Polarity;

/**
 * Which way a result has moved since an earlier one: improving, worsening or no change for an
 * indicator with a polarity; increasing, decreasing or no change for one without.
 *
 * <p>The comparison is exact: 78.5 and 78.50 are no change. Delayed transfers of care falling from
 * 53,973 to 41,730 (the Kent ASCH plan 2018-19, lower is better) is {@link #IMPROVING}; enablement clients rising
 * from 3,729 to 6,178 (the Kent ASC blueprint 2012, no polarity) is {@link #INCREASING}.
 */
public enum DirectionOfTravel {
  /** Better than before. */
  IMPROVING,
  /** Worse than before. */
  WORSENING,
  /** Exactly the same value as before. */
  NO_CHANGE,
  /** Higher than before, for an indicator with no polarity. */
  INCREASING,
  /** Lower than before, for an indicator with no polarity. */
  DECREASING;

  /**
   * Works out the direction of travel from an earlier value to a later one.
   *
   * @param polarity which way is better
   * @param earlier the earlier value
   * @param later the later value
   * @return the direction
   */
  public static DirectionOfTravel of(Polarity polarity, BigDecimal earlier, BigDecimal later) {
    requireNonNull(polarity, "polarity");
    int change = requireNonNull(later, "later").compareTo(requireNonNull(earlier, "earlier"));
    if (change == 0) {
      return NO_CHANGE;
    }
    return switch (polarity) {
      case HIGHER_IS_BETTER -> change > 0 ? IMPROVING : WORSENING;
      case LOWER_IS_BETTER -> change < 0 ? IMPROVING : WORSENING;
      case NONE -> change > 0 ? INCREASING : DECREASING;
    };
  }

  /**
   * Returns the direction in words: {@code improving}, {@code no change}.
   *
   * @return the label
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
