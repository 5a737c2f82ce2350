package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;


import org.scplan.core.internal.Text;

/**
 * A money figure as published: the printed number, the unit it was printed in, and the precision it
 * was printed at, which together say what interval of amounts it stands for.
 *
 * <p>"7,911.7" in a £'000 table is {@code ReportedAmount.of(new BigDecimal("7911.7"),
 * AmountUnit.THOUSANDS)} and stands for £7,911,650 to £7,911,750. "£414m" stands for £413.5m to
 * £414.5m, so a table totalling £417,018.0k does not agree with it, while "£42.336m" agrees with a
 * table total of 42,336.3 (£'000).
 *
 * <p>{@link #parse(CharSequence)} reads the forms councils print: {@code 42,336.3},
 * {@code -8,214.8}, {@code (8,214.8)}, {@code £42.336m}, {@code £4.3m}, {@code £130,000},
 * {@code £132k}, {@code 0.0}, {@code +£7m}. It refuses, with a message that says why, text that holds no figure
 * ({@code TBC}, {@code N/A}, {@code Placeholder}) and text that holds a figure with a qualifier,
 * such as {@code £7.8m (£4.1m adults)}: a value is one figure, so record {@code £7.8m} and keep the
 * qualifier as a note beside it.
 *
 * <p>{@link #toString()} prints the canonical form, {@code £7,911.7k}, {@code -£8,214.8k},
 * {@code £414m}, {@code £130,000}, which {@link #parse(CharSequence)} reads back to an equal value.
 * A precision coarser than the printed digits (a figure in pounds rounded to the nearest £1,000)
 * is kept in a note: {@code £130,000 (nearest £1,000)}.
 *
 * <p>Two reported amounts are equal when number, unit and precision are equal; {@code 7,911.7k}
 * and {@code £7.9117m} stand for the same interval but are not equal.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportedAmount implements ReportedFigure, Serializable {
  private static final long serialVersionUID = 1L;
  private static final String WHAT = "an amount";

  private final BigDecimal printed;
  private final AmountUnit unit;
  private final int decimals;

  private ReportedAmount(BigDecimal printed, AmountUnit unit, int decimals) {
    this.printed = printed;
    this.unit = unit;
    this.decimals = decimals;
  }

  /**
   * Obtains a figure printed in a unit, with the precision its digits show: {@code 7911.7} in
   * £'000 has one decimal place.
   *
   * @param printed the number as printed, its scale being the printed decimals
   * @param unit the unit it was printed in
   * @return the figure
   * @throws IllegalArgumentException as {@link #of(BigDecimal, AmountUnit, int)} does
   */
  public static ReportedAmount of(BigDecimal printed, AmountUnit unit) {
    requireNonNull(printed, "printed");
    requireNonNull(unit, "unit");
    return of(printed, unit, printed.scale());
  }

  /**
   * Obtains a figure printed in a unit at a stated precision.
   *
   * @param printed the number as printed
   * @param unit the unit it was printed in
   * @param decimals the printed decimal places; negative for a figure rounded to tens, hundreds
   *     or thousands of its unit (−3 for the nearest 1,000)
   * @return the figure
   * @throws IllegalArgumentException if the number has digits finer than the precision or more
   *     than 30 digits as printed, or the precision is finer than a trillionth of a pound or coarser
   *     than the nearest trillion pounds (decimals −12 to 12 in pounds, −9 to 15 in £'000, −6 to
   *     18 in £m), limits that keep every figure printable and readable back by {@link #parse}
   */
  public static ReportedAmount of(BigDecimal printed, AmountUnit unit, int decimals) {
    requireNonNull(printed, "printed");
    requireNonNull(unit, "unit");
    return new ReportedAmount(Precision.toScale(printed, decimals, minDecimals(unit), maxDecimals(unit),
        "an amount in " + unit.label()), unit, decimals);
  }

  /**
   * Obtains the figure that states an amount exactly to the penny, in pounds with two decimals.
   *
   * @param amount the amount
   * @return the figure, standing for the amount plus or minus half a penny
   */
  public static ReportedAmount of(Money amount) {
    requireNonNull(amount, "amount");
    return new ReportedAmount(amount.toPounds(), AmountUnit.POUNDS, 2);
  }

  /**
   * Reads a published money figure, taking a figure with no unit of its own ({@code 42,336.3}) to
   * be in pounds. See {@link #parse(CharSequence, AmountUnit)}.
   *
   * @param text the figure as printed
   * @return the figure
   * @throws ValueParseException if the text is not one money figure
   */
  public static ReportedAmount parse(CharSequence text) {
    return parse(text, AmountUnit.POUNDS);
  }

  /**
   * Reads a published money figure. A {@code k} or {@code m} after the number sets the unit
   * ({@code £132k}, {@code £42.336m}); a figure without one, such as a cell of a £'000 table
   * ({@code 42,336.3}, {@code (8,214.8)}), is in {@code unitIfUnmarked}, even with a £ sign
   * ({@code £130,000} read in £'000 is £130m). A {@code bn} figure is
   * restated in £m ({@code £1.2bn} is 1,200 £m to the nearest 100). Brackets and a minus sign mark
   * a negative; a leading plus, as on a variance ({@code +£7m}), changes nothing; thousands
   * separators must group three digits.
   *
   * @param text the figure as printed
   * @param unitIfUnmarked the unit of a figure that carries no unit suffix
   * @return the figure
   * @throws ValueParseException if the text is not one money figure; the message says why
   */
  public static ReportedAmount parse(CharSequence text, AmountUnit unitIfUnmarked) {
    requireNonNull(text, "text");
    requireNonNull(unitIfUnmarked, "unitIfUnmarked");
    String[] parts = Precision.splitNearest(text);
    Numerals.Numeral n = Numerals.parse(parts[0], WHAT);
    AmountUnit unit = switch (n.suffix()) {
      case NONE -> unitIfUnmarked;
      case THOUSANDS -> AmountUnit.THOUSANDS;
      case MILLIONS, BILLIONS -> AmountUnit.MILLIONS;
    };
    // A bn figure is restated in £m: £1.2bn is 1,200 £m to the nearest 100.
    int shift = n.suffix() == Numerals.Suffix.NONE ? 0 : n.suffix().exponent() - unit.exponent();
    BigDecimal printed = n.value().movePointRight(shift);
    int decimals = n.value().scale() - shift;
    if (parts[1] != null) {
      decimals = Precision.notedDecimals(parts[1], unit.exponent(), decimals, WHAT, text);
    }
    return new ReportedAmount(Precision.toScaleOrRefuse(printed, decimals, minDecimals(unit), maxDecimals(unit),
        "from a trillionth of a pound to the nearest trillion pounds", WHAT, text), unit, decimals);
  }

  private static int minDecimals(AmountUnit unit) {
    return Precision.MIN_DECIMALS + unit.exponent();
  }

  private static int maxDecimals(AmountUnit unit) {
    return Precision.MAX_DECIMALS + unit.exponent();
  }

  /**
   * Returns the number as printed, in {@link #unit()}: {@code 7911.7} for "7,911.7" in £'000.
   *
   * @return the printed number, with scale {@code max(decimals, 0)}
   */
  public BigDecimal printed() {
    return printed;
  }

  /**
   * Returns the unit the figure was printed in.
   *
   * @return the unit
   */
  public AmountUnit unit() {
    return unit;
  }

  /**
   * Returns the printed decimal places; negative for a figure rounded to tens, hundreds or
   * thousands of its unit.
   *
   * @return the precision as decimals
   */
  @Override
  public int decimals() {
    return decimals;
  }

  /**
   * Returns the amount in pounds, exactly as printed: {@code 7911700} for "7,911.7" in £'000.
   *
   * @return the value in pounds
   */
  @Override
  public BigDecimal value() {
    return unit.toPounds(printed);
  }

  /**
   * Returns the interval of amounts in pounds that round to this figure: "7,911.7" in £'000 gives
   * {@code [7,911,650, 7,911,750]}; "£414m" gives {@code [413,500,000, 414,500,000]}.
   *
   * @return the interval in pounds
   */
  @Override
  public Interval interval() {
    return Interval.around(value(), halfWidth());
  }

  /** The half widths in pounds, by unit and printed decimals, made when first asked for and shared. */
  private static final BigDecimal[][] HALF_WIDTHS =
      new BigDecimal[AmountUnit.values().length][2 * Precision.MAX_DECIMALS + 25];

  /**
   * Returns half a unit in the last printed place, in pounds: {@code 50} for "7,911.7" in £'000,
   * {@code 500,000} for "£414m".
   *
   * @return the half width in pounds
   */
  @Override
  public BigDecimal halfWidth() {
    BigDecimal[] byDecimals = HALF_WIDTHS[unit.ordinal()];
    int i = decimals + Precision.MAX_DECIMALS + 12;
    if (i < 0 || i >= byDecimals.length) {
      return unit.toPounds(Precision.halfStep(decimals));
    }
    BigDecimal half = byDecimals[i];
    if (half == null) {
      half = unit.toPounds(Precision.halfStep(decimals));
      byDecimals[i] = half; // a benign race: every thread computes the same immutable value
    }
    return half;
  }

  /**
   * Returns the amount as {@link Money}, if the printed figure is exact to the penny.
   *
   * @return the amount
   * @throws ArithmeticException if the figure has a fraction of a penny
   */
  public Money toMoney() {
    return Money.of(value());
  }

  /**
   * Returns the amount as {@link Money}, rounding a fraction of a penny as told.
   *
   * @param rounding how to round
   * @return the amount
   */
  public Money toMoney(RoundingMode rounding) {
    return Money.of(value(), rounding);
  }

  /**
   * Returns the same figure restated in another unit, standing for exactly the same interval:
   * "7,911.7" in £'000 becomes "7.9117" in £m.
   *
   * @param other the unit to restate in
   * @return the restated figure, or this if the unit is the same
   */
  public ReportedAmount in(AmountUnit other) {
    requireNonNull(other, "other");
    if (other == unit) {
      return this;
    }
    int shift = unit.exponent() - other.exponent();
    return of(printed.movePointRight(shift), other, decimals - shift);
  }

  /**
   * Returns a copy of this figure with its sign reversed (income printed positive, say, restated
   * as negative).
   *
   * @return the negated figure
   */
  public ReportedAmount negated() {
    return new ReportedAmount(printed.negate(), unit, decimals);
  }

  /**
   * Checks whether another object is the same figure: equal number, unit and precision.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof ReportedAmount o
        && o.unit == unit && o.decimals == decimals && o.printed.compareTo(printed) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (printed.hashCode() * 31 + unit.hashCode()) * 31 + decimals;
  }

  /**
   * Returns the canonical text: {@code £7,911.7k}, {@code -£8,214.8k}, {@code £42.336m},
   * {@code £130,000}, or {@code £130,000 (nearest £1,000)} for a coarser precision.
   *
   * @return the figure as text, read back by {@link #parse(CharSequence)}
   */
  @Override
  public String toString() {
    String sign = printed.signum() < 0 ? "-" : "";
    return sign + "£" + Text.grouped(printed.abs()) + unit.suffix()
        + Precision.nearestNote(decimals, "£", unit.suffix());
  }
}
