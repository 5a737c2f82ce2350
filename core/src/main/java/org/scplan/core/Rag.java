package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;

/**
 * A red, amber or green rating, declared worst first so that {@link #compareTo} orders by how good
 * the rating is: {@code RED < AMBER < GREEN}.
 *
 * <p>Kent's rule for indicators (2013): GREEN, target achieved or exceeded; AMBER, below target but
 * at or above the minimum standard; RED, below the minimum standard. For actions: GREEN completed,
 * AMBER partially complete or on course, RED stopped or will not be delivered. A result that
 * cannot be rated is a {@link RagStatus#notRated(String)}.
 */
public enum Rag {
  /** Red: below the minimum standard; stopped or will not be delivered. */
  RED,
  /** Amber: below target but at or above the minimum; on course. */
  AMBER,
  /** Green: target achieved or exceeded; completed. */
  GREEN;

  /** The other words the plans and the command line use for the constants. */
  private static final Map<String, Rag> ALIASES = Map.ofEntries(
        Map.entry("r", RED),
        Map.entry("a", AMBER),
        Map.entry("g", GREEN));
  /**
   * Checks whether this rating is better than another.
   *
   * @param other the other rating
   * @return true if better
   */
  public boolean isBetterThan(Rag other) {
    return compareTo(requireNonNull(other, "other")) > 0;
  }

  /**
   * Checks whether this rating is worse than another.
   *
   * @param other the other rating
   * @return true if worse
   */
  public boolean isWorseThan(Rag other) {
    return compareTo(requireNonNull(other, "other")) < 0;
  }

  /**
   * Returns the worst of some ratings.
   *
   * @param ratings the ratings, none null
   * @return the worst, or empty if there are none
   */
  public static Optional<Rag> worstOf(Iterable<Rag> ratings) {
    Rag worst = null;
    for (Rag r : ratings) {
      requireNonNull(r, "rating");
      if (worst == null || r.isWorseThan(worst)) {
        worst = r;
      }
    }
    return Optional.ofNullable(worst);
  }

  /**
   * Reads a rating from its name or initial, ignoring case: {@code GREEN}, {@code Amber}, {@code R}.
   *
   * @param text the text
   * @return the rating
   * @throws ValueParseException if the text names no rating
   */
  public static Rag parse(CharSequence text) {
    return Words.parse(Rag.class, ALIASES, text, "a RAG rating", "RED, AMBER or GREEN (or R, A, G)");
  }

}
