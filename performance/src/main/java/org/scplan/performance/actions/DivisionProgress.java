package org.scplan.performance.actions;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.scplan.core.Rag;
import org.scplan.core.RagStatus;
import org.scplan.core.internal.ScplanStyle;

/**
 * One row of a business plan monitoring dashboard: a division's priorities and actions, counted as
 * completed, on course, and delayed or cancelled, with the overall RAG rating published for it.
 *
 * <p>The Kent FSC monitoring 2013-14, 5.3, row SCS: 5 priorities, 18 actions, 1 completed, 17 on course, 0 delayed or
 * cancelled, AMBER:
 *
 * <pre>{@code
 * DivisionProgress.of("SCS", 5, 18, 1, 17, 0, Rag.AMBER)
 * }</pre>
 *
 * <p>A row may instead be built from its actions' progress, and the counts are then tallied from
 * them. The published total of actions is kept as printed, so that checking can say when the
 * columns do not add up.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class DivisionProgress {

  /** Only the generated implementation (or this package) constructs it. */
  DivisionProgress() {}

  /**
   * Returns the division's name as the dashboard prints it: {@code SCS}, {@code OPPD}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the total of priorities as published.
   *
   * @return the number of priorities, if published
   */
  public abstract OptionalInt priorities();

  /**
   * Returns the total of actions as published.
   *
   * @return the number of actions, if published
   */
  public abstract OptionalInt publishedTotal();

  /**
   * Returns the progress of the division's actions, one by one, where known.
   *
   * @return the actions' progress
   */
  public abstract List<ActionProgress> actions();

  /**
   * Returns the counts of actions completed, on course, and delayed or cancelled.
   *
   * @return the counts as published, or else tallied from {@link #actions()}
   */
  @Value.Default
  public ActionCounts counts() {
    return tally(actions());
  }

  /** Counts listed actions by status. */
  static ActionCounts tally(List<ActionProgress> actions) {
    List<ActionStatus> statuses = new ArrayList<>(actions.size());
    for (ActionProgress a : actions) {
      statuses.add(a.status());
    }
    return ActionCounts.tally(statuses);
  }

  /**
   * Returns the overall rating published for the row.
   *
   * @return the published rating, if any
   */
  public abstract Optional<Rag> publishedRag();

  /**
   * Obtains a row as a dashboard prints it.
   *
   * @param name the division's name: {@code SCS}
   * @param priorities the total of priorities: 5
   * @param actions the total of actions: 18
   * @param completed actions completed: 1
   * @param onCourse actions on course: 17
   * @param delayedOrCancelled actions delayed or cancelled: 0
   * @param publishedRag the overall rating: AMBER
   * @return the row
   * @throws IllegalArgumentException if a number is negative
   */
  public static DivisionProgress of(String name, int priorities, int actions, int completed, int onCourse,
      int delayedOrCancelled, Rag publishedRag) {
    return builder().name(name).priorities(priorities).publishedTotal(actions)
        .counts(ActionCounts.of(completed, onCourse, delayedOrCancelled)).publishedRag(publishedRag).build();
  }

  /**
   * Obtains a row from its actions' progress, tallying the counts.
   *
   * @param name the division's name
   * @param priorities the number of priorities
   * @param actions the actions' progress
   * @return the row
   */
  public static DivisionProgress ofActions(String name, int priorities, List<ActionProgress> actions) {
    return builder().name(name).priorities(priorities).addAllActions(actions).build();
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
   * Returns how many actions the row has: the published total, or else the sum of the counts.
   *
   * @return the total
   */
  public int total() {
    return publishedTotal().orElseGet(() -> counts().total());
  }

  /**
   * Rolls the row's actions up into one rating.
   *
   * @param rule the roll-up rule
   * @return the overall rating
   */
  public RagStatus rag(RollUpRule rule) {
    return rule.rag(counts());
  }

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "A monitoring row's name is blank");
    checkArgument(priorities().orElse(0) >= 0, "Invalid number of priorities (valid values 0 or more): %s",
        priorities().orElse(0));
    checkArgument(publishedTotal().orElse(0) >= 0, "Invalid total of actions (valid values 0 or more): %s",
        publishedTotal().orElse(0));
  }

  /**
   * Returns the row as text: {@code SCS: 5 priorities, 18 actions: 1 completed, 17 on course, 0
   * delayed or cancelled; published AMBER}.
   *
   * @return the row as text
   */
  @Override
  public String toString() {
    return name() + ": " + (priorities().isPresent() ? priorities().getAsInt() + " priorities, " : "") + counts()
        + publishedRag().map(r -> "; published " + r).orElse("");
  }

  /** Builds a {@link DivisionProgress}. */
  public static final class Builder extends ImmutableDivisionProgress.Builder {
    Builder() {}
  }
}
