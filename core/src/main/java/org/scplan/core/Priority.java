package org.scplan.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.internal.ScplanStyle;

/**
 * A priority of a plan, as published, with its actions, key milestones and key decisions:
 * {@code PRIORITY 1: Prevention — Promote enablement, the use of assistive technology ...}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class Priority {

  /** Only the generated implementation (or this package) constructs it. */
  Priority() {}

  /**
   * Returns the priority's number as printed: {@code 1}.
   *
   * @return the number, or empty for an unnumbered theme
   */
  public abstract Optional<String> number();

  /**
   * Returns the priority's short title: {@code Prevention}, {@code Budget}.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the description of the priority, or its heading line.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * Returns the narrative the plan gives under the heading.
   *
   * @return the narrative
   */
  public abstract Optional<String> narrative();

  /**
   * Returns the actions, in the published order.
   *
   * @return the actions
   */
  public abstract List<Action> actions();

  /**
   * Returns the key milestones, in the published order.
   *
   * @return the milestones
   */
  public abstract List<Milestone> milestones();

  /**
   * Returns the key or significant decisions that could arise.
   *
   * @return the decisions
   */
  public abstract List<KeyDecision> keyDecisions();

  /**
   * Obtains a numbered priority with a title only.
   *
   * @param number the number
   * @param title the title
   * @return the priority
   */
  public static Priority of(String number, String title) {
    return builder().number(number).title(title).build();
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
   * Returns every action of this priority, sub-actions included, depth first.
   *
   * @return all actions
   */
  public List<Action> allActions() {
    return actions().stream().flatMap(a -> a.flatten().stream()).toList();
  }

  /**
   * Returns the name a finding uses for this priority: {@code Priority 1: Prevention}.
   *
   * @return the name
   */
  public String label() {
    return "Priority " + number().map(n -> n + ": ").orElse("") + title();
  }

  @Value.Check
  void check() {
    checkArgument(!title().isBlank(), "A priority's title is blank (number %s)", number().orElse("none"));
  }

  /**
   * Returns the priority as text: {@code Priority 1: Prevention (5 actions, 7 milestones)}.
   *
   * @return the priority as text
   */
  @Override
  public String toString() {
    return label() + " (" + allActions().size() + " actions, " + milestones().size() + " milestones, "
        + keyDecisions().size() + " key decisions)";
  }

  /** Builds a {@link Priority}. */
  public static final class Builder extends ImmutablePriority.Builder {
    Builder() {}
  }
}
