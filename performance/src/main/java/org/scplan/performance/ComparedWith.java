package org.scplan.performance;

import org.scplan.core.ReportingPeriod;

/**
 * The earlier period a direction of travel is measured from.
 *
 * <p>For a year the two are the same; for a quarter, month or term they differ: Q1 2013-14 is
 * compared with Q4 2012-13 or with Q1 2012-13.
 */
public enum ComparedWith {
  /** The period before: the previous month, quarter, term or year. */
  PREVIOUS_PERIOD,
  /** The same period a year earlier: the same month, quarter or term last year. */
  SAME_PERIOD_LAST_YEAR;

  /**
   * Returns the earlier period to compare a period with.
   *
   * @param period the later period
   * @return its previous period, or the same period last year
   */
  public ReportingPeriod earlier(ReportingPeriod period) {
    return this == PREVIOUS_PERIOD ? period.previous() : period.sameLastYear();
  }
}
