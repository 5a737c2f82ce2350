package org.scplan.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.internal.ScplanStyle;

/**
 * A key or significant decision that could arise from a priority, and whether it is already in
 * the council's forward plan.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class KeyDecision {

  /** Only the generated implementation (or this package) constructs it. */
  KeyDecision() {}

  /**
   * Returns the decision's number as printed.
   *
   * @return the number
   */
  public abstract Optional<String> number();

  /**
   * Returns what the decision is about.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * Returns whether it is already in the forward plan, where the plan says.
   *
   * @return true for Yes, false for No, empty if not stated
   */
  public abstract Optional<Boolean> inForwardPlan();

  /**
   * Obtains a numbered decision.
   *
   * @param number the number
   * @param description what it is about
   * @param inForwardPlan whether it is in the forward plan
   * @return the decision
   */
  public static KeyDecision of(String number, String description, boolean inForwardPlan) {
    return builder().number(number).description(description).inForwardPlan(inForwardPlan).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    checkArgument(!description().isBlank(), "A key decision's description is blank");
  }

  /**
   * Returns the decision as text.
   *
   * @return {@code Decision 1: ... (in forward plan: yes)}
   */
  @Override
  public String toString() {
    return "Decision " + number().map(n -> n + ": ").orElse("") + description()
        + inForwardPlan().map(b -> " (in forward plan: " + (b ? "yes" : "no") + ")").orElse("");
  }

  /** Builds a {@link KeyDecision}. */
  public static final class Builder extends ImmutableKeyDecision.Builder {
    Builder() {}
  }
}
