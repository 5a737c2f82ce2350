package org.scplan.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.scplan.budget.internal.Figures;
import org.scplan.core.AmountUnit;
import org.scplan.core.Finding;
import org.scplan.core.Interval;
import org.scplan.core.Location;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ValidationReport;

/**
 * A budget variance as a monitoring report publishes it: the period it is for and the variance,
 * overspend positive, and, where the report prints them, the budget and forecast outturn it comes
 * from.
 *
 * <p>The Kent ASCH plan 2018-19, section B: "Reported variances in Quarter 1, Quarter 2, and Quarter 3 budget
 * positions were +£7m, £1.5m and £0.1m respectively." Such a variance is a figure to record, not
 * one to check. When the budget and forecast are printed beside it, {@link #validate()} holds the
 * variance against forecast less budget, deciding with the intervals of the three printed figures
 * as a budget table's relations are decided.
 *
 * <pre>{@code
 * ReportedVariance.of("Quarter 1", ReportedAmount.parse("+£7m"))      // Quarter 1: £7m overspend
 * ReportedVariance.of("Quarter 2", ReportedAmount.parse("£414m"), ReportedAmount.parse("£415.5m"),
 *     ReportedAmount.parse("£1.5m")).validate()                       // no findings
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. For a variance computed from a table's lines, see
 * {@link Variance} and {@link VarianceReport}.
 */
public final class ReportedVariance {
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private final String period;
  private final ReportedAmount variance;
  private final ReportedAmount budget;
  private final ReportedAmount forecast;

  private ReportedVariance(String period, ReportedAmount variance, ReportedAmount budget,
      ReportedAmount forecast) {
    this.period = period;
    this.variance = variance;
    this.budget = budget;
    this.forecast = forecast;
  }

  /**
   * Obtains a variance published on its own.
   *
   * @param period the period it is for, as published: {@code Quarter 1}
   * @param variance the variance, overspend positive: {@code +£7m}
   * @return the variance
   */
  public static ReportedVariance of(String period, ReportedAmount variance) {
    return new ReportedVariance(checkPeriod(period), requireNonNull(variance, "variance"), null, null);
  }

  /**
   * Obtains a variance published with the budget and forecast outturn it comes from.
   *
   * @param period the period it is for, as published: {@code Quarter 2}
   * @param budget the budget
   * @param forecast the forecast outturn
   * @param variance the variance as printed, overspend positive
   * @return the variance
   */
  public static ReportedVariance of(String period, ReportedAmount budget, ReportedAmount forecast,
      ReportedAmount variance) {
    return new ReportedVariance(checkPeriod(period), requireNonNull(variance, "variance"),
        requireNonNull(budget, "budget"), requireNonNull(forecast, "forecast"));
  }

  private static String checkPeriod(String period) {
    requireNonNull(period, "period");
    checkArgument(!period.isBlank(), "A reported variance needs the period it is for");
    return period.strip();
  }

  /**
   * Returns the period the variance is for, as published.
   *
   * @return the period
   */
  public String period() {
    return period;
  }

  /**
   * Returns the variance as printed, overspend positive.
   *
   * @return the variance
   */
  public ReportedAmount variance() {
    return variance;
  }

  /**
   * Returns the budget, where the report prints it.
   *
   * @return the budget, or empty
   */
  public Optional<ReportedAmount> budget() {
    return Optional.ofNullable(budget);
  }

  /**
   * Returns the forecast outturn, where the report prints it.
   *
   * @return the forecast, or empty
   */
  public Optional<ReportedAmount> forecast() {
    return Optional.ofNullable(forecast);
  }

  /**
   * Returns which way the variance goes, by the sign it is printed with.
   *
   * @return overspend for a positive variance, underspend for a negative one, on budget for zero
   */
  public Variance.Direction direction() {
    int sign = variance.printed().signum();
    return sign > 0 ? Variance.Direction.OVERSPEND
        : sign < 0 ? Variance.Direction.UNDERSPEND : Variance.Direction.ON_BUDGET;
  }

  /**
   * Checks the variance against forecast less budget, where both are printed: an ERROR
   * {@code budget.variance.mismatch} when rounding cannot explain the difference, an INFO
   * {@code budget.variance.within-rounding} when it can.
   *
   * @return the findings; empty for a variance published on its own
   */
  public ValidationReport validate() {
    return validate(Location.of(period));
  }

  ValidationReport validate(Location at) {
    if (budget == null) {
      return ValidationReport.empty();
    }
    AmountUnit unit = variance.unit();
    BigDecimal computed = forecast.in(unit).printed().subtract(budget.in(unit).printed());
    if (computed.compareTo(variance.printed()) == 0) {
      return ValidationReport.empty();
    }
    Interval computedInterval = forecast.interval().minus(budget.interval());
    Interval printedInterval = variance.interval();
    String expected = Figures.withInterval(computed, half(computedInterval, unit), true, unit);
    String actual = Figures.withInterval(variance.printed(), half(printedInterval, unit), true, unit);
    String words = period + ": forecast " + forecast + " less budget " + budget + " is " + expected
        + ", but the variance is printed as " + actual;
    if (computedInterval.overlaps(printedInterval)) {
      return ValidationReport.of(Finding.info(BudgetRules.VARIANCE_WITHIN_ROUNDING, at,
          words + "; rounding explains the difference").withValues(expected, actual));
    }
    BigDecimal gap = unit.fromPounds(computedInterval.gapTo(printedInterval));
    return ValidationReport.of(Finding.error(BudgetRules.VARIANCE_MISMATCH, at,
        words + "; rounding leaves " + Figures.format(Figures.trim(gap), true, unit) + " unexplained")
        .withValues(expected, actual));
  }

  private static BigDecimal half(Interval interval, AmountUnit unit) {
    return unit.fromPounds(interval.width().multiply(HALF));
  }

  /**
   * Checks whether another object is the same variance: period and figures.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof ReportedVariance o && o.period.equals(period) && o.variance.equals(variance)
        && Objects.equals(o.budget, budget) && Objects.equals(o.forecast, forecast);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(period, variance, budget, forecast);
  }

  /**
   * Returns the variance as text: {@code Quarter 1: £7m overspend}, or with its figures
   * {@code Quarter 2: budget £414m, forecast £415.5m, variance £1.5m overspend}.
   *
   * @return the variance as text
   */
  @Override
  public String toString() {
    String figures = budget == null ? variance.toString()
        : "budget " + budget + ", forecast " + forecast + ", variance " + variance;
    return period + ": " + figures + " " + direction().toString().toLowerCase(java.util.Locale.ROOT)
        .replace('_', ' ');
  }
}
