package org.scplan.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.internal.ScplanStyle;

/**
 * A key milestone of a priority, as published: its letter ({@code A}), description and due month.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class Milestone {

  /** Only the generated implementation (or this package) constructs it. */
  Milestone() {}

  /**
   * Returns the milestone's letter: {@code A}.
   *
   * @return the letter, or empty where the plan prints none
   */
  public abstract Optional<String> letter();

  /**
   * Returns what the milestone is.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * Returns when it is due.
   *
   * @return the due date as published, or empty where the plan gives none
   */
  public abstract Optional<PlanDate> due();

  /**
   * Obtains a lettered milestone with a due date.
   *
   * @param letter the letter
   * @param description what it is
   * @param due when it is due, as published: {@code "Jan 2014"}
   * @return the milestone
   */
  public static Milestone of(String letter, String description, String due) {
    return builder().letter(letter).description(description).due(PlanDate.parse(due)).build();
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
    checkArgument(!description().isBlank(), "A milestone's description is blank (letter %s)",
        letter().orElse("none"));
  }

  /**
   * Returns the milestone as text: {@code Milestone A: Review ... (due Jan 2014)}.
   *
   * @return the milestone as text
   */
  @Override
  public String toString() {
    return "Milestone " + letter().map(l -> l + ": ").orElse("") + description()
        + due().map(d -> " (due " + d + ")").orElse("");
  }

  /** Builds a {@link Milestone}. */
  public static final class Builder extends ImmutableMilestone.Builder {
    Builder() {}
  }
}
