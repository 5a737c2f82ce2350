package org.scplan.core.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Small text helpers shared by the kernel's parsers and printers. Not API. */
public final class Text {
  /** Longest text quoted whole in a message; longer text is abbreviated. */
  public static final int QUOTE_LIMIT = 60;

  private Text() {}

  /**
   * Quotes text for a message, abbreviating it when it is long and escaping control characters,
   * so that a message never grows with its input.
   */
  public static String quote(CharSequence text) {
    if (text == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder(Math.min(text.length(), QUOTE_LIMIT) + 8).append('"');
    int n = Math.min(text.length(), QUOTE_LIMIT);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    if (text.length() > QUOTE_LIMIT) {
      sb.append("…\" (").append(text.length()).append(" characters)");
      return sb.toString();
    }
    return sb.append('"').toString();
  }

  /**
   * Formats a decimal with comma thousands separators, keeping its scale exactly:
   * {@code 7911.70} prints {@code 7,911.70}, {@code -8214.8} prints {@code -8,214.8}. A negative
   * scale prints the whole number ({@code 1.3E+5} prints {@code 130,000}).
   */
  public static String grouped(BigDecimal value) {
    BigDecimal v = value.scale() < 0 ? value.setScale(0) : value;
    // The plain text of a value that fits a long is made without a BigInteger.
    String plain = v.signum() < 0 ? v.negate().toPlainString() : v.toPlainString();
    int dot = plain.indexOf('.');
    int whole = dot < 0 ? plain.length() : dot;
    StringBuilder sb = new StringBuilder(plain.length() + whole / 3 + 1);
    if (v.signum() < 0) {
      sb.append('-');
    }
    int lead = whole % 3 == 0 ? 3 : whole % 3;
    sb.append(plain, 0, lead);
    for (int i = lead; i < whole; i += 3) {
      sb.append(',').append(plain, i, i + 3);
    }
    return sb.append(plain, whole, plain.length()).toString();
  }

  /**
   * Formats the last two digits of a year, {@code 19} for 2019 and {@code 00} for 2000, in ASCII
   * digits whatever the default locale ({@code String.format("%02d")} would print Arabic-Indic or
   * Thai digits in some).
   */
  public static String twoDigits(int year) {
    int n = Math.floorMod(year, 100);
    return n < 10 ? "0" + n : String.valueOf(n);
  }

  /** Formats a long with comma thousands separators. */
  public static String grouped(long value) {
    return grouped(new BigDecimal(BigInteger.valueOf(value)));
  }

  /**
   * Tells whether a character must not reach a terminal as it is: a control character (C0, DEL,
   * C1), a line or paragraph separator, a character that turns the direction of the text (the bidi
   * embeddings, overrides, isolates and marks, as in "Trojan Source") or an invisible one (zero width
   * space, word joiner, byte order mark).
   */
  public static boolean isUnsafeForTerminal(char c) {
    return c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x061c || c >= 0x200b && c <= 0x200f
        || c >= 0x2028 && c <= 0x202e || c >= 0x2060 && c <= 0x2069 || c == 0xfeff;
  }

  /**
   * Shows text safely on a terminal, one line: each character {@link #isUnsafeForTerminal} is written
   * as its Java escape, <code>&#92;u0007</code> for BEL, <code>&#92;u000a</code> for a line feed,
   * <code>&#92;u202e</code> for a right-to-left override; everything else is kept. Text with none is
   * returned as it is.
   */
  public static String visible(String text) {
    int i = 0;
    while (i < text.length() && !isUnsafeForTerminal(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafeForTerminal(c)) {
        sb.append("\\u").append(String.format("%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
