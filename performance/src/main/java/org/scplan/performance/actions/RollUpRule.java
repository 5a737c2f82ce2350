package org.scplan.performance.actions;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.scplan.core.Rag;
import org.scplan.core.RagStatus;
import org.scplan.core.ValueParseException;
import org.scplan.core.Words;

/**
 * How a division's or directorate's actions roll up into one overall RAG rating. Both rules give
 * GREEN only when every action is completed, and leave a row with no actions not rated; they
 * differ in what it takes to be RED.
 *
 * <ul>
 *   <li>{@link #KENT}: Kent's key (the Kent FSC monitoring 2013-14, 5.3) read for the plan as a whole. GREEN when it is
 *       completed (every action completed); AMBER while it is partially complete or on course (at
 *       least one action completed or on course); RED when it is stopped or will not be delivered
 *       (every action not completed is delayed or cancelled, and none is completed or on course).
 *   <li>{@link #WORST_OF}: the worst rating of any action. RED as soon as one action is delayed or
 *       cancelled; otherwise AMBER unless every action is completed.
 * </ul>
 *
 * <p>The Kent FSC monitoring 2013-14's dashboard, every row with some actions on course and none delayed or cancelled,
 * is AMBER under both. They part when some actions slip: SC's 48 actions with one cancelled would
 * stay AMBER under Kent's reading and turn RED under worst-of. {@link #KENT} is the default, as the
 * rule of the report the library reproduces; {@link #WORST_OF} is the stricter choice.
 */
public enum RollUpRule {
  /** Kent's key read for the plan as a whole. */
  KENT("kent"),
  /** The worst rating of any action. */
  WORST_OF("worst-of");

  /** The other words the plans and the command line use for the constants. */
  private static final Map<String, RollUpRule> ALIASES = Map.ofEntries(
        Map.entry("worst", WORST_OF));
  private static final RagStatus NO_ACTIONS = RagStatus.notRated("no actions to monitor");

  private final String id;

  RollUpRule(String id) {
    this.id = id;
  }

  /**
   * Returns the rule's short name for files and command lines: {@code kent}, {@code worst-of}.
   *
   * @return the name, read back by {@link #parse(CharSequence)}
   */
  public String id() {
    return id;
  }

  /**
   * Rolls counts of actions up into one rating.
   *
   * @param counts the counts
   * @return the overall rating, or not rated when there are no actions
   */
  public RagStatus rag(ActionCounts counts) {
    requireNonNull(counts, "counts");
    if (counts.total() == 0) {
      return NO_ACTIONS;
    }
    if (counts.completed() == counts.total()) {
      return RagStatus.of(Rag.GREEN);
    }
    boolean red = this == KENT
        ? counts.completed() + counts.onCourse() == 0
        : counts.delayedOrCancelled() > 0;
    return RagStatus.of(red ? Rag.RED : Rag.AMBER);
  }

  /**
   * Reads a rule from its name ({@code kent}, {@code worst-of}, also {@code worst}), ignoring case
   * and underscores.
   *
   * @param text the name
   * @return the rule
   * @throws ValueParseException if the text names no rule
   */
  public static RollUpRule parse(CharSequence text) {
    return Words.parse(RollUpRule.class, ALIASES, text, "a roll-up rule", "kent or worst-of");
  }

}
