package org.scplan.performance.spc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scplan.core.ReportingPeriod;

/**
 * One point of an {@link XmrChart}: the value (or why there is none), its moving range, the limits
 * of its segment, the special-cause rules that flag it, and its classification.
 *
 * <p>A point without a value, or in a segment without limits, is not classified:
 * {@link #variation()} is empty and no rule flags it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class XmrPoint {
  private final int index;
  private final XmrObservation observation;
  private final XmrSegment segment;
  private final BigDecimal movingRange;
  private final boolean screened;
  private final boolean baseline;
  private final int side;
  private final boolean beyondNear;
  private final int rules;
  private final SpcVariation variation;

  XmrPoint(int index, XmrObservation observation, XmrSegment segment, BigDecimal movingRange,
      boolean screened, boolean baseline, int side, boolean beyondNear, int rules, SpcVariation variation) {
    this.index = index;
    this.observation = observation;
    this.segment = segment;
    this.movingRange = movingRange;
    this.screened = screened;
    this.baseline = baseline;
    this.side = side;
    this.beyondNear = beyondNear;
    this.rules = rules;
    this.variation = variation;
  }

  /**
   * Returns the point's position in the series, from 0.
   *
   * @return the index
   */
  public int index() {
    return index;
  }

  /**
   * Returns the point's label: {@code April 2016}.
   *
   * @return the label
   */
  public String label() {
    return observation.label();
  }

  /**
   * Returns the period, when the point was made from one.
   *
   * @return the period
   */
  public Optional<ReportingPeriod> period() {
    return observation.period();
  }

  /**
   * Returns the value.
   *
   * @return the value, or empty if missing
   */
  public Optional<BigDecimal> value() {
    return observation.value();
  }

  /**
   * Returns why there is no value.
   *
   * @return the reason, or empty if there is a value
   */
  public Optional<String> missingReason() {
    return observation.missingReason();
  }

  /**
   * Returns the segment the point belongs to.
   *
   * @return the segment
   */
  public XmrSegment segment() {
    return segment;
  }

  /**
   * Returns the moving range: the distance from the previous value, when the previous point of
   * the same segment has one.
   *
   * @return the moving range, exact, or empty
   */
  public Optional<BigDecimal> movingRange() {
    return Optional.ofNullable(movingRange);
  }

  /**
   * Checks whether screening left this point's moving range out of the limits.
   *
   * @return true if screened out
   */
  public boolean isMovingRangeScreened() {
    return screened;
  }

  /**
   * Checks whether the point's value is one the segment's mean and limits come from.
   *
   * @return true for a baseline value
   */
  public boolean isBaseline() {
    return baseline;
  }

  /**
   * Returns the mean and limits of the point's segment.
   *
   * @return the limits, or empty if the segment has none
   */
  public Optional<XmrLimits> limits() {
    return segment.limits();
  }

  /**
   * Returns which side of its segment's mean the value lies on.
   *
   * @return 1 above the mean, -1 below it, 0 on it (or when the point has no value or no limits)
   */
  public int sideOfMean() {
    return side;
  }

  /**
   * Checks whether the value lies beyond a near (2σ) limit but not beyond the process limit: the
   * points the {@linkplain SpcRule#TWO_OF_THREE 2 of 3} rule counts.
   *
   * @return true if between a near limit and its process limit
   */
  public boolean isBeyondNearLimit() {
    return beyondNear;
  }

  /**
   * Returns every special-cause rule that flags the point, in order of precedence.
   *
   * @return the rules, empty for common cause
   */
  public List<SpcRule> rules() {
    return SpcRule.of(rules);
  }

  /**
   * Returns the rule that decides the point's classification: the first that flags it.
   *
   * @return the rule, or empty for common cause
   */
  public Optional<SpcRule> signal() {
    List<SpcRule> r = rules();
    return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
  }

  /**
   * Checks whether any special-cause rule flags the point.
   *
   * @return true for a special cause
   */
  public boolean isSpecialCause() {
    return rules != 0;
  }

  /**
   * Returns the point's classification: common cause, improvement, concern, or neutral high or
   * low.
   *
   * @return the classification, or empty when the point has no value or no limits
   */
  public Optional<SpcVariation> variation() {
    return Optional.ofNullable(variation);
  }

  SpcVariation variationOrNull() {
    return variation;
  }

  int ruleMask() {
    return rules;
  }

  /**
   * Checks whether another object is an equal point.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof XmrPoint o && o.index == index && o.observation.equals(observation)
        && o.segment.equals(segment) && o.screened == screened && o.baseline == baseline
        && o.side == side && o.beyondNear == beyondNear && o.rules == rules && o.variation == variation
        && (o.movingRange == null ? movingRange == null
            : movingRange != null && o.movingRange.compareTo(movingRange) == 0);
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(index, observation, segment.index(), rules, variation);
  }

  /**
   * Returns the point as text: {@code January 2017: 0.8514, special cause concern (outside the
   * limits); mean 0.8909, limits 0.8614 to 0.9204}.
   *
   * @return the point as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(observation.toString());
    if (variation != null) {
      sb.append(", ").append(variation.label());
      if (rules != 0) {
        sb.append(" (");
        List<SpcRule> r = rules();
        for (int i = 0; i < r.size(); i++) {
          sb.append(i == 0 ? "" : ", ").append(r.get(i).label());
        }
        sb.append(')');
      }
    }
    XmrLimits l = segment.limitsOrNull();
    if (l != null) {
      int d = SpcFormat.decimals(l.averageMovingRange(), l.mean().stripTrailingZeros().scale());
      sb.append("; mean ").append(SpcFormat.format(l.mean(), d)).append(", limits ")
          .append(SpcFormat.format(l.lower(), d)).append(" to ").append(SpcFormat.format(l.upper(), d));
    }
    return sb.toString();
  }
}
