package org.scplan.performance.spc;

import java.util.Objects;
import java.util.Optional;

/**
 * A run of consecutive points of an {@link XmrChart} that share one set of limits: the whole
 * series, or the part from one rebase to the next.
 *
 * <p>The limits come from the segment's baseline: all its values, or only its first N when the
 * limits are {@linkplain SpcOptions#withFixedLimitsAfter(int) fixed}. A segment with no two
 * consecutive values has no moving range and so no limits.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class XmrSegment {
  private final int index;
  private final int first;
  private final int last;
  private final String firstLabel;
  private final String lastLabel;
  private final int values;
  private final int baselineValues;
  private final int movingRanges;
  private final int screened;
  private final XmrLimits limits;

  XmrSegment(int index, int first, int last, String firstLabel, String lastLabel, int values,
      int baselineValues, int movingRanges, int screened, XmrLimits limits) {
    this.index = index;
    this.first = first;
    this.last = last;
    this.firstLabel = firstLabel;
    this.lastLabel = lastLabel;
    this.values = values;
    this.baselineValues = baselineValues;
    this.movingRanges = movingRanges;
    this.screened = screened;
    this.limits = limits;
  }

  /**
   * Returns the segment's position in the chart, from 0.
   *
   * @return the index
   */
  public int index() {
    return index;
  }

  /**
   * Returns the index of the segment's first point in the chart.
   *
   * @return the first point's index
   */
  public int firstPoint() {
    return first;
  }

  /**
   * Returns the index of the segment's last point in the chart.
   *
   * @return the last point's index, inclusive
   */
  public int lastPoint() {
    return last;
  }

  /**
   * Returns the label of the segment's first point: where it starts.
   *
   * @return the first label
   */
  public String firstLabel() {
    return firstLabel;
  }

  /**
   * Returns the label of the segment's last point.
   *
   * @return the last label
   */
  public String lastLabel() {
    return lastLabel;
  }

  /**
   * Returns how many of the segment's points have a value.
   *
   * @return the number of values
   */
  public int values() {
    return values;
  }

  /**
   * Returns how many values the mean and limits come from.
   *
   * @return the number of baseline values
   */
  public int baselineValues() {
    return baselineValues;
  }

  /**
   * Returns how many moving ranges the limits come from, after screening.
   *
   * @return the number of moving ranges used
   */
  public int movingRanges() {
    return movingRanges;
  }

  /**
   * Returns how many moving ranges screening left out.
   *
   * @return the number screened out
   */
  public int screenedMovingRanges() {
    return screened;
  }

  /**
   * Returns the mean and limits.
   *
   * @return the limits, or empty if the segment has no moving range to compute them from
   */
  public Optional<XmrLimits> limits() {
    return Optional.ofNullable(limits);
  }

  XmrLimits limitsOrNull() {
    return limits;
  }

  /**
   * Checks whether another object is an equal segment.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof XmrSegment o && o.index == index && o.first == first && o.last == last
        && o.firstLabel.equals(firstLabel) && o.lastLabel.equals(lastLabel) && o.values == values
        && o.baselineValues == baselineValues && o.movingRanges == movingRanges
        && o.screened == screened && Objects.equals(o.limits, limits);
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(index, first, last, values, baselineValues, movingRanges, screened, limits);
  }

  /**
   * Returns the segment as text: {@code April 2017 to March 2019: 24 values; mean 2,027,379,
   * limits ...}.
   *
   * @return the segment as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(firstLabel);
    if (last > first) {
      sb.append(" to ").append(lastLabel);
    }
    sb.append(": ").append(values).append(values == 1 ? " value" : " values");
    if (baselineValues < values) {
      sb.append(", limits from the first ").append(baselineValues);
    }
    if (screened > 0) {
      sb.append(", ").append(screened).append(" moving range").append(screened == 1 ? "" : "s")
          .append(" screened out");
    }
    sb.append("; ").append(limits == null ? "no limits" : limits.toString());
    return sb.toString();
  }
}
