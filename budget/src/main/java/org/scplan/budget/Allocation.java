package org.scplan.budget;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.scplan.budget.internal.LargestRemainder;
import org.scplan.core.AmountUnit;
import org.scplan.core.Money;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedNumber;

/**
 * Spreads a published figure over lines by weights, at the figure's own printed precision, so that
 * the rounded parts add up exactly to the rounded total.
 *
 * <p>Rounding each share on its own makes totals drift: £100.0k over three equal lines is 33.3
 * three times, 99.9. The largest-remainder method gives each line its share rounded down, then
 * hands the units left over (tenths of £'000 here) one each to the lines with the largest
 * remainders, equal remainders in line order: 33.4, 33.3, 33.3.
 *
 * <pre>{@code
 * Allocation.spread(ReportedAmount.parse("100.0", AmountUnit.THOUSANDS), 1, 1, 1)
 *     // [£33.4k, £33.3k, £33.3k]
 * Allocation.spread(Money.of(new BigDecimal("1234567.89")), AmountUnit.THOUSANDS, 1,
 *     RoundingMode.HALF_UP, List.of(new BigDecimal("0.25"), new BigDecimal("0.75")))
 *     // the total rounds to £1,234.6k: [£308.7k, £925.9k]  (308.65 and 925.95, the tie to the first)
 * }</pre>
 *
 * <p>Weights are not negative and at least one is positive; a line with weight zero gets nothing. A
 * negative total is spread as its magnitude, each part negated.
 */
public final class Allocation {
  private Allocation() {}

  /**
   * Spreads a money figure over weights, at its unit and printed precision.
   *
   * @param total the figure to spread, such as {@code 100.0} in £'000
   * @param weights the weights, such as last year's spend per line
   * @return one part per weight, in the total's unit and precision, adding up exactly to it
   * @throws IllegalArgumentException if there are no weights, one is negative, or all are zero
   */
  public static List<ReportedAmount> spread(ReportedAmount total, List<BigDecimal> weights) {
    requireNonNull(total, "total");
    List<ReportedAmount> parts = new ArrayList<>();
    for (BigInteger part : split(total.printed(), total.decimals(), weights)) {
      parts.add(ReportedAmount.of(new BigDecimal(part, total.decimals()), total.unit(), total.decimals()));
    }
    return List.copyOf(parts);
  }

  /**
   * Spreads a money figure over whole-number weights, at its unit and printed precision.
   *
   * @param total the figure to spread
   * @param weights the weights
   * @return one part per weight, adding up exactly to the total
   * @throws IllegalArgumentException if there are no weights, one is negative, or all are zero
   */
  public static List<ReportedAmount> spread(ReportedAmount total, long... weights) {
    requireNonNull(weights, "weights");
    List<BigDecimal> w = new ArrayList<>(weights.length);
    for (long weight : weights) {
      w.add(BigDecimal.valueOf(weight));
    }
    return spread(total, w);
  }

  /**
   * Rounds an exact amount to a table's unit and precision, then spreads it over weights.
   *
   * @param amount the amount to spread
   * @param unit the table's unit, such as £'000
   * @param decimals the table's printed decimals, such as 1
   * @param rounding how to round the amount to the table's precision
   * @param weights the weights
   * @return one part per weight, adding up exactly to the rounded amount
   * @throws IllegalArgumentException if there are no weights, one is negative, or all are zero
   * @throws ArithmeticException if rounding is {@link RoundingMode#UNNECESSARY} but needed
   */
  public static List<ReportedAmount> spread(Money amount, AmountUnit unit, int decimals, RoundingMode rounding,
      List<BigDecimal> weights) {
    requireNonNull(amount, "amount");
    requireNonNull(unit, "unit");
    requireNonNull(rounding, "rounding");
    BigDecimal rounded = unit.fromPounds(amount.toPounds()).setScale(decimals, rounding);
    return spread(ReportedAmount.of(rounded, unit, decimals), weights);
  }

  /**
   * Spreads a plain figure, such as FTE, over weights at its printed precision.
   *
   * @param total the figure to spread, such as {@code 2,319.2} FTE
   * @param weights the weights
   * @return one part per weight, adding up exactly to the total
   * @throws IllegalArgumentException if there are no weights, one is negative, or all are zero
   */
  public static List<ReportedNumber> spread(ReportedNumber total, List<BigDecimal> weights) {
    requireNonNull(total, "total");
    List<ReportedNumber> parts = new ArrayList<>();
    for (BigInteger part : split(total.value(), total.decimals(), weights)) {
      parts.add(ReportedNumber.of(new BigDecimal(part, total.decimals()), total.decimals()));
    }
    return List.copyOf(parts);
  }

  private static BigInteger[] split(BigDecimal printed, int decimals, List<BigDecimal> weights) {
    requireNonNull(weights, "weights");
    int scale = 0;
    for (BigDecimal w : weights) {
      scale = Math.max(scale, requireNonNull(w, "weight").scale());
    }
    BigInteger[] w = new BigInteger[weights.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = weights.get(i).setScale(scale).unscaledValue();
    }
    return LargestRemainder.split(printed.movePointRight(decimals).toBigIntegerExact(), w);
  }
}
