package org.scplan.csv;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scplan.core.AmountUnit;
import org.scplan.core.PrintedFigures;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ValueParseException;
import org.scplan.csv.internal.Labels;

/**
 * One cell of a table as councils print it, read: a figure, a blank, a nil, or words that stand
 * where a figure would be.
 *
 * <p>{@link #parse(CharSequence)} reads the forms found in published tables:
 * <ul>
 *   <li>figures with thousands separators, a currency sign and a unit suffix: {@code 7,911.7},
 *       {@code £42.336m}, {@code £132k}, {@code £1,234.5m}; percentages: {@code 83.4%};</li>
 *   <li>negatives with a minus sign (also {@code −} and a leading {@code –}) or in brackets:
 *       {@code -8,214.8}, {@code (1,234)}, {@code (£1,234,000)};</li>
 *   <li>footnote markers after the figure, which are kept apart: {@code 10,319*},
 *       {@code 4,834[1]}, {@code 12.5†};</li>
 *   <li>{@code FY} before a figure counted over the financial year: {@code FY 11,548};</li>
 *   <li>a dash, {@code -}, {@code –} or {@code —}, or {@code nil}, for nil ({@link Kind#NIL}), also after a
 *       pound sign as an accounting format prints it ({@code £ –});</li>
 *   <li>{@code TBC}, {@code TBA}, {@code N/A}, {@code Placeholder}, {@code not available} and the
 *       like for a value that is absent ({@link Kind#ABSENT}), the words being kept;</li>
 *   <li>typography left by copying: {@code <b>85,087.7</b>}, {@code **Total**}, non-breaking
 *       spaces.</li>
 * </ul>
 * Anything else, such as {@code 12,34x}, is refused with a {@link ValueParseException} that says
 * what was expected and where: a cell that cannot be read is never taken for zero. A figure with a
 * decimal comma, as a European locale prints it ({@code 1234,5}, {@code 1.234,5}), is refused too,
 * and the message says so and how the figure is printed with a decimal point.
 *
 * <p>A figure keeps what it was printed with: its value as printed (in its own unit, if it has a
 * {@code k} or {@code m} suffix, otherwise in the unit of its column), its decimals, currency
 * sign, percent sign, qualifier and footnotes. {@link #toString()} prints the canonical form of the
 * cell ({@code -£1,234.5m}, {@code 83.4%}, {@code FY 11,548*}), which {@link #parse} reads back to
 * an equal cell.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TableCell {
  /** What a cell holds. */
  public enum Kind {
    /** Nothing: the cell is empty. */
    BLANK,
    /** A dash or "nil": nothing, printed as such, which a budget table means as zero. */
    NIL,
    /** Words that stand where a figure would be and say there is none yet: {@code TBC}, {@code N/A}. */
    ABSENT,
    /** A figure. */
    FIGURE
  }

  private static final TableCell BLANK = new TableCell(Kind.BLANK, null, 0, null, false, false, null, null,
      List.of());
  private static final Pattern SUPERSCRIPT_NOTE = Pattern.compile("(?i)<sup>([^<]{0,6})</sup>");
  private static final Pattern TRAILING_NOTE =
      Pattern.compile("^(.*?)\\s*(\\[[^\\]]{1,4}\\]|\\*+|[†‡§]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$");
  private static final Pattern QUALIFIER = Pattern.compile("^(?i)(FY)\\s+(?=\\S)");
  /** A percentage, {@code 83.4%}, {@code (2.1%)}, with the precision note it prints after the sign. */
  private static final Pattern PERCENT = Pattern.compile("^(.*?)\\s*%\\s*(\\)?)\\s*((?i)\\(\\s*nearest[^)]*\\))?\\s*$");
  private static final Pattern DASH_MINUS = Pattern.compile("^[–—](?=\\s*[0-9£(])");
  private static final Pattern NEAREST_NOTE = Pattern.compile("(?i)\\s*\\(\\s*nearest[^)]*\\)\\s*$");
  private static final String WHAT = "a figure";

  private final Kind kind;
  private final BigDecimal value;
  private final int decimals;
  private final AmountUnit unit;
  private final boolean currency;
  private final boolean percent;
  private final String qualifier;
  private final String words;
  private final List<String> footnotes;

  private TableCell(Kind kind, BigDecimal value, int decimals, AmountUnit unit, boolean currency, boolean percent,
      String qualifier, String words, List<String> footnotes) {
    this.kind = kind;
    this.value = value;
    this.decimals = decimals;
    this.unit = unit;
    this.currency = currency;
    this.percent = percent;
    this.qualifier = qualifier;
    this.words = words;
    this.footnotes = footnotes;
  }

  /**
   * Obtains the blank cell.
   *
   * @return the blank cell
   */
  public static TableCell blank() {
    return BLANK;
  }

  /**
   * Obtains a cell of words that stand where a figure would be ("Greater than 50%", "Top quartile"):
   * an absent figure that keeps its words. Not API.
   */
  static TableCell words(String words) {
    return new TableCell(Kind.ABSENT, null, 0, null, false, false, null, words, List.of());
  }

  /**
   * Reads a cell as printed. See the class description for the forms read.
   *
   * @param text the cell's text as it stands in the file
   * @return the cell
   * @throws ValueParseException if the cell holds text that is neither a figure, a blank, a nil nor
   *     one of the words for an absent value; the message says what was expected and where
   */
  public static TableCell parse(CharSequence text) {
    requireNonNull(text, "text");
    String original = text.toString();
    TableCell plain = plainFigure(original);
    if (plain != null) {
      return plain;
    }
    List<String> notes = new ArrayList<>();
    Matcher sup = SUPERSCRIPT_NOTE.matcher(original);
    StringBuilder withoutSup = new StringBuilder();
    while (sup.find()) {
      // Kept as a bracketed note, [a], which reads back only as one to four characters
      String note = sup.group(1).strip();
      if (note.isEmpty() || note.codePointCount(0, note.length()) > 4 || note.contains("]")) {
        throw new ValueParseException(WHAT, original, sup.start(1), "a footnote of one to four characters");
      }
      notes.add("[" + note + "]");
      sup.appendReplacement(withoutSup, "");
    }
    sup.appendTail(withoutSup);
    String t = Labels.clean(withoutSup.toString());
    if (t.isEmpty()) {
      if (!notes.isEmpty()) {
        throw new ValueParseException(WHAT, original, -1, "a figure before the footnote");
      }
      return BLANK;
    }
    List<String> trailing = new ArrayList<>();
    for (Matcher m = TRAILING_NOTE.matcher(t); m.matches() && !m.group(1).isBlank(); m = TRAILING_NOTE.matcher(t)) {
      String note = m.group(2);
      if (note.startsWith("*") && !trailing.isEmpty() && trailing.get(0).startsWith("*")) {
        trailing.set(0, note + trailing.get(0)); // "12* *" is one marker, "**", as printed back
      } else {
        trailing.add(0, note);
      }
      t = m.group(1).strip();
    }
    notes.addAll(0, trailing);
    List<String> footnotes = List.copyOf(notes);
    String lower = t.toLowerCase(Locale.ROOT);
    // "£ –", "£-": a spreadsheet's accounting format prints nil after the pound sign.
    if (PrintedFigures.isNil(lower) || lower.startsWith("£") && PrintedFigures.isNil(lower.substring(1).strip())) {
      return new TableCell(Kind.NIL, null, 0, null, false, false, null, t, footnotes);
    }
    if (PrintedFigures.isPlaceholder(lower)) {
      return new TableCell(Kind.ABSENT, null, 0, null, false, false, null, t, footnotes);
    }
    return figure(original, t, footnotes);
  }

  /** The marks a note after a figure ends with ({@code 12*}, {@code 12 [a]}, {@code 12†}, {@code 12¹}). */
  private static final String NOTE_ENDS = "]*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰";

  /**
   * Tells, without reading it, that a cleaned cell is words that {@link #parse} refuses: it starts
   * with a letter, where the grammar wants a sign, a bracket, a £ or a digit, and is none of what
   * may start with one (nil or a placeholder such as {@code n/a}, {@code FY 2024}, {@code GBP 12},
   * markup, a note after a figure). A large table's names are counted so a hundred thousand times
   * faster than by the general grammar; false says nothing, and the cell is read.
   *
   * @param text the cell, cleaned ({@code Labels.clean})
   * @return true if {@link #parse} would throw for it and it prints no decimal comma
   */
  static boolean isPlainWords(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    char last = text.charAt(text.length() - 1);
    if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z') || text.indexOf('<') >= 0
        || NOTE_ENDS.indexOf(last) >= 0) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return !lower.startsWith("fy") && !lower.startsWith("gbp") && !PrintedFigures.isNil(lower)
        && !PrintedFigures.isPlaceholder(lower);
  }

  /** The most digits, and decimals, of a figure read without the general grammar. */
  private static final int PLAIN_DIGITS = 15;
  private static final int PLAIN_DECIMALS = 6;

  /**
   * Reads the form most cells of a large table take, a plain figure ({@code 12,345.6},
   * {@code -1,234}, {@code (980)}), without the general grammar; anything else, or a figure whose
   * thousands separators do not group three digits, is left to it (null), so the two readings never
   * differ. So is a figure of more digits or decimals than a table prints (PLAIN_DIGITS,
   * PLAIN_DECIMALS): the general grammar refuses those beyond its limits.
   */
  private static TableCell plainFigure(String t) {
    return plainFigure(t, true);
  }

  /** A placeholder for "a plain figure", when only whether it is one is asked. */
  private static final TableCell PLAIN = new TableCell(Kind.FIGURE, BigDecimal.ZERO, 0, null, false, false, null, null,
      List.of());

  /**
   * Reads a plain figure, or, with {@code build} false, only checks it is one (returning
   * {@link #PLAIN}). Its digits are added up in a {@code long}, with no text built.
   */
  private static TableCell plainFigure(String t, boolean build) {
    int n = t.length();
    if (n == 0 || n > 40) {
      return null;
    }
    int i = 0;
    int end = n;
    boolean negative = false;
    if (t.charAt(0) == '-') {
      negative = true;
      i = 1;
    } else if (t.charAt(0) == '(' && t.charAt(n - 1) == ')') {
      negative = true;
      i = 1;
      end = n - 1;
    }
    if (i >= end || !isDigit(t.charAt(i)) || t.charAt(i) == '0' && i + 1 < end && t.charAt(i + 1) != '.') {
      return null;
    }
    long unscaled = 0;
    int digits = 0;
    int group = 0;
    boolean separators = false;
    int k = i;
    for (; k < end && t.charAt(k) != '.'; k++) {
      char c = t.charAt(k);
      if (c == ',') {
        if (group == 0 || group > 3 || !separators && digits > 3 || separators && group != 3) {
          return null;
        }
        separators = true;
        group = 0;
      } else if (isDigit(c)) {
        unscaled = digits < 18 ? unscaled * 10 + (c - '0') : unscaled;
        digits++;
        group++;
      } else {
        return null;
      }
    }
    if (separators && group != 3 || group == 0) {
      return null;
    }
    int decimals = 0;
    if (k < end) {
      for (k++; k < end; k++) {
        char c = t.charAt(k);
        if (!isDigit(c)) {
          return null;
        }
        unscaled = digits < 18 ? unscaled * 10 + (c - '0') : unscaled;
        digits++;
        decimals++;
      }
      if (decimals == 0) {
        return null;
      }
    }
    if (decimals > PLAIN_DECIMALS || digits > PLAIN_DIGITS) {
      return null;
    }
    if (!build) {
      return PLAIN;
    }
    // At most 15 digits: exact in a long.
    BigDecimal value = BigDecimal.valueOf(unscaled, decimals);
    return new TableCell(Kind.FIGURE, negative ? value.negate() : value, decimals, null, false, false, null, null,
        List.of());
  }

  /** Whether text is a plain figure ({@code 12,345.6}, {@code (980)}), read without the general grammar. */
  /** Whether a cell's text reads as a figure (not words, a dash or a word for none, nor unreadable). */
  static boolean readsAsFigure(String text) {
    try {
      return parse(text).isFigure();
    } catch (ValueParseException e) {
      return false;
    }
  }

  static boolean isPlainFigure(String text) {
    return plainFigure(text, false) != null;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * A figure printed with a decimal comma, as a European locale prints it: {@code 1234,5},
   * {@code -4,6}, {@code 1.234,56}, {@code (12,5)}, {@code 12,5%}; read only to say so when it fails.
   */
  private static final Pattern DECIMAL_COMMA =
      Pattern.compile("^[-(]?\\s*£?\\s*(\\d{1,3}(\\.\\d{3})+|\\d+),\\d+\\s*\\)?\\s*%?$");

  /**
   * Whether a cell's text is a figure printed with a decimal comma ({@code 1234,5}), which is not
   * read: a figure that cannot be read rather than words.
   */
  static boolean isDecimalComma(String text) {
    return DECIMAL_COMMA.matcher(Labels.clean(text)).matches() && !isPlainFigure(text);
  }

  /** A unit written out after a figure: {@code 296.6 million}, {@code £1.2 billion}, {@code 950 thousand}. */
  private static final Pattern WORD_UNIT = Pattern.compile("(?i)^(.*[0-9])\\s*(million|billion|thousand)$");

  private static TableCell figure(String original, String cleaned, List<String> footnotes) {
    String t = cleaned;
    Matcher w = WORD_UNIT.matcher(t);
    if (w.matches()) {
      String word = w.group(2).toLowerCase(Locale.ROOT);
      t = w.group(1) + (word.equals("million") ? "m" : word.equals("billion") ? "bn" : "k");
    }
    String qualifier = null;
    Matcher q = QUALIFIER.matcher(t);
    if (q.find()) {
      qualifier = q.group(1).toUpperCase(Locale.ROOT);
      t = t.substring(q.end());
    }
    t = DASH_MINUS.matcher(t).replaceFirst("-");
    boolean percent = false;
    Matcher p = PERCENT.matcher(t);
    if (p.matches() && !p.group(1).isBlank()) {
      percent = true;
      t = p.group(1) + p.group(2) + (p.group(3) == null ? "" : " " + p.group(3));
    }
    String figure = NEAREST_NOTE.matcher(t).replaceFirst("").toLowerCase(Locale.ROOT);
    boolean currency = figure.contains("£") || figure.contains("gbp");
    ReportedAmount amount;
    try {
      amount = ReportedAmount.parse(t, AmountUnit.POUNDS);
    } catch (ValueParseException e) {
      if (DECIMAL_COMMA.matcher(cleaned).matches()) {
        StringBuilder pointed = new StringBuilder(cleaned);
        for (int i = 0; i < pointed.length(); i++) {
          char c = pointed.charAt(i);
          pointed.setCharAt(i, c == ',' ? '.' : c == '.' ? ',' : c);
        }
        throw new ValueParseException(WHAT, original, -1, "a decimal point, not a decimal comma (a figure printed in"
            + " a European locale is not read: " + org.scplan.core.internal.Text.quote(cleaned) + " would be "
            + org.scplan.core.internal.Text.quote(pointed) + ")");
      }
      int at = original.indexOf(t);
      int index = at < 0 || e.errorIndex() < 0 ? -1 : at + e.errorIndex();
      throw new ValueParseException(WHAT, original, index, e.expected());
    }
    AmountUnit unit = amount.unit() == AmountUnit.POUNDS ? null : amount.unit();
    if (percent && (currency || unit != null)) {
      throw new ValueParseException(WHAT, original, -1, "either money or a percentage, not both");
    }
    return new TableCell(Kind.FIGURE, amount.printed(), amount.decimals(), unit, currency, percent, qualifier, null,
        footnotes);
  }

  /**
   * Returns what the cell holds.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Checks whether the cell holds a figure.
   *
   * @return true for {@link Kind#FIGURE}
   */
  public boolean isFigure() {
    return kind == Kind.FIGURE;
  }

  /**
   * Checks whether the cell is empty.
   *
   * @return true for {@link Kind#BLANK}
   */
  public boolean isBlank() {
    return kind == Kind.BLANK;
  }

  /**
   * Returns the figure as printed, signed, in its own {@link #unit()} if it has one and otherwise
   * in the unit of its column: {@code 1234.5} for {@code £1,234.5m}, {@code -8214.8} for
   * {@code (8,214.8)}, {@code 83.4} for {@code 83.4%}.
   *
   * @return the value, with scale {@code max(decimals, 0)}; empty unless a figure
   */
  public Optional<BigDecimal> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the decimal places the figure was printed with: 1 for {@code 7,911.7}; negative when a
   * precision note makes it coarser ({@code 130,000 (nearest 1,000)} has −3).
   *
   * @return the decimals; 0 unless a figure
   */
  public int decimals() {
    return decimals;
  }

  /**
   * Returns the unit the figure names itself with a suffix: {@code £132k} is in £'000,
   * {@code £1.2m} in £m ({@code £1.2bn} is restated as 1,200 £m).
   *
   * @return the unit, or empty when the figure is in the unit of its column
   */
  public Optional<AmountUnit> unit() {
    return Optional.ofNullable(unit);
  }

  /**
   * Checks whether the figure was printed with a currency sign ({@code £} or {@code GBP}).
   *
   * @return true if so
   */
  public boolean hasCurrency() {
    return currency;
  }

  /**
   * Checks whether the figure was printed as a percentage.
   *
   * @return true if printed with {@code %}
   */
  public boolean isPercent() {
    return percent;
  }

  /**
   * Returns the word printed before the figure: {@code FY} for a figure counted over the financial
   * year ({@code FY 11,548}).
   *
   * @return the qualifier, upper case
   */
  public Optional<String> qualifier() {
    return Optional.ofNullable(qualifier);
  }

  /**
   * Returns the words of a nil or an absent value as printed: {@code TBC}, {@code Placeholder},
   * {@code –}.
   *
   * @return the words; empty for a figure or a blank
   */
  public Optional<String> words() {
    return Optional.ofNullable(words);
  }

  /**
   * Returns the footnote markers printed after the cell: {@code *}, {@code [1]}.
   *
   * @return the markers, in printed order
   */
  public List<String> footnotes() {
    return footnotes;
  }

  /**
   * Returns the figure as a published amount.
   *
   * @param unitOfColumn the unit of the cell's column, for a figure with no suffix of its own
   * @return the amount, at the printed precision
   * @throws IllegalStateException if the cell is not a figure
   */
  public ReportedAmount toAmount(AmountUnit unitOfColumn) {
    requireNonNull(unitOfColumn, "unitOfColumn");
    if (kind != Kind.FIGURE) {
      throw new IllegalStateException("Cell " + this + " is not a figure");
    }
    return ReportedAmount.of(value, unit == null ? unitOfColumn : unit, decimals);
  }

  /**
   * Checks whether another object is the same cell: the same kind, value and precision, unit,
   * signs, qualifier, words and footnotes.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof TableCell o && o.kind == kind && o.decimals == decimals && o.unit == unit
        && o.currency == currency && o.percent == percent
        && (value == null ? o.value == null : o.value != null && o.value.compareTo(value) == 0)
        && Objects.equals(o.qualifier, qualifier) && Objects.equals(o.words, words) && o.footnotes.equals(footnotes);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(kind, value == null ? null : value.stripTrailingZeros(), decimals, unit, currency, percent,
        qualifier, words, footnotes);
  }

  /**
   * Returns the cell in canonical form: {@code -£1,234.5m}, {@code 83.4%}, {@code FY 11,548*},
   * {@code 130,000 (nearest 1,000)}, {@code TBC}, or the empty string for a blank.
   *
   * @return the cell as text, read back by {@link #parse(CharSequence)}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    switch (kind) {
      case BLANK -> {
        return "";
      }
      case NIL, ABSENT -> sb.append(words);
      case FIGURE -> {
        if (qualifier != null) {
          sb.append(qualifier).append(' ');
        }
        if (value.signum() < 0) {
          sb.append('-');
        }
        if (currency) {
          sb.append('£');
        }
        sb.append(PrintedFigures.grouped(value.abs()));
        if (unit != null) {
          sb.append(unit.suffix());
        }
        if (percent) {
          sb.append('%');
        }
        if (decimals < 0) {
          String step = PrintedFigures.grouped(new BigDecimal(BigInteger.TEN.pow(-decimals)));
          sb.append(" (nearest ").append(unit == null ? step : "£" + step + unit.suffix()).append(')');
        }
      }
      default -> throw new AssertionError(kind);
    }
    for (String note : footnotes) {
      sb.append(note);
    }
    return sb.toString();
  }


}
