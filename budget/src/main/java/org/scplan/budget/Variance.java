package org.scplan.budget;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import org.scplan.core.Money;
import org.scplan.core.ReportedAmount;

/**
 * A budget against its forecast outturn: the variance in pounds and as a percentage of the budget,
 * and whether it is an overspend or an underspend.
 *
 * <p>Figures are net spend, income negative, so a forecast above the budget is an overspend
 * whatever the line: more spending or less income. The Kent ASCH plan 2018-19 reports the directorate's variance at
 * quarter 1 as "+£7m", an overspend.
 *
 * <pre>{@code
 * Variance v = Variance.of(Money.ofPounds(414_000_000), Money.ofPounds(421_000_000));
 * v.amount()      // £7,000,000.00
 * v.percent()     // Optional[1.7]
 * v.direction()   // OVERSPEND
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Variance {

  /** Which way a forecast departs from its budget. */
  public enum Direction {
    /** The forecast is above the budget. */
    OVERSPEND,
    /** The forecast is below the budget. */
    UNDERSPEND,
    /** The forecast equals the budget. */
    ON_BUDGET
  }

  private final Money budget;
  private final Money forecast;

  private Variance(Money budget, Money forecast) {
    this.budget = budget;
    this.forecast = forecast;
  }

  /**
   * Obtains the variance of a forecast against a budget.
   *
   * @param budget the budget
   * @param forecast the forecast outturn
   * @return the variance
   */
  public static Variance of(Money budget, Money forecast) {
    return new Variance(requireNonNull(budget, "budget"), requireNonNull(forecast, "forecast"));
  }

  /**
   * Obtains the variance of a published forecast against a published budget, each taken at its
   * printed value (a figure finer than a penny rounded half-even).
   *
   * @param budget the budget as printed
   * @param forecast the forecast outturn as printed
   * @return the variance
   */
  public static Variance of(ReportedAmount budget, ReportedAmount forecast) {
    requireNonNull(budget, "budget");
    requireNonNull(forecast, "forecast");
    return of(budget.toMoney(RoundingMode.HALF_EVEN), forecast.toMoney(RoundingMode.HALF_EVEN));
  }

  /**
   * Returns the budget.
   *
   * @return the budget
   */
  public Money budget() {
    return budget;
  }

  /**
   * Returns the forecast outturn.
   *
   * @return the forecast
   */
  public Money forecast() {
    return forecast;
  }

  /**
   * Returns the variance, forecast less budget: positive for an overspend.
   *
   * @return the variance in pounds
   */
  public Money amount() {
    return forecast.minus(budget);
  }

  /**
   * Returns the variance as a percentage of the budget, to one decimal place, rounded half up.
   *
   * @return the percentage, or empty when the budget is zero
   */
  public Optional<BigDecimal> percent() {
    return percent(1, RoundingMode.HALF_UP);
  }

  /**
   * Returns the variance as a percentage of the budget's magnitude, rounded as told.
   *
   * @param decimals the decimal places of the percentage
   * @param rounding how to round it
   * @return the percentage, positive for an overspend, or empty when the budget is zero
   */
  public Optional<BigDecimal> percent(int decimals, RoundingMode rounding) {
    requireNonNull(rounding, "rounding");
    if (budget.isZero()) {
      return Optional.empty();
    }
    return Optional.of(amount().toPounds().multiply(BigDecimal.valueOf(100))
        .divide(budget.toPounds().abs(), decimals, rounding));
  }

  /**
   * Returns which way the forecast departs from the budget.
   *
   * @return overspend, underspend or on budget
   */
  public Direction direction() {
    int sign = forecast.compareTo(budget);
    return sign > 0 ? Direction.OVERSPEND : sign < 0 ? Direction.UNDERSPEND : Direction.ON_BUDGET;
  }

  /**
   * Returns the variance of the two lines together: budgets added, forecasts added.
   *
   * @param other the other variance
   * @return the combined variance
   */
  public Variance plus(Variance other) {
    requireNonNull(other, "other");
    return new Variance(budget.plus(other.budget), forecast.plus(other.forecast));
  }

  /**
   * Checks whether another object is a variance of the same budget and forecast.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Variance o && o.budget.equals(budget) && o.forecast.equals(forecast);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return budget.hashCode() * 31 + forecast.hashCode();
  }

  /**
   * Returns the variance as text: {@code overspend £7,000,000.00 (+1.7%): budget £414,000,000.00,
   * forecast £421,000,000.00}.
   *
   * @return the variance as text
   */
  @Override
  public String toString() {
    String pct = percent().map(p -> " (" + (p.signum() > 0 ? "+" : "") + p.toPlainString() + "%)").orElse("");
    return direction().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
        + amount().abs() + pct + ": budget " + budget + ", forecast " + forecast;
  }
}
