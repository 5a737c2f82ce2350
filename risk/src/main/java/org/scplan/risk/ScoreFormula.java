package org.scplan.risk;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.scplan.core.ValueParseException;

/**
 * How a matrix turns a rating's likelihood and impact numbers into a score. Both formulas rise
 * with each number, so raising likelihood or impact never lowers the score.
 */
public enum ScoreFormula {
  /** Likelihood × impact: Kent's 5 × 5 gives 1 to 25. */
  PRODUCT("likelihood × impact"),
  /** Likelihood + impact: an additive matrix. */
  SUM("likelihood + impact");

  private final String text;

  ScoreFormula(String text) {
    this.text = text;
  }

  /**
   * Returns the score of a likelihood and an impact number.
   *
   * @param likelihood the likelihood number
   * @param impact the impact number
   * @return the score
   */
  public int score(int likelihood, int impact) {
    return this == PRODUCT ? likelihood * impact : likelihood + impact;
  }

  /**
   * Reads a formula from its name ({@code product}, {@code sum}) or its text
   * ({@code likelihood × impact}), ignoring case.
   *
   * @param text the text
   * @return the formula
   * @throws ValueParseException if the text names no formula
   */
  public static ScoreFormula parse(CharSequence text) {
    requireNonNull(text, "text");
    String t = text.toString().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    for (ScoreFormula f : values()) {
      if (t.equals(f.name().toLowerCase(Locale.ROOT)) || t.equals(f.text)
          || t.equals(f.text.replace('×', 'x')) || t.equals(f.text.replace('×', '*'))) {
        return f;
      }
    }
    throw new ValueParseException("a score formula", text, -1,
        "product or sum (likelihood × impact or likelihood + impact)");
  }

  /**
   * Returns the formula in words: {@code likelihood × impact}.
   *
   * @return the formula as text
   */
  @Override
  public String toString() {
    return text;
  }
}
