package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.math.BigDecimal;


import org.scplan.core.internal.Text;

/**
 * A figure that is not money, as published: full-time equivalent staff ("2,319.2"), a headcount
 * ("3,176"), a count of clients ("11,548"), rounded to the precision it was printed at.
 *
 * <p>"2,319.2" stands for 2,319.15 to 2,319.25, which is why a staffing table's note that "total
 * FTEs may include rounding errors" needs no tolerance: its parts and total are compared as
 * intervals.
 *
 * <p>{@link #parse(CharSequence)} reads {@code 2,319.2}, {@code 362.34}, {@code -4.8},
 * {@code (3)}; {@link #toString()} prints the canonical form ({@code 2,319.2}, or {@code 130,000
 * (nearest 1,000)} for a coarser precision) which {@code parse} reads back to an equal value.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportedNumber implements ReportedFigure, Serializable {
  private static final long serialVersionUID = 1L;
  private static final String WHAT = "a number";

  private final BigDecimal printed;
  private final int decimals;

  private ReportedNumber(BigDecimal printed, int decimals) {
    this.printed = printed;
    this.decimals = decimals;
  }

  /**
   * Obtains a figure with the precision its digits show: {@code 2319.2} has one decimal place.
   *
   * @param printed the number as printed
   * @return the figure
   * @throws IllegalArgumentException as {@link #of(BigDecimal, int)} does
   */
  public static ReportedNumber of(BigDecimal printed) {
    requireNonNull(printed, "printed");
    return of(printed, printed.scale());
  }

  /**
   * Obtains a figure with the precision its digits show.
   *
   * @param printed the number as printed, such as {@code "2319.2"}
   * @return the figure
   * @throws NumberFormatException if the text is not a plain decimal
   * @throws IllegalArgumentException as {@link #of(BigDecimal, int)} does
   */
  public static ReportedNumber of(String printed) {
    requireNonNull(printed, "printed");
    return of(new BigDecimal(printed));
  }

  /**
   * Obtains a figure at a stated precision.
   *
   * @param printed the number as printed
   * @param decimals the printed decimal places; negative for a figure rounded to tens, hundreds or
   *     thousands
   * @return the figure
   * @throws IllegalArgumentException if the number has digits finer than the precision or more
   *     than 30 digits as printed, or the precision is outside −12 to 12
   */
  public static ReportedNumber of(BigDecimal printed, int decimals) {
    requireNonNull(printed, "printed");
    return new ReportedNumber(Precision.toScale(printed, decimals, Precision.MIN_DECIMALS,
        Precision.MAX_DECIMALS, "a number"), decimals);
  }

  /**
   * Reads a published figure: {@code 2,319.2}, {@code -4.8}, {@code (3)}, optionally followed by a
   * precision note such as {@code (nearest 1,000)}.
   *
   * @param text the figure as printed
   * @return the figure
   * @throws ValueParseException if the text is not one number; the message says why
   */
  public static ReportedNumber parse(CharSequence text) {
    requireNonNull(text, "text");
    String[] parts = Precision.splitNearest(text);
    Numerals.Numeral n = Numerals.parse(parts[0], WHAT);
    if (n.currency() || n.suffix() != Numerals.Suffix.NONE) {
      throw new ValueParseException(WHAT, text, -1,
          "a plain number, without £ or a k/m suffix; use ReportedAmount for money");
    }
    int decimals = n.value().scale();
    if (parts[1] != null) {
      decimals = Precision.notedDecimals(parts[1], 0, decimals, WHAT, text);
    }
    return new ReportedNumber(Precision.toScaleOrRefuse(n.value(), decimals, Precision.MIN_DECIMALS,
        Precision.MAX_DECIMALS, "from 12 decimal places to the nearest trillion", WHAT, text), decimals);
  }

  /**
   * Returns the number as printed.
   *
   * @return the value, with scale {@code max(decimals, 0)}
   */
  @Override
  public BigDecimal value() {
    return printed;
  }

  /**
   * Returns the printed decimal places; negative for a figure rounded to tens, hundreds or
   * thousands.
   *
   * @return the precision as decimals
   */
  @Override
  public int decimals() {
    return decimals;
  }

  /**
   * Returns the interval of values that round to this figure: "2,319.2" gives
   * {@code [2,319.15, 2,319.25]}.
   *
   * @return the interval
   */
  @Override
  public Interval interval() {
    return Interval.around(printed, halfWidth());
  }

  /**
   * Returns half a unit in the last printed place: {@code 0.05} for "2,319.2".
   *
   * @return the half width
   */
  @Override
  public BigDecimal halfWidth() {
    return Precision.halfStep(decimals);
  }

  /**
   * Checks whether another object is the same figure: equal number and precision.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof ReportedNumber o && o.decimals == decimals && o.printed.compareTo(printed) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return printed.hashCode() * 31 + decimals;
  }

  /**
   * Returns the canonical text: {@code 2,319.2}, {@code -4.8}, or {@code 130,000 (nearest 1,000)}.
   *
   * @return the figure as text, read back by {@link #parse(CharSequence)}
   */
  @Override
  public String toString() {
    return Text.grouped(printed) + Precision.nearestNote(decimals, "", "");
  }
}
