package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A term of an academic year, as termly indicators report them: {@code Spr 13} is the Spring term
 * of 2013, in academic year 2012-13; {@code Aut 13} is the Autumn term of 2013, in 2013-14.
 *
 * <p>For reporting, the terms tile the academic year without gaps: Autumn is 1 September to
 * 31 December, Spring 1 January to 31 March, Summer 1 April to 31 August. (School terms end
 * earlier and move with Easter; a period needs fixed edges so that every date falls in exactly one
 * term.)
 *
 * <p>{@link #parse(CharSequence)} reads {@code Spr 13}, {@code Sum 13}, {@code Aut 13},
 * {@code Spring 2013}, {@code Autumn term 2013}; {@link #toString()} prints {@code Spring 2013}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AcademicTerm implements ReportingPeriod, Comparable<AcademicTerm>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern FORM = Pattern.compile(
      "(?i)^\\s*(aut(?:umn)?|spr(?:ing)?|sum(?:mer)?)\\.?(?:\\s+term)?\\s*(\\d{2}|\\d{4})\\s*$");

  /** The three terms of an academic year, in order. */
  public enum Term {
    /** September to December, at the start of the academic year. */
    AUTUMN,
    /** January to March. */
    SPRING,
    /** April to August, at the end of the academic year. */
    SUMMER;

    /**
     * Returns the term's name as printed: {@code Autumn}, {@code Spring}, {@code Summer}.
     *
     * @return the name
     */
    public String displayName() {
      return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
  }

  private final AcademicYear year;
  private final Term term;

  private AcademicTerm(AcademicYear year, Term term) {
    this.year = year;
    this.term = term;
  }

  /**
   * Obtains a term of an academic year.
   *
   * @param year the academic year
   * @param term the term
   * @return the term
   */
  public static AcademicTerm of(AcademicYear year, Term term) {
    requireNonNull(year, "year");
    requireNonNull(term, "term");
    return new AcademicTerm(year, term);
  }

  /**
   * Obtains a term by the calendar year it falls in, as plans name terms: {@code of(SPRING, 2013)}
   * is Spring 2013, in academic year 2012-13.
   *
   * @param term the term
   * @param calendarYear the calendar year the term falls in
   * @return the term
   */
  public static AcademicTerm of(Term term, int calendarYear) {
    requireNonNull(term, "term");
    return of(AcademicYear.of(term == Term.AUTUMN ? calendarYear : calendarYear - 1), term);
  }

  /**
   * Obtains the term a date falls in.
   *
   * @param date the date
   * @return the term
   */
  public static AcademicTerm from(LocalDate date) {
    requireNonNull(date, "date");
    int m = date.getMonthValue();
    Term term = m >= 9 ? Term.AUTUMN : m <= 3 ? Term.SPRING : Term.SUMMER;
    return of(AcademicYear.from(date), term);
  }

  /**
   * Reads a term: {@code Spr 13}, {@code Sum 13}, {@code Aut 13}, {@code Spring 2013},
   * {@code Autumn term 2013}. A two-digit year is in the 2000s.
   *
   * @param text the text
   * @return the term
   * @throws ValueParseException if the text is not a term
   */
  public static AcademicTerm parse(CharSequence text) {
    requireNonNull(text, "text");
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new ValueParseException("an academic term", text, -1,
          "a term and year such as Spr 13, Sum 13, Aut 13 or Spring 2013");
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    Term term = name.startsWith("aut") ? Term.AUTUMN : name.startsWith("spr") ? Term.SPRING : Term.SUMMER;
    int year = Integer.parseInt(m.group(2));
    if (m.group(2).length() == 2) {
      year += 2000;
    }
    // Autumn falls in the academic year's first calendar year; Spring and Summer in its second.
    int first = term == Term.AUTUMN ? FinancialYear.MIN_YEAR : FinancialYear.MIN_YEAR + 1;
    int last = term == Term.AUTUMN ? FinancialYear.MAX_YEAR : FinancialYear.MAX_YEAR + 1;
    if (year < first || year > last) {
      throw new ValueParseException("an academic term", text, m.start(2), "a year from " + first + " to "
          + last + " for " + (term == Term.AUTUMN ? "an " : "a ") + term.displayName().toLowerCase(Locale.ROOT)
          + " term");
    }
    return of(term, year);
  }

  /**
   * Returns the academic year this term belongs to.
   *
   * @return the academic year
   */
  public AcademicYear year() {
    return year;
  }

  /**
   * Returns which term this is.
   *
   * @return the term
   */
  public Term term() {
    return term;
  }

  /**
   * Returns the calendar year the term falls in: 2013 for Spring 2013.
   *
   * @return the calendar year
   */
  public int calendarYear() {
    return term == Term.AUTUMN ? year.startYear() : year.startYear() + 1;
  }

  /**
   * Returns the first day: 1 September, 1 January or 1 April.
   *
   * @return the first day
   */
  @Override
  public LocalDate start() {
    return switch (term) {
      case AUTUMN -> LocalDate.of(calendarYear(), Month.SEPTEMBER, 1);
      case SPRING -> LocalDate.of(calendarYear(), Month.JANUARY, 1);
      case SUMMER -> LocalDate.of(calendarYear(), Month.APRIL, 1);
    };
  }

  /**
   * Returns the last day: 31 December, 31 March or 31 August.
   *
   * @return the last day
   */
  @Override
  public LocalDate end() {
    return switch (term) {
      case AUTUMN -> LocalDate.of(calendarYear(), Month.DECEMBER, 31);
      case SPRING -> LocalDate.of(calendarYear(), Month.MARCH, 31);
      case SUMMER -> LocalDate.of(calendarYear(), Month.AUGUST, 31);
    };
  }

  /**
   * Returns the following term: Autumn, Spring, Summer, then Autumn of the next year.
   *
   * @return the next term
   */
  @Override
  public AcademicTerm next() {
    return switch (term) {
      case AUTUMN -> of(year, Term.SPRING);
      case SPRING -> of(year, Term.SUMMER);
      case SUMMER -> of(year.next(), Term.AUTUMN);
    };
  }

  /**
   * Returns the preceding term.
   *
   * @return the previous term
   */
  @Override
  public AcademicTerm previous() {
    return switch (term) {
      case AUTUMN -> of(year.previous(), Term.SUMMER);
      case SPRING -> of(year, Term.AUTUMN);
      case SUMMER -> of(year, Term.SPRING);
    };
  }

  /**
   * Returns the same term of the previous academic year.
   *
   * @return the term a year earlier
   */
  @Override
  public AcademicTerm sameLastYear() {
    return of(year.previous(), term);
  }

  /**
   * Compares terms in time order.
   *
   * @param other the other term
   * @return negative, zero or positive as this is earlier, the same or later
   */
  @Override
  public int compareTo(AcademicTerm other) {
    int c = year.compareTo(other.year);
    return c != 0 ? c : term.compareTo(other.term);
  }

  /**
   * Checks whether another object is the same term.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof AcademicTerm o && o.term == term && o.year.equals(year);
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return year.hashCode() * 3 + term.ordinal();
  }

  /**
   * Returns the canonical text, such as {@code Spring 2013}.
   *
   * @return the term as text, read back by {@link #parse(CharSequence)}
   */
  @Override
  public String toString() {
    return term.displayName() + " " + calendarYear();
  }
}
