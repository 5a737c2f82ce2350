package org.scplan.performance;

import org.scplan.performance.actions.ActionPlanMonitoring;

/**
 * The rule codes of the checks on indicator sets ({@link IndicatorSet#validate()}) and action-plan
 * monitoring ({@link ActionPlanMonitoring#validate()}). Codes are stable: programs may rely on them.
 */
public final class PerformanceRules {
  private PerformanceRules() {}

  /** ERROR: two indicators of a set share a reference (ignoring spaces and case: {@code AH S 24}, {@code AH S24}). */
  public static final String INDICATOR_DUPLICATE_REFERENCE = "performance.indicator.duplicate-reference";

  /** WARNING: an indicator names a priority the plan does not have. */
  public static final String INDICATOR_UNKNOWN_PRIORITY = "performance.indicator.unknown-priority";

  /**
   * WARNING: a performance indicator has no target, baseline, range or placeholder for a period
   * the set plans for: none within the period, and none that applies to it (a snapshot's annual
   * target applies to its quarters). A placeholder that says why there is none is enough.
   */
  public static final String TARGET_MISSING = "performance.target.missing";

  /** ERROR: an indicator has two target entries for one period. */
  public static final String TARGET_DUPLICATE_PERIOD = "performance.target.duplicate-period";

  /** WARNING: an indicator with no polarity has a target, which no rule can rate it against. */
  public static final String TARGET_NO_POLARITY = "performance.target.no-polarity";

  /**
   * ERROR: the targets of parts of a year do not build to the year's target: for a cumulative
   * (year-to-date) indicator the last quarter's or month's target differs from the year's; for an
   * in-period count or amount the parts do not add up to it. Whole counts are compared exactly;
   * other figures as intervals of their printed precision.
   */
  public static final String TARGET_PROFILE_MISMATCH = "performance.target.profile-mismatch";

  /**
   * ERROR: a floor (minimum standard) is better than its target: above it when higher is better,
   * below it when lower is better.
   */
  public static final String FLOOR_WRONG_SIDE = "performance.floor.wrong-side";

  /**
   * ERROR: a percentage (target, floor, threshold or result) lies outside 0 to 100; a WARNING for a
   * result above 100%, which a ratio (days worked against days planned) may be.
   */
  public static final String PERCENTAGE_OUT_OF_RANGE = "performance.percentage.out-of-range";

  /** ERROR: an expected range's lower threshold is above its upper threshold. */
  public static final String RANGE_INVERTED = "performance.range.inverted";

  /** ERROR: an indicator has two results for one period with the same status and note. */
  public static final String ACTUAL_DUPLICATE_PERIOD = "performance.actual.duplicate-period";

  /** ERROR: a result's value does not follow from its numerator and denominator, at its printed precision. */
  public static final String ACTUAL_RATIO_MISMATCH = "performance.actual.ratio-mismatch";

  /** ERROR: a published RAG rating differs from the one the set's rule gives. */
  public static final String RAG_MISMATCH = "performance.rag.mismatch";

  /** WARNING: a RAG rating is published for a result the rule cannot rate (no target, a baseline, ...). */
  public static final String RAG_PUBLISHED_UNRATED = "performance.rag.published-unrated";

  /**
   * ERROR: the parts of an indicator (primary and secondary mental health) do not add up to the
   * whole, for a target or a result. Whole counts are compared exactly; other figures as intervals
   * of their printed precision.
   */
  public static final String BREAKDOWN_MISMATCH = "performance.breakdown.mismatch";

  /** ERROR: an indicator is a part of a reference no indicator of the set has. */
  public static final String BREAKDOWN_UNKNOWN_TOTAL = "performance.breakdown.unknown-total";

  /**
   * ERROR: a monitoring row's total of actions differs from its completed, on course and delayed or
   * cancelled actions, or from the actions it lists.
   */
  public static final String MONITORING_COUNTS_DO_NOT_ADD_UP = "performance.monitoring.counts-do-not-add-up";

  /** ERROR: the published directorate totals differ from the sum of the divisions' rows. */
  public static final String MONITORING_TOTAL_MISMATCH = "performance.monitoring.total-mismatch";

  /** ERROR: a published overall RAG differs from the one the roll-up rule gives. */
  public static final String MONITORING_RAG_MISMATCH = "performance.monitoring.rag-mismatch";

  /** ERROR: an action's published RAG differs from the one its status gives. */
  public static final String ACTION_RAG_MISMATCH = "performance.action.rag-mismatch";
}
