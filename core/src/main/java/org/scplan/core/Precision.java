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
  /** Coarsest precision accepted, as decimals: the nearest trillion. */
  public static final int MIN_DECIMALS = -12;

  /** Finest precision accepted, as decimals: a trillionth. */
  public static final int MAX_DECIMALS = 12;

  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final String NOTE_EXPECTED =
      "a precision note naming a power of ten of at least 10, such as (nearest 1,000)";
  private static final Pattern NEAREST = Pattern.compile("\\s*\\(\\s*nearest\\s+([^)]*)\\)\\s*$",
      Pattern.CASE_INSENSITIVE);

  private Precision() {}

  /** The half steps of every precision a figure may have in any unit, made once and shared. */
  private static final BigDecimal[] HALF_STEPS = new BigDecimal[2 * (MAX_DECIMALS + 12) + 1];

  static {
    for (int i = 0; i < HALF_STEPS.length; i++) {
      HALF_STEPS[i] = HALF.movePointLeft(i - MAX_DECIMALS - 12);
    }
  }

  /**
   * Half a unit in the last place of a figure printed with {@code decimals} places. One instance is
   * shared for each precision, so a table of a million figures holds a few.
   */
  public static BigDecimal halfStep(int decimals) {
    int i = decimals + MAX_DECIMALS + 12;
    return i >= 0 && i < HALF_STEPS.length ? HALF_STEPS[i] : HALF.movePointLeft(decimals);
  }

  /** What can be wrong with a figure at a precision. */
  public enum Fault {
    /** The precision is outside the range allowed. */
    PRECISION_OUT_OF_RANGE,
    /** The figure has digits finer than its precision. */
    DIGITS_FINER_THAN_PRECISION,
    /** The figure, as printed, has more than {@link Numerals#MAX_DIGITS} digits and could not be read back. */
    TOO_MANY_DIGITS
  }

  /**
   * Finds what is wrong with a figure printed at a precision, if anything: a precision outside
   * {@code [minDecimals, maxDecimals]}, digits finer than the precision, or more digits than
   * {@link Numerals} reads back.
   *
   * @return the fault, or null if the figure is fine
   */
  public static Fault fault(BigDecimal printed, int decimals, int minDecimals, int maxDecimals) {
    if (decimals < minDecimals || decimals > maxDecimals) {
      return Fault.PRECISION_OUT_OF_RANGE;
    }
    if (printed.signum() != 0 && printed.precision() - printed.scale() > Numerals.MAX_DIGITS) {
      return Fault.TOO_MANY_DIGITS; // decided before scaling, which could make a huge number
    }
    BigDecimal scaled;
    try {
      scaled = scaled(printed, decimals);
    } catch (ArithmeticException e) {
      return Fault.DIGITS_FINER_THAN_PRECISION;
    }
    // As printed: the whole part (at least "0") and then max(decimals, 0) places.
    int wholeDigits = Math.max(scaled.precision() - scaled.scale(), 1); // its scale is never below 0
    return wholeDigits + Math.max(decimals, 0) > Numerals.MAX_DIGITS ? Fault.TOO_MANY_DIGITS : null;
  }

  /**
   * Brings a printed value to the scale its decimals imply, {@code max(decimals, 0)}, checking that
   * it is a figure {@link Numerals} can read back at a precision in {@code [minDecimals,
   * maxDecimals]}.
   *
   * @param what what the figure is, for messages: {@code "an amount in £'000"}
   * @throws IllegalArgumentException if the figure has a {@link Fault}
   */
  public static BigDecimal toScale(BigDecimal printed, int decimals, int minDecimals, int maxDecimals,
      String what) {
    Fault fault = fault(printed, decimals, minDecimals, maxDecimals);
    if (fault == null) {
      return scaled(printed, decimals);
    }
    throw new IllegalArgumentException(switch (fault) {
      case PRECISION_OUT_OF_RANGE -> "Invalid precision for " + what + " (valid decimals " + minDecimals
          + " to " + maxDecimals + "): " + decimals;
      case DIGITS_FINER_THAN_PRECISION -> "Figure " + printed
          + " has digits finer than its precision of " + decimals + " decimal places";
      case TOO_MANY_DIGITS -> "Figure " + Text.quote(printed.toString()) + " has more than "
          + Numerals.MAX_DIGITS + " digits";
    });
  }

  private static BigDecimal scaled(BigDecimal printed, int decimals) {
    if (decimals >= 0) {
      return printed.setScale(decimals);
    }
    BigDecimal whole = printed.setScale(0);
    if (whole.remainder(BigDecimal.ONE.movePointLeft(decimals)).signum() != 0) {
      throw new ArithmeticException("Digits finer than the precision");
    }
    return whole;
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
   * Reads a {@code (nearest …)} note as the decimals of a figure printed in a unit: {@code 1,000}
   * gives −3 for a figure in pounds; {@code £10k} gives −1 for a figure in £'000 and −4 for one in
   * pounds.
   *
   * @param note the text inside the note after "nearest"
   * @param unitExponent the power of ten of the figure's unit: 0 for pounds or plain numbers
   * @param printedDecimals the decimals the figure's digits show, which the note may only coarsen
   * @param what what is being read, for messages
   * @param text the whole text, for messages
   * @throws ValueParseException if the note is not a power of ten of at least 10 in the figure's
   *     unit, or is finer than the printed digits
   */
  public static int notedDecimals(String note, int unitExponent, int printedDecimals, String what,
      CharSequence text) {
    BigDecimal step;
    try {
      Numerals.Numeral n = Numerals.parse(note, "a precision note");
      step = n.value().movePointRight(n.suffix().exponent() - unitExponent).stripTrailingZeros();
    } catch (ValueParseException e) {
      throw new ValueParseException(what, text, -1, NOTE_EXPECTED);
    }
    if (step.signum() <= 0 || step.unscaledValue().compareTo(BigInteger.ONE) != 0 || step.scale() >= 0) {
      throw new ValueParseException(what, text, -1, NOTE_EXPECTED);
    }
    if (step.scale() > printedDecimals) {
      throw new ValueParseException(what, text, -1, "a precision note coarser than the printed digits");
    }
    return step.scale();
  }

  /**
   * Brings a figure just read to the scale its decimals imply, as {@link #toScale(BigDecimal, int,
   * int, int, String)} does, but reports a fault as text that cannot be read.
   *
   * @param range the valid precisions in words, for messages: {@code "from 12 decimal places to
   *     the nearest trillion"}
   * @param what what is being read, for messages
   * @param text the whole text, for messages
   * @throws ValueParseException if the figure has a {@link Fault}
   */
  public static BigDecimal toScaleOrRefuse(BigDecimal printed, int decimals, int minDecimals, int maxDecimals,
      String range, String what, CharSequence text) {
    Fault fault = fault(printed, decimals, minDecimals, maxDecimals);
    if (fault == null) {
      return scaled(printed, decimals);
    }
    throw new ValueParseException(what, text, -1, switch (fault) {
      case PRECISION_OUT_OF_RANGE -> "a precision " + range;
      case DIGITS_FINER_THAN_PRECISION -> "a figure whose digits fit its precision note";
      case TOO_MANY_DIGITS -> "a figure of at most " + Numerals.MAX_DIGITS + " digits";
    });
  }
}
