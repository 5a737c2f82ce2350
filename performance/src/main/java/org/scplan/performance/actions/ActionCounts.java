package org.scplan.performance.actions;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.scplan.core.Rag;

/**
 * How many of a plan's actions are completed, on course, and delayed or cancelled: the three count
 * columns of Kent's business plan dashboard (the Kent FSC monitoring 2013-14, 5.3), one for each colour of its key.
 * SCS's
 * row is {@code ActionCounts.of(1, 17, 0)}: 18 actions.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ActionCounts implements Serializable {
  private static final long serialVersionUID = 1L;

  /** No actions. */
  public static final ActionCounts NONE = new ActionCounts(0, 0, 0);

  private final int completed;
  private final int onCourse;
  private final int delayedOrCancelled;

  private ActionCounts(int completed, int onCourse, int delayedOrCancelled) {
    this.completed = completed;
    this.onCourse = onCourse;
    this.delayedOrCancelled = delayedOrCancelled;
  }

  /**
   * Obtains counts.
   *
   * @param completed actions completed (GREEN)
   * @param onCourse actions on course or not yet started (AMBER)
   * @param delayedOrCancelled actions delayed, stopped or cancelled (RED)
   * @return the counts
   * @throws IllegalArgumentException if a count is negative
   */
  public static ActionCounts of(int completed, int onCourse, int delayedOrCancelled) {
    checkArgument(completed >= 0, "Invalid count of completed actions (valid values 0 or more): %s", completed);
    checkArgument(onCourse >= 0, "Invalid count of actions on course (valid values 0 or more): %s", onCourse);
    checkArgument(delayedOrCancelled >= 0,
        "Invalid count of actions delayed or cancelled (valid values 0 or more): %s", delayedOrCancelled);
    return new ActionCounts(completed, onCourse, delayedOrCancelled);
  }

  /**
   * Counts actions by status.
   *
   * @param statuses the statuses of the actions
   * @return the counts
   */
  public static ActionCounts tally(Iterable<ActionStatus> statuses) {
    int[] byRag = new int[Rag.values().length];
    for (ActionStatus s : statuses) {
      byRag[s.rag().ordinal()]++;
    }
    return of(byRag[Rag.GREEN.ordinal()], byRag[Rag.AMBER.ordinal()], byRag[Rag.RED.ordinal()]);
  }

  /**
   * Returns how many actions are completed.
   *
   * @return the count
   */
  public int completed() {
    return completed;
  }

  /**
   * Returns how many actions are on course (or not yet started).
   *
   * @return the count
   */
  public int onCourse() {
    return onCourse;
  }

  /**
   * Returns how many actions are delayed, stopped or cancelled.
   *
   * @return the count
   */
  public int delayedOrCancelled() {
    return delayedOrCancelled;
  }

  /**
   * Returns how many actions have a rating.
   *
   * @param rag the rating: GREEN for completed, AMBER for on course, RED for delayed or cancelled
   * @return the count
   */
  public int count(Rag rag) {
    return switch (requireNonNull(rag, "rag")) {
      case GREEN -> completed;
      case AMBER -> onCourse;
      case RED -> delayedOrCancelled;
    };
  }

  /**
   * Returns how many actions there are.
   *
   * @return the total
   * @throws ArithmeticException on overflow
   */
  public int total() {
    return Math.addExact(Math.addExact(completed, onCourse), delayedOrCancelled);
  }

  /**
   * Returns the counts of these actions and another's together.
   *
   * @param other the other counts
   * @return the sums
   * @throws ArithmeticException on overflow
   */
  public ActionCounts plus(ActionCounts other) {
    requireNonNull(other, "other");
    return new ActionCounts(Math.addExact(completed, other.completed), Math.addExact(onCourse, other.onCourse),
        Math.addExact(delayedOrCancelled, other.delayedOrCancelled));
  }

  /**
   * Checks whether another object is equal counts.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof ActionCounts o && o.completed == completed && o.onCourse == onCourse
        && o.delayedOrCancelled == delayedOrCancelled;
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (completed * 31 + onCourse) * 31 + delayedOrCancelled;
  }

  /**
   * Returns the counts as text: {@code 18 actions: 1 completed, 17 on course, 0 delayed or
   * cancelled}.
   *
   * @return the counts as text
   */
  @Override
  public String toString() {
    return total() + (total() == 1 ? " action: " : " actions: ") + completed + " completed, " + onCourse
        + " on course, " + delayedOrCancelled + " delayed or cancelled";
  }
}
