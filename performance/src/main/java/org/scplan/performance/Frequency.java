package org.scplan.performance;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.scplan.core.AcademicTerm;
import org.scplan.core.AcademicYear;
import org.scplan.core.CalendarMonth;
import org.scplan.core.FinancialQuarter;
import org.scplan.core.FinancialYear;
import org.scplan.core.ReportingPeriod;
import org.scplan.core.ValueParseException;
import org.scplan.core.Words;

/**
 * How often an indicator is monitored, and so the kind of period its series of results is kept
 * in: the Kent KASS HQ plan 2010-11's "Monitoring Frequency" column (Monthly, Quarterly) and the Kent LD/MH plan
 * 2013-14's table templates
 * (quarterly or annually by financial year, termly or annually by academic year).
 *
 * <p>Monitoring frequency is not target frequency: a monthly indicator often has one annual
 * target, which applies to each month's result when the indicator is a snapshot.
 */
public enum Frequency {
  /** Every month. */
  MONTHLY("monthly", CalendarMonth.class),
  /** Every quarter of the financial year. */
  QUARTERLY("quarterly", FinancialQuarter.class),
  /** Every term of the academic year: Autumn, Spring, Summer. */
  TERMLY("termly", AcademicTerm.class),
  /** Once a financial year. */
  ANNUALLY("annually", FinancialYear.class),
  /** Once an academic year. */
  ANNUALLY_BY_ACADEMIC_YEAR("annually by academic year", AcademicYear.class);

  /** The other words the plans and the command line use for the constants. */
  private static final Map<String, Frequency> ALIASES = Map.ofEntries(
        Map.entry("month", MONTHLY),
        Map.entry("quarter", QUARTERLY),
        Map.entry("term", TERMLY),
        Map.entry("annual", ANNUALLY),
        Map.entry("yearly", ANNUALLY),
        Map.entry("annually by financial year", ANNUALLY),
        Map.entry("academic year", ANNUALLY_BY_ACADEMIC_YEAR));
  private final String label;
  private final Class<? extends ReportingPeriod> periodType;

  Frequency(String label, Class<? extends ReportingPeriod> periodType) {
    this.label = label;
    this.periodType = periodType;
  }

  /**
   * Returns the frequency in words: {@code monthly}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns the kind of period results are reported for at this frequency.
   *
   * @return the period type, such as {@code CalendarMonth.class}
   */
  public Class<? extends ReportingPeriod> periodType() {
    return periodType;
  }

  /**
   * Checks whether a period is of the kind this frequency reports.
   *
   * @param period the period
   * @return true if it is a month for {@link #MONTHLY}, a quarter for {@link #QUARTERLY}, and so on
   */
  public boolean matches(ReportingPeriod period) {
    return periodType.isInstance(requireNonNull(period, "period"));
  }

  /**
   * Reads a frequency: its name or label, ignoring case ({@code Monthly}, {@code QUARTERLY},
   * {@code termly}, {@code annually}, {@code annual}, {@code yearly}, {@code annually by academic
   * year}).
   *
   * @param text the text
   * @return the frequency
   * @throws ValueParseException if the text names no frequency
   */
  public static Frequency parse(CharSequence text) {
    return Words.parse(Frequency.class, ALIASES, text, "a monitoring frequency", "monthly, quarterly, termly, annually or annually by academic year");
  }

}
