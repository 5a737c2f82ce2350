package org.scplan.risk;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A rating as a register printed it when it gives no likelihood and impact: a score ({@code 20}), a
 * level ({@code High}) or both ({@code 20 (High)}), and, where the register prints them, the score
 * band the level stands for ({@code High (16 to 20)}).
 *
 * <p>Many registers print only the product of likelihood and impact. The score cannot be split back
 * into the two (20 is 4 × 5 or 5 × 4), so such a risk is not placed on a heat map; but its score is
 * still checked: that the matrix can give it, that its level agrees, and that its target is no worse.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PrintedRating implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Integer score;
  private final String level;
  private final Integer bandFrom;
  private final Integer bandTo;
  private final String printed;

  private PrintedRating(Integer score, String level, Integer bandFrom, Integer bandTo, String printed) {
    this.score = score;
    this.level = level;
    this.bandFrom = bandFrom;
    this.bandTo = bandTo;
    this.printed = printed;
  }

  /**
   * Obtains a printed rating.
   *
   * @param score the score printed, if any
   * @param level the level printed, if any
   * @param printed the cell as printed, for messages
   * @return the rating
   * @throws IllegalArgumentException if neither a score nor a level is given, or the score is not positive
   */
  public static PrintedRating of(OptionalInt score, Optional<String> level, String printed) {
    requireNonNull(score, "score");
    requireNonNull(level, "level");
    requireNonNull(printed, "printed");
    checkArgument(score.isPresent() || level.isPresent(), "A printed rating needs a score or a level: %s", printed);
    checkArgument(score.isEmpty() || score.getAsInt() > 0, "Invalid risk score (valid values 1 and more): %s",
        printed);
    return new PrintedRating(score.isPresent() ? score.getAsInt() : null, level.orElse(null), null, null, printed);
  }

  /**
   * Obtains a printed score: {@code 20}.
   *
   * @param score the score
   * @return the rating
   */
  public static PrintedRating ofScore(int score) {
    return of(OptionalInt.of(score), Optional.empty(), String.valueOf(score));
  }

  /**
   * Returns a copy of this rating with the score band its level is printed with: {@code High (16 to 20)}.
   *
   * @param from the band's lowest score
   * @param to the band's highest score
   * @return the rating
   * @throws IllegalArgumentException if the band is empty
   */
  public PrintedRating withBand(int from, int to) {
    checkArgument(from <= to, "Invalid score band (from must not exceed to): %s to %s", from, to);
    return new PrintedRating(score, level, from, to, printed);
  }

  /**
   * Returns the score printed.
   *
   * @return the score, if printed
   */
  public OptionalInt score() {
    return score == null ? OptionalInt.empty() : OptionalInt.of(score);
  }

  /**
   * Returns the level printed, as printed.
   *
   * @return the level, if printed
   */
  public Optional<String> level() {
    return Optional.ofNullable(level);
  }

  /**
   * Returns the lowest score of the band printed with the level.
   *
   * @return the band's lowest score, if a band is printed
   */
  public OptionalInt bandFrom() {
    return bandFrom == null ? OptionalInt.empty() : OptionalInt.of(bandFrom);
  }

  /**
   * Returns the highest score of the band printed with the level.
   *
   * @return the band's highest score, if a band is printed
   */
  public OptionalInt bandTo() {
    return bandTo == null ? OptionalInt.empty() : OptionalInt.of(bandTo);
  }

  /**
   * Returns the cell as printed.
   *
   * @return the text
   */
  public String printed() {
    return printed;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PrintedRating o && Objects.equals(score, o.score) && Objects.equals(level, o.level)
        && Objects.equals(bandFrom, o.bandFrom) && Objects.equals(bandTo, o.bandTo) && printed.equals(o.printed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(score, level, bandFrom, bandTo, printed);
  }

  /**
   * Returns the rating as printed: {@code 20 (High)}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return printed;
  }
}
