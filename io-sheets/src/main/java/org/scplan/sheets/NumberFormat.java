package org.scplan.sheets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.scplan.core.PrintedFigures;

/**
 * Prints a number as a spreadsheet's number format code prints it, so that the figure scplan checks
 * is the one a reader of the sheet sees: {@code #,##0.0} gives {@code 1,234.5}, {@code #,##0,}
 * thousands, {@code £#,##0.0,,"m"} {@code £1.2m}, {@code 0.0%} a percentage, {@code #,##0;(#,##0)}
 * brackets for negatives, an accounting format's zero section a dash. The codes are those of
 * ECMA-376 Part 1, 18.8.31 (numFmt), which OpenDocument's number styles print alike. Decimals
 * written {@code #} or {@code ?} print only when they are not trailing zeros ({@code 0.0#} prints 1.5
 * as {@code 1.5} and 1.567 as {@code 1.57}). Two things differ from a spreadsheet on purpose, so that
 * what is printed reads as a figure: a whole part with no {@code 0} in its code still prints its zero
 * ({@code #.##} prints 0.5 as {@code 0.5}, not {@code .5}), and a point with no decimals after it is
 * left off ({@code 0.##} prints 2 as {@code 2}, not {@code 2.}). Dates print as ISO dates ({@code
 * 2024-03-31}), never as figures. Not API.
 */
final class NumberFormat {
  private NumberFormat() {}

  /** Prints a value stored in a cell with the format code its style gives (null or empty for General). */
  static String print(BigDecimal value, String code) {
    if (code == null || code.isBlank() || code.equalsIgnoreCase("General")) {
      return general(value);
    }
    List<Section> sections = compiled(code);
    Section section;
    boolean absolute = false;
    if (value.signum() < 0 && sections.size() >= 2) {
      section = sections.get(1);
      absolute = true;
    } else if (value.signum() == 0 && sections.size() >= 3) {
      section = sections.get(2);
    } else {
      section = sections.get(0);
    }
    if (section.text()) {
      return general(value);
    }
    if (section.date()) {
      return date(value);
    }
    return section.print(absolute ? value.abs() : value);
  }

  /** What {@link #plain} answers for a code that does not print its figures plainly. */
  static final int NOT_PLAIN = -1;

  /** The flags of a plain figure in a {@link org.scplan.csv.PrintedSheet}: its digits are grouped. */
  static final int GROUPED = 0x20;

  /** The decimals of a plain figure, below its flags. */
  static final int DECIMALS = 0x1F;

  /** The flags of a plain figure: a negative one is printed in brackets. */
  static final int BRACKETS = 0x40;

  private static final Map<String, Integer> PLAIN = new ConcurrentHashMap<>();

  /**
   * How a code prints a figure when it prints it plainly: its decimals, all required ({@code 0}),
   * whether it groups thousands, and whether a negative figure is in brackets ({@code
   * #,##0.0_);(#,##0.0)}) rather than after a minus; nothing before or after the digits, no scaling,
   * no percentage, and a zero printed as any other figure. {@link #NOT_PLAIN} for any other code,
   * General among them, whose figures are printed as text.
   */
  static int plain(String code) {
    if (code == null || code.isBlank() || code.equalsIgnoreCase("General")) {
      return NOT_PLAIN;
    }
    Integer known = PLAIN.get(code);
    if (known == null) {
      known = plainOf(code);
      if (PLAIN.size() < KEPT) {
        PLAIN.put(code, known);
      }
    }
    return known;
  }

  /** {@link #plain}, worked out afresh rather than remembered. */
  static int plainOf(String code) {
    return code == null || code.isBlank() || code.equalsIgnoreCase("General") ? NOT_PLAIN : plainOf(compiled(code));
  }

  private static int plainOf(List<Section> sections) {
    Section first = sections.get(0);
    if (!isPlain(first) || !first.prefix().isEmpty() || !first.suffix().isBlank()
        || first.decimals() > org.scplan.csv.PrintedSheet.MAX_DECIMALS) {
      return NOT_PLAIN;
    }
    int flags = first.decimals() | (first.grouped() ? GROUPED : 0);
    if (sections.size() == 1) {
      return flags;
    }
    if (sections.size() > 2) {
      return NOT_PLAIN; // a section of its own for zero (an accounting format's dash, or General)
    }
    Section negative = sections.get(1);
    if (!isPlain(negative) || negative.decimals() != first.decimals() || negative.grouped() != first.grouped()) {
      return NOT_PLAIN;
    }
    if (negative.prefix().equals("-") && negative.suffix().isBlank()) {
      return flags;
    }
    return negative.prefix().equals("(") && negative.suffix().strip().equals(")") ? flags | BRACKETS : NOT_PLAIN;
  }

