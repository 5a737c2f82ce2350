package org.scplan.core;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads numbers the way councils print them: {@code 42,336.3}, {@code -8,214.8},
 * {@code (8,214.8)}, {@code £42.336m}, {@code £132k}, {@code £130,000}, {@code +£7m}. Not API: the public types
 * ({@code Money}, {@code ReportedAmount}, {@code ReportedNumber}) decide which of these forms they
 * accept.
 *
 * <p>Reading is strict. Thousands separators must group exactly three digits; a decimal point must
 * be followed by a digit; anything left over is an error that names its position. The number of
 * digits is capped so that hostile input cannot make a huge {@link BigDecimal}.
 */
final class Numerals {
  /** Most digits accepted in one number. */
  public static final int MAX_DIGITS = 30;

  private Numerals() {}

  /** What a numeral carried besides its digits. */
  public enum Suffix {
    /** No magnitude suffix. */
    NONE(0),
    /** {@code k}: thousands. */
    THOUSANDS(3),
    /** {@code m}: millions. */
    MILLIONS(6),
    /** {@code bn}: billions. */
    BILLIONS(9);

    private final int exponent;

    Suffix(int exponent) {
      this.exponent = exponent;
    }

    /** Returns the power of ten the suffix stands for: 0, 3, 6 or 9. */
    public int exponent() {
      return exponent;
    }
  }

