package org.scplan.risk;

import org.scplan.core.Words;

/** Whether a risk is still being managed. */
public enum RiskStatus {
  /** On the register and managed. */
  OPEN,
  /** Closed: no longer managed on this register. */
  CLOSED;

  /**
   * Reads a status from its name, ignoring case.
   *
   * @param text the text: {@code Open}, {@code closed}
   * @return the status
   * @throws org.scplan.core.ValueParseException if the text names no status
   */
  public static RiskStatus parse(CharSequence text) {
    return Words.parse(RiskStatus.class, text, "a risk status");
  }

  /**
   * Returns the status in words: {@code Open}.
   *
   * @return the status as text
   */
  @Override
  public String toString() {
    return Words.label(this);
  }
}