  private static boolean isPlain(Section s) {
    return s.figure() && !s.text() && !s.date() && s.percent() == 0 && s.scaleDown() == 0
        && s.required() == s.decimals();
  }

  /**
   * A stored number as a whole number of the last place a plain code prints, rounded as the code
   * prints it (half up); {@link Long#MIN_VALUE} when it is no plain figure there: written with an
   * exponent, too long for a {@code long}, or a negative number that rounds to zero (printed
   * {@code -0.0} or {@code (0.0)}, not as zero).
   */
  static long unscaled(String raw, int decimals) {
    int n = raw.length();
    int i = 0;
    boolean negative = n > 0 && raw.charAt(0) == '-';
    if (negative) {
      i++;
    }
    long value = 0;
    int digits = 0;
    int places = -1;
    boolean up = false;
    boolean any = false;
    for (; i < n; i++) {
      char ch = raw.charAt(i);
      if (ch == '.' && places < 0) {
        places = 0;
        continue;
      }
      if (ch < '0' || ch > '9') {
        return Long.MIN_VALUE; // an exponent, or no number
      }
      any = true;
      if (places >= decimals) {
        if (places == decimals) {
          up = ch >= '5';
        }
        places++;
        continue;
      }
      if (places >= 0) {
        places++;
      }
      if (value != 0 || ch != '0') {
        if (++digits > 17) {
          return Long.MIN_VALUE;
        }
      }
      value = value * 10 + (ch - '0');
    }
    if (!any) {
      return Long.MIN_VALUE;
    }
    for (int p = Math.max(places, 0); p < decimals; p++) {
      if (++digits > 17) {
        return Long.MIN_VALUE;
      }
      value *= 10;
    }
    if (up) {
      value++;
    }
    if (negative && value == 0) {
      return Long.MIN_VALUE;
    }
    return negative ? -value : value;
  }

  /** The most format codes kept read; a workbook has a few dozen. */
  private static final int KEPT = 4096;
  private static final Map<String, List<Section>> COMPILED = new ConcurrentHashMap<>();

  /** A code's sections, each read once: a sheet prints a million cells with a handful of codes. */
  private static List<Section> compiled(String code) {
    List<Section> sections = COMPILED.get(code);
    if (sections == null) {
      sections = sections(code).stream().map(Section::of).toList();
      if (COMPILED.size() < KEPT) {
        COMPILED.put(code, sections);
      }
    }
    return sections;
  }

  /** General: the value as stored, to the 15 significant digits a spreadsheet keeps. */
  static String general(BigDecimal value) {
    BigDecimal v = value.round(new MathContext(15, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    return v.toPlainString();
  }

  /** The sections of a code, split at semicolons outside quotes and brackets. */
  static List<String> sections(String code) {
    List<String> result = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < code.length(); i++) {
      char ch = code.charAt(i);
      if (ch == '\\' && i + 1 < code.length() && !quoted) {
        current.append(ch).append(code.charAt(++i));
        continue;
      }
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == '[' && !quoted) {
        bracket = true;
      } else if (ch == ']' && !quoted) {
        bracket = false;
      } else if (ch == ';' && !quoted && !bracket) {
        result.add(current.toString());
        current.setLength(0);
        continue;
      }
      current.append(ch);
    }
    result.add(current.toString());
    return result;
  }

  /**
   * Whether a section prints text: an {@code @} outside quotes and brackets, as in {@code @}, {@code
   * [$-409]@} or {@code _-@_-}. A number in a text section prints as General.
   */
  static boolean isText(String section) {
    return printsAny(section, "@");
  }

  /** Whether a section prints a date or time: d, m, y, h or s outside quotes and brackets. */
  static boolean isDate(String section) {
    return printsAny(section, "dmyhsDMYHS");
  }

