package org.scplan.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.scplan.core.ValueParseException;

/**
 * How reconciliation decides whether a relation between published figures holds.
 *
 * <p>The rule is {@link #intervals()}: every published figure stands for the interval of its
 * printed precision, and a relation holds when the interval of the computed side and the interval
 * of the published figure overlap (the rule of XBRL Calculations 1.1). An explicit tolerance
 * overrides it: {@link #absolute(BigDecimal)} allows a difference up to a fixed amount, in the
 * column's printed unit (0.5 in a £'000 table is £500); {@link #relative(BigDecimal)} allows a
 * difference up to a fraction of the published figure (0.001 is 0.1%). A relation that holds with
 * a non-zero difference is reported as INFO, one that does not as ERROR.
 *
 * <p>{@link #toString()} prints {@code intervals}, {@code absolute 0.5} or {@code relative 0.001},
 * which {@link #parse(CharSequence)} reads back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Tolerance {
  private static final Tolerance INTERVALS = new Tolerance(Mode.INTERVALS, BigDecimal.ZERO);

  private enum Mode { INTERVALS, ABSOLUTE, RELATIVE }

  private final Mode mode;
  private final BigDecimal amount;

  private Tolerance(Mode mode, BigDecimal amount) {
    this.mode = mode;
    this.amount = amount;
  }

  /**
   * Obtains the interval rule: a relation holds when the computed and published intervals overlap.
   *
   * @return the interval rule
   */
  public static Tolerance intervals() {
    return INTERVALS;
  }

  /**
   * Obtains an absolute tolerance, in the printed unit of each column.
   *
   * @param amount the largest difference allowed, not negative: {@code 0.5} in a £'000 table is £500
   * @return the tolerance
   */
  public static Tolerance absolute(BigDecimal amount) {
    requireNonNull(amount, "amount");
    checkArgument(amount.signum() >= 0, "Invalid absolute tolerance (valid: 0 or more): %s", amount);
    return new Tolerance(Mode.ABSOLUTE, amount);
  }

  /**
   * Obtains a relative tolerance, a fraction of the published figure.
   *
   * @param fraction the largest difference allowed as a fraction of the published figure, from 0
   *     to 1: {@code 0.001} is 0.1%
   * @return the tolerance
   */
  public static Tolerance relative(BigDecimal fraction) {
    requireNonNull(fraction, "fraction");
    checkArgument(fraction.signum() >= 0 && fraction.compareTo(BigDecimal.ONE) <= 0,
        "Invalid relative tolerance (valid: 0 to 1): %s", fraction);
    return new Tolerance(Mode.RELATIVE, fraction);
  }

  /**
   * Reads a tolerance: {@code intervals}, {@code absolute 0.5} or {@code relative 0.001}.
   *
   * @param text the text
   * @return the tolerance
   * @throws ValueParseException if the text is not a tolerance
   */
  public static Tolerance parse(CharSequence text) {
    requireNonNull(text, "text");
    String[] parts = text.toString().strip().split("\\s+");
    try {
      if (parts.length == 1 && parts[0].equals("intervals")) {
        return INTERVALS;
      }
      if (parts.length == 2 && parts[0].equals("absolute")) {
        return absolute(new BigDecimal(parts[1]));
      }
      if (parts.length == 2 && parts[0].equals("relative")) {
        return relative(new BigDecimal(parts[1]));
      }
    } catch (IllegalArgumentException e) {
      throw new ValueParseException("a tolerance", text, -1,
          "a number that is not negative after absolute, and from 0 to 1 after relative");
    }
    throw new ValueParseException("a tolerance", text, -1, "intervals, absolute 0.5 or relative 0.001");
  }

  /**
   * Checks whether this is the interval rule.
   *
   * @return true for {@link #intervals()}
   */
  public boolean isIntervals() {
    return mode == Mode.INTERVALS;
  }

  /**
   * Returns the absolute tolerance, in each column's printed unit.
   *
   * @return the amount, or empty unless this is an absolute tolerance
   */
  public Optional<BigDecimal> absoluteAmount() {
    return mode == Mode.ABSOLUTE ? Optional.of(amount) : Optional.empty();
  }

  /**
   * Returns the relative tolerance.
   *
   * @return the fraction, or empty unless this is a relative tolerance
   */
  public Optional<BigDecimal> relativeFraction() {
    return mode == Mode.RELATIVE ? Optional.of(amount) : Optional.empty();
  }

  /**
   * Decides whether a difference is allowed.
   *
   * @param difference the difference between the published and the computed figure, in the
   *     column's printed unit
   * @param slack what rounding explains: the sum of the half-widths of every figure involved, in
   *     the same unit
   * @param published the published figure, in the same unit
   * @return true if the relation holds
   */
  public boolean allows(BigDecimal difference, BigDecimal slack, BigDecimal published) {
    BigDecimal gap = difference.abs();
    return switch (mode) {
      case INTERVALS -> gap.compareTo(slack) <= 0;
      case ABSOLUTE -> gap.compareTo(amount) <= 0;
      case RELATIVE -> gap.compareTo(amount.multiply(published.abs())) <= 0;
    };
  }

  /**
   * Checks whether another object is the same tolerance.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Tolerance o && o.mode == mode && o.amount.compareTo(amount) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return mode.hashCode() * 31 + amount.stripTrailingZeros().hashCode();
  }

  /**
   * Returns the tolerance as text: {@code intervals}, {@code absolute 0.5}, {@code relative 0.001}.
   *
   * @return the tolerance as text, read back by {@link #parse(CharSequence)}
   */
  @Override
  public String toString() {
    return switch (mode) {
      case INTERVALS -> "intervals";
      case ABSOLUTE -> "absolute " + amount.toPlainString();
      case RELATIVE -> "relative " + amount.toPlainString();
    };
  }
}
