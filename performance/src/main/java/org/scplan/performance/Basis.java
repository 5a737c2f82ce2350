package org.scplan.performance;

import java.util.Map;
import org.scplan.core.ValueParseException;
import org.scplan.core.Words;

/**
 * What each value of an indicator counts: the position on a day, everything since the start of
 * the financial year, the last twelve months, or what happened within the period alone.
 *
 * <p>The Kent ASCH plan 2018-19 marks full-year cumulative figures {@code FY 11,548} against monthly snapshots;
 * the Kent ASC blueprint 2012 labels its activity lines "Client Snapshot", "Cumulative Episodes (financial year)"
 * and "Cumulative Clients (financial year)". The basis decides whether an annual target applies to
 * part of the year (it does for a snapshot or a rolling figure, not for a cumulative one) and how
 * quarterly targets must build to the annual one.
 */
public enum Basis {
  /** The position at the end of the period: clients receiving a service on the last day. */
  SNAPSHOT("snapshot"),
  /**
   * Everything since 1 April, the start of the financial year: a quarter's value is the year to
   * date and Q4's is the full year.
   */
  CUMULATIVE_YEAR_TO_DATE("cumulative in the financial year"),
  /** The twelve months up to the end of the period. */
  ROLLING_12_MONTHS("rolling 12 months"),
  /** What happened within the period alone: the quarters of a year add up to the year. */
  IN_PERIOD("in the period");

  /** The other words the plans and the command line use for the constants. */
  private static final Map<String, Basis> ALIASES = Map.ofEntries(
        Map.entry("cumulative in the financial year", CUMULATIVE_YEAR_TO_DATE),
        Map.entry("cumulative", CUMULATIVE_YEAR_TO_DATE),
        Map.entry("year to date", CUMULATIVE_YEAR_TO_DATE),
        Map.entry("ytd", CUMULATIVE_YEAR_TO_DATE),
        Map.entry("fy", CUMULATIVE_YEAR_TO_DATE),
        Map.entry("full year", CUMULATIVE_YEAR_TO_DATE),
        Map.entry("rolling", ROLLING_12_MONTHS),
        Map.entry("rolling 12 month", ROLLING_12_MONTHS),
        Map.entry("in the period", IN_PERIOD));
  private final String label;

  Basis(String label) {
    this.label = label;
  }

  /**
   * Returns the basis in words: {@code cumulative in the financial year}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Checks whether the values of parts of a year build up to the year's value, so that a target
   * for the whole year does not apply to one part of it.
   *
   * @return true for {@link #CUMULATIVE_YEAR_TO_DATE} and {@link #IN_PERIOD}
   */
  public boolean isCumulative() {
    return this == CUMULATIVE_YEAR_TO_DATE || this == IN_PERIOD;
  }

  /**
   * Reads a basis: its name or label, ignoring case, or a short form ({@code cumulative},
   * {@code year to date}, {@code YTD}, {@code FY}, {@code rolling}).
   *
   * @param text the text
   * @return the basis
   * @throws ValueParseException if the text names no basis
   */
  public static Basis parse(CharSequence text) {
    return Words.parse(Basis.class, ALIASES, text, "a basis", "snapshot, cumulative in the financial year, rolling 12 months or in the period");
  }

}