  /** Whether a section has one of some code letters outside quotes, brackets, escapes and paddings. */
  private static boolean printsAny(String section, String letters) {
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < section.length(); i++) {
      char ch = section.charAt(i);
      if (ch == '\\' || ch == '_' || ch == '*') {
        i++;
      } else if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted && ch == '[') {
        bracket = true;
      } else if (!quoted && ch == ']') {
        bracket = false;
      } else if (!quoted && !bracket && letters.indexOf(ch) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A serial date (days since 1899-12-30, as the 1900 date system counts after February 1900). */
  static String date(BigDecimal serial) {
    long days = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
    if (days < 1 || days > 2_958_465) {
      return general(serial);
    }
    return LocalDate.of(1899, 12, 30).plusDays(days).toString();
  }

  /**
   * A section of a format code, read once: whether it prints text ({@code @}), a date, or a figure,
   * and for a figure what comes before and after it, its decimals, the thousands it scales down by
   * ({@code #,##0,}), the percent signs that scale it up, and whether it groups thousands.
   */
  private record Section(boolean text, boolean date, boolean figure, String prefix, String suffix, int decimals,
      int required, int scaleDown, int percent, boolean grouped) {

    static Section of(String section) {
      if (isText(section)) {
        return new Section(true, false, false, "", "", 0, 0, 0, 0, false);
      }
      if (isDate(section)) {
        return new Section(false, true, false, "", "", 0, 0, 0, 0, false);
      }
      StringBuilder prefix = new StringBuilder();
      StringBuilder suffix = new StringBuilder();
      StringBuilder pattern = new StringBuilder();
      boolean inNumber = false;
      boolean afterNumber = false;
      int percent = 0;
      for (int i = 0; i < section.length(); i++) {
        char ch = section.charAt(i);
        StringBuilder out = afterNumber ? suffix : prefix;
        if (ch == '"') {
          int end = section.indexOf('"', i + 1);
          end = end < 0 ? section.length() : end;
          if (inNumber) {
            afterNumber = true;
            suffix.append(section, i + 1, end);
          } else {
            out.append(section, i + 1, end);
          }
          i = end;
        } else if (ch == '\\' && i + 1 < section.length()) {
          (inNumber ? suffix : out).append(section.charAt(++i));
          if (inNumber) {
            afterNumber = true;
          }
        } else if (ch == '_' || ch == '*') {
          i++; // padding to another character's width, or a fill: nothing a reader reads
        } else if (ch == '[') {
          int end = section.indexOf(']', i);
          end = end < 0 ? section.length() : end;
          String inside = section.substring(i + 1, end);
          if (inside.startsWith("$")) { // [$£-809]: a currency symbol and a locale
            int dash = inside.indexOf('-');
            (inNumber ? suffix : out).append(inside, 1, dash < 0 ? inside.length() : dash);
          }
          i = end;
        } else if (!afterNumber && "0#?,.".indexOf(ch) >= 0 && (ch != ',' && ch != '.' || inNumber
            || i + 1 < section.length() && "0#?".indexOf(section.charAt(i + 1)) >= 0)) {
          inNumber = true;
          pattern.append(ch);
        } else if (ch == '%') {
          percent++;
          (inNumber ? suffix : out).append('%');
          if (inNumber) {
            afterNumber = true;
          }
        } else {
          if (inNumber) {
            afterNumber = true;
            suffix.append(ch);
          } else {
            out.append(ch);
          }
        }
      }
      if (pattern.length() == 0) {
        return new Section(false, false, false, prefix.toString(), suffix.toString(), 0, 0, 0, percent, false);
      }
      String p = pattern.toString();
      int scaleDown = 0;
      while (p.endsWith(",")) {
        scaleDown++;
        p = p.substring(0, p.length() - 1);
      }
      int dot = p.indexOf('.');
      String fraction = dot < 0 ? "" : p.substring(dot + 1);
      int decimals = (int) fraction.chars().filter(c -> c == '0' || c == '#' || c == '?').count();
      int required = (int) fraction.chars().filter(c -> c == '0').count();
      boolean grouped = (dot < 0 ? p : p.substring(0, dot)).indexOf(',') >= 0;
      return new Section(false, false, true, prefix.toString(), suffix.toString(), decimals, required, scaleDown,
          percent, grouped);
    }

    /** Prints a value (its sign already chosen by the section) as the section prints it. */
    String print(BigDecimal value) {
      if (!figure) {
        return (prefix + suffix).strip();
      }
      BigDecimal v = value.movePointRight(2 * percent).movePointLeft(3 * scaleDown)
          .setScale(decimals, RoundingMode.HALF_UP);
      if (required < decimals) { // # and ? decimals print only when they are not trailing zeros
        BigDecimal stripped = v.stripTrailingZeros();
        v = stripped.scale() < required ? v.setScale(required, RoundingMode.UNNECESSARY) : stripped;
      }
      String digits = grouped ? PrintedFigures.grouped(v.abs()) : v.abs().toPlainString();
      if (v.signum() >= 0 && prefix.isEmpty() && suffix.isEmpty()) {
        return digits;
      }
      String sign = v.signum() < 0 ? "-" : "";
      return (sign + prefix + digits + suffix).strip();
    }
  }
}
