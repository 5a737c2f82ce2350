package org.scplan.performance.spc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The centre line and limits of one segment of an {@link XmrChart}: the mean, the average moving
 * range, the process limits at mean ± 2.66 × average moving range, and the near limits two thirds
 * of the way out (the "2σ" lines).
 *
 * <p>Figures are exact decimals rounded half-even to 20 decimal places (more when the values
 * themselves have more than 16), so the limits are exactly symmetric about the mean. The chart
 * decides every flag from the unrounded fractions, never from these rounded figures.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class XmrLimits {
  private final BigDecimal mean;
  private final BigDecimal averageMovingRange;
  private final BigDecimal lower;
  private final BigDecimal upper;
  private final BigDecimal lowerNear;
  private final BigDecimal upperNear;

  XmrLimits(BigDecimal mean, BigDecimal averageMovingRange, BigDecimal halfWidth, BigDecimal nearHalfWidth) {
    this.mean = mean;
    this.averageMovingRange = averageMovingRange;
    this.lower = mean.subtract(halfWidth);
    this.upper = mean.add(halfWidth);
    this.lowerNear = mean.subtract(nearHalfWidth);
    this.upperNear = mean.add(nearHalfWidth);
  }

  /**
   * Returns the mean of the values the limits come from: the centre line.
   *
   * @return the mean
   */
  public BigDecimal mean() {
    return mean;
  }

  /**
   * Returns the average of the moving ranges the limits come from (after screening, if on).
   *
   * @return the average moving range
   */
  public BigDecimal averageMovingRange() {
    return averageMovingRange;
  }

  /**
   * Returns the lower process limit: mean − 2.66 × average moving range.
   *
   * @return the lower limit
   */
  public BigDecimal lower() {
    return lower;
  }

  /**
   * Returns the upper process limit: mean + 2.66 × average moving range.
   *
   * @return the upper limit
   */
  public BigDecimal upper() {
    return upper;
  }

  /**
   * Returns the lower near limit, two thirds of the way from the mean to the lower limit.
   *
   * @return the lower near limit
   */
  public BigDecimal lowerNear() {
    return lowerNear;
  }

  /**
   * Returns the upper near limit, two thirds of the way from the mean to the upper limit.
   *
   * @return the upper near limit
   */
  public BigDecimal upperNear() {
    return upperNear;
  }

  /**
   * Checks whether the limits have no width: every moving range they come from is zero.
   *
   * @return true if the lower and upper limits are both the mean
   */
  public boolean isZeroWidth() {
    return averageMovingRange.signum() == 0;
  }

  /**
   * Checks whether another object is equal limits (figures compared by value).
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof XmrLimits o && o.mean.compareTo(mean) == 0
        && o.averageMovingRange.compareTo(averageMovingRange) == 0 && o.lower.compareTo(lower) == 0
        && o.upper.compareTo(upper) == 0 && o.lowerNear.compareTo(lowerNear) == 0
        && o.upperNear.compareTo(upperNear) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(mean.stripTrailingZeros(), averageMovingRange.stripTrailingZeros(),
        lower.stripTrailingZeros(), upper.stripTrailingZeros());
  }

  /**
   * Returns the limits as text, to about a hundredth of the spread:
   * {@code mean 0.8909, limits 0.8614 to 0.9204, near 0.8713 to 0.9105, average moving range 0.0111}.
   *
   * @return the limits as text
   */
  @Override
  public String toString() {
    int d = SpcFormat.decimals(averageMovingRange, mean.stripTrailingZeros().scale());
    return "mean " + SpcFormat.format(mean, d) + ", limits " + SpcFormat.format(lower, d) + " to "
        + SpcFormat.format(upper, d) + ", near " + SpcFormat.format(lowerNear, d) + " to "
        + SpcFormat.format(upperNear, d) + ", average moving range "
        + SpcFormat.format(averageMovingRange, d + 1);
  }
}
