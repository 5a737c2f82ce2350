package org.scplan.performance.spc;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link XmrChart} says about meeting the target: whether the process, as its latest
 * segment's limits describe it, consistently passes, consistently fails, or will hit and miss.
 * When no verdict can be given (no target, a neutral direction, too few values, no limits) the
 * explanation says why.
 *
 * <p>With higher is better, a target above the upper process limit consistently fails and one
 * below the lower limit consistently passes; lower is better swaps them. A target between the
 * limits, or exactly on one, is hit and miss.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AssuranceVerdict {
  private final SpcAssurance assurance;
  private final BigDecimal target;
  private final String explanation;

  private AssuranceVerdict(SpcAssurance assurance, BigDecimal target, String explanation) {
    this.assurance = assurance;
    this.target = target;
    this.explanation = explanation;
  }

  static AssuranceVerdict of(SpcAssurance assurance, BigDecimal target, String explanation) {
    return new AssuranceVerdict(assurance, target, explanation);
  }

  static AssuranceVerdict none(BigDecimal target, String reason) {
    return new AssuranceVerdict(null, target, "none: " + reason);
  }

  /**
   * Returns the verdict.
   *
   * @return the verdict, or empty when none could be given
   */
  public Optional<SpcAssurance> assurance() {
    return Optional.ofNullable(assurance);
  }

  /**
   * Returns the target judged against.
   *
   * @return the target, or empty if the series has none
   */
  public Optional<BigDecimal> target() {
    return Optional.ofNullable(target);
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
    return obj instanceof AssuranceVerdict o && o.assurance == assurance
        && (o.target == null ? target == null : target != null && o.target.compareTo(target) == 0)
        && o.explanation.equals(explanation);
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(assurance, explanation);
  }

  /**
   * Returns the {@linkplain #explanation() explanation}: {@code consistently fails: the target
   * 0.95 is above the upper process limit 0.9204 (higher is better)}.
   *
   * @return the verdict as text
   */
  @Override
  public String toString() {
    return explanation;
  }
}
