package org.scplan.budget.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.scplan.core.AmountUnit;
import org.scplan.core.PrintedFigures;

/** Prints figures for findings and tables: {@code £7,911.7k}, {@code 2,319.2}. Not API. */
public final class Figures {
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private Figures() {}

  /** Half a unit in the last place of a figure printed with {@code decimals} places. */
  public static BigDecimal halfStep(int decimals) {
    return HALF.movePointLeft(decimals);
  }

  /** A decimal without trailing zeros, and without a negative scale: 0.20 is 0.2, 1E+2 is 100. */
  public static BigDecimal trim(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** The value of a scaled cell: {@code 79117} at one decimal is {@code 7911.7}. */
  public static BigDecimal unscale(long scaled, int decimals) {
    return BigDecimal.valueOf(scaled, decimals);
  }

  /**
   * Prints a value in a table's printed unit: a money figure as {@code £7,911.7k}, a number as
   * {@code 2,319.2}.
   */
  public static String format(BigDecimal value, boolean money, AmountUnit unit) {
    if (!money) {
      return PrintedFigures.grouped(value);
    }
    return (value.signum() < 0 ? "-£" : "£") + PrintedFigures.grouped(value.abs()) + unit.suffix();
  }

  /** Prints a value and the interval around it: {@code £7,911.7k [£7,911.65k, £7,911.75k]}. */
  public static String withInterval(BigDecimal value, BigDecimal half, boolean money, AmountUnit unit) {
    return format(value, money, unit) + " " + interval(value, half, money, unit);
  }

  /** Prints the interval {@code [value - half, value + half]}. */
  public static String interval(BigDecimal value, BigDecimal half, boolean money, AmountUnit unit) {
    return "[" + format(bound(value.subtract(half), value), money, unit) + ", "
        + format(bound(value.add(half), value), money, unit) + "]";
  }

  /** A bound without trailing zeros beyond the value's own decimals: 7,912.50 beside 7,912.7 is 7,912.5. */
  private static BigDecimal bound(BigDecimal bound, BigDecimal value) {
    BigDecimal stripped = bound.stripTrailingZeros();
    return stripped.scale() < value.scale() ? bound.setScale(Math.max(value.scale(), 0)) : stripped;
  }

  /** Prints a cell of a table as the table shows it, without unit: {@code -8,214.8}. */
  public static String cell(long scaled, int decimals) {
    return PrintedFigures.grouped(unscale(scaled, decimals));
  }

  /** A ratio to one decimal place, rounded half up, for a message. */
  public static String ratio(BigDecimal numerator, BigDecimal denominator) {
    return numerator.divide(denominator, 1, RoundingMode.HALF_UP).toPlainString();
  }
}
