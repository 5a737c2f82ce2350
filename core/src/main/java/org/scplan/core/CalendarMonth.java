package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scplan.core.internal.Months;

/**
 * A calendar month reported on, such as {@code April 2013}.
 *
 * <p>{@link #parse(CharSequence)} reads {@code April 2013}, {@code Apr 2013}, {@code Sept 2013}
 * and {@code 2013-04}; {@link #toString()} prints the full month name and year.
 *
 * <p>A month always lies in a {@link FinancialYear}, so months run from April 1000 to March 9999,
 * the span of the financial years 1000-01 to 9998-99.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarMonth implements ReportingPeriod, Comparable<CalendarMonth>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern NAMED = Pattern.compile("^\\s*([A-Za-z]+\\.?)\\s+(\\d{4})\\s*$");
  private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{2})\\s*$");

  /** The first month accepted: April 1000, the first month of financial year 1000-01. */
  private static final YearMonth FIRST = YearMonth.of(FinancialYear.MIN_YEAR, Month.APRIL);

  /** The last month accepted: March 9999, the last month of financial year 9998-99. */
  private static final YearMonth LAST = YearMonth.of(FinancialYear.MAX_YEAR + 1, Month.MARCH);

  private final YearMonth month;

  private CalendarMonth(YearMonth month) {
    this.month = month;
  }

  /**
   * Obtains a month.
   *
   * @param month the year and month, April 1000 to March 9999
   * @return the month
   * @throws IllegalArgumentException if the month is out of range
   */
  public static CalendarMonth of(YearMonth month) {
    requireNonNull(month, "month");
    if (month.isBefore(FIRST) || month.isAfter(LAST)) {
      throw new IllegalArgumentException("Invalid value for CalendarMonth (valid values " + text(FIRST)
          + " - " + text(LAST) + "): " + text(month));
    }
    return new CalendarMonth(month);
  }

  /**
   * Obtains a month.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @return the month
   * @throws java.time.DateTimeException if the month is not 1 to 12
   * @throws IllegalArgumentException if the month is before April 1000 or after March 9999
   */
  public static CalendarMonth of(int year, int month) {
    return of(YearMonth.of(year, month));
  }

  /**
   * Obtains the month a date falls in.
   *
   * @param date the date
   * @return the month
   * @throws IllegalArgumentException if the date is before April 1000 or after March 9999
   */
  public static CalendarMonth from(LocalDate date) {
    requireNonNull(date, "date");
    return of(YearMonth.from(date));
  }

  /**
   * Reads a month: {@code April 2013}, {@code Apr 2013}, {@code Sept 2013} or {@code 2013-04}.
   *
   * @param text the text
   * @return the month
   * @throws ValueParseException if the text is not a month and year
   */
  public static CalendarMonth parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher m = NAMED.matcher(text);
    if (m.matches()) {
      Month month = Months.named(m.group(1));
      if (month == null) {
        throw new ValueParseException("a month", text, m.start(1),
            "a month name such as April, Apr or Sept");
      }
      return inRange(text, YearMonth.of(Integer.parseInt(m.group(2)), month));
    }
    m = ISO.matcher(text);
    if (m.matches()) {
      int mm = Integer.parseInt(m.group(2));
      if (mm < 1 || mm > 12) {
        throw new ValueParseException("a month", text, m.start(2), "a month number from 01 to 12");
      }
      return inRange(text, YearMonth.of(Integer.parseInt(m.group(1)), mm));
    }
    throw new ValueParseException("a month", text, -1, "a month and year such as April 2013");
  }

  private static CalendarMonth inRange(CharSequence text, YearMonth month) {
    if (month.isBefore(FIRST) || month.isAfter(LAST)) {
      throw new ValueParseException("a month", text, -1, "a month from " + text(FIRST) + " to " + text(LAST));
    }
    return new CalendarMonth(month);
  }

  private static String text(YearMonth month) {
    return Months.fullName(month.getMonth()) + " " + month.getYear();
  }

  /**
   * Returns the year and month.
   *
   * @return the month as a {@link YearMonth}
   */
  public YearMonth yearMonth() {
    return month;
  }

  /**
   * Returns the financial year this month falls in.
   *
   * @return the financial year; March 2014 is in {@code 2013-14}
   */
  public FinancialYear financialYear() {
    return FinancialYear.from(month);
  }

  /**
   * Returns the financial quarter this month falls in.
   *
   * @return the quarter
   */
  public FinancialQuarter quarter() {
    return FinancialQuarter.from(start());
  }

  /**
   * Returns the first day of the month.
   *
   * @return the first day
   */
  @Override
  public LocalDate start() {
    return month.atDay(1);
  }

  /**
   * Returns the last day of the month.
   *
   * @return the last day
   */
  @Override
  public LocalDate end() {
    return month.atEndOfMonth();
  }

  /**
   * Returns the following month.
   *
   * @return the next month
   */
  @Override
  public CalendarMonth next() {
    return of(month.plusMonths(1));
  }

  /**
   * Returns the preceding month.
   *
   * @return the previous month
   */
  @Override
  public CalendarMonth previous() {
    return of(month.minusMonths(1));
  }

  /**
   * Returns the same month of the previous year.
   *
   * @return the month a year earlier
   */
  @Override
  public CalendarMonth sameLastYear() {
    return of(month.minusYears(1));
  }

  /**
   * Compares months in time order.
   *
   * @param other the other month
   * @return negative, zero or positive as this is earlier, the same or later
   */
  @Override
  public int compareTo(CalendarMonth other) {
    return month.compareTo(other.month);
  }

  /**
   * Checks whether another object is the same month.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof CalendarMonth o && o.month.equals(month);
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return month.hashCode();
  }

  /**
   * Returns the canonical text, such as {@code April 2013}.
   *
   * @return the month as text, read back by {@link #parse(CharSequence)}
   */
  @Override
  public String toString() {
    return text(month);
  }
}
