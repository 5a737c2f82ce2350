package org.scplan.performance.spc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import org.scplan.core.ReportingPeriod;

/**
 * One point of a series an {@link XmrChart} is drawn from: the period it reports (a
 * {@link ReportingPeriod}, or a plain label such as {@code Wk 14}) and its value, or, when there is
 * none, the reason why.
 *
 * <p>A missing value is explicit: {@code XmrObservation.missing(CalendarMonth.of(2016, 6), "not
 * submitted")}. It takes no part in the mean, the moving ranges or any run, and the chart reports
 * it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class XmrObservation {
  private final String label;
  private final ReportingPeriod period;
  private final BigDecimal value;
  private final String missingReason;

  private XmrObservation(String label, ReportingPeriod period, BigDecimal value, String missingReason) {
    this.label = label;
    this.period = period;
    this.value = value;
    this.missingReason = missingReason;
  }

  /**
   * Obtains an observation of a period.
   *
   * @param period the period, whose text becomes the label ({@code April 2016})
   * @param value the value
   * @return the observation
   */
  public static XmrObservation of(ReportingPeriod period, BigDecimal value) {
    requireNonNull(period, "period");
    return new XmrObservation(period.toString(), period, requireNonNull(value, "value"), null);
  }

  /**
   * Obtains an observation of a period from a value typed as a number: {@code 0.9004} is read as
   * the decimal 0.9004 (its shortest decimal form), never as the binary fraction near it, and
   * {@code 95} as 95.
   *
   * @param period the period
   * @param value the value, finite
   * @return the observation
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public static XmrObservation of(ReportingPeriod period, double value) {
    return of(period, decimal(value));
  }

  /**
   * Obtains an observation with a plain label.
   *
   * @param label the label, not blank: {@code Wk 14}
   * @param value the value
   * @return the observation
   */
  public static XmrObservation of(String label, BigDecimal value) {
    return new XmrObservation(label(label), null, requireNonNull(value, "value"), null);
  }

  /**
   * Obtains an observation with a plain label from a value typed as a number.
   *
   * @param label the label, not blank
   * @param value the value, finite
   * @return the observation
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public static XmrObservation of(String label, double value) {
    return of(label, decimal(value));
  }

  /**
   * Obtains a period with no value.
   *
   * @param period the period
   * @param reason why there is no value, in plain words: {@code not submitted}
   * @return the observation
   */
  public static XmrObservation missing(ReportingPeriod period, String reason) {
    requireNonNull(period, "period");
    return new XmrObservation(period.toString(), period, null, reason(reason));
  }

  /**
   * Obtains a point with a plain label and no value.
   *
   * @param label the label, not blank
   * @param reason why there is no value, in plain words
   * @return the observation
   */
  public static XmrObservation missing(String label, String reason) {
    return new XmrObservation(label(label), null, null, reason(reason));
  }

  static BigDecimal decimal(double value) {
    checkArgument(Double.isFinite(value), "Invalid value (a finite number): %s", value);
    BigDecimal d = BigDecimal.valueOf(value);
    // a whole number typed as 95 prints as 95.0 in Java; read it as the 95 typed
    return d.scale() == 1 && d.unscaledValue().mod(BigInteger.TEN).signum() == 0 ? d.setScale(0) : d;
  }

  private static String label(String label) {
    requireNonNull(label, "label");
    checkArgument(!label.isBlank(), "A point's label is blank");
    return label.strip();
  }

  private static String reason(String reason) {
    requireNonNull(reason, "reason");
    checkArgument(!reason.isBlank(), "A reason for a missing value is required");
    return reason.strip();
  }

  /**
   * Returns the point's label: the period's text, or the plain label given.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns the period, when the point was made from one.
   *
   * @return the period
   */
  public Optional<ReportingPeriod> period() {
    return Optional.ofNullable(period);
  }

  /**
   * Returns the value.
   *
   * @return the value, or empty if missing
   */
  public Optional<BigDecimal> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns why there is no value.
   *
   * @return the reason, or empty if there is a value
   */
  public Optional<String> missingReason() {
    return Optional.ofNullable(missingReason);
  }

  /**
   * Checks whether the value is missing.
   *
   * @return true if there is no value
   */
  public boolean isMissing() {
    return value == null;
  }

  /** Returns the value or null, for the engine's loops. */
  BigDecimal valueOrNull() {
    return value;
  }

  /** Returns the period or null, for the engine's loops. */
  ReportingPeriod periodOrNull() {
    return period;
  }

  /**
   * Returns a copy of this observation with another value (the same period or label).
   *
   * @param value the value
   * @return the observation with that value
   */
  public XmrObservation withValue(BigDecimal value) {
    return new XmrObservation(label, period, requireNonNull(value, "value"), null);
  }

  /**
   * Checks whether another object is an equal observation: the same label, period, value
   * (compared by value, so {@code 1.0} equals {@code 1.00}) and reason.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof XmrObservation o && o.label.equals(label) && Objects.equals(o.period, period)
        && (o.value == null ? value == null : value != null && o.value.compareTo(value) == 0)
        && Objects.equals(o.missingReason, missingReason);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(label, period, value == null ? null : value.stripTrailingZeros(), missingReason);
  }

  /**
   * Returns the observation as text: {@code April 2016: 0.9004} or
   * {@code June 2016: missing (not submitted)}.
   *
   * @return the observation as text
   */
  @Override
  public String toString() {
    return label + ": " + (value != null ? value.toPlainString() : "missing (" + missingReason + ")");
  }
}
