package org.scplan.csv;

import java.util.Map;
import org.scplan.core.ValueParseException;
import org.scplan.core.Words;

/**
 * What a budget table's columns for several years side by side become ({@code 2019/20 Gross},
 * {@code 2019/20 Net}, {@code 2020/21 Gross}, {@code 2020/21 Net}).
 *
 * <p>Whatever is chosen, a column the schema itself declares as a comparative (the Kent KASS HQ plan 2010-11's
 * {@code 2009/10 FTE} in {@code kent-controllable-2010}) is read as that comparative.
 */
public enum YearColumns {
  /** One budget profile per year, each reconciled on its own. */
  SEPARATE_PROFILES,
  /**
   * One profile for the latest year (or the year given); the columns of earlier years are memo
   * columns, each the comparative of its column of the profile's year.
   */
  COMPARATIVES;

  /** The other words the plans and the command line use for the constants. */
  private static final Map<String, YearColumns> ALIASES = Map.ofEntries(
        Map.entry("separate", SEPARATE_PROFILES),
        Map.entry("profiles", SEPARATE_PROFILES),
        Map.entry("comparative", COMPARATIVES));
  /**
   * Reads a choice: {@code separate} (also {@code profiles}) or {@code comparatives} (also
   * {@code comparative}), ignoring case.
   *
   * @param text the text
   * @return the choice
   * @throws ValueParseException if the text names none
   */
  public static YearColumns parse(CharSequence text) {
    return Words.parse(YearColumns.class, ALIASES, text, "a treatment of year columns", "separate or comparatives");
  }

}
