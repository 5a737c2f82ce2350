package org.scplan.performance.spc;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scplan.core.ReportingPeriod;
import org.scplan.core.Polarity;

/**
 * The series an {@link XmrChart} is drawn from: its points in time order, the direction in which
 * the indicator improves, an optional target, and an optional name that findings are located by
 * (an indicator's reference, such as {@code NI 125}).
 *
 * <pre>{@code
 * XmrSeries s = XmrSeries.from(CalendarMonth.of(2016, 4), Polarity.HIGHER_IS_BETTER,
 *         0.9004, 0.9028, 0.9056, 0.9029)
 *     .withName("A&E 4-hour performance")
 *     .withTarget(0.95);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class XmrSeries {
  private final String name;
  private final Polarity direction;
  private final BigDecimal target;
  private final List<XmrObservation> observations;

  private XmrSeries(String name, Polarity direction, BigDecimal target, List<XmrObservation> observations) {
    this.name = name;
    this.direction = direction;
    this.target = target;
    this.observations = observations;
  }

  /**
   * Obtains a series of observations, in time order.
   *
   * @param direction which way the indicator improves
   * @param observations the points, earliest first
   * @return the series
   */
  public static XmrSeries of(Polarity direction, List<XmrObservation> observations) {
    requireNonNull(direction, "direction");
    return new XmrSeries("", direction, null, List.copyOf(observations));
  }

  /**
   * Obtains a series of observations, in time order.
   *
   * @param direction which way the indicator improves
   * @param observations the points, earliest first
   * @return the series
   */
  public static XmrSeries of(Polarity direction, XmrObservation... observations) {
    return of(direction, List.of(observations));
  }

  /**
   * Obtains a series of consecutive periods from the first, one value each: the quickest way to
   * type a series in JShell. Values are read as the decimals typed ({@code 0.9004}).
   *
   * @param first the period of the first value, such as {@code CalendarMonth.of(2016, 4)}
   * @param direction which way the indicator improves
   * @param values the values, finite
   * @return the series
   * @throws IllegalArgumentException if a value is NaN or infinite
   */
  public static XmrSeries from(ReportingPeriod first, Polarity direction, double... values) {
    requireNonNull(first, "first");
    requireNonNull(values, "values");
    List<XmrObservation> obs = new ArrayList<>(values.length);
    ReportingPeriod p = first;
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        p = p.next();
      }
      obs.add(XmrObservation.of(p, values[i]));
    }
    return of(direction, obs);
  }

  /**
   * Returns the series' name, used to locate findings: an indicator's reference or title.
   *
   * @return the name, empty if none was given
   */
  public String name() {
    return name;
  }

  /**
   * Returns which way the indicator improves.
   *
   * @return the direction
   */
  public Polarity direction() {
    return direction;
  }

  /**
   * Returns the target the assurance verdict is judged against.
   *
   * @return the target, or empty if none
   */
  public Optional<BigDecimal> target() {
    return Optional.ofNullable(target);
  }

  /**
   * Returns the points, earliest first.
   *
   * @return the observations
   */
  public List<XmrObservation> observations() {
    return observations;
  }

  /**
   * Returns the number of points, missing ones included.
   *
   * @return the size
   */
  public int size() {
    return observations.size();
  }

  /**
   * Returns a copy of this series with a name.
   *
   * @param name the name: {@code NI 125}
   * @return the series with that name
   */
  public XmrSeries withName(String name) {
    return new XmrSeries(requireNonNull(name, "name").strip(), direction, target, observations);
  }

  /**
   * Returns a copy of this series with a direction of improvement.
   *
   * @param direction the direction
   * @return the series with that direction
   */
  public XmrSeries withDirection(Polarity direction) {
    return new XmrSeries(name, requireNonNull(direction, "direction"), target, observations);
  }

  /**
   * Returns a copy of this series with a target.
   *
   * @param target the target
   * @return the series with that target
   */
  public XmrSeries withTarget(BigDecimal target) {
    return new XmrSeries(name, direction, requireNonNull(target, "target"), observations);
  }

  /**
   * Returns a copy of this series with a target typed as a number, read as the decimal typed.
   *
   * @param target the target, finite
   * @return the series with that target
   * @throws IllegalArgumentException if the target is NaN or infinite
   */
  public XmrSeries withTarget(double target) {
    return withTarget(XmrObservation.decimal(target));
  }

  /**
   * Returns a copy of this series with no target.
   *
   * @return the series without a target
   */
  public XmrSeries withoutTarget() {
    return target == null ? this : new XmrSeries(name, direction, null, observations);
  }

  /**
   * Returns a copy of this series with a point added at the end.
   *
   * @param observation the point
   * @return the longer series
   */
  public XmrSeries plus(XmrObservation observation) {
    requireNonNull(observation, "observation");
    List<XmrObservation> obs = new ArrayList<>(observations);
    obs.add(observation);
    return new XmrSeries(name, direction, target, List.copyOf(obs));
  }

  /**
   * Checks whether another object is an equal series.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof XmrSeries o && o.name.equals(name) && o.direction == direction
        && (o.target == null ? target == null : target != null && o.target.compareTo(target) == 0)
        && o.observations.equals(observations);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(name, direction, target == null ? null : target.stripTrailingZeros(), observations);
  }

  /**
   * Returns a short description: {@code A&E 4-hour performance: 36 points, April 2016 to March 2019,
   * higher is better, target 0.95}.
   *
   * @return the series as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (!name.isEmpty()) {
      sb.append(name).append(": ");
    }
    sb.append(observations.size()).append(observations.size() == 1 ? " point" : " points");
    if (!observations.isEmpty()) {
      sb.append(", ").append(observations.get(0).label());
      if (observations.size() > 1) {
        sb.append(" to ").append(observations.get(observations.size() - 1).label());
      }
    }
    sb.append(", ").append(direction.label());
    if (target != null) {
      sb.append(", target ").append(target.toPlainString());
    }
    return sb.toString();
  }
}
