package org.scplan.performance.internal;

import java.math.BigDecimal;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedNumber;
import org.scplan.core.ValueParseException;

/** Reads and prints the figures of indicators: {@code 79%}, {@code 2,342}, {@code £132k}. Not API. */
public final class Figures {
  private Figures() {}

  /**
   * Reads a figure as an indicator table prints it: {@code 79%}, {@code 83.4%}, {@code 2,342},
   * {@code -4.8}, {@code £132k}, {@code £51,000}. A money figure gives its value in pounds.
   *
   * @throws ValueParseException if the text is not one figure (words such as {@code Placeholder}
   *     are not figures: give them as a placeholder's reason instead)
   */
  public static BigDecimal parse(CharSequence text) {
    String t = text.toString().strip();
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (t.startsWith("£") || t.startsWith("-£") || t.startsWith("(£")) {
      return ReportedAmount.parse(t).value();
    }
    try {
      return ReportedNumber.parse(t).value();
    } catch (ValueParseException e) {
      throw new ValueParseException("an indicator's figure", text, t.equals(text.toString()) ? e.errorIndex() : -1,
          "a number such as 79%, 2,342 or £132k; here, " + e.expected());
    }
  }
}
