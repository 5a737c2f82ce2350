package org.scplan.performance;

/**
 * Whether an indicator measures performance against a target or tracks a level of activity.
 *
 * <p>The kind decides which checks apply: a performance indicator needs a target (or a placeholder
 * saying why there is none) for each period its set plans for; an activity indicator usually has
 * an expected range instead, or nothing. How a value is rated depends only on the target it is
 * compared with, not on the kind.
 */
public enum IndicatorKind {
  /** A performance indicator, judged against a target: the Kent ASCH plan 2018-19's Table 7. */
  PERFORMANCE,
  /** An activity indicator, tracked and compared with an expected range: the Kent ASCH plan 2018-19's Table 8. */
  ACTIVITY
}
