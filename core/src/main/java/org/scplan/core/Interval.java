package org.scplan.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.math.BigDecimal;
import org.scplan.core.internal.Text;

/**
 * A closed interval of exact decimals, {@code [lower, upper]}: the set of values a rounded,
 * published figure may stand for.
 *
 * <p>"7,911.7" printed in £'000 stands for {@code [7911650, 7911750]} pounds; "£414m" for
 * {@code [413500000, 414500000]}. Intervals add ({@link #plus}) the way the figures they stand for
 * add, and two figures agree when their intervals {@link #overlaps overlap}: the rule XBRL
 * Calculations 1.1 uses to decide whether a published total is consistent with its rounded parts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Interval implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private final BigDecimal lower;
  private final BigDecimal upper;

  private Interval(BigDecimal lower, BigDecimal upper) {
    this.lower = lower;
    this.upper = upper;
  }

  /**
   * Obtains the interval between two bounds, both included.
   *
   * @param lower the lower bound
   * @param upper the upper bound, not less than the lower
   * @return the interval
   * @throws IllegalArgumentException if {@code upper < lower}
   */
  public static Interval closed(BigDecimal lower, BigDecimal upper) {
    requireNonNull(lower, "lower");
    requireNonNull(upper, "upper");
    checkArgument(lower.compareTo(upper) <= 0,
        "Invalid interval: lower bound %s is above upper bound %s", lower, upper);
    return new Interval(lower, upper);
  }

  /**
   * Obtains the interval that holds exactly one value.
   *
   * @param value the value
   * @return {@code [value, value]}
   */
  public static Interval point(BigDecimal value) {
    requireNonNull(value, "value");
    return new Interval(value, value);
  }

  /**
   * Obtains the interval {@code [centre - halfWidth, centre + halfWidth]}.
   *
   * @param centre the centre
   * @param halfWidth half the width, not negative
   * @return the interval
   */
  public static Interval around(BigDecimal centre, BigDecimal halfWidth) {
    requireNonNull(centre, "centre");
    requireNonNull(halfWidth, "halfWidth");
    checkArgument(halfWidth.signum() >= 0, "Half width is negative: %s", halfWidth);
    return new Interval(centre.subtract(halfWidth), centre.add(halfWidth));
  }

  /**
   * Returns the lower bound.
   *
   * @return the lowest value in the interval
   */
  public BigDecimal lower() {
    return lower;
  }

  /**
   * Returns the upper bound.
   *
   * @return the highest value in the interval
   */
  public BigDecimal upper() {
    return upper;
  }

  /**
   * Returns the width, {@code upper - lower}.
   *
   * @return the width, not negative
   */
  public BigDecimal width() {
    return upper.subtract(lower);
  }

  /**
   * Returns the midpoint.
   *
   * @return {@code (lower + upper) / 2}
   */
  public BigDecimal midpoint() {
    return lower.add(upper).divide(TWO);
  }

  /**
   * Returns the interval of all sums of a value in this interval and a value in the other.
   *
   * @param other the other interval
   * @return {@code [lower + other.lower, upper + other.upper]}
   */
  public Interval plus(Interval other) {
    return new Interval(lower.add(other.lower), upper.add(other.upper));
  }

  /**
   * Returns the interval of all differences of a value in this interval and one in the other.
   *
   * @param other the other interval
   * @return {@code [lower - other.upper, upper - other.lower]}
   */
  public Interval minus(Interval other) {
    return new Interval(lower.subtract(other.upper), upper.subtract(other.lower));
  }

  /**
   * Returns the interval of the negated values.
   *
   * @return {@code [-upper, -lower]}
   */
  public Interval negated() {
    return new Interval(upper.negate(), lower.negate());
  }

  /**
   * Checks whether a value lies in this interval, bounds included.
   *
   * @param value the value
   * @return true if {@code lower <= value <= upper}
   */
  public boolean contains(BigDecimal value) {
    return lower.compareTo(value) <= 0 && value.compareTo(upper) <= 0;
  }

  /**
   * Checks whether this interval and another share at least one value.
   *
   * @param other the other interval
   * @return true if they overlap, touching bounds included
   */
  public boolean overlaps(Interval other) {
    return lower.compareTo(other.upper) <= 0 && other.lower.compareTo(upper) <= 0;
  }

  /**
   * Returns the distance between this interval and another: zero when they overlap, otherwise
   * the gap between the nearer bounds.
   *
   * @param other the other interval
   * @return the gap, not negative
   */
  public BigDecimal gapTo(Interval other) {
    if (other.lower.compareTo(upper) > 0) {
      return other.lower.subtract(upper);
    }
    if (lower.compareTo(other.upper) > 0) {
      return lower.subtract(other.upper);
    }
    return BigDecimal.ZERO;
  }

  /**
   * Checks whether another object is an interval with the same bounds (compared by value, so
   * {@code 1.0} equals {@code 1.00}).
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Interval o && o.lower.compareTo(lower) == 0 && o.upper.compareTo(upper) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * lower.stripTrailingZeros().hashCode() + upper.stripTrailingZeros().hashCode();
  }

  /**
   * Returns the interval as text, such as {@code [7,911,650, 7,911,750]}.
   *
   * @return the interval as text
   */
  @Override
  public String toString() {
    return "[" + Text.grouped(lower) + ", " + Text.grouped(upper) + "]";
  }
}
