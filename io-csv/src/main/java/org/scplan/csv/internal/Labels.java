package org.scplan.csv.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scplan.core.AmountUnit;
import org.scplan.core.FinancialYear;

/**
 * Reading the words of a table: cleaning a cell of typography, finding the year and unit a heading
 * names, and reducing a heading to the words that identify a column. Not API.
 */
public final class Labels {
  /** Markup that copying out of a web page or a converted PDF leaves in a cell: {@code <b>Total</b>}. */
  private static final Pattern TAG = Pattern.compile("(?i)</?(?:b|i|u|em|strong|span|font|p|br)\\b[^>]{0,200}>");
  private static final Pattern EMPHASIS = Pattern.compile("^(\\*\\*|__)(.+)\\1$");
  private static final Pattern SPACE = Pattern.compile("[\\s\u00a0\u2007\u202f\u2009]+");
  private static final Pattern UNIT = Pattern.compile(
      "(?i)£\\s*['’‘]?\\s*000\\s*'?s?|£\\s*(?:k|ms?|millions?|thousands?|bn)(?![a-z])|\\(\\s*£\\s*\\)|£|\\bgbp\\b");
  private static final Pattern YEAR = Pattern.compile(
      "(?i)(?<![0-9./£$])(?:fy\\s*)?([0-9]{4}|[0-9]{2})(?:\\s*[-/–—]\\s*|\\s+to\\s+)([0-9]{4}|[0-9]{2})(?![0-9.,%])");
  private static final Pattern FOOTNOTE = Pattern.compile("\\[[^\\]]{0,6}\\]|[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]");
  private static final Pattern CALENDAR_YEAR = Pattern.compile("(?:19|20)[0-9]{2}");
  private static final Pattern QUARTER = Pattern.compile("\\bq[1-4]\\b");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

  private Labels() {}

  /**
   * Returns a cell's text without typography: markup such as {@code <b>…</b>} or {@code **…**}
   * removed, runs of spaces (non-breaking ones included) made one space, and the ends trimmed; the
   * apostrophe that neutralises a formula-like cell ({@code '=SUM(A1)}, as {@code TableWriter} and
   * spreadsheets write it) dropped.
   *
   * @param text the cell as read
   * @return the clean text, possibly empty
   */
  public static String clean(String text) {
    if (isNeutralised(text)) {
      return clean(text.substring(1));
    }
    if (isPlain(text)) {
      return text.strip();
    }
    String t = TAG.matcher(text).replaceAll("");
    t = SPACE.matcher(t).replaceAll(" ").strip();
    Matcher m = EMPHASIS.matcher(t);
    if (m.matches()) {
      t = m.group(2).strip();
    }
    return t.equals(text) ? text : t; // the same text is kept once, however many times a large table asks
  }

  /** The characters that start a formula in a spreadsheet (OWASP's list for CSV injection). */
  public static final String FORMULA_STARTS = "=+-@\t\r";

  /**
   * Whether a cell is an apostrophe before a character that would start a formula: a cell written
   * so that a spreadsheet shows it as text.
   */
  private static boolean isNeutralised(String text) {
    return text.length() > 1 && text.charAt(0) == '\'' && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0;
  }

  /**
   * Returns a cell's text as a CSV file may hold it safely: text that a spreadsheet would run as a
   * formula (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return)
   * gets a leading apostrophe, as OWASP's guidance on CSV injection says; {@link #clean} drops it.
   *
   * @param text the cell's text
   * @return the text, neutralised if it needs to be
   */
  public static String neutralised(String text) {
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  /**
   * Whether text is already its own words but for case: letters and digits in single-spaced words,
   * with nothing a heading's words drop (a unit, a year, a quarter, a footnote, punctuation). Most
   * line names of a large table are ("Service line 12"), and need no patterns.
   */
  private static boolean isPlainWords(String text) {
    int n = text.length();
    if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
      return false;
    }
    char previous = 'x';
    boolean digits = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
      boolean digit = c >= '0' && c <= '9';
      if (!letter && !digit && !(c == ' ' && previous != ' ')) {
        return false;
      }
      if (digit && (previous == 'q' || previous == 'Q')) {
        return false;
      }
      digits |= digit;
      previous = c;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return !lower.contains("gbp") && !(digits && lower.contains(" to "));
  }

  /** Whether text has nothing to clean but its ends: no markup, no emphasis, no unusual or doubled spaces. */
  private static boolean isPlain(String text) {
    char previous = 'x';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<' || c == '*' || c == '_' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0' || c == '\u2007'
          || c == '\u202f' || c == '\u2009' || c == ' ' && previous == ' ') {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /**
   * Finds the financial years a heading names: {@code 2019/20 Gross} names 2019-20.
   *
   * @param text the heading
   * @return the years, in order of appearance
   */
  public static List<FinancialYear> years(String text) {
    List<FinancialYear> years = new ArrayList<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) {
      year(m.group()).ifPresent(years::add);
    }
    return years;
  }

