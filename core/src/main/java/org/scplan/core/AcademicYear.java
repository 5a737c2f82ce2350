package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scplan.core.internal.Text;

/**
 * An academic year, 1 September to 31 August, such as {@code AY 2012-13}, made of three
 * {@link AcademicTerm terms}: Autumn, Spring and Summer.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AcademicYear implements ReportingPeriod, Comparable<AcademicYear>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern FORM = Pattern.compile(
      "(?i)^\\s*(?:AY|academic\\s+year)?\\s*(\\d{4})\\s*[-/–—]\\s*(\\d{2}|\\d{4})\\s*(?:academic(?:\\s+year)?)?\\s*$");

  private final int startYear;

  private AcademicYear(int startYear) {
    this.startYear = startYear;
  }

  /**
   * Obtains the academic year that starts on 1 September of the given year.
   *
   * @param startYear the calendar year in which it starts, 1000 to 9998
   * @return the academic year
   * @throws IllegalArgumentException if the year is out of range
   */
  public static AcademicYear of(int startYear) {
    if (startYear < FinancialYear.MIN_YEAR || startYear > FinancialYear.MAX_YEAR) {
      throw new IllegalArgumentException("Invalid value for AcademicYear start year (valid values "
          + FinancialYear.MIN_YEAR + " - " + FinancialYear.MAX_YEAR + "): " + startYear);
    }
    return new AcademicYear(startYear);
  }

  /**
   * Obtains the academic year a date falls in.
   *
   * @param date the date
   * @return the academic year; 31 August 2013 is in {@code AY 2012-13}
   * @throws IllegalArgumentException if the date falls outside the academic years 1000-01 to
   *     9998-99
   */
  public static AcademicYear from(LocalDate date) {
    requireNonNull(date, "date");
    return of(date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1);
  }

  /**
   * Reads an academic year: {@code AY 2012-13}, {@code academic year 2012/13},
   * {@code 2012/13 academic year}.
   *
   * @param text the text
   * @return the academic year
   * @throws ValueParseException if the text is not an academic year
   */
  public static AcademicYear parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new ValueParseException("an academic year", text, -1, "an academic year such as AY 2012-13");
    }
    int start = Integer.parseInt(m.group(1));
    String second = m.group(2);
    int expected = second.length() == 2 ? (start + 1) % 100 : start + 1;
    if (Integer.parseInt(second) != expected) {
      throw new ValueParseException("an academic year", text, m.start(2), "the year after " + start + " ("
          + (second.length() == 2 ? Text.twoDigits(expected) : String.valueOf(expected)) + ")");
    }
    try {
      return of(start);
    } catch (IllegalArgumentException e) {
      throw new ValueParseException("an academic year", text, m.start(1), "a start year from 1000 to 9998");
    }
  }

  /**
   * Returns the calendar year in which this academic year starts.
   *
   * @return the start year
   */
  public int startYear() {
    return startYear;
  }

  /**
   * Returns a term of this academic year.
   *
   * @param term the term
   * @return the term of this year
   */
  public AcademicTerm term(AcademicTerm.Term term) {
    return AcademicTerm.of(this, term);
  }

  /**
   * Returns the three terms, Autumn first.
   *
   * @return the terms
   */
  public List<AcademicTerm> terms() {
    return List.of(term(AcademicTerm.Term.AUTUMN), term(AcademicTerm.Term.SPRING),
        term(AcademicTerm.Term.SUMMER));
  }

  /**
   * Returns 1 September of the start year.
   *
   * @return the first day
   */
  @Override
  public LocalDate start() {
    return LocalDate.of(startYear, Month.SEPTEMBER, 1);
  }

  /**
   * Returns 31 August of the following year.
   *
   * @return the last day
   */
  @Override
  public LocalDate end() {
    return LocalDate.of(startYear + 1, Month.AUGUST, 31);
  }

  /**
   * Returns the following academic year.
   *
   * @return the next year
   */
  @Override
  public AcademicYear next() {
    return of(startYear + 1);
  }

  /**
   * Returns the preceding academic year.
   *
   * @return the previous year
   */
  @Override
  public AcademicYear previous() {
    return of(startYear - 1);
  }

  /**
   * Returns the preceding academic year, which for a year is the same as {@link #previous()}.
   *
   * @return the previous year
   */
  @Override
  public AcademicYear sameLastYear() {
    return previous();
  }

  /**
   * Compares academic years in time order.
   *
   * @param other the other year
   * @return negative, zero or positive as this is earlier, the same or later
   */
  @Override
  public int compareTo(AcademicYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  /**
   * Checks whether another object is the same academic year.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof AcademicYear o && o.startYear == startYear;
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return startYear * 7 + 1;
  }

  /**
   * Returns the canonical text, such as {@code AY 2012-13}.
   *
   * @return the year as text, read back by {@link #parse(CharSequence)}
   */
  @Override
  public String toString() {
    return "AY " + startYear + "-" + Text.twoDigits(startYear + 1);
  }
}
