package org.scplan.risk;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scplan.core.ValueParseException;

/**
 * A rating of a risk: a likelihood and an impact, each the number of a level on its matrix's
 * axis. {@code Rating.of(4, 5)} prints {@code L4 × I5}, and {@link #parse} reads that back.
 *
 * <p>A rating means nothing without its matrix: the matrix gives it a score and a level
 * ({@link RiskMatrix#score(Rating)}, {@link RiskMatrix#level(Rating)}) and says which of two
 * ratings is worse ({@link RiskMatrix#compare(Rating, Rating)}). A rating whose numbers are not
 * on the matrix is reported by the register's check, never thrown when the register is built.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rating implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern TEXT = Pattern.compile(
      "^L\\s*(\\d{1,2})\\s*(?:[×x*,]\\s*)?I\\s*(\\d{1,2})$", Pattern.CASE_INSENSITIVE);

  private final int likelihood;
  private final int impact;

  private Rating(int likelihood, int impact) {
    this.likelihood = likelihood;
    this.impact = impact;
  }

  /**
   * Obtains a rating.
   *
   * @param likelihood the number of the likelihood level, from 1 to {@value AxisLevel#MAX_NUMBER}
   * @param impact the number of the impact level, from 1 to {@value AxisLevel#MAX_NUMBER}
   * @return the rating
   * @throws IllegalArgumentException if a number is out of range
   */
  public static Rating of(int likelihood, int impact) {
    checkArgument(likelihood >= 1 && likelihood <= AxisLevel.MAX_NUMBER,
        "Invalid value for likelihood (valid values 1 - %s): %s", AxisLevel.MAX_NUMBER, likelihood);
    checkArgument(impact >= 1 && impact <= AxisLevel.MAX_NUMBER,
        "Invalid value for impact (valid values 1 - %s): %s", AxisLevel.MAX_NUMBER, impact);
    return new Rating(likelihood, impact);
  }

  /**
   * Reads a rating as {@link #toString()} prints it, {@code L4 × I5}; also accepted are
   * {@code L4xI5}, {@code l4 i5} and {@code L4, I5}.
   *
   * @param text the text
   * @return the rating
   * @throws ValueParseException if the text is not a rating
   */
  public static Rating parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text.toString().strip());
    if (!m.matches()) {
      throw new ValueParseException("a risk rating", text, -1,
          "L then the likelihood number, × and I then the impact number, such as L4 × I5");
    }
    int l = Integer.parseInt(m.group(1));
    int i = Integer.parseInt(m.group(2));
    if (l < 1 || i < 1) {
      throw new ValueParseException("a risk rating", text, -1, "numbers from 1");
    }
    return new Rating(l, i);
  }

  /**
   * Returns the number of the likelihood level.
   *
   * @return the likelihood
   */
  public int likelihood() {
    return likelihood;
  }

  /**
   * Returns the number of the impact level.
   *
   * @return the impact
   */
  public int impact() {
    return impact;
  }

  /**
   * Returns a copy of this rating with another likelihood.
   *
   * @param likelihood the likelihood
   * @return the rating, or this one if unchanged
   */
  public Rating withLikelihood(int likelihood) {
    return likelihood == this.likelihood ? this : of(likelihood, impact);
  }

  /**
   * Returns a copy of this rating with another impact.
   *
   * @param impact the impact
   * @return the rating, or this one if unchanged
   */
  public Rating withImpact(int impact) {
    return impact == this.impact ? this : of(likelihood, impact);
  }

  /**
   * Checks whether another object is a rating with the same numbers.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Rating o && o.likelihood == likelihood && o.impact == impact;
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return likelihood * 31 + impact;
  }

  /**
   * Returns the rating as text: {@code L4 × I5}.
   *
   * @return the rating as text
   */
  @Override
  public String toString() {
    return "L" + likelihood + " × I" + impact;
  }
}
