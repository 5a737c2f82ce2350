package org.scplan.risk;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.PlanDate;
import org.scplan.core.internal.ScplanStyle;

/**
 * A move of a risk from one register to another: up (escalation, say from the directorate's to
 * the corporate register) or down (de-escalation).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class Escalation {

  /** Only the generated implementation (or this package) constructs it. */
  Escalation() {}

  /**
   * Returns when the risk moved, as published.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract PlanDate date();

  /**
   * Returns the register it moved from.
   *
   * @return the register it left
   */
  @Value.Parameter
  public abstract RegisterLevel fromRegister();

  /**
   * Returns the register it moved to.
   *
   * @return the register it joined
   */
  @Value.Parameter
  public abstract RegisterLevel toRegister();

  /**
   * Returns why, where the register says.
   *
   * @return the reason
   */
  public abstract Optional<String> reason();

  /**
   * Obtains a move between registers.
   *
   * @param date when, as published: {@code "June 2017"}
   * @param from the register it left
   * @param to the register it joined
   * @return the move
   * @throws IllegalArgumentException if the registers are the same
   */
  public static Escalation of(String date, RegisterLevel from, RegisterLevel to) {
    return ImmutableEscalation.of(PlanDate.parse(date), from, to);
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
   * Checks whether the risk moved up, to a higher register.
   *
   * @return true for an escalation, false for a de-escalation
   */
  public boolean isEscalation() {
    return toRegister().isAbove(fromRegister());
  }

  @Value.Check
  void check() {
    checkArgument(fromRegister() != toRegister(), "A risk cannot move from the %s register to itself", fromRegister());
    reason().ifPresent(r -> checkArgument(!r.isBlank(), "An escalation's reason is blank (leave it out instead)"));
  }

  /**
   * Returns the move as text: {@code June 2017: escalated from Directorate to Corporate}.
   *
   * @return the move as text
   */
  @Override
  public String toString() {
    return date() + ": " + (isEscalation() ? "escalated" : "de-escalated") + " from " + fromRegister() + " to " + toRegister()
        + reason().map(r -> " (" + r + ")").orElse("");
  }

  /** Builds an {@link Escalation}. */
  public static final class Builder extends ImmutableEscalation.Builder {
    Builder() {}
  }
}
