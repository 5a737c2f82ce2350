package org.scplan.budget.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Splits a whole number of units in proportion to weights so that the parts add up exactly to the
 * whole (the largest-remainder method). Not API.
 */
public final class LargestRemainder {
  private LargestRemainder() {}

  /**
   * Splits {@code whole} by {@code weights}. Each part gets its exact share rounded towards zero;
   * the units left over go one each to the parts with the largest remainders, equal remainders in
   * order. A negative whole is split as its magnitude and each part negated.
   *
   * @throws IllegalArgumentException if there are no weights, one is negative, or all are zero
   */
  public static BigInteger[] split(BigInteger whole, BigInteger[] weights) {
    checkArgument(weights.length > 0, "Cannot spread %s over no weights", whole);
    BigInteger total = BigInteger.ZERO;
    for (int i = 0; i < weights.length; i++) {
      checkArgument(weights[i].signum() >= 0, "Weight %s is negative: %s", i, weights[i]);
      total = total.add(weights[i]);
    }
    checkArgument(total.signum() > 0, "Cannot spread %s: every weight is zero", whole);
    BigInteger magnitude = whole.abs();
    BigInteger[] parts = new BigInteger[weights.length];
    BigInteger[] remainders = new BigInteger[weights.length];
    BigInteger given = BigInteger.ZERO;
    for (int i = 0; i < weights.length; i++) {
      BigInteger[] qr = magnitude.multiply(weights[i]).divideAndRemainder(total);
      parts[i] = qr[0];
      remainders[i] = qr[1];
      given = given.add(qr[0]);
    }
    // Fewer units are left over than there are weights, since each remainder is below one unit.
    int left = magnitude.subtract(given).intValueExact();
    Integer[] order = new Integer[weights.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> remainders[b].compareTo(remainders[a]));
    for (int k = 0; k < left; k++) {
      parts[order[k]] = parts[order[k]].add(BigInteger.ONE);
    }
    if (whole.signum() < 0) {
      for (int i = 0; i < parts.length; i++) {
        parts[i] = parts[i].negate();
      }
    }
    return parts;
  }
}
