package org.scplan.equality;

import org.scplan.core.Words;

/**
 * How strongly a group could be affected, as an equality impact assessment grades it: HIGH,
 * MEDIUM, LOW, NONE or UNKNOWN.
 */
public enum ImpactLevel {
  /** A high impact. */
  HIGH,
  /** A medium impact. */
  MEDIUM,
  /** A low impact. */
  LOW,
  /** No impact. */
  NONE,
  /** Not known yet. */
  UNKNOWN;

  /**
   * Checks whether the impact is high or medium: one that calls for action when negative.
   *
   * @return true for HIGH or MEDIUM
   */
  public boolean isSignificant() {
    return this == HIGH || this == MEDIUM;
  }

  /**
   * Reads an impact from its name, ignoring case: {@code High}, {@code none}.
   *
   * @param text the text
   * @return the impact
   * @throws org.scplan.core.ValueParseException if the text names no impact
   */
  public static ImpactLevel parse(CharSequence text) {
    return Words.parse(ImpactLevel.class, text, "an impact level");
  }

  /**
   * Returns the impact in words: {@code High}.
   *
   * @return the impact as text
   */
  @Override
  public String toString() {
    return Words.label(this);
  }
}
