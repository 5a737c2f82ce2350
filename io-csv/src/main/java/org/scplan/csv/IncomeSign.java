package org.scplan.csv;

import java.util.Map;
import org.scplan.budget.SignConvention;
import org.scplan.core.ValueParseException;
import org.scplan.core.Words;

/**
 * How a table prints income: negative and added (Kent), positive and subtracted (the revenue
 * outturn returns), or to be decided from the income columns' figures.
 */
public enum IncomeSign {
  /** Income and grants are printed negative and added. */
  NEGATIVE(SignConvention.INCOME_NEGATIVE),
  /** Income and grants are printed positive and subtracted. */
  POSITIVE(SignConvention.INCOME_POSITIVE),
  /**
   * Decided from the figures: the sign most of the income and grant figures carry; the report says
   * what was decided and why. With as many of each, or none, the schema's own convention stands.
   */
  AUTO(null);

  /** The other words the plans and the command line use for the constants. */
  private static final Map<String, IncomeSign> ALIASES = Map.ofEntries(
        Map.entry("neg", NEGATIVE),
        Map.entry("pos", POSITIVE),
        Map.entry("detect", AUTO));
  private final SignConvention convention;

  IncomeSign(SignConvention convention) {
    this.convention = convention;
  }

  /**
   * Returns the sign convention this stands for.
   *
   * @return the convention; null for {@link #AUTO}
   */
  SignConvention convention() {
    return convention;
  }

  /**
   * Reads a choice: {@code negative}, {@code positive} or {@code auto}, ignoring case.
   *
   * @param text the text
   * @return the choice
   * @throws ValueParseException if the text names none
   */
  public static IncomeSign parse(CharSequence text) {
    return Words.parse(IncomeSign.class, ALIASES, text, "an income sign", "negative, positive or auto");
  }

}
