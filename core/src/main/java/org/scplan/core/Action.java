package org.scplan.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.internal.ScplanStyle;

/**
 * An action in a plan's priority, as published: its number ({@code 1.1}), description,
 * accountable officers, start and end dates, deliverables, the targets or themes it links to, and
 * the sub-actions under it (a heading action {@code 1} holds {@code 1.1}, {@code 1.2}).
 *
 * <pre>{@code
 * Action.builder().number("1.1")
 *     .description("Delivery of the Supporting Independence pilot ...")
 *     .addAccountableOfficer("Chris Beaney").addAccountableOfficer("Mark Walker")
 *     .start(PlanDate.parse("April 2013")).end(PlanDate.parse("March 2014"))
 *     .build()
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class Action {

  /** Only the generated implementation (or this package) constructs it. */
  Action() {}

  /**
   * Returns the action's number as printed: {@code 1}, {@code 1.1}.
   *
   * @return the number, or empty for an unnumbered action
   */
  public abstract Optional<String> number();

  /**
   * Returns what the action is, as published.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * Returns the officers or teams accountable for it, in the published order.
   *
   * @return the accountable officers
   */
  public abstract List<String> accountableOfficers();

  /**
   * Returns when it starts.
   *
   * @return the start date as published
   */
  public abstract Optional<PlanDate> start();

  /**
   * Returns when it ends, or its target date.
   *
   * @return the end date as published
   */
  public abstract Optional<PlanDate> end();

  /**
   * Returns the deliverables or outcomes planned.
   *
   * @return the deliverables as published
   */
  public abstract Optional<String> deliverables();

  /**
   * Returns the corporate or directorate targets and themes the action links to.
   *
   * @return the links, in the published order
   */
  public abstract List<String> links();

  /**
   * Returns the actions under this one.
   *
   * @return the sub-actions
   */
  public abstract List<Action> actions();

  /**
   * Obtains an unnumbered action with a description only.
   *
   * @param description what the action is
   * @return the action
   */
  public static Action of(String description) {
    return builder().description(description).build();
  }

  /**
   * Obtains a numbered action with a description only.
   *
   * @param number the number, such as {@code 1.1}
   * @param description what the action is
   * @return the action
   */
  public static Action of(String number, String description) {
    return builder().number(number).description(description).build();
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
   * Returns this action followed by every action under it, depth first.
   *
   * @return the action and its descendants
   */
  public List<Action> flatten() {
    List<Action> all = new java.util.ArrayList<>();
    all.add(this);
    for (Action a : actions()) {
      all.addAll(a.flatten());
    }
    return List.copyOf(all);
  }

  @Value.Check
  void check() {
    checkArgument(!description().isBlank(), "An action's description is blank (number %s)",
        number().orElse("none"));
  }

  /**
   * Returns the action as text: {@code Action 1.1: Delivery of ...}.
   *
   * @return the action as text
   */
  @Override
  public String toString() {
    return "Action " + number().map(n -> n + ": ").orElse("") + description()
        + (accountableOfficers().isEmpty() ? "" : " (" + String.join(", ", accountableOfficers()) + ")")
        + (actions().isEmpty() ? "" : " [" + actions().size() + " sub-actions]");
  }

  /** Builds an {@link Action}. */
  public static final class Builder extends ImmutableAction.Builder {
    Builder() {}
  }
}
