package org.scplan.equality;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.internal.ScplanStyle;

/**
 * One row of an equality impact assessment's screening: a characteristic as published, whether
 * the policy could affect the group differently, whether it could promote equal opportunity for
 * it, the positive and negative impact, and the details given.
 *
 * <p>The Kent ASC blueprint 2012: {@code Age | Yes | Yes | High | High | Full assessment can not be made ...}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class CharacteristicAssessment {

  /** Only the generated implementation (or this package) constructs it. */
  CharacteristicAssessment() {}

  /**
   * Returns the characteristic as the assessment names it: {@code Gender identity}.
   *
   * @return the name, not blank
   */
  public abstract String characteristic();

  /**
   * Returns the answer to "could this affect this group differently from others?".
   *
   * @return yes (true) or no (false), or empty if unanswered
   */
  public abstract Optional<Boolean> affectedDifferently();

  /**
   * Returns the answer to "could this promote equal opportunities for this group?".
   *
   * @return yes (true) or no (false), or empty if unanswered
   */
  public abstract Optional<Boolean> promotesEqualOpportunity();

  /**
   * Returns the assessed positive impact.
   *
   * @return the positive impact
   */
  public abstract Optional<ImpactLevel> positiveImpact();

  /**
   * Returns the assessed negative impact.
   *
   * @return the negative impact
   */
  public abstract Optional<ImpactLevel> negativeImpact();

  /**
   * Returns the details given: internal action, further assessment, good practice.
   *
   * @return the details
   */
  public abstract Optional<String> details();

  /**
   * Obtains a row with both answers and both impacts.
   *
   * @param characteristic the characteristic as published
   * @param affectedDifferently could it affect the group differently
   * @param promotesEqualOpportunity could it promote equal opportunity
   * @param positive the positive impact
   * @param negative the negative impact
   * @return the row
   */
  public static CharacteristicAssessment of(String characteristic, boolean affectedDifferently,
      boolean promotesEqualOpportunity, ImpactLevel positive, ImpactLevel negative) {
    return builder().characteristic(characteristic).affectedDifferently(affectedDifferently)
        .promotesEqualOpportunity(promotesEqualOpportunity).positiveImpact(positive).negativeImpact(negative)
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the characteristic the Equality Act 2010 protects that this row names.
   *
   * @return the characteristic, or empty if the row names one the Act does not protect
   */
  public Optional<ProtectedCharacteristic> protectedCharacteristic() {
    return ProtectedCharacteristic.find(characteristic());
  }

  @Value.Check
  void check() {
    checkArgument(!characteristic().isBlank(), "An equality assessment row's characteristic is blank");
  }

  /**
   * Returns the row on one line: {@code Age: affected differently yes, promotes equal opportunity
   * yes, positive High, negative High}.
   *
   * @return the row as text
   */
  @Override
  public String toString() {
    return characteristic() + ": affected differently " + yesNo(affectedDifferently())
        + ", promotes equal opportunity " + yesNo(promotesEqualOpportunity())
        + ", positive " + positiveImpact().map(ImpactLevel::toString).orElse("-")
        + ", negative " + negativeImpact().map(ImpactLevel::toString).orElse("-");
  }

  private static String yesNo(Optional<Boolean> answer) {
    return answer.map(b -> b ? "yes" : "no").orElse("-");
  }

  /** Builds a {@link CharacteristicAssessment}. */
  public static final class Builder extends ImmutableCharacteristicAssessment.Builder {
    Builder() {}
  }
}
