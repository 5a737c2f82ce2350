package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.scplan.core.internal.Text;

/**
 * Figures as councils print them, one capability for every module: the formatter
 * ({@link #grouped}), the words that stand where a figure would be ({@link #isPlaceholder},
 * {@link #isNil}), and the scaling of a figure to a column's precision ({@link #scale}) that the
 * budget builder, the JSON reader and the table reader share. The grammar of a figure is
 * {@link ReportedAmount#parse} and {@link ReportedNumber#parse}.
 */
public final class PrintedFigures {
  private PrintedFigures() {}

  /**
   * Prints a decimal with comma thousands separators, keeping its decimal places exactly:
   * {@code 7911.70} prints {@code 7,911.70}; a negative scale prints the whole number
   * ({@code 1.3E+5} prints {@code 130,000}).
   *
   * @param value the decimal
   * @return the text
   */
  public static String grouped(BigDecimal value) {
    return Text.grouped(requireNonNull(value, "value"));
  }

  /**
   * Tells whether text is a word that stands where a figure would be but says there is none yet:
   * {@code TBC}, {@code n/a}, {@code placeholder}, {@code not known} (ignoring case and the ends'
   * spaces). A dash is nil, not a placeholder ({@link #isNil}).
   *
   * @param text the text
   * @return true if it is such a word
   */
  public static boolean isPlaceholder(String text) {
    Numerals.Placeholder p = Numerals.Placeholder.match(text.strip());
    return p != null && p != Numerals.Placeholder.NIL;
  }

  /**
   * Tells whether text prints nil: a dash ({@code -}, {@code –}, {@code —}, {@code −}, {@code --})
   * or {@code nil}.
   *
   * @param text the text
   * @return true if it is nil
   */
  public static boolean isNil(String text) {
    return Numerals.Placeholder.match(text.strip()) == Numerals.Placeholder.NIL;
  }

  /**
   * Returns every spelling of the placeholder words and of nil, in lower case.
   *
   * @return the spellings
   */
  public static Set<String> placeholderSpellings() {
    List<String> all = new ArrayList<>();
    for (Numerals.Placeholder p : Numerals.Placeholder.values()) {
      all.addAll(p.spellings());
    }
    return Set.copyOf(all);
  }

  /** What scaling a figure to a precision gave. */
  public enum Scaling {
    /** The figure is a whole number of units of the precision, within the limit. */
    EXACT,
    /** The figure has digits finer than the precision. */
    FINER_THAN_PRECISION,
    /** The figure, at the precision, is beyond the limit. */
    TOO_LARGE
  }

  /**
   * A figure scaled to a precision: its value in units of the last printed place ({@code 7,911.7}
   * at one decimal is {@code 79117}) when {@link #scaling()} is {@link Scaling#EXACT}.
   *
   * @param scaling what scaling gave
   * @param units the value in units of the last place; 0 unless exact
   */
  public record Scaled(Scaling scaling, long units) {}

  /**
   * Scales a figure to a precision, as a budget column stores it: {@code 7,911.7} at one decimal is
   * {@code 79117} units; at −3 decimals {@code 130,000} is {@code 130}.
   *
   * @param value the figure
   * @param decimals the precision's decimals (negative for tens, hundreds, thousands)
   * @param limit the largest magnitude in units allowed
   * @return the scaled figure, or why it cannot be scaled
   */
  public static Scaled scale(BigDecimal value, int decimals, long limit) {
    requireNonNull(value, "value");
    if (value.precision() - value.scale() - Math.max(0, -decimals) > 19) {
      return new Scaled(Scaling.TOO_LARGE, 0);
    }
    BigInteger units;
    try {
      units = value.movePointRight(decimals).toBigIntegerExact();
    } catch (ArithmeticException e) {
      return new Scaled(Scaling.FINER_THAN_PRECISION, 0);
    }
    if (units.bitLength() >= 63 || Math.abs(units.longValue()) > limit) {
      return new Scaled(Scaling.TOO_LARGE, 0);
    }
    return new Scaled(Scaling.EXACT, units.longValue());
  }
}
