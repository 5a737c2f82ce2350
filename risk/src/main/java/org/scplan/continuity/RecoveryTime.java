package org.scplan.continuity;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scplan.core.ValueParseException;

/**
 * A time from the start of a disruption, as a business continuity plan prints it: {@code 4 hours},
 * {@code 24 hours}, {@code 2 days}. It measures both a critical function's recovery time objective
 * and its maximum tolerable period of disruption.
 *
 * <p>The text is kept as published and is what {@link #toString()} prints and what equality
 * compares; {@link #duration()} is the time it stands for (a day is 24 hours, a week 7 days:
 * elapsed time, not working time).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RecoveryTime implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern TEXT = Pattern.compile(
      "^(\\d{1,4})\\s*(minutes?|mins?|hours?|hrs?|h|days?|weeks?)$", Pattern.CASE_INSENSITIVE);

  private final String text;
  private final transient Duration duration;

  private RecoveryTime(String text, Duration duration) {
    this.text = text;
    this.duration = duration;
  }

  /**
   * Reads a time as published: a whole number and a unit, minutes, hours, days or weeks
   * ({@code 4 hours}, {@code 24 hrs}, {@code 2 days}, {@code 30 minutes}).
   *
   * @param text the text
   * @return the time, keeping the text as published
   * @throws ValueParseException if the text is not a number and a unit
   */
  public static RecoveryTime parse(CharSequence text) {
    requireNonNull(text, "text");
    String t = text.toString().strip().replaceAll("\\s+", " ");
    Matcher m = TEXT.matcher(t);
    if (!m.matches()) {
      throw new ValueParseException("a recovery time", text, -1,
          "a whole number and minutes, hours, days or weeks, such as 4 hours");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    Duration d = switch (unit.charAt(0)) {
      case 'm' -> Duration.ofMinutes(n);
      case 'h' -> Duration.ofHours(n);
      case 'd' -> Duration.ofDays(n);
      default -> Duration.ofDays(7 * n);
    };
    return new RecoveryTime(t, d);
  }

  /**
   * Obtains a time of whole hours, printed {@code 4 hours} or {@code 1 hour}.
   *
   * @param hours the hours, not negative
   * @return the time
   */
  public static RecoveryTime ofHours(int hours) {
    checkArgument(hours >= 0, "Invalid value for hours (valid values 0 or more): %s", hours);
    return parse(hours + (hours == 1 ? " hour" : " hours"));
  }

  /**
   * Obtains a time of whole days, printed {@code 2 days} or {@code 1 day}.
   *
   * @param days the days, not negative
   * @return the time
   */
  public static RecoveryTime ofDays(int days) {
    checkArgument(days >= 0, "Invalid value for days (valid values 0 or more): %s", days);
    return parse(days + (days == 1 ? " day" : " days"));
  }

  /**
   * Returns the time the text stands for.
   *
   * @return the duration
   */
  public Duration duration() {
    return duration;
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
   * Checks whether this time is longer than another.
   *
   * @param other the other time
   * @return true if longer
   */
  public boolean isLongerThan(RecoveryTime other) {
    return duration.compareTo(requireNonNull(other, "other").duration) > 0;
  }

  /**
   * Checks whether another object is a time with the same text.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof RecoveryTime o && o.text.equals(text);
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
   * Returns the text as published: {@code 4 hours}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return text;
  }

  private Object readResolve() {
    return parse(text);
  }
}
