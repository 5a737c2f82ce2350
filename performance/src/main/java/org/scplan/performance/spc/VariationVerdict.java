package org.scplan.performance.spc;

import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link XmrChart} says about the latest value: common cause, or a special cause that is
 * an improvement, a concern, or neutral high or low, with the rule that decided it. When no point
 * can be judged (no values, or no limits) there is no verdict, and the explanation says why.
 *
 * <p>{@code special cause concern at March 2019 (shift below the mean)};
 * {@code none: the series has no values}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VariationVerdict {
  private final SpcVariation variation;
  private final String point;
  private final SpcRule signal;
  private final String explanation;

  private VariationVerdict(SpcVariation variation, String point, SpcRule signal, String explanation) {
    this.variation = variation;
    this.point = point;
    this.signal = signal;
    this.explanation = explanation;
  }

  static VariationVerdict of(SpcVariation variation, String point, SpcRule signal, String explanation) {
    return new VariationVerdict(variation, point, signal, explanation);
  }

  static VariationVerdict none(String reason) {
    return new VariationVerdict(null, null, null, "none: " + reason);
  }

  /**
   * Returns the classification of the latest value.
   *
   * @return the classification, or empty when no point could be judged
   */
  public Optional<SpcVariation> variation() {
    return Optional.ofNullable(variation);
  }

  /**
   * Returns the label of the point judged: the latest with a value.
   *
   * @return the label, or empty when no point could be judged
   */
  public Optional<String> point() {
    return Optional.ofNullable(point);
  }

  /**
   * Returns the rule that decided a special cause.
   *
   * @return the rule, or empty for common cause or no verdict
   */
  public Optional<SpcRule> signal() {
    return Optional.ofNullable(signal);
  }

  /**
   * Checks whether the latest value is a special cause.
   *
   * @return true for a special cause
   */
  public boolean isSpecialCause() {
    return variation != null && variation.isSpecialCause();
  }

  /**
   * Returns the verdict in one line, with its reason.
   *
   * @return the explanation
   */
  public String explanation() {
    return explanation;
  }

  /**
   * Checks whether another object is an equal verdict.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof VariationVerdict o && o.variation == variation && Objects.equals(o.point, point)
        && o.signal == signal && o.explanation.equals(explanation);
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(variation, point, signal, explanation);
  }

  /**
   * Returns the {@linkplain #explanation() explanation}.
   *
   * @return the verdict as text
   */
  @Override
  public String toString() {
    return explanation;
  }
}
