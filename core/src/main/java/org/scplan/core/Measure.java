package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A value a finding compares, as a number rather than text: the figure, the interval it stands for
 * (a printed figure stands for half a unit of its last place either way), and its unit ({@code GBP}
 * for money, in pounds; empty for a plain number).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the value
 * @param low the lower end of its interval
 * @param high the upper end of its interval
 * @param unit {@code GBP} for money in pounds, or null for a plain number
 */
public record Measure(BigDecimal value, BigDecimal low, BigDecimal high, String unit) {
  /**
   * Obtains a measure.
   *
   * @param value the value
   * @param low the lower end, no more than the value
   * @param high the upper end, no less than the value
   * @param unit the unit, or null
   */
  public Measure {
    requireNonNull(value, "value");
    requireNonNull(low, "low");
    requireNonNull(high, "high");
    if (low.compareTo(value) > 0 || high.compareTo(value) < 0) {
      throw new IllegalArgumentException("A measure's interval [" + low.toPlainString() + ", " + high.toPlainString()
          + "] must hold its value " + value.toPlainString());
    }
  }

  /**
   * Obtains an amount of money in pounds with the interval it stands for.
   *
   * @param value the amount in pounds
   * @param interval the interval in pounds
   * @return the measure
   */
  public static Measure pounds(BigDecimal value, Interval interval) {
    return new Measure(value, interval.lower(), interval.upper(), "GBP");
  }

  /**
   * Obtains a plain number with the interval it stands for.
   *
   * @param value the number
   * @param interval the interval
   * @return the measure
   */
  public static Measure number(BigDecimal value, Interval interval) {
    return new Measure(value, interval.lower(), interval.upper(), null);
  }

  /**
   * Obtains the measure of a printed figure: its value and the interval its rounding allows, money
   * in pounds.
   *
   * @param figure the figure as printed
   * @return the measure
   */
  public static Measure of(ReportedFigure figure) {
    requireNonNull(figure, "figure");
    Interval i = figure.interval();
    return new Measure(figure.value(), i.lower(), i.upper(), figure instanceof ReportedAmount ? "GBP" : null);
  }

  /**
   * Returns the unit, if the measure is money.
   *
   * @return {@code GBP}, or empty for a plain number
   */
  public Optional<String> unitCode() {
    return Optional.ofNullable(unit);
  }
}
