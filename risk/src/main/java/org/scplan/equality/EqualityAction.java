package org.scplan.equality;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.internal.ScplanStyle;

/**
 * One row of an equality impact assessment's action plan, as published: the characteristic, the
 * issues identified, the action to be taken, the expected outcomes, the owner, the timescale and
 * the cost implications. Every cell but the characteristic may be blank, as in the Kent ASC blueprint 2012.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class EqualityAction {

  /** Only the generated implementation (or this package) constructs it. */
  EqualityAction() {}

  /**
   * Returns the characteristic as the action plan names it.
   *
   * @return the name, not blank
   */
  public abstract String characteristic();

  /**
   * Returns the issues identified.
   *
   * @return the issues
   */
  public abstract Optional<String> issues();

  /**
   * Returns the action to be taken.
   *
   * @return the action
   */
  public abstract Optional<String> action();

  /**
   * Returns the expected outcomes.
   *
   * @return the outcomes
   */
  public abstract Optional<String> expectedOutcomes();

  /**
   * Returns the owner: {@code Mark Lobban}.
   *
   * @return the owner
   */
  public abstract Optional<String> owner();

  /**
   * Returns the timescale as published: {@code February 2012 – March 2015.}.
   *
   * @return the timescale
   */
  public abstract Optional<String> timescale();

  /**
   * Returns the cost implications.
   *
   * @return the cost implications
   */
  public abstract Optional<String> costImplications();

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
    checkArgument(!characteristic().isBlank(), "An equality action's characteristic is blank");
  }

  /**
   * Returns the row on one line: {@code Age: Impact assessment will be regularly reviewed ...
   * (Mark Lobban, February 2012 – March 2015.)}.
   *
   * @return the row as text
   */
  @Override
  public String toString() {
    return characteristic() + ": " + action().orElse("no action") + " (" + owner().orElse("no owner")
        + timescale().map(t -> ", " + t).orElse("") + ")";
  }

  /** Builds an {@link EqualityAction}. */
  public static final class Builder extends ImmutableEqualityAction.Builder {
    Builder() {}
  }
}
