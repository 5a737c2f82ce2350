package org.scplan.risk;

import org.scplan.core.Words;

/**
 * How a risk moved between two versions of a register. A lower current rating (by level, then
 * score, on the register's matrix) is an improvement.
 */
public enum Travel {
  /** Its current rating fell. */
  IMPROVING("↓"),
  /** Its current rating rose. */
  WORSENING("↑"),
  /** Its current rating kept its level and score. */
  NO_CHANGE("→"),
  /** It is on the later version only. */
  NEW("new"),
  /** It is on the earlier version only. */
  REMOVED("removed"),
  /** It was open on the earlier version and is closed on the later. */
  CLOSED("closed"),
  /** One of the versions gives it no current rating on the matrix, so no direction can be given. */
  NOT_RATED("?");

  private final String symbol;

  Travel(String symbol) {
    this.symbol = symbol;
  }

  /**
   * Returns a short mark for a table: an arrow for a rating that moved or stood still (down is
   * better), a word otherwise.
   *
   * @return the mark
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Returns the travel in words: {@code Improving}, {@code No change}.
   *
   * @return the travel as text
   */
  @Override
  public String toString() {
    return Words.label(this);
  }
}
