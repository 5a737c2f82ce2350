package org.scplan.risk;

import java.time.LocalDate;
import java.util.Map;
import org.scplan.core.Words;

/** How often a risk is reviewed; Kent reviews its directorate register quarterly. */
public enum ReviewFrequency {
  /** Every month. */
  MONTHLY(1),
  /** Every three months. */
  QUARTERLY(3),
  /** Every six months. */
  HALF_YEARLY(6),
  /** Every twelve months. */
  ANNUALLY(12);

  private static final Map<String, ReviewFrequency> ALIASES = Map.of(
      "six monthly", HALF_YEARLY, "biannually", HALF_YEARLY, "annual", ANNUALLY, "yearly", ANNUALLY,
      "every 3 months", QUARTERLY, "every 12 months", ANNUALLY);

  private final int months;

  ReviewFrequency(int months) {
    this.months = months;
  }

  /**
   * Returns the months between reviews.
   *
   * @return the months
   */
  public int months() {
    return months;
  }

  /**
   * Returns the day by which the next review is due after a review on a day: the same day
   * {@link #months()} later (the month's last day if it has no such day).
   *
   * @param lastReview the day of the last review
   * @return the day the next review is due
   */
  public LocalDate nextDue(LocalDate lastReview) {
    return lastReview.plusMonths(months);
  }

  /**
   * Reads a frequency from its name, ignoring case: {@code Quarterly}, {@code half-yearly},
   * {@code six monthly}, {@code annually}.
   *
   * @param text the text
   * @return the frequency
   * @throws org.scplan.core.ValueParseException if the text names no frequency
   */
  public static ReviewFrequency parse(CharSequence text) {
    return Words.parse(ReviewFrequency.class, ALIASES, text, "a review frequency");
  }

  /**
   * Returns the frequency in words: {@code Quarterly}.
   *
   * @return the frequency as text
   */
  @Override
  public String toString() {
    return Words.label(this);
  }
}