  /**
   * A numeral as read.
   *
   * @param value the signed value as printed, scale equal to the printed decimals
   * @param suffix the magnitude suffix, if any
   * @param currency whether a currency sign ({@code £} or {@code GBP}) was present
   * @param bracketed whether the figure was printed in brackets (a negative)
   */
  public record Numeral(BigDecimal value, Suffix suffix, boolean currency, boolean bracketed) {}

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0' || c == '\u202f' || c == '\u2009';
  }

  private static boolean isMinus(char c) {
    return c == '-' || c == '\u2212';
  }

  /**
   * Reads a numeral from the whole of {@code text}.
   *
   * @param text the text
   * @param what what is being read, for messages ("an amount")
   * @return the numeral
   * @throws ValueParseException if the text is not a numeral of the accepted form
   */
  public static Numeral parse(CharSequence text, String what) {
    int n = text.length();
    int i = 0;
    while (i < n && isSpace(text.charAt(i))) {
      i++;
    }
    int end = n;
    while (end > i && isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (i == end) {
      throw new ValueParseException(what, text, -1, "a figure, but the text is blank");
    }
    Placeholder placeholder = Placeholder.match(text.subSequence(i, end).toString());
    if (placeholder != null) {
      throw new ValueParseException(what, text, -1, placeholder.explanation());
    }
    boolean negative = false;
    boolean bracketed = false;
    boolean currency = false;
    if (isMinus(text.charAt(i))) {
      negative = true;
      i = skipSpaces(text, i + 1, end);
    } else if (text.charAt(i) == '+') {
      // "+£7m": a variance printed with an explicit sign; the plus says nothing a bare figure does not.
      i = skipSpaces(text, i + 1, end);
      if (i < end && (isMinus(text.charAt(i)) || text.charAt(i) == '(' || text.charAt(i) == '+')) {
        throw new ValueParseException(what, text, i, "a single sign");
      }
    }
    if (i < end && text.charAt(i) == '(') {
      if (negative) {
        throw new ValueParseException(what, text, i, "a figure with either a minus sign or brackets, not both");
      }
      bracketed = true;
      i = skipSpaces(text, i + 1, end);
    }
    if (i < end && text.charAt(i) == '£') {
      currency = true;
      i = skipSpaces(text, i + 1, end);
    } else if (end - i >= 3 && text.subSequence(i, i + 3).toString().equalsIgnoreCase("GBP")) {
      currency = true;
      i = skipSpaces(text, i + 3, end);
    }
    if (i < end && isMinus(text.charAt(i))) {
      if (negative || bracketed) {
        throw new ValueParseException(what, text, i, "a single sign");
      }
      negative = true;
      i = skipSpaces(text, i + 1, end);
    }
    // Digits with optional thousands separators.
    int digitsStart = i;
    StringBuilder digits = new StringBuilder(24);
    int firstGroup = 0;
    while (i < end && isDigit(text.charAt(i))) {
      digits.append(text.charAt(i));
      firstGroup++;
      i++;
    }
    if (firstGroup == 0) {
      throw new ValueParseException(what, text, i, "a digit");
    }
    if (i < end && text.charAt(i) == ',') {
      if (firstGroup > 3) {
        throw new ValueParseException(what, text, i, "a thousands separator after at most three digits");
      }
      if (text.charAt(digitsStart) == '0') { // 0,123 is a decimal comma, never a hundred and twenty-three
        throw new ValueParseException(what, text, digitsStart, "a first group of digits that does not start with 0");
      }
      while (i < end && text.charAt(i) == ',') {
        int groupStart = i + 1;
        int j = groupStart;
        while (j < end && isDigit(text.charAt(j))) {
          j++;
        }
        if (j - groupStart != 3) {
          int at = j - groupStart < 3 ? j : groupStart + 3;
          throw new ValueParseException(what, text, at, "three digits after a thousands separator");
        }
        digits.append(text, groupStart, j);
        i = j;
      }
    }
    int scale = 0;
    if (i < end && text.charAt(i) == '.') {
      int fracStart = i + 1;
      int j = fracStart;
      while (j < end && isDigit(text.charAt(j))) {
        j++;
      }
      if (j == fracStart) {
        throw new ValueParseException(what, text, fracStart, "a digit after the decimal point");
      }
      digits.append(text, fracStart, j);
      scale = j - fracStart;
      i = j;
    }
    if (digits.length() > MAX_DIGITS) {
      throw new ValueParseException(what, text, digitsStart,
          "at most " + MAX_DIGITS + " digits (found " + digits.length() + ")");
    }
    Suffix suffix = Suffix.NONE;
    if (i < end) {
      char c = text.charAt(i);
      if (c == 'k' || c == 'K') {
        suffix = Suffix.THOUSANDS;
        i++;
      } else if (c == 'm' || c == 'M') {
        suffix = Suffix.MILLIONS;
        i++;
      } else if (end - i >= 2 && text.subSequence(i, i + 2).toString().equalsIgnoreCase("bn")) {
        suffix = Suffix.BILLIONS;
        i += 2;
      }
    }
    i = skipSpaces(text, i, end);
    if (bracketed) {
      if (i < end && text.charAt(i) == ')') {
        i = skipSpaces(text, i + 1, end);
      } else {
        throw new ValueParseException(what, text, i, "a closing bracket");
      }
    }
    if (i < end) {
      if (text.charAt(i) == '(') {
        throw new ValueParseException(what, text, i,
            "a single figure, but a bracketed qualifier follows it; record the figure and keep the"
                + " qualifier as a note");
      }
      throw new ValueParseException(what, text, i, "the end of the figure");
    }
    BigDecimal value = new BigDecimal(new BigInteger(digits.toString()), scale);
    if (negative || bracketed) {
      value = value.negate();
    }
    return new Numeral(value, suffix, currency, bracketed);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int skipSpaces(CharSequence text, int i, int end) {
    while (i < end && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Words that stand where a figure would be but say there is none. */
  public enum Placeholder {
    /** To be confirmed. */
    TBC("a figure, but the text is a placeholder (to be confirmed)", "tbc", "tbc.", "to be confirmed"),
    /** To be agreed / announced. */
    TBA("a figure, but the text is a placeholder (to be agreed)", "tba", "tbd", "to be agreed", "to be determined"),
    /** Not applicable. */
    NOT_APPLICABLE("a figure, but the text says \"not applicable\"", "n/a", "na", "n.a.", "n.a", "not applicable"),
    /** Not known or not available. */
    NOT_KNOWN("a figure, but the text says it is not known", "n/k", "nk", "not known", "not available", "..", "…"),
    /** A row kept for a figure to come. */
    PLACEHOLDER("a figure, but the text is a placeholder with no figure yet", "placeholder", "place holder"),
    /** Nothing printed but a dash. */
    NIL("a figure, but the text is a dash (nil or not available)", "-", "–", "—", "−", "--", "nil");

    private final String explanation;
    private final String[] spellings;

    Placeholder(String explanation, String... spellings) {
      this.explanation = explanation;
      this.spellings = spellings;
    }

    /** Returns the placeholder's spellings, in lower case. */
    java.util.List<String> spellings() {
      return java.util.List.of(spellings);
    }

    /** Returns a phrase, for messages, that says what was expected and what the placeholder is. */
    public String explanation() {
      return explanation;
    }

    /**
     * Returns the placeholder the trimmed text spells, ignoring case, or null.
     *
     * @param trimmed text without surrounding spaces
     * @return the placeholder, or null when the text is not one
     */
    public static Placeholder match(String trimmed) {
      String lower = trimmed.toLowerCase(java.util.Locale.ROOT);
      for (Placeholder p : values()) {
        for (String s : p.spellings) {
          if (s.equals(lower)) {
            return p;
          }
        }
      }
      return null;
    }
  }
}