  /**
   * Reads text that is nothing but a financial year: {@code 2019/20}, {@code 2019-20},
   * {@code FY 2019-20}, {@code 2010 – 2011}.
   *
   * @param text the text
   * @return the year, or empty if the text is not one
   */
  public static Optional<FinancialYear> year(String text) {
    Matcher m = YEAR.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    if (m.group(1).length() == 2) {
      // "14/15", "19/20": a financial year only when the second year follows the first.
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(2).substring(m.group(2).length() - 2));
      if (m.group(2).length() != 2 || second != (first + 1) % 100) {
        return Optional.empty();
      }
      return Optional.of(FinancialYear.of((first >= 90 ? 1900 : 2000) + first));
    }
    try {
      return Optional.of(FinancialYear.parse(m.group(1) + "-" + m.group(2)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Checks whether text is nothing but a year: a financial year, or a calendar year from 1900 to
   * 2099 printed without a separator ({@code 2019}), as a heading prints it.
   *
   * @param text clean text
   * @return true if the text is a year
   */
  public static boolean isYear(String text) {
    return CALENDAR_YEAR.matcher(text).matches() || year(text).isPresent();
  }

  /** A per cent sign that is no figure's: {@code Growth %}, {@code (%)}, {@code % change}; not {@code 1.99%}. */
  private static final Pattern PERCENT_UNIT = Pattern.compile("(?<![0-9])%");

  /**
   * Checks whether a label or heading says its figures are percentages: a per cent sign of its own
   * ({@code Growth %}, {@code Share of budget (%)}, {@code % change}). A percentage quoted in the
   * words ({@code Increase from 1.99% to 2.98% precept rise}) is a figure the label names, not the
   * unit of the figures beside it.
   *
   * @param text the label or heading
   * @return true if it names percentages
   */
  public static boolean namesPercent(String text) {
    return PERCENT_UNIT.matcher(text).find();
  }

  /**
   * Finds the unit of money a heading names: {@code Gross Exp £m}, {@code Spend (£m)},
   * {@code £'000}, {@code £000s}, {@code (£)}.
   *
   * @param text the heading
   * @return the unit, or empty if the heading names none
   */
  public static Optional<AmountUnit> unit(String text) {
    Matcher m = UNIT.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String u = m.group().toLowerCase(Locale.ROOT);
    if (u.contains("000") || u.contains("k") || u.contains("thousand")) {
      return Optional.of(AmountUnit.THOUSANDS);
    }
    if (u.contains("m") || u.contains("bn")) {
      return Optional.of(AmountUnit.MILLIONS);
    }
    return Optional.of(AmountUnit.POUNDS);
  }

  /**
   * Checks whether a heading cell holds nothing but units, years and footnote markers, as the row
   * of units under a table's headings does ({@code £'000}, {@code £000s}).
   *
   * @param text clean text
   * @return true if nothing else is left
   */
  public static boolean isUnitsOrYears(String text) {
    String t = YEAR.matcher(UNIT.matcher(text).replaceAll(" ")).replaceAll(" ");
    t = FOOTNOTE.matcher(t).replaceAll(" ");
    return NOT_WORD.matcher(t.toLowerCase(Locale.ROOT)).replaceAll("").isEmpty() && !text.isBlank();
  }

  /**
   * Reduces a heading to the words that identify it, for matching: lower case, "&amp;" read as
   * "and", units, years, quarters ({@code Q1}), footnote markers and punctuation dropped. {@code Gross Exp £m},
   * {@code GROSS EXP.} and {@code 2019/20 Gross exp*} all give {@code gross exp}.
   *
   * @param text the heading
   * @return the words, separated by single spaces; empty if none are left
   */
  public static String words(String text) {
    return words(text, false);
  }

  /**
   * Reduces a heading to its words as {@link #words(String)} does, but keeps each year as a word of
   * its own ({@code fy2009}), so that {@code 2009/10 FTE} and {@code 2010/11 FTE} stay apart.
   *
   * @param text the heading
   * @return the words
   */
  public static String wordsWithYears(String text) {
    return words(text, true);
  }

  private static String words(String text, boolean keepYears) {
    if (isPlainWords(text)) {
      return text.toLowerCase(Locale.ROOT);
    }
    String t = clean(text);
    t = UNIT.matcher(t).replaceAll(" ");
    Matcher m = YEAR.matcher(t);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String replacement = " ";
      if (keepYears) {
        Optional<FinancialYear> y = year(m.group());
        replacement = y.map(fy -> " fy" + fy.startYear() + " ").orElse(" ");
      }
      m.appendReplacement(sb, replacement);
    }
    m.appendTail(sb);
    t = FOOTNOTE.matcher(sb.toString()).replaceAll(" ");
    t = t.toLowerCase(Locale.ROOT).replace("&", " and ").replace("+", " and ");
    t = QUARTER.matcher(t).replaceAll(" ");
    return NOT_WORD.matcher(t).replaceAll(" ").strip();
  }

  /**
   * Makes an id from a title: its letters and digits in lower case, runs of anything else made one
   * hyphen ({@code Table 5: Resources} gives {@code table-5-resources}).
   *
   * @param text the title
   * @return the id; {@code table} if the title has no letters or digits
   */
  public static String slug(String text) {
    String s = clean(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > 60) {
      s = s.substring(0, 60).replaceAll("-+$", "");
    }
    return s.isEmpty() ? "table" : s;
  }

  /**
   * Makes a key from a heading: lower-case words and numbers joined by hyphens, as a schema
   * column's key must be ({@code 2019/20 Net £m} gives {@code net}, with the year kept
   * {@code net-2019-20}).
   *
   * @param text the heading
   * @param fallback the key to use when the heading has no words, such as {@code column-5}
   * @return the key
   */
  public static String key(String text, String fallback) {
    String w = words(text).replace(' ', '-');
    if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
      w = w.isEmpty() ? fallback : "c-" + w;
    }
    return w.length() > 60 ? w.substring(0, 60).replaceAll("-+$", "") : w;
  }
}
