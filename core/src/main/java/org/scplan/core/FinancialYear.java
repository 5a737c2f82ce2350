package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scplan.core.internal.Text;

/**
 * A UK public-sector financial year, 1 April to 31 March, such as {@code 2018-19}.
 *
 * <p>{@code FinancialYear.of(2018)} is the year from 1 April 2018 to 31 March 2019 and prints as
 * {@code 2018-19}. {@link #parse(CharSequence)} reads the ways plans write it: {@code 2010/11},
 * {@code 2010-11}, {@code 2010 – 2011}, {@code 2010/2011}, {@code 2018-19}, {@code FY 2018-19}.
 * Quarters run Q1 April–June, Q2 July–September, Q3 October–December, Q4 January–March.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FinancialYear implements ReportingPeriod, Comparable<FinancialYear>, Serializable {
  private static final long serialVersionUID = 1L;

  /** Earliest start year accepted. */
  public static final int MIN_YEAR = 1000;

  /** Latest start year accepted. */
  public static final int MAX_YEAR = 9998;

  private static final Pattern FORM = Pattern.compile(
      "(?i)^\\s*(?:FY\\s*)?(\\d{4})\\s*[-/–—]\\s*(\\d{2}|\\d{4})\\s*$");

  private final int startYear;

  private FinancialYear(int startYear) {
    this.startYear = startYear;
  }

  /**
   * Obtains the financial year that starts on 1 April of the given year.
   *
   * @param startYear the calendar year in which the financial year starts, 1000 to 9998
   * @return the financial year; {@code of(2018)} is {@code 2018-19}
   * @throws IllegalArgumentException if the year is out of range
   */
  public static FinancialYear of(int startYear) {
    if (startYear < MIN_YEAR || startYear > MAX_YEAR) {
      throw new IllegalArgumentException("Invalid value for FinancialYear start year (valid values "
          + MIN_YEAR + " - " + MAX_YEAR + "): " + startYear);
    }
    return new FinancialYear(startYear);
  }

  /**
   * Obtains the financial year a date falls in.
   *
   * @param date the date
   * @return the financial year containing it; 31 March 2019 is in {@code 2018-19}
   * @throws IllegalArgumentException if the date falls outside the financial years 1000-01 to
   *     9998-99
   */
  public static FinancialYear from(LocalDate date) {
    requireNonNull(date, "date");
    return of(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
  }

  /**
   * Obtains the financial year a month falls in.
   *
   * @param month the month
   * @return the financial year containing it
   * @throws IllegalArgumentException if the month falls outside the financial years 1000-01 to
   *     9998-99
   */
  public static FinancialYear from(YearMonth month) {
    requireNonNull(month, "month");
    return from(month.atDay(1));
  }

  /**
   * Reads a financial year: {@code 2018-19}, {@code 2010/11}, {@code 2010 – 2011},
   * {@code 2010/2011}, {@code FY 2018-19}.
   *
   * @param text the text
   * @return the financial year
   * @throws ValueParseException if the text is not a financial year, or its second year does not
   *     follow its first ({@code 2010/12})
   */
  public static FinancialYear parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new ValueParseException("a financial year", text, -1,
          "a start year and the following year, such as 2018-19, 2010/11 or 2010 – 2011");
    }
    int start = Integer.parseInt(m.group(1));
    String second = m.group(2);
    int expected = second.length() == 2 ? (start + 1) % 100 : start + 1;
    if (Integer.parseInt(second) != expected) {
      throw new ValueParseException("a financial year", text, m.start(2),
          "the year after " + start + " (" + (second.length() == 2
              ? Text.twoDigits(expected) : String.valueOf(expected)) + ")");
    }
    if (start < MIN_YEAR || start > MAX_YEAR) {
      throw new ValueParseException("a financial year", text, m.start(1),
          "a start year from " + MIN_YEAR + " to " + MAX_YEAR);
    }
    return new FinancialYear(start);
  }

  /**
   * Returns the calendar year in which this financial year starts.
   *
   * @return the start year; 2018 for {@code 2018-19}
   */
  public int startYear() {
    return startYear;
  }

  /**
   * Returns the calendar year in which this financial year ends.
   *
   * @return the end year; 2019 for {@code 2018-19}
   */
  public int endYear() {
    return startYear + 1;
  }

  /**
   * Returns 1 April of the start year.
   *
   * @return the first day
   */
  @Override
  public LocalDate start() {
    return LocalDate.of(startYear, Month.APRIL, 1);
  }

  /**
   * Returns 31 March of the end year.
   *
   * @return the last day
   */
  @Override
  public LocalDate end() {
    return LocalDate.of(startYear + 1, Month.MARCH, 31);
  }

  /**
   * Returns a quarter of this year.
   *
   * @param quarter 1 to 4: Q1 is April–June, Q4 January–March
   * @return the quarter
   * @throws IllegalArgumentException if the quarter is not 1 to 4
   */
  public FinancialQuarter quarter(int quarter) {
    return FinancialQuarter.of(this, quarter);
  }

  /**
   * Returns the four quarters of this year, Q1 first.
   *
   * @return the quarters
   */
  public List<FinancialQuarter> quarters() {
    return List.of(quarter(1), quarter(2), quarter(3), quarter(4));
  }

  /**
   * Returns the twelve months of this year, April first.
   *
   * @return the months
   */
  public List<CalendarMonth> months() {
    List<CalendarMonth> months = new ArrayList<>(12);
    YearMonth m = YearMonth.of(startYear, Month.APRIL);
    for (int i = 0; i < 12; i++) {
      months.add(CalendarMonth.of(m.plusMonths(i)));
    }
    return List.copyOf(months);
  }

  /**
   * Returns the following financial year.
   *
   * @return the next year; {@code 2019-20} after {@code 2018-19}
   */
  @Override
  public FinancialYear next() {
    return plusYears(1);
  }

  /**
   * Returns the preceding financial year.
   *
   * @return the previous year; {@code 2017-18} before {@code 2018-19}
   */
  @Override
  public FinancialYear previous() {
    return plusYears(-1);
  }

  /**
   * Returns the preceding financial year, which for a year is the same as {@link #previous()}.
   *
   * @return the previous year
   */
  @Override
  public FinancialYear sameLastYear() {
    return previous();
  }

  /**
   * Returns the financial year a number of years later (or earlier, if negative).
   *
   * @param years the years to add
   * @return the year
   */
  public FinancialYear plusYears(int years) {
    return years == 0 ? this : of(Math.addExact(startYear, years));
  }

  /**
   * Checks whether this year is before another.
   *
   * @param other the other year
   * @return true if this year starts earlier
   */
  public boolean isBefore(FinancialYear other) {
    return startYear < other.startYear;
  }

  /**
   * Checks whether this year is after another.
   *
   * @param other the other year
   * @return true if this year starts later
   */
  public boolean isAfter(FinancialYear other) {
    return startYear > other.startYear;
  }

  /**
   * Compares years in time order.
   *
   * @param other the other year
   * @return negative, zero or positive as this year is earlier, the same or later
   */
  @Override
  public int compareTo(FinancialYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  /**
   * Checks whether another object is the same financial year.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof FinancialYear o && o.startYear == startYear;
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return startYear;
  }

  /**
   * Returns the canonical text, such as {@code 2018-19}.
   *
   * @return the year as text, read back by {@link #parse(CharSequence)}
   */
  @Override
  public String toString() {
    return startYear + "-" + Text.twoDigits(startYear + 1);
  }
}
