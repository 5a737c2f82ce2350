package org.scplan.performance.spc;

/**
 * The rule codes of the findings an {@link XmrChart} reports about its series. Codes are stable:
 * programs may rely on them. A finding's location is the series' name (where it has one) and the
 * period's label, such as {@code NI 125 › March 2017}.
 */
public final class SpcRules {
  private SpcRules() {}

  /**
   * WARNING: a segment (the whole series when it is not rebased) has fewer values than the
   * minimum ({@link SpcOptions#minimumPoints()}, 13 by default): its limits are trial limits, and
   * when it is the latest segment no assurance verdict is given.
   */
  public static final String POINTS_TOO_FEW = "spc.points.too-few";

  /** WARNING: a point has no value; the message gives the reason the series records. */
  public static final String VALUE_MISSING = "spc.value.missing";

  /**
   * WARNING: periods are absent between two consecutive points ({@code May 2016} is followed by
   * {@code July 2016}): the series has a gap it does not declare.
   */
  public static final String PERIOD_GAP = "spc.period.gap";

  /** ERROR: two points carry the same period or label. */
  public static final String PERIOD_DUPLICATE = "spc.period.duplicate";

  /** ERROR: a period comes before the period of the point preceding it. */
  public static final String PERIOD_OUT_OF_ORDER = "spc.period.out-of-order";

  /**
   * WARNING: consecutive points are periods of different kinds (a month, then a quarter), so gaps
   * cannot be judged between them.
   */
  public static final String PERIOD_MIXED_KINDS = "spc.period.mixed-kinds";

  /**
   * WARNING: a segment has no two consecutive values, so it has no moving range and no process
   * limits; its points are not classified.
   */
  public static final String LIMITS_NOT_COMPUTABLE = "spc.limits.not-computable";

  /**
   * WARNING: every moving range a segment's limits come from is zero (its baseline values are all
   * equal): the limits have no width, and any other value lies outside them.
   */
  public static final String LIMITS_ZERO_WIDTH = "spc.limits.zero-width";

  /** WARNING: a rebase names a period or label that no point of the series carries; it is ignored. */
  public static final String REBASE_NOT_IN_SERIES = "spc.rebase.not-in-series";

  /**
   * INFO: screening left moving ranges out of a segment's limits because each was at least
   * 3.267 times the average moving range.
   */
  public static final String MOVING_RANGE_SCREENED = "spc.moving-range.screened";
}
