package org.scplan.risk;

import java.util.Map;
import org.scplan.core.Words;

/** Where a further action to control a risk stands. */
public enum RiskActionStatus {
  /** Agreed but not started. */
  PLANNED,
  /** Under way. */
  IN_PROGRESS,
  /** Done. */
  COMPLETED,
  /** Dropped. */
  CANCELLED;

  private static final Map<String, RiskActionStatus> ALIASES = Map.of(
      "not started", PLANNED, "open", IN_PROGRESS, "on course", IN_PROGRESS, "ongoing", IN_PROGRESS,
      "complete", COMPLETED, "done", COMPLETED, "closed", COMPLETED, "canceled", CANCELLED, "stopped", CANCELLED);

  /**
   * Checks whether the action is still to be done: planned or in progress.
   *
   * @return true if open
   */
  public boolean isOpen() {
    return this == PLANNED || this == IN_PROGRESS;
  }

  /**
   * Reads a status from its name or a common synonym, ignoring case: {@code Planned},
   * {@code in progress}, {@code On course}, {@code Complete}.
   *
   * @param text the text
   * @return the status
   * @throws org.scplan.core.ValueParseException if the text names no status
   */
  public static RiskActionStatus parse(CharSequence text) {
    return Words.parse(RiskActionStatus.class, ALIASES, text, "an action status");
  }

  /**
   * Returns the status in words: {@code In progress}.
   *
   * @return the status as text
   */
  @Override
  public String toString() {
    return Words.label(this);
  }
}
