package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A period results are reported for: a {@link CalendarMonth}, a {@link FinancialQuarter}, a
 * {@link FinancialYear}, an {@link AcademicTerm} or an {@link AcademicYear}.
 *
 * <p>Every period has inclusive start and end dates, and a next and previous period of the same
 * kind, so that "the previous period" and "the same period last year" are defined for direction of
 * travel. {@link #parse(CharSequence)} reads any kind from its canonical text.
 */
public sealed interface ReportingPeriod
    permits CalendarMonth, FinancialQuarter, FinancialYear, AcademicTerm, AcademicYear {

  /**
   * Returns the first day of the period.
   *
   * @return the start date, inclusive
   */
  LocalDate start();

  /**
   * Returns the last day of the period.
   *
   * @return the end date, inclusive
   */
  LocalDate end();

  /**
   * Returns the period of the same kind that follows this one.
   *
   * @return the next period
   */
  ReportingPeriod next();

  /**
   * Returns the period of the same kind that precedes this one.
   *
   * @return the previous period
   */
  ReportingPeriod previous();

  /**
   * Returns the period of the same kind one year earlier: the same quarter, month or term last
   * year.
   *
   * @return the period a year before
   */
  ReportingPeriod sameLastYear();

  /**
   * Checks whether a date falls in this period.
   *
   * @param date the date
   * @return true if {@code start <= date <= end}
   */
  default boolean contains(LocalDate date) {
    requireNonNull(date, "date");
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /**
   * Reads a period from text: a financial year ({@code 2018-19}, {@code 2010/11}), a quarter
   * ({@code Q1 2018-19}), a month ({@code April 2013}), a term ({@code Spr 13},
   * {@code Autumn 2013}) or an academic year ({@code AY 2012-13}).
   *
   * @param text the text
   * @return the period
   * @throws ValueParseException if the text names no period
   */
  static ReportingPeriod parse(CharSequence text) {
    requireNonNull(text, "text");
    String t = text.toString().strip();
    if (t.matches("(?i)^(q[1-4]\\b.*|.*\\bq[1-4])$")) {
      return FinancialQuarter.parse(t);
    }
    if (t.matches("(?i)^(ay\\b|academic).*|.*academic( year)?$")) {
      return AcademicYear.parse(t);
    }
    if (t.matches("(?i)^(aut|spr|sum).*")) {
      return AcademicTerm.parse(t);
    }
    if (t.matches("^\\d{4}-\\d{2}$")) {
      // 2013-14 is a financial year; 2013-04 is April 2013 (the second number does not follow).
      int first = Integer.parseInt(t.substring(0, 4));
      int second = Integer.parseInt(t.substring(5));
      return second == (first + 1) % 100 ? FinancialYear.parse(t) : CalendarMonth.parse(t);
    }
    if (t.matches("(?i)^(fy\\s*)?\\d{4}\\s*[-/–—]\\s*\\d{2}(\\d{2})?$")) {
      return FinancialYear.parse(t);
    }
    if (t.matches("(?i)^[a-z]+\\.?\\s+\\d{4}$")) {
      return CalendarMonth.parse(t);
    }
    throw new ValueParseException("a reporting period", text, -1,
        "a financial year (2018-19), a quarter (Q1 2018-19), a month (April 2013),"
            + " a term (Spr 13) or an academic year (AY 2012-13)");
  }
}
