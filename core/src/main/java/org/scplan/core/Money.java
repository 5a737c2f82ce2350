package org.scplan.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.scplan.core.internal.Text;

/**
 * An amount of pounds sterling, exact to the penny.
 *
 * <p>Arithmetic is exact: {@link #plus}, {@link #minus}, {@link #negated} and
 * {@link #multipliedBy(long)} either give the exact result or throw {@link ArithmeticException} on
 * overflow (the range is about ±£92 trillion). An operation that could lose a fraction of a penny,
 * such as {@link #dividedBy(long, RoundingMode)}, takes an explicit {@link RoundingMode}; nothing
 * rounds silently. {@link #allocate(long...)} splits an amount by weights so that the parts always
 * add up to the whole.
 *
 * <p>{@link #toString()} is canonical, {@code £1,234.56} or {@code -£8,214,800.00}, and
 * {@link #parse(CharSequence)} is its exact inverse.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Money implements Comparable<Money>, Serializable {
  private static final long serialVersionUID = 1L;

  /** No money: £0.00. */
  public static final Money ZERO = new Money(0);

  private static final BigDecimal MIN_POUNDS = BigDecimal.valueOf(Long.MIN_VALUE, 2);
  private static final BigDecimal MAX_POUNDS = BigDecimal.valueOf(Long.MAX_VALUE, 2);

  private final long pennies;

  private Money(long pennies) {
    this.pennies = pennies;
  }

  /**
   * Obtains an amount from a number of pennies.
   *
   * @param pennies the amount in pence
   * @return the amount
   */
  public static Money ofPennies(long pennies) {
    return pennies == 0 ? ZERO : new Money(pennies);
  }

  /**
   * Obtains an amount from a whole number of pounds.
   *
   * @param pounds the amount in pounds
   * @return the amount
   * @throws ArithmeticException if the amount is out of range
   */
  public static Money ofPounds(long pounds) {
    return ofPennies(Math.multiplyExact(pounds, 100L));
  }

  /**
   * Obtains an amount from a decimal number of pounds that is exact to the penny.
   *
   * @param pounds the amount in pounds, with no more than two significant decimal places
   * @return the amount
   * @throws ArithmeticException if the amount has a fraction of a penny or is out of range
   */
  public static Money of(BigDecimal pounds) {
    requireNonNull(pounds, "pounds");
    BigDecimal pence = pounds.movePointRight(2);
    try {
      return ofPennies(pence.longValueExact());
    } catch (ArithmeticException e) {
      if (pence.stripTrailingZeros().scale() > 0) {
        throw new ArithmeticException(
            "Amount has a fraction of a penny: " + pounds.toPlainString()
                + "; round it explicitly with Money.of(amount, RoundingMode)");
      }
      throw new ArithmeticException("Amount out of range (about ±£92 trillion): " + pounds.toPlainString());
    }
  }

  /**
   * Obtains an amount from a decimal number of pounds, rounding to the penny as told.
   *
   * @param pounds the amount in pounds
   * @param rounding how to round a fraction of a penny
   * @return the amount
   * @throws ArithmeticException if the amount is out of range, or rounding is
   *     {@link RoundingMode#UNNECESSARY} and the amount has a fraction of a penny
   */
  public static Money of(BigDecimal pounds, RoundingMode rounding) {
    requireNonNull(pounds, "pounds");
    requireNonNull(rounding, "rounding");
    return of(pounds.setScale(2, rounding));
  }

  /**
   * Adds up amounts.
   *
   * @param amounts the amounts
   * @return their exact sum; {@link #ZERO} for none
   * @throws ArithmeticException on overflow
   */
  public static Money total(Iterable<Money> amounts) {
    long sum = 0;
    for (Money m : amounts) {
      sum = Math.addExact(sum, m.pennies);
    }
    return ofPennies(sum);
  }

  /**
   * Obtains an amount from its canonical text, as printed by {@link #toString()}:
   * {@code £1,234.56}, {@code -£8,214,800.00}. Also accepted: no thousands separators
   * ({@code £1234.56}), no pence or one decimal ({@code £130,000}, {@code £4.5}), {@code GBP}
   * instead of {@code £}, a bracketed negative ({@code (£1,234.56)}), a leading plus
   * ({@code +£7,000,000}), and no currency sign at all.
   *
   * @param text the text
   * @return the amount
   * @throws ValueParseException if the text is not an amount exact to the penny
   */
  public static Money parse(CharSequence text) {
    requireNonNull(text, "text");
    Numerals.Numeral n = Numerals.parse(text, "an amount of money");
    if (n.suffix() != Numerals.Suffix.NONE) {
      throw new ValueParseException("an amount of money", text, -1,
          "pounds and pence without a k/m/bn suffix; use ReportedAmount.parse for published figures");
    }
    if (n.value().scale() > 2) {
      throw new ValueParseException("an amount of money", text, -1,
          "no more than two decimal places (pence)");
    }
    if (n.value().compareTo(MIN_POUNDS) < 0 || n.value().compareTo(MAX_POUNDS) > 0) {
      throw new ValueParseException("an amount of money", text, -1, "an amount within about ±£92 trillion");
    }
    return of(n.value());
  }

  /**
   * Returns the amount in pence.
   *
   * @return the number of pennies
   */
  public long toPennies() {
    return pennies;
  }

  /**
   * Returns the amount in pounds as a decimal with exactly two decimal places.
   *
   * @return the amount in pounds
   */
  public BigDecimal toPounds() {
    return BigDecimal.valueOf(pennies, 2);
  }

  /**
   * Returns a copy of this amount with another added.
   *
   * @param other the amount to add
   * @return the sum
   * @throws ArithmeticException on overflow
   */
  public Money plus(Money other) {
    requireNonNull(other, "other");
    return other.pennies == 0 ? this : ofPennies(Math.addExact(pennies, other.pennies));
  }

  /**
   * Returns a copy of this amount with another subtracted.
   *
   * @param other the amount to subtract
   * @return the difference
   * @throws ArithmeticException on overflow
   */
  public Money minus(Money other) {
    requireNonNull(other, "other");
    return other.pennies == 0 ? this : ofPennies(Math.subtractExact(pennies, other.pennies));
  }

  /**
   * Returns this amount with its sign reversed.
   *
   * @return the negated amount
   * @throws ArithmeticException on overflow
   */
  public Money negated() {
    return pennies == 0 ? this : ofPennies(Math.negateExact(pennies));
  }

  /**
   * Returns the absolute value of this amount.
   *
   * @return this amount without its sign
   * @throws ArithmeticException on overflow
   */
  public Money abs() {
    return pennies < 0 ? negated() : this;
  }

  /**
   * Returns this amount multiplied by a whole number, exactly.
   *
   * @param multiplier the multiplier
   * @return the product
   * @throws ArithmeticException on overflow
   */
  public Money multipliedBy(long multiplier) {
    return multiplier == 1 ? this : ofPennies(Math.multiplyExact(pennies, multiplier));
  }

  /**
   * Returns this amount multiplied by a decimal, rounded to the penny as told.
   *
   * @param multiplier the multiplier, such as {@code 1.025} for a 2.5% uplift
   * @param rounding how to round a fraction of a penny
   * @return the product
   * @throws ArithmeticException on overflow, or if rounding is needed but {@code UNNECESSARY}
   */
  public Money multipliedBy(BigDecimal multiplier, RoundingMode rounding) {
    requireNonNull(multiplier, "multiplier");
    return of(toPounds().multiply(multiplier), rounding);
  }

  /**
   * Returns this amount divided by a whole number, rounded to the penny as told.
   *
   * @param divisor the divisor, not zero
   * @param rounding how to round a fraction of a penny
   * @return the quotient
   * @throws ArithmeticException if the divisor is zero, or rounding is needed but
   *     {@code UNNECESSARY}
   */
  public Money dividedBy(long divisor, RoundingMode rounding) {
    requireNonNull(rounding, "rounding");
    if (divisor == 0) {
      throw new ArithmeticException("Cannot divide " + this + " by zero");
    }
    if (divisor == 1) {
      return this;
    }
    return ofPennies(new BigDecimal(pennies).divide(BigDecimal.valueOf(divisor), 0, rounding).longValueExact());
  }

  /**
   * Returns this amount divided by a decimal, rounded to the penny as told.
   *
   * @param divisor the divisor, not zero
   * @param rounding how to round a fraction of a penny
   * @return the quotient
   * @throws ArithmeticException if the divisor is zero, the result overflows, or rounding is
   *     needed but {@code UNNECESSARY}
   */
  public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
    requireNonNull(divisor, "divisor");
    requireNonNull(rounding, "rounding");
    if (divisor.signum() == 0) {
      throw new ArithmeticException("Cannot divide " + this + " by zero");
    }
    return ofPennies(new BigDecimal(pennies).divide(divisor, 0, rounding).longValueExact());
  }

  /**
   * Splits this amount into parts in proportion to weights, by the largest-remainder method, so
   * that the parts always add up exactly to this amount.
   *
   * <p>Each part first gets its exact share rounded towards zero; the pennies left over go one
   * each to the parts with the largest remainders. Equal remainders are served in order, first
   * weight first, so the result is deterministic. A part with weight zero gets nothing. A negative
   * amount is split as its absolute value and each part negated. For example £100.00 by weights
   * 1, 1, 1 gives £33.34, £33.33, £33.33.
   *
   * @param weights the weights, none negative and at least one positive
   * @return the parts, one per weight, in order
   * @throws IllegalArgumentException if there are no weights, a weight is negative, or all are zero
   */
  public List<Money> allocate(long... weights) {
    requireNonNull(weights, "weights");
    checkArgument(weights.length > 0, "Cannot allocate %s over no weights", this);
    BigInteger totalWeight = BigInteger.ZERO;
    for (int i = 0; i < weights.length; i++) {
      checkArgument(weights[i] >= 0, "Weight %s is negative: %s", i, weights[i]);
      totalWeight = totalWeight.add(BigInteger.valueOf(weights[i]));
    }
    checkArgument(totalWeight.signum() > 0, "Cannot allocate %s: every weight is zero", this);
    // Work on the absolute value, as a BigInteger: |Long.MIN_VALUE| does not fit in a long.
    BigInteger whole = BigInteger.valueOf(pennies).abs();
    BigInteger[] parts = new BigInteger[weights.length];
    BigInteger[] remainders = new BigInteger[weights.length];
    BigInteger left = whole;
    for (int i = 0; i < weights.length; i++) {
      BigInteger[] qr = whole.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(totalWeight);
      parts[i] = qr[0];
      remainders[i] = qr[1];
      left = left.subtract(qr[0]);
    }
    Integer[] order = new Integer[weights.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // Stable sort: equal remainders keep their original order. Fewer pennies are left over than
    // there are parts with a remainder, so a zero weight never receives one.
    Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]));
    for (int k = 0; k < left.intValueExact(); k++) {
      parts[order[k]] = parts[order[k]].add(BigInteger.ONE);
    }
    List<Money> result = new ArrayList<>(parts.length);
    for (BigInteger part : parts) {
      result.add(ofPennies((pennies < 0 ? part.negate() : part).longValueExact()));
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Splits this amount into equal parts, the odd pennies going to the first parts.
   *
   * @param parts how many parts, at least one
   * @return the parts, which add up exactly to this amount
   * @throws IllegalArgumentException if {@code parts} is less than one
   */
  public List<Money> allocate(int parts) {
    checkArgument(parts > 0, "Cannot allocate into %s parts", parts);
    long[] weights = new long[parts];
    Arrays.fill(weights, 1);
    return allocate(weights);
  }

  /**
   * Checks whether this amount is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return pennies == 0;
  }

  /**
   * Checks whether this amount is greater than zero.
   *
   * @return true if positive
   */
  public boolean isPositive() {
    return pennies > 0;
  }

  /**
   * Checks whether this amount is less than zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return pennies < 0;
  }

  /**
   * Checks whether this amount is greater than another.
   *
   * @param other the other amount
   * @return true if this is greater
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * Checks whether this amount is less than another.
   *
   * @param other the other amount
   * @return true if this is less
   */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /**
   * Compares amounts by value.
   *
   * @param other the other amount
   * @return negative, zero or positive as this is less than, equal to or greater than the other
   */
  @Override
  public int compareTo(Money other) {
    return Long.compare(pennies, other.pennies);
  }

  /**
   * Checks whether another object is an equal amount.
   *
   * @param obj the other object
   * @return true if it is a {@code Money} of the same value
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Money other && other.pennies == pennies;
  }

  /**
   * Returns a hash code for this amount.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Long.hashCode(pennies);
  }

  /**
   * Returns the canonical text of this amount: {@code £1,234.56}, {@code -£0.05}. It is read back
   * by {@link #parse(CharSequence)}.
   *
   * @return the amount as text
   */
  @Override
  public String toString() {
    return (pennies < 0 ? "-£" : "£") + Text.grouped(BigDecimal.valueOf(pennies, 2).abs());
  }
}
