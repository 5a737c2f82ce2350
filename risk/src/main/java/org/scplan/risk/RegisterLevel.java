package org.scplan.risk;

import java.util.Map;
import org.scplan.core.Words;

/**
 * The register a risk sits on, from a service's up to the council's corporate register, declared
 * lowest first: a risk is escalated upwards and de-escalated downwards.
 */
public enum RegisterLevel {
  /** A project or programme's register. */
  PROJECT,
  /** A service's register. */
  SERVICE,
  /** A division's register. */
  DIVISION,
  /** A directorate's register: Kent's Directorate Risk Register. */
  DIRECTORATE,
  /** The council's Corporate Risk Register. */
  CORPORATE;

  private static final Map<String, RegisterLevel> ALIASES = Map.of(
      "programme", PROJECT, "divisional", DIVISION, "council", CORPORATE, "corporate risk register", CORPORATE,
      "directorate risk register", DIRECTORATE);

  /**
   * Checks whether this register is above another.
   *
   * @param other the other register
   * @return true if higher
   */
  public boolean isAbove(RegisterLevel other) {
    return compareTo(other) > 0;
  }

  /**
   * Reads a register level from its name, ignoring case: {@code Directorate}, {@code corporate},
   * {@code Divisional}.
   *
   * @param text the text
   * @return the level
   * @throws org.scplan.core.ValueParseException if the text names no level
   */
  public static RegisterLevel parse(CharSequence text) {
    return Words.parse(RegisterLevel.class, ALIASES, text, "a risk register level");
  }

  /**
   * Returns the level in words: {@code Directorate}.
   *
   * @return the level as text
   */
  @Override
  public String toString() {
    return Words.label(this);
  }
}
