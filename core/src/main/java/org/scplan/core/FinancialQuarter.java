package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of a financial year: Q1 April–June, Q2 July–September, Q3 October–December,
 * Q4 January–March. Prints as {@code Q1 2018-19}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FinancialQuarter implements ReportingPeriod, Comparable<FinancialQuarter>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern QUARTER_FIRST = Pattern.compile("(?i)^\\s*Q([1-4])\\s+(.+?)\\s*$");
  private static final Pattern YEAR_FIRST = Pattern.compile("(?i)^\\s*(.+?)\\s+Q([1-4])\\s*$");

  private final FinancialYear year;
  private final int quarter;

  private FinancialQuarter(FinancialYear year, int quarter) {
    this.year = year;
    this.quarter = quarter;
  }

  /**
   * Obtains a quarter of a financial year.
   *
   * @param year the financial year
   * @param quarter 1 to 4
   * @return the quarter
   * @throws IllegalArgumentException if the quarter is not 1 to 4
   */
  public static FinancialQuarter of(FinancialYear year, int quarter) {
    requireNonNull(year, "year");
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("Invalid value for quarter (valid values 1 - 4): " + quarter);
    }
    return new FinancialQuarter(year, quarter);
  }

  /**
   * Obtains the quarter a date falls in.
   *
   * @param date the date
   * @return the quarter; 15 May 2018 is in {@code Q1 2018-19}
   */
  public static FinancialQuarter from(LocalDate date) {
    requireNonNull(date, "date");
    int monthIndex = (date.getMonthValue() + 8) % 12; // April = 0
    return of(FinancialYear.from(date), monthIndex / 3 + 1);
  }

  /**
   * Reads a quarter: {@code Q1 2018-19} or {@code 2018-19 Q1}, the year in any form
   * {@link FinancialYear#parse} reads.
   *
   * @param text the text
   * @return the quarter
   * @throws ValueParseException if the text is not a quarter
   */
  public static FinancialQuarter parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher m = QUARTER_FIRST.matcher(text);
    if (m.matches()) {
      return of(year(text, m, 2), Integer.parseInt(m.group(1)));
    }
    m = YEAR_FIRST.matcher(text);
    if (m.matches()) {
      return of(year(text, m, 1), Integer.parseInt(m.group(2)));
    }
    throw new ValueParseException("a financial quarter", text, -1, "a quarter such as Q1 2018-19");
  }

  /** Reads the year of a quarter, reporting a fault against the whole text. */
  private static FinancialYear year(CharSequence text, Matcher m, int group) {
    try {
      return FinancialYear.parse(m.group(group));
    } catch (ValueParseException e) {
      throw new ValueParseException("a financial quarter", text,
          e.errorIndex() < 0 ? -1 : m.start(group) + e.errorIndex(), e.expected());
    }
  }

  /**
   * Returns the financial year this quarter belongs to.
   *
   * @return the year
   */
  public FinancialYear year() {
    return year;
  }

  /**
   * Returns the quarter's number.
   *
   * @return 1 to 4
   */
  public int quarter() {
    return quarter;
  }

  /**
   * Returns the first day of the quarter.
   *
   * @return 1 April, 1 July, 1 October or 1 January
   */
  @Override
  public LocalDate start() {
    return year.start().plusMonths(3L * (quarter - 1));
  }

  /**
   * Returns the last day of the quarter.
   *
   * @return 30 June, 30 September, 31 December or 31 March
   */
  @Override
  public LocalDate end() {
    return start().plusMonths(3).minusDays(1);
  }

  /**
   * Returns the three months of the quarter, in order.
   *
   * @return the months
   */
  public List<CalendarMonth> months() {
    YearMonth first = YearMonth.from(start());
    return List.of(CalendarMonth.of(first), CalendarMonth.of(first.plusMonths(1)),
        CalendarMonth.of(first.plusMonths(2)));
  }

  /**
   * Returns the following quarter, Q4 being followed by Q1 of the next year.
   *
   * @return the next quarter
   */
  @Override
  public FinancialQuarter next() {
    return quarter == 4 ? of(year.next(), 1) : of(year, quarter + 1);
  }

  /**
   * Returns the preceding quarter, Q1 being preceded by Q4 of the previous year.
   *
   * @return the previous quarter
   */
  @Override
  public FinancialQuarter previous() {
    return quarter == 1 ? of(year.previous(), 4) : of(year, quarter - 1);
  }

  /**
   * Returns the same quarter of the previous year.
   *
   * @return the quarter a year earlier
   */
  @Override
  public FinancialQuarter sameLastYear() {
    return of(year.previous(), quarter);
  }

  /**
   * Compares quarters in time order.
   *
   * @param other the other quarter
   * @return negative, zero or positive as this is earlier, the same or later
   */
  @Override
  public int compareTo(FinancialQuarter other) {
    int c = year.compareTo(other.year);
    return c != 0 ? c : Integer.compare(quarter, other.quarter);
  }

  /**
   * Checks whether another object is the same quarter.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof FinancialQuarter o && o.quarter == quarter && o.year.equals(year);
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return year.hashCode() * 4 + quarter;
  }

  /**
   * Returns the canonical text, such as {@code Q1 2018-19}.
   *
   * @return the quarter as text, read back by {@link #parse(CharSequence)}
   */
  @Override
  public String toString() {
    return "Q" + quarter + " " + year;
  }
}
