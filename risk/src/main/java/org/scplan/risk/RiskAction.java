package org.scplan.risk;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.PlanDate;
import org.scplan.core.internal.ScplanStyle;

/**
 * A further action planned to bring a risk down to its target: what, who owns it, when it is due
 * and where it stands.
 *
 * <p>{@code RiskAction.of("Review the market position statement", "Head of Commissioning",
 * "March 2019")} is planned until its {@link #status()} says otherwise.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class RiskAction {

  /** Only the generated implementation (or this package) constructs it. */
  RiskAction() {}

  /**
   * Returns what the action is.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * Returns who owns it, as published.
   *
   * @return the owner
   */
  public abstract Optional<String> owner();

  /**
   * Returns when it is due, as published.
   *
   * @return the due date
   */
  public abstract Optional<PlanDate> due();

  /**
   * Returns where it stands; planned unless set.
   *
   * @return the status
   */
  @Value.Default
  public RiskActionStatus status() {
    return RiskActionStatus.PLANNED;
  }

  /**
   * Obtains a planned action with an owner and a due date.
   *
   * @param description what the action is
   * @param owner who owns it
   * @param due when it is due, as published: {@code "March 2019"}
   * @return the action
   */
  public static RiskAction of(String description, String owner, String due) {
    return builder().description(description).owner(owner).due(PlanDate.parse(due)).build();
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
   * Returns a copy of this action with another status.
   *
   * @param status the status
   * @return the action with that status
   */
  public RiskAction withStatus(RiskActionStatus status) {
    return status == status() ? this : builder().from(this).status(status).build();
  }

  /**
   * Checks whether the action is still to be done.
   *
   * @return true if planned or in progress
   */
  public boolean isOpen() {
    return status().isOpen();
  }

  @Value.Check
  void check() {
    checkArgument(!description().isBlank(), "A risk action's description is blank");
    owner().ifPresent(o -> checkArgument(!o.isBlank(), "A risk action's owner is blank (leave it out instead)"));
  }

  /**
   * Returns the action as text: {@code Review the market position (Head of Commissioning, due
   * March 2019, Planned)}.
   *
   * @return the action as text
   */
  @Override
  public String toString() {
    return description() + " (" + owner().orElse("no owner") + due().map(d -> ", due " + d).orElse("")
        + ", " + status() + ")";
  }

  /** Builds a {@link RiskAction}. */
  public static final class Builder extends ImmutableRiskAction.Builder {
    Builder() {}
  }
}
