package org.scplan.performance.spc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.scplan.core.ReportingPeriod;

/**
 * How an {@link XmrChart} is drawn: moving-range screening, limits fixed after the first values,
 * rebasing, run lengths and the minimum number of points.
 *
 * <p>The {@linkplain #defaults() defaults} are NHS England's "Making Data Count" method as its
 * spreadsheet tool applies it:
 *
 * <ul>
 *   <li><b>no moving-range screening</b>. Screening (Nelson 1982) drops every moving range at
 *       least 3.267 times the average before the limits are computed, which narrows limits that
 *       one outlier has widened; the R package NHSRplotthedots screens by default. scplan does not,
 *       because councils publish their charts beside their NHS partners', who use the spreadsheet
 *       tool: the same data must give the same limits, and mean ± 2.66 × average moving range is
 *       the rule members are told. {@code withScreening(true)} gives the R package's limits;
 *   <li>limits from <b>all the values</b> of a segment ({@link #withFixedLimitsAfter(int)} fixes
 *       them after the first N values instead);
 *   <li><b>no rebasing</b> ({@link #withRebaseAt(String...)} starts a new segment, with limits of
 *       its own, at named points);
 *   <li>runs of <b>7</b> for both trend and shift (6 is the common alternative);
 *   <li>at least <b>13</b> values in a segment for firm limits and an assurance verdict.
 * </ul>
 *
 * <pre>{@code
 * SpcOptions.defaults().withFixedLimitsAfter(12).withRunLength(6)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SpcOptions {
  /** The default run length of a trend and of a shift. */
  public static final int DEFAULT_RUN_LENGTH = 7;
  /** The default minimum number of values in a segment. */
  public static final int DEFAULT_MINIMUM_POINTS = 13;
  /** The shortest run length allowed. */
  public static final int MIN_RUN_LENGTH = 5;
  /** The longest run length allowed. */
  public static final int MAX_RUN_LENGTH = 10;

  private static final SpcOptions DEFAULTS = new SpcOptions(false, 0, List.of(),
      DEFAULT_RUN_LENGTH, DEFAULT_RUN_LENGTH, DEFAULT_MINIMUM_POINTS);

  private final boolean screening;
  private final int fixedAfter;
  private final List<String> rebaseAt;
  private final int trendLength;
  private final int shiftLength;
  private final int minimumPoints;

  private SpcOptions(boolean screening, int fixedAfter, List<String> rebaseAt, int trendLength,
      int shiftLength, int minimumPoints) {
    this.screening = screening;
    this.fixedAfter = fixedAfter;
    this.rebaseAt = rebaseAt;
    this.trendLength = trendLength;
    this.shiftLength = shiftLength;
    this.minimumPoints = minimumPoints;
  }

  /**
   * Obtains the default options: no screening, limits from all values, no rebasing, runs of 7, a
   * minimum of 13 values.
   *
   * @return the defaults
   */
  public static SpcOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Checks whether moving ranges are screened: a moving range at least 3.267 times the average is
   * left out before the limits are computed (once; moving ranges of zero are never screened).
   *
   * @return true if screening is on
   */
  public boolean screening() {
    return screening;
  }

  /**
   * Returns how many values of each segment the limits come from, if they are fixed.
   *
   * @return the number of values, or empty when the limits come from all the values
   */
  public OptionalInt fixedAfter() {
    return fixedAfter == 0 ? OptionalInt.empty() : OptionalInt.of(fixedAfter);
  }

  /**
   * Returns the labels of the points at which a new segment starts.
   *
   * @return the labels, in the order given
   */
  public List<String> rebaseAt() {
    return rebaseAt;
  }

  /**
   * Returns how many points, each higher (or each lower) than the one before, make a trend.
   *
   * @return the trend length
   */
  public int trendLength() {
    return trendLength;
  }

  /**
   * Returns how many points on one side of the mean make a shift.
   *
   * @return the shift length
   */
  public int shiftLength() {
    return shiftLength;
  }

  /**
   * Returns how many values a segment needs for firm limits and an assurance verdict.
   *
   * @return the minimum
   */
  public int minimumPoints() {
    return minimumPoints;
  }

  /**
   * Returns a copy of these options with moving-range screening on or off.
   *
   * @param screening true to screen moving ranges
   * @return the options
   */
  public SpcOptions withScreening(boolean screening) {
    return screening == this.screening ? this
        : new SpcOptions(screening, fixedAfter, rebaseAt, trendLength, shiftLength, minimumPoints);
  }

  /**
   * Returns a copy of these options whose limits come from the first values of each segment only,
   * and so do not move as later values arrive. Missing values do not count.
   *
   * @param values how many values, 2 or more
   * @return the options
   * @throws IllegalArgumentException if fewer than 2
   */
  public SpcOptions withFixedLimitsAfter(int values) {
    checkArgument(values >= 2, "Invalid value for fixed limits (valid values 2 or more): %s", values);
    return new SpcOptions(screening, values, rebaseAt, trendLength, shiftLength, minimumPoints);
  }

  /**
   * Returns a copy of these options whose limits come from all the values of each segment.
   *
   * @return the options
   */
  public SpcOptions withLimitsFromAllValues() {
    return fixedAfter == 0 ? this
        : new SpcOptions(screening, 0, rebaseAt, trendLength, shiftLength, minimumPoints);
  }

  /**
   * Returns a copy of these options that starts a new segment, with limits of its own, at each
   * named point: a change to the process, such as a new service model, from that period on.
   *
   * @param labels the labels of the points, as the series gives them ({@code April 2017})
   * @return the options
   */
  public SpcOptions withRebaseAt(String... labels) {
    requireNonNull(labels, "labels");
    LinkedHashSet<String> set = new LinkedHashSet<>();
    for (String label : labels) {
      requireNonNull(label, "label");
      checkArgument(!label.isBlank(), "A rebase label is blank");
      set.add(label.strip());
    }
    return new SpcOptions(screening, fixedAfter, List.copyOf(set), trendLength, shiftLength,
        minimumPoints);
  }

  /**
   * Returns a copy of these options that starts a new segment at each of the periods.
   *
   * @param periods the periods
   * @return the options
   */
  public SpcOptions withRebaseAt(ReportingPeriod... periods) {
    requireNonNull(periods, "periods");
    List<String> labels = new ArrayList<>();
    for (ReportingPeriod p : periods) {
      labels.add(requireNonNull(p, "period").toString());
    }
    return withRebaseAt(labels.toArray(String[]::new));
  }

  /**
   * Returns a copy of these options with no rebasing: one segment.
   *
   * @return the options
   */
  public SpcOptions withoutRebase() {
    return rebaseAt.isEmpty() ? this
        : new SpcOptions(screening, fixedAfter, List.of(), trendLength, shiftLength, minimumPoints);
  }

  /**
   * Returns a copy of these options with one run length for both trends and shifts.
   *
   * @param points the run length, 5 to 10 (7 by default; 6 is common)
   * @return the options
   * @throws IllegalArgumentException if outside 5 to 10
   */
  public SpcOptions withRunLength(int points) {
    return withTrendLength(points).withShiftLength(points);
  }

  /**
   * Returns a copy of these options with a trend length.
   *
   * @param points the number of points each higher (or lower) than the one before, 5 to 10
   * @return the options
   * @throws IllegalArgumentException if outside 5 to 10
   */
  public SpcOptions withTrendLength(int points) {
    checkRunLength("trend length", points);
    return new SpcOptions(screening, fixedAfter, rebaseAt, points, shiftLength, minimumPoints);
  }

  /**
   * Returns a copy of these options with a shift length.
   *
   * @param points the number of points on one side of the mean, 5 to 10
   * @return the options
   * @throws IllegalArgumentException if outside 5 to 10
   */
  public SpcOptions withShiftLength(int points) {
    checkRunLength("shift length", points);
    return new SpcOptions(screening, fixedAfter, rebaseAt, trendLength, points, minimumPoints);
  }

  /**
   * Returns a copy of these options with the minimum number of values a segment needs for firm
   * limits and an assurance verdict.
   *
   * @param values the minimum, 2 or more
   * @return the options
   * @throws IllegalArgumentException if fewer than 2
   */
  public SpcOptions withMinimumPoints(int values) {
    checkArgument(values >= 2, "Invalid value for minimum points (valid values 2 or more): %s", values);
    return new SpcOptions(screening, fixedAfter, rebaseAt, trendLength, shiftLength, values);
  }

  private static void checkRunLength(String what, int points) {
    checkArgument(points >= MIN_RUN_LENGTH && points <= MAX_RUN_LENGTH,
        "Invalid value for %s (valid values %s - %s): %s", what, MIN_RUN_LENGTH, MAX_RUN_LENGTH, points);
  }

  /**
   * Checks whether another object is equal options.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof SpcOptions o && o.screening == screening && o.fixedAfter == fixedAfter
        && o.rebaseAt.equals(rebaseAt) && o.trendLength == trendLength && o.shiftLength == shiftLength
        && o.minimumPoints == minimumPoints;
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(screening, fixedAfter, rebaseAt, trendLength, shiftLength, minimumPoints);
  }

  /**
   * Returns the options in words: {@code moving ranges not screened, limits from all values, no
   * rebase, trend 7, shift 7, minimum 13 values}.
   *
   * @return the options as text
   */
  @Override
  public String toString() {
    return (screening ? "moving ranges screened" : "moving ranges not screened")
        + (fixedAfter == 0 ? ", limits from all values" : ", limits fixed after " + fixedAfter + " values")
        + (rebaseAt.isEmpty() ? ", no rebase" : ", rebased at " + String.join(", ", rebaseAt))
        + ", trend " + trendLength + ", shift " + shiftLength + ", minimum " + minimumPoints + " values";
  }
}
