package org.scplan.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scplan.core.internal.Text;

/**
 * Printed precision: half a unit in the last place, and the {@code (nearest 1,000)} note that
 * records a precision coarser than the printed digits. Not API.
 */
final class Precision {
  /** Coarsest and finest precision accepted, as decimals. */
  public static final int MIN_DECIMALS = -12;

  /** Finest precision accepted, as decimals. */
  public static final int MAX_DECIMALS = 12;

  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final Pattern NEAREST = Pattern.compile("\\s*\\(\\s*nearest\\s+([^)]*)\\)\\s*$",
      Pattern.CASE_INSENSITIVE);

  private Precision() {}

  /** Half a unit in the last place of a figure printed with {@code decimals} places. */
  public static BigDecimal halfStep(int decimals) {
    return HALF.movePointLeft(decimals);
  }

  /** Checks the decimals are in range, or throws IllegalArgumentException. */
  public static int checkDecimals(int decimals) {
    if (decimals < MIN_DECIMALS || decimals > MAX_DECIMALS) {
      throw new IllegalArgumentException("Invalid precision (valid decimals " + MIN_DECIMALS + " to "
          + MAX_DECIMALS + "): " + decimals);
    }
    return decimals;
  }

  /**
   * Brings a printed value to the scale its decimals imply: {@code max(decimals, 0)}.
   *
   * @throws IllegalArgumentException if the value has digits finer than the precision
   */
  public static BigDecimal toScale(BigDecimal printed, int decimals) {
    checkDecimals(decimals);
    try {
      if (decimals >= 0) {
        return printed.setScale(decimals);
      }
      BigDecimal whole = printed.setScale(0);
      BigDecimal step = BigDecimal.ONE.movePointLeft(decimals);
      if (whole.remainder(step).signum() != 0) {
        throw new ArithmeticException();
      }
      return whole;
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("Figure " + printed.toPlainString()
          + " has digits finer than its precision of " + decimals + " decimal places");
    }
  }

  /** The {@code " (nearest 1,000)"} note for a negative precision, or empty. */
  public static String nearestNote(int decimals, String prefix, String suffix) {
    if (decimals >= 0) {
      return "";
    }
    return " (nearest " + prefix + Text.grouped(new BigDecimal(BigInteger.TEN.pow(-decimals))) + suffix + ")";
  }

  /**
   * Splits a trailing {@code (nearest …)} note from text.
   *
   * @return {@code [figureText, stepText]}; {@code stepText} is null when there is no note
   */
  public static String[] splitNearest(CharSequence text) {
    Matcher m = NEAREST.matcher(text);
    if (m.find()) {
      return new String[] {text.subSequence(0, m.start()).toString(), m.group(1)};
    }
    return new String[] {text.toString(), null};
  }

  /**
   * Reads the step of a {@code (nearest …)} note as decimals: {@code 1,000} gives −3.
   *
   * @param step the step, already in the figure's unit
   * @param what what is being read, for messages
   * @param text the whole text, for messages
   */
  public static int decimalsOfStep(BigDecimal step, String what, CharSequence text) {
    BigDecimal s = step.stripTrailingZeros();
    if (s.signum() <= 0 || s.unscaledValue().compareTo(BigInteger.ONE) != 0 || s.scale() >= 0) {
      throw new ValueParseException(what, text, -1,
          "a precision note naming a power of ten of at least 10, such as (nearest 1,000)");
    }
    return s.scale();
  }
}
