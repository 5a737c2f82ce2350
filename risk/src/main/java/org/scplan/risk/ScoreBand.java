package org.scplan.risk;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;
import org.scplan.core.internal.ScplanStyle;

/**
 * A band of scores a matrix assigns one level: Kent's {@code Medium 8–15}. Both ends are
 * included.
 *
 * <p>A band is a plain record of what a matrix says; whether its ends are in order, whether it
 * overlaps another band and whether the bands together cover every score the grid can produce
 * are checked when the matrix is loaded ({@link RiskMatrix.Builder#check()}), so that a file with
 * a bad band is reported, naming the band, rather than thrown.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class ScoreBand {

  /** Only the generated implementation (or this package) constructs it. */
  ScoreBand() {}

  /**
   * Returns the name of the level the band assigns: {@code Medium}.
   *
   * @return the level's name, not blank
   */
  @Value.Parameter
  public abstract String level();

  /**
   * Returns the lowest score in the band.
   *
   * @return the lowest score, included
   */
  @Value.Parameter
  public abstract int lowest();

  /**
   * Returns the highest score in the band.
   *
   * @return the highest score, included
   */
  @Value.Parameter
  public abstract int highest();

  /**
   * Obtains a band.
   *
   * @param level the name of the level it assigns
   * @param lowest the lowest score, included
   * @param highest the highest score, included
   * @return the band
   * @throws IllegalArgumentException if the level's name is blank
   */
  public static ScoreBand of(String level, int lowest, int highest) {
    return ImmutableScoreBand.of(level, lowest, highest);
  }

  /**
   * Checks whether a score is in the band.
   *
   * @param score the score
   * @return true if {@code lowest <= score <= highest}
   */
  public boolean contains(int score) {
    return lowest() <= score && score <= highest();
  }

  /**
   * Checks whether this band shares a score with another.
   *
   * @param other the other band
   * @return true if they overlap
   */
  public boolean overlaps(ScoreBand other) {
    return lowest() <= highest() && other.lowest() <= other.highest()
        && lowest() <= other.highest() && other.lowest() <= highest();
  }

  /**
   * Returns the scores as text: {@code 8–15}, or {@code 25} for a band of one score.
   *
   * @return the scores
   */
  public String scores() {
    return lowest() == highest() ? Integer.toString(lowest()) : lowest() + "–" + highest();
  }

  @Value.Check
  void check() {
    checkArgument(!level().isBlank(), "A score band's level is blank (scores %s to %s)", lowest(), highest());
  }

  /**
   * Returns the level and scores: {@code Medium 8–15}.
   *
   * @return the band as text
   */
  @Override
  public String toString() {
    return level() + " " + scores();
  }
}
