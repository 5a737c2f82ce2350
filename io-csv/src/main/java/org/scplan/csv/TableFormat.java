package org.scplan.csv;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.scplan.core.ValueParseException;
import org.scplan.core.Words;

/**
 * How the cells of a table are separated: commas (CSV, as spreadsheets save a table), tabs (TSV,
 * what copying a table out of a PDF or a spreadsheet gives) or semicolons (what a spreadsheet set
 * to a European locale saves as CSV, its comma being the decimal sign).
 *
 * <p>{@link #detect(CharSequence)} tells them apart by the first lines that are not blank: a tab
 * in any of the first twenty means TSV (a title line above the table holds no separator at all).
 * Otherwise the semicolons and commas outside double quotes are counted on each of those lines, and
 * the table is semicolon-separated only when the semicolons are the more regular: two or more lines
 * have the same number of them, and more lines agree on that number than on any one number of
 * commas. Figures with thousands separators ({@code 1,234.5}) put a varying number of commas on
 * each line, and a label holding a semicolon puts one on one line only, so neither makes a
 * semicolon table of a comma one, or the reverse. Where the commas agree as often (figures all in
 * thousands, with one comma each), they are counted again without those inside a cell that, between
 * semicolons, is a figure with thousands separators ({@code ;1,234.5;}).
 *
 * <p>A decimal comma ({@code 1234,5}) is not read as one: such a cell is a figure that cannot be read,
 * reported at its cell.
 */
public enum TableFormat {
  /** Comma-separated values. */
  CSV(','),
  /** Tab-separated values. */
  TSV('\t'),
  /** Semicolon-separated values, as a spreadsheet in a European locale saves CSV. */
  SEMICOLON(';');

  /** The other words the plans and the command line use for the constants. */
  private static final Map<String, TableFormat> ALIASES = Map.ofEntries(
        Map.entry("comma", CSV),
        Map.entry("commas", CSV),
        Map.entry("tab", TSV),
        Map.entry("tabs", TSV),
        Map.entry("semicolons", SEMICOLON),
        Map.entry("ssv", SEMICOLON));
  /** How many lines that are not blank are looked at to tell the formats apart. */
  private static final int LINES = 20;

  private final char separator;

  TableFormat(char separator) {
    this.separator = separator;
  }

  /**
   * Returns the character between cells.
   *
   * @return {@code ,}, a tab or {@code ;}
   */
  public char separator() {
    return separator;
  }

  /**
   * Decides the format of a table's text: TSV if one of its first twenty lines that are not blank
   * holds a tab; semicolon-separated if, counted outside double quotes on those lines, semicolons
   * appear on two or more lines in the same number and more lines agree on their number than on the
   * number of commas (or on the number of commas outside the figures that the semicolons would
   * separate, {@code 1,234.5}); CSV otherwise.
   *
   * @param text the table's text
   * @return the format
   */
  public static TableFormat detect(CharSequence text) {
    requireNonNull(text, "text");
    int lines = 0;
    boolean blank = true;
    for (int i = 0; i < text.length() && lines < LINES; i++) {
      char c = text.charAt(i);
      if (c == '\t') {
        return TSV;
      }
      if (c == '\n') {
        lines += blank ? 0 : 1;
        blank = true;
      } else if (c != ' ' && c != '\r') {
        blank = false;
      }
    }
    return semicolons(text) ? SEMICOLON : CSV;
  }

  /**
   * Whether the first lines that are not blank separate their cells with semicolons rather than
   * commas. For each separator, the lines that hold any are counted by how many they hold, and the
   * agreement is how many lines hold the most common number (the modal count). Semicolons need two
   * lines or more in agreement, and more than the commas have. Where the commas agree as much, they
   * are counted again without those inside a figure, as the semicolons would separate it
   * ({@code ;1,234.5;}): a table of figures of thousands puts the same commas on each line.
   */
  private static boolean semicolons(CharSequence text) {
    Map<Integer, Integer> semicolonLines = new HashMap<>();
    Map<Integer, Integer> commaLines = new HashMap<>();
    Map<Integer, Integer> outsideFigures = new HashMap<>();
    int lines = 0;
    int semicolons = 0;
    int commas = 0;
    int inFigures = 0;
    int cellFrom = 0;
    boolean blank = true;
    boolean quoted = false;
    boolean cellStart = true;
    for (int i = 0; i <= text.length() && lines < LINES; i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (quoted) {
        // A quoted cell ends at a quote that is not doubled; it may hold line breaks.
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            i++;
          } else {
            quoted = false;
          }
        }
        continue;
      }
      if (c == '\n' || c == '\r' || c == ';') {
        inFigures += commasOfFigure(text, cellFrom, i);
        cellFrom = i + 1;
        cellStart = true;
      }
      if (c == '\n' || c == '\r') {
        if (!blank) {
          lines++;
          count(semicolonLines, semicolons);
          count(commaLines, commas);
          count(outsideFigures, commas - inFigures);
        }
        semicolons = 0;
        commas = 0;
        inFigures = 0;
        blank = true;
        continue;
      }
      if (c == '"' && cellStart) {
        // Only a quote that opens a cell quotes it; one inside a cell (5" floppy) is a character.
        quoted = true;
        cellStart = false;
      } else if (c == ';') {
        semicolons++;
      } else if (c == ',') {
        commas++;
        cellStart = true;
      } else if (c != ' ') {
        cellStart = false;
      }
      blank &= c == ' ';
    }
    int agreeOnSemicolons = agreement(semicolonLines);
    return agreeOnSemicolons >= 2
        && (agreeOnSemicolons > agreement(commaLines) || agreeOnSemicolons > agreement(outsideFigures));
  }

  /** A figure with thousands separators, as a cell between semicolons holds it: {@code -1,234.5}, {@code (12,345)}. */
  private static final Pattern GROUPED_FIGURE =
      Pattern.compile(" *[-−(]? *£? *[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)? *\\)? *%? *");

  /** The commas of the text between two places if it is a figure with thousands separators; else 0. */
  private static int commasOfFigure(CharSequence text, int from, int to) {
    if (to - from < 5 || !GROUPED_FIGURE.matcher(text.subSequence(from, to)).matches()) {
      return 0;
    }
    int commas = 0;
    for (int i = from; i < to; i++) {
      commas += text.charAt(i) == ',' ? 1 : 0;
    }
    return commas;
  }

  /** Counts a line with a number of a separator, if it has any. */
  private static void count(Map<Integer, Integer> lines, int separators) {
    if (separators > 0) {
      lines.merge(separators, 1, Integer::sum);
    }
  }

  /** How many lines hold the number of a separator that most lines holding any hold. */
  private static int agreement(Map<Integer, Integer> lines) {
    return lines.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  /**
   * Reads a format's name: {@code csv} (also {@code comma}), {@code tsv} (also {@code tab}) or
   * {@code semicolon} (also {@code ssv}), ignoring case.
   *
   * @param text the name
   * @return the format
   * @throws ValueParseException if the text names no format
   */
  public static TableFormat parse(CharSequence text) {
    return Words.parse(TableFormat.class, ALIASES, text, "a table format", "csv, tsv or semicolon");
  }

}
