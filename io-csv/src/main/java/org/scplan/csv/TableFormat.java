package org.scplan.csv;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.scplan.core.ValueParseException;

/**
 * How the cells of a table are separated: commas (CSV, as spreadsheets save a table) or tabs (TSV,
 * what copying a table out of a PDF or a spreadsheet gives).
 *
 * <p>{@link #detect(CharSequence)} tells them apart by the first line that is not blank: a tab
 * there means TSV.
 */
public enum TableFormat {
  /** Comma-separated values. */
  CSV(','),
  /** Tab-separated values. */
  TSV('\t');

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
   * Decides the format of a table's text: TSV if its first line that is not blank holds a tab,
   * CSV otherwise.
   *
   * @param text the table's text
   * @return the format
   */
  public static TableFormat detect(CharSequence text) {
    requireNonNull(text, "text");
    boolean blank = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t') {
        return TSV;
      }
      if (c == '\n' && !blank) {
        return CSV;
      }
      if (c != ' ' && c != '\r' && c != '\n') {
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
    requireNonNull(text, "text");
    return switch (text.toString().strip().toLowerCase(Locale.ROOT)) {
      case "csv", "comma" -> CSV;
      case "tsv", "tab", "tabs" -> TSV;
      default -> throw new ValueParseException("a table format", text, -1, "csv or tsv");
    };
  }
}
