package org.scplan.csv;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.scplan.core.ValueParseException;
import org.scplan.core.Words;

/**
 * How the cells of a table are separated: commas (CSV, as spreadsheets save a table) or tabs (TSV,
 * what copying a table out of a PDF or a spreadsheet gives).
 *
 * <p>{@link #detect(CharSequence)} tells them apart by the first lines that are not blank: a tab
 * in any of the first twenty means TSV (a title line above the table holds no separator at all).
 */
public enum TableFormat {
  /** Comma-separated values. */
  CSV(','),
  /** Tab-separated values. */
  TSV('\t');

  /** The other words the plans and the command line use for the constants. */
  private static final Map<String, TableFormat> ALIASES = Map.ofEntries(
        Map.entry("comma", CSV),
        Map.entry("tab", TSV),
        Map.entry("tabs", TSV));
  /** How many lines that are not blank are looked at to tell the formats apart. */
  private static final int LINES = 20;

  private final char separator;

  TableFormat(char separator) {
    this.separator = separator;
  }

  /**
   * Returns the character between cells.
   *
   * @return {@code ,} or a tab
   */
  public char separator() {
    return separator;
  }

  /**
   * Decides the format of a table's text: TSV if one of its first twenty lines that are not blank
   * holds a tab, CSV otherwise.
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
    return CSV;
  }

  /**
   * Reads a format's name: {@code csv} or {@code tsv} (also {@code tab}), ignoring case.
   *
   * @param text the name
   * @return the format
   * @throws ValueParseException if the text names no format
   */
  public static TableFormat parse(CharSequence text) {
    return Words.parse(TableFormat.class, ALIASES, text, "a table format", "csv or tsv");
  }

}
