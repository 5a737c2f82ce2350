package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Which way is better for an indicator: higher values (the share of people reviewed), lower values
 * (delayed transfers of care, 53,973 to 41,730), or neither (a count of clients, an activity
 * level).
 *
 * <p>Polarity decides what "below target" means in a RAG rule and whether a change is
 * "improving" or only "increasing".
 */
public enum Polarity {
  /** Higher values are better: a percentage of people reviewed, people helped to live independently. */
  HIGHER_IS_BETTER("higher is better"),
  /** Lower values are better: delayed transfers of care, re-admissions, waiting times. */
  LOWER_IS_BETTER("lower is better"),
  /** No judgement: a level of activity that is neither good nor bad in itself. */
  NONE("no polarity");

  /** The other words the plans and the command line use for the constants. */
  private static final Map<String, Polarity> ALIASES = Map.ofEntries(
        Map.entry("higher", HIGHER_IS_BETTER),
        Map.entry("high", HIGHER_IS_BETTER),
        Map.entry("up", HIGHER_IS_BETTER),
        Map.entry("increase is good", HIGHER_IS_BETTER),
        Map.entry("lower", LOWER_IS_BETTER),
        Map.entry("low", LOWER_IS_BETTER),
        Map.entry("down", LOWER_IS_BETTER),
        Map.entry("decrease is good", LOWER_IS_BETTER),
        Map.entry("no polarity", NONE),
        Map.entry("neither", NONE),
        Map.entry("no judgement", NONE),
        Map.entry("no judgment", NONE),
        Map.entry("n/a", NONE));
  private final String label;

  Polarity(String label) {
    this.label = label;
  }

  /**
   * Returns the polarity in words, as an assessment prints it: {@code higher is better}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Checks whether this polarity says which way is better.
   *
   * @return true unless {@link #NONE}
   */
  public boolean isJudged() {
    return this != NONE;
  }

  /**
   * Compares two values by how good they are.
   *
   * @param a a value
   * @param b another value
   * @return positive if {@code a} is better than {@code b}, negative if worse, zero if equal in
   *     value or if this polarity is {@link #NONE}
   */
  public int compare(BigDecimal a, BigDecimal b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    return switch (this) {
      case HIGHER_IS_BETTER -> a.compareTo(b);
      case LOWER_IS_BETTER -> b.compareTo(a);
      case NONE -> 0;
    };
  }

  /**
   * Checks whether one value is better than another.
   *
   * @param a a value
   * @param b another value
   * @return true if {@code a} is strictly better than {@code b}; always false for {@link #NONE}
   */
  public boolean isBetter(BigDecimal a, BigDecimal b) {
    return compare(a, b) > 0;
  }

  /**
   * Returns the opposite polarity.
   *
   * @return lower for higher, higher for lower, and {@link #NONE} for none
   */
  public Polarity reversed() {
    return switch (this) {
      case HIGHER_IS_BETTER -> LOWER_IS_BETTER;
      case LOWER_IS_BETTER -> HIGHER_IS_BETTER;
      case NONE -> NONE;
    };
  }

  /**
   * Reads a polarity: its name ({@code HIGHER_IS_BETTER}), its label ({@code higher is better}),
   * or a short form ({@code higher}, {@code up}, {@code lower}, {@code down}, {@code none}).
   * Case, hyphens and underscores are ignored.
   *
   * @param text the text
   * @return the polarity
   * @throws ValueParseException if the text names no polarity
   */
  public static Polarity parse(CharSequence text) {
    return Words.parse(Polarity.class, ALIASES, text, "a polarity", "higher is better, lower is better or none");
  }

  /**
   * Returns the side of improvement: +1 when higher is better, −1 when lower is better, 0 for none.
   *
   * @return the sign
   */
  public int sign() {
    return switch (this) {
      case HIGHER_IS_BETTER -> 1;
      case LOWER_IS_BETTER -> -1;
      case NONE -> 0;
    };
  }
}
