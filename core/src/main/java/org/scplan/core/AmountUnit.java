package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The unit a money figure is printed in: pounds, thousands of pounds (£'000) or millions (£m).
 *
 * <p>Kent's budget tables are in £'000 with one decimal; their text quotes £m ("£42.336m") and
 * whole pounds ("£130,000").
 */
public enum AmountUnit {
  /** Pounds: {@code £130,000}. */
  POUNDS("£", "", 0),
  /** Thousands of pounds, printed {@code £'000} over a table or {@code k} after a figure. */
  THOUSANDS("£'000", "k", 3),
  /** Millions of pounds, printed {@code £m} over a table or {@code m} after a figure. */
  MILLIONS("£m", "m", 6);

  private final String label;
  private final String suffix;
  private final int exponent;

  AmountUnit(String label, String suffix, int exponent) {
    this.label = label;
    this.suffix = suffix;
    this.exponent = exponent;
  }

  /**
   * Returns the label printed over a column in this unit: {@code £}, {@code £'000} or {@code £m}.
   *
   * @return the column label
   */
  public String label() {
    return label;
  }

  /**
   * Returns the suffix printed after a figure in this unit: empty, {@code k} or {@code m}.
   *
   * @return the suffix
   */
  public String suffix() {
    return suffix;
  }

  /**
   * Returns the power of ten this unit stands for: 0, 3 or 6.
   *
   * @return the exponent
   */
  public int exponent() {
    return exponent;
  }

  /**
   * Converts a figure printed in this unit to pounds, exactly.
   *
   * @param printed the figure in this unit
   * @return the same amount in pounds
   */
  public BigDecimal toPounds(BigDecimal printed) {
    return printed.movePointRight(exponent);
  }

  /**
   * Converts an amount in pounds to this unit, exactly.
   *
   * @param pounds the amount in pounds
   * @return the same amount in this unit
   */
  public BigDecimal fromPounds(BigDecimal pounds) {
    return pounds.movePointLeft(exponent);
  }

  /**
   * Obtains the unit a column heading or option names: {@code £}, {@code pounds}, {@code £'000},
   * {@code £000}, {@code £000s}, {@code £k}, {@code thousands}, {@code £m}, {@code millions}.
   * Case and spaces are ignored.
   *
   * @param text the unit's name
   * @return the unit
   * @throws ValueParseException if the text names no unit
   */
  public static AmountUnit parse(CharSequence text) {
    requireNonNull(text, "text");
    String t = text.toString().toLowerCase(Locale.ROOT).replaceAll("[\\s\u00a0]", "")
        .replace('’', '\'').replace('‘', '\'');
    return switch (t) {
      case "£", "pounds", "gbp", "£s" -> POUNDS;
      case "£'000", "£000", "£000s", "£'000s", "£k", "k", "thousands", "£thousands" -> THOUSANDS;
      case "£m", "m", "millions", "£millions", "£million" -> MILLIONS;
      default -> throw new ValueParseException("a unit of money", text, -1,
          "£, £'000 (also £000, £000s, £k) or £m");
    };
  }
}
