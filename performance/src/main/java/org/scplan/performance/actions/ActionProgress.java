package org.scplan.performance.actions;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.Action;
import org.scplan.core.Rag;
import org.scplan.core.internal.ScplanStyle;

/**
 * How one of a plan's actions stands at a monitoring point: the action (by priority and number,
 * or description), its {@link ActionStatus}, and the RAG rating a report published for it, if
 * any, which is checked against the one the status gives.
 *
 * <pre>{@code
 * ActionProgress.of("1.1", ActionStatus.ON_COURSE)
 * ActionProgress.of(plan.priorities().get(0).actions().get(0), ActionStatus.COMPLETED)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class ActionProgress {

  /** Only the generated implementation (or this package) constructs it. */
  ActionProgress() {}

  /**
   * Returns the number of the priority the action belongs to.
   *
   * @return the priority's number
   */
  public abstract Optional<String> priority();

  /**
   * Returns the action's number as printed: {@code 1.1}.
   *
   * @return the number
   */
  public abstract Optional<String> number();

  /**
   * Returns what the action is.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * Returns where the action stands.
   *
   * @return the status
   */
  public abstract ActionStatus status();

  /**
   * Returns the rating a report published for the action.
   *
   * @return the published rating, if any
   */
  public abstract Optional<Rag> publishedRag();

  /**
   * Returns a note as published: what has been achieved, why it is delayed.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  /**
   * Obtains the progress of an action by number.
   *
   * @param number the action's number, such as {@code 1.1}
   * @param status where it stands
   * @return the progress
   */
  public static ActionProgress of(String number, ActionStatus status) {
    return builder().number(number).status(status).build();
  }

  /**
   * Obtains the progress of one of a plan's actions, taking its number and description.
   *
   * @param action the action
   * @param status where it stands
   * @return the progress
   */
  public static ActionProgress of(Action action, ActionStatus status) {
    requireNonNull(action, "action");
    return builder().number(action.number()).description(action.description()).status(status).build();
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
   * Returns the rating the status gives: GREEN completed, AMBER on course or not started, RED
   * delayed, stopped or cancelled.
   *
   * @return the rating
   */
  public Rag rag() {
    return status().rag();
  }

  /**
   * Returns the name findings use: {@code Action 1.1}, or the description where there is no number.
   *
   * @return the label
   */
  public String label() {
    return number().map(n -> "Action " + n).orElseGet(() -> description().orElseThrow());
  }

  @Value.Check
  void check() {
    checkArgument(number().isPresent() || description().filter(d -> !d.isBlank()).isPresent(),
        "An action's progress needs the action's number or description");
  }

  /**
   * Returns the progress as text: {@code Action 1.1: on course (AMBER)}.
   *
   * @return the progress as text
   */
  @Override
  public String toString() {
    return label() + ": " + status().label() + " (" + rag() + ")"
        + publishedRag().map(r -> ", published " + r).orElse("");
  }

  /** Builds an {@link ActionProgress}. */
  public static final class Builder extends ImmutableActionProgress.Builder {
    Builder() {}
  }
}
