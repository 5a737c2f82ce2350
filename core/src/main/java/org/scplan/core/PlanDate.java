package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scplan.core.internal.Months;

/**
 * A date as a plan prints it: a month ({@code April 2013}, {@code Sept 2013}), a day
 * ({@code 31st December 2010}, {@code 31/12/2010}), a year ({@code 2011}), or words
 * ({@code Ongoing}, {@code Ongoing until 2011}, {@code tbc}).
 *
 * <p>The text is kept exactly as published and is what {@link #toString()} prints; what scplan
 * could read from it is available as {@link #earliest()} and {@link #latest()}, the first and
 * last day the text can mean. A month means its first to last day; words mean no day at all, so a
 * check such as "the end is not before the start" applies only where both dates are
 * {@linkplain #isDated() dated}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlanDate implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Pattern MONTH = Pattern.compile("^([A-Za-z]+\\.?)\\s+(\\d{4})$");
  private static final Pattern DAY = Pattern.compile(
      "^(\\d{1,2})\\s*(?:st|nd|rd|th)?\\s+([A-Za-z]+\\.?),?\\s+(\\d{4})$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMERIC_DAY = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");

  /** What a plan date's text turned out to be. */
  public enum Kind {
    /** A day: {@code 31st December 2010}. */
    DAY,
    /** A month: {@code April 2013}. */
    MONTH,
    /** A calendar year: {@code 2011}. */
    YEAR,
    /** Words that name no date scplan can place: {@code Ongoing}, {@code tbc}. */
    TEXT
  }

  private final String text;
  private final Kind kind;
  private final LocalDate earliest;
  private final LocalDate latest;

  private PlanDate(String text, Kind kind, LocalDate earliest, LocalDate latest) {
    this.text = text;
    this.kind = kind;
    this.earliest = earliest;
    this.latest = latest;
  }

  /**
   * Reads a date as a plan prints it. Text that names no date scplan can read is kept as words
   * ({@link Kind#TEXT}), never rejected: the published text is never lost.
   *
   * @param text the date as published, not blank
   * @return the plan date
   * @throws IllegalArgumentException if the text is blank
   */
  public static PlanDate parse(CharSequence text) {
    requireNonNull(text, "text");
    String t = text.toString().strip().replaceAll("\\s+", " ");
    if (t.isEmpty()) {
      throw new IllegalArgumentException("A plan date cannot be blank");
    }
    Matcher m = MONTH.matcher(t);
    if (m.matches()) {
      Month month = Months.named(m.group(1));
      if (month != null) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month);
        return new PlanDate(t, Kind.MONTH, ym.atDay(1), ym.atEndOfMonth());
      }
    }
    m = DAY.matcher(t);
    if (m.matches()) {
      Month month = Months.named(m.group(2));
      if (month != null) {
        LocalDate day = day(Integer.parseInt(m.group(3)), month.getValue(), Integer.parseInt(m.group(1)));
        if (day != null) {
          return new PlanDate(t, Kind.DAY, day, day);
        }
      }
    }
    m = NUMERIC_DAY.matcher(t);
    if (m.matches()) {
      LocalDate day = day(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      if (day != null) {
        return new PlanDate(t, Kind.DAY, day, day);
      }
    }
    m = YEAR.matcher(t);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1));
      return new PlanDate(t, Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
    return new PlanDate(t, Kind.TEXT, null, null);
  }

  private static LocalDate day(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Obtains the plan date for a month, printed in full: {@code April 2013}.
   *
   * @param month the month, in a year from 1000 to 9999
   * @return the plan date
   * @throws IllegalArgumentException if the year is out of range
   */
  public static PlanDate of(YearMonth month) {
    requireNonNull(month, "month");
    checkYear(month.getYear());
    return parse(Months.fullName(month.getMonth()) + " " + month.getYear());
  }

  /**
   * Obtains the plan date for a day, printed {@code 31 December 2010}.
   *
   * @param day the day, in a year from 1000 to 9999
   * @return the plan date
   * @throws IllegalArgumentException if the year is out of range
   */
  public static PlanDate of(LocalDate day) {
    requireNonNull(day, "day");
    checkYear(day.getYear());
    return parse(day.getDayOfMonth() + " " + Months.fullName(day.getMonth()) + " " + day.getYear());
  }

  /** A plan prints a four-digit year; any other would be read back as words, not as a date. */
  private static void checkYear(int year) {
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("Invalid value for PlanDate year (valid values 1000 - 9999): " + year);
    }
  }

  /**
   * Returns the text as published.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns what the text turned out to be.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Checks whether the text names a day, month or year that scplan could read.
   *
   * @return true unless the date is words only
   */
  public boolean isDated() {
    return kind != Kind.TEXT;
  }

  /**
   * Checks whether the text says the work is ongoing ({@code Ongoing}, {@code Ongoing until 2011}).
   *
   * @return true if the text starts with "ongoing"
   */
  public boolean isOngoing() {
    return text.toLowerCase(Locale.ROOT).startsWith("ongoing");
  }

  /**
   * Checks whether the text is words only but contains a digit, which suggests a date scplan
   * could not read ({@code Aprl 2013}) rather than words such as {@code Ongoing}.
   *
   * @return true if undated text looks like a mistyped date
   */
  public boolean looksMistyped() {
    return kind == Kind.TEXT && !isOngoing() && text.chars().anyMatch(Character::isDigit);
  }

  /**
   * Returns the first day the text can mean: the day itself, the first of the month, 1 January.
   *
   * @return the earliest day, or empty for words
   */
  public Optional<LocalDate> earliest() {
    return Optional.ofNullable(earliest);
  }

  /**
   * Returns the last day the text can mean: the day itself, the end of the month, 31 December.
   *
   * @return the latest day, or empty for words
   */
  public Optional<LocalDate> latest() {
    return Optional.ofNullable(latest);
  }

  /**
   * Returns the month the text names, if it names exactly one month or a day in it.
   *
   * @return the month, or empty for a year or words
   */
  public Optional<YearMonth> month() {
    return kind == Kind.DAY || kind == Kind.MONTH ? Optional.of(YearMonth.from(earliest)) : Optional.empty();
  }

  /**
   * Checks whether this date is certainly before another: every day this one can mean is before
   * every day the other can mean. Words are never before anything.
   *
   * @param other the other date
   * @return true if certainly before
   */
  public boolean isBefore(PlanDate other) {
    requireNonNull(other, "other");
    return isDated() && other.isDated() && latest.isBefore(other.earliest);
  }

  /**
   * Checks whether another object is a plan date with the same text.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof PlanDate o && o.text.equals(text);
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Returns the date as published.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return text;
  }
}
