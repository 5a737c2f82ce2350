package org.scplan.csv;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.scplan.core.PrintedFigures;

/**
 * One sheet of a workbook as a reader of it sees it: its name, and the text of every cell as its
 * number format prints it ({@code 1,234.5}, {@code (12)}, {@code 83.4%}), row 1 being the sheet's
 * row 1 and the first cell of each row its column A. A workbook reader (module io-sheets) makes
 * these, and {@link TableReader#read(String, List)} reads them through the same pipeline as a CSV
 * file, naming each cell as finance staff look it up: {@code Budget!D14}.
 *
 * <p>A sheet of a hundred thousand rows holds a million cells, so a workbook reader builds one with
 * {@link #builder}: a figure printed plainly (a minus sign or brackets, digits grouped in thousands or
 * not, a fixed number of decimals) is kept as its whole number of the last printed place, not as
 * text, and printed only when asked for. Both ways of making a sheet give equal sheets for the same
 * cells; a builder keeps no blank cell after a row's last.
 *
 * <pre>{@code
 * PrintedSheet.of("Budget", List.of(List.of("Service", "Net £'000"), List.of("Roads", "1,234.5")));
 * PrintedSheet.builder("Budget").text(1, 1, "Service").text(1, 2, "Net £'000")
 *     .text(2, 1, "Roads").figure(2, 2, 12345, 1, true, false).build();   // the same sheet
 * }</pre>
 *
 * <p>This class is immutable.
 */
public final class PrintedSheet {
  /** A cell's format: no figure (text or blank). */
  static final byte TEXT = -1;
  /** In a figure's format: its digits are grouped in thousands. */
  static final int GROUPED = 0x20;
  /** In a figure's format: a negative figure is printed in brackets. */
  static final int BRACKETS = 0x40;
  /** In a figure's format: its decimals (0 to 12). */
  static final int DECIMALS = 0x1F;

  /** The most decimals a figure kept as a number may print. */
  public static final int MAX_DECIMALS = 12;

  private static final Line BLANK = new Line(new String[0], null, null);

  /**
   * One row, kept compactly: each cell's text, or its figure as a whole number of its last printed
   * place and the way it is printed. Arrays are never changed once the sheet is built.
   */
  static final class Line {
    final String[] texts;
    /** Null when the row holds no figure kept as a number. */
    final long[] figures;
    /** Each cell's format ({@link #TEXT}, or decimals and flags); null when the row holds no figure. */
    final byte[] formats;

    Line(String[] texts, long[] figures, byte[] formats) {
      this.texts = texts;
      this.figures = figures;
      this.formats = formats;
    }

    int size() {
      return texts.length;
    }

    boolean isFigure(int c) {
      return formats != null && c < formats.length && formats[c] != TEXT;
    }

    /** The cell's text as printed; empty beyond the row. */
    String text(int c) {
      if (c < 0 || c >= texts.length) {
        return "";
      }
      if (isFigure(c)) {
        return print(figures[c], formats[c]);
      }
      return texts[c] == null ? "" : texts[c];
    }

    List<String> texts() {
      List<String> out = new ArrayList<>(texts.length);
      for (int c = 0; c < texts.length; c++) {
        out.add(text(c));
      }
      return out;
    }
  }

  private final String name;
  private final Line[] lines;

  private PrintedSheet(String name, Line[] lines) {
    this.name = name;
    this.lines = lines;
  }

  /**
   * Obtains a sheet.
   *
   * @param name the sheet's name, as its tab shows it
   * @param rows the cells' printed text, row by row from row 1 and column A; an empty string or an
   *     empty row for a blank
   * @return the sheet
   */
  public static PrintedSheet of(String name, List<List<String>> rows) {
    requireNonNull(name, "name");
    Line[] lines = new Line[rows.size()];
    for (int r = 0; r < lines.length; r++) {
      List<String> row = rows.get(r);
      String[] texts = new String[row.size()];
      for (int c = 0; c < texts.length; c++) {
        texts[c] = requireNonNull(row.get(c), "cell");
      }
      lines[r] = texts.length == 0 ? BLANK : new Line(texts, null, null);
    }
    return new PrintedSheet(name, lines);
  }

  /**
   * Starts a sheet to be built cell by cell, in the order a workbook holds them (row by row, each
   * row's cells left to right).
   *
   * @param name the sheet's name, as its tab shows it
   * @return the builder
   */
  public static Builder builder(String name) {
    return new Builder(requireNonNull(name, "name"));
  }

  /**
   * Returns the sheet's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the cells' printed text, row by row. Each call prints every cell afresh: for one cell,
   * {@link #text} is quicker.
   *
   * @return the rows
   */
  public List<List<String>> rows() {
    return new Rows(0, lines.length);
  }

  /**
   * Returns how many rows the sheet has.
   *
   * @return the rows
   */
  public int rowCount() {
    return lines.length;
  }

  /**
   * Returns one cell's printed text.
   *
   * @param row the row, from 1
   * @param column the column, from 1 (A)
   * @return the text; empty for a blank cell or one outside the sheet
   */
  public String text(int row, int column) {
    return row < 1 || row > lines.length ? "" : lines[row - 1].text(column - 1);
  }

  /** The first {@code count} rows as printed. */
  List<List<String>> head(int count) {
    return new Rows(0, Math.min(count, lines.length));
  }

  /** A row as kept, from 0. */
  Line line(int index) {
    return lines[index];
  }

  /**
   * Returns the cell reference of a row and column as a workbook names it: {@code Budget!D14}, or
   * {@code 'Budget 2024'!D14} where the name needs quoting.
   *
   * @param row the row, from 1
   * @param column the column, from 1 (A)
   * @return the reference
   */
  public String reference(int row, int column) {
    return Problems.sheetReference(name, row, column);
  }

  /**
   * Prints a figure kept as a whole number of its last printed place, as a plain number format
   * prints it: {@code -1,234.5}, {@code (1,234.5)}, {@code 1234.50}.
   */
  static String print(long unscaled, int format) {
    BigDecimal value = BigDecimal.valueOf(unscaled, format & DECIMALS);
    if (value.signum() >= 0) {
      return (format & GROUPED) != 0 ? PrintedFigures.grouped(value) : value.toPlainString();
    }
    String digits = (format & GROUPED) != 0 ? PrintedFigures.grouped(value.negate()) : value.negate().toPlainString();
    return (format & BRACKETS) != 0 ? "(" + digits + ")" : "-" + digits;
  }

  private static Line trimmed(String[] texts, long[] figures, byte[] formats) {
    int n = texts.length;
    while (n > 0 && (formats == null || formats[n - 1] == TEXT) && (texts[n - 1] == null || texts[n - 1].isEmpty())) {
      n--;
    }
    if (n == 0) {
      return BLANK;
    }
    boolean anyFigure = false;
    for (int c = 0; formats != null && c < n; c++) {
      anyFigure |= formats[c] != TEXT;
    }
    return new Line(n == texts.length ? texts : Arrays.copyOf(texts, n), anyFigure ? Arrays.copyOf(figures, n) : null,
        anyFigure ? Arrays.copyOf(formats, n) : null);
  }

  /** A view of rows printed when asked for. */
  private final class Rows extends AbstractList<List<String>> implements RandomAccess {
    private final int from;
    private final int to;

    Rows(int from, int to) {
      this.from = from;
      this.to = to;
    }

    @Override
    public List<String> get(int index) {
      if (index < 0 || index >= to - from) {
        throw new IndexOutOfBoundsException(index);
      }
      return lines[from + index].texts();
    }

    @Override
    public int size() {
      return to - from;
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PrintedSheet o && o.name.equals(name) && o.rows().equals(rows());
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + rows().hashCode();
  }

  /**
   * Returns the sheet's name and size: {@code sheet Budget (14 rows)}.
   *
   * @return the sheet as text
   */
  @Override
  public String toString() {
    return "sheet " + name + " (" + lines.length + " rows)";
  }

  /**
   * Builds a sheet cell by cell, row by row. Not thread-safe; each sheet built is immutable.
   */
  public static final class Builder {
    private final String name;
    private final List<Line> lines = new ArrayList<>();
    private int row;
    private String[] texts = new String[16];
    private long[] figures = new long[16];
    private byte[] formats = new byte[16];
    private int width;

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Sets a cell to text.
     *
     * @param row the row, from 1, no earlier than the last cell set
     * @param column the column, from 1 (A), after the row's last cell set
     * @param text the text as printed
     * @return this builder
     * @throws IllegalArgumentException if the cell comes before one already set
     */
    public Builder text(int row, int column, String text) {
      int c = at(row, column);
      texts[c] = requireNonNull(text, "text");
      formats[c] = TEXT;
      return this;
    }

    /**
     * Sets a cell to a figure printed plainly: {@code figure(r, c, -12345, 1, true, false)} prints
     * {@code -1,234.5}, and with brackets {@code (1,234.5)}.
     *
     * @param row the row, from 1, no earlier than the last cell set
     * @param column the column, from 1 (A), after the row's last cell set
     * @param unscaled the figure as a whole number of its last printed place
     * @param decimals the decimals printed, 0 to {@link #MAX_DECIMALS}
     * @param grouped whether the digits are grouped in thousands with commas
     * @param brackets whether a negative figure is printed in brackets rather than after a minus
     * @return this builder
     * @throws IllegalArgumentException if the cell comes before one already set, or the decimals
     *     are out of range
     */
    public Builder figure(int row, int column, long unscaled, int decimals, boolean grouped, boolean brackets) {
      if (decimals < 0 || decimals > MAX_DECIMALS) {
        throw new IllegalArgumentException("A figure prints 0 to " + MAX_DECIMALS + " decimals: got " + decimals);
      }
      int c = at(row, column);
      texts[c] = null;
      figures[c] = unscaled;
      formats[c] = (byte) (decimals | (grouped ? GROUPED : 0) | (brackets ? BRACKETS : 0));
      return this;
    }

    private int at(int row, int column) {
      if (row < 1 || column < 1) {
        throw new IllegalArgumentException("Rows and columns count from 1: got row " + row + ", column " + column);
      }
      if (row < this.row || row == this.row && column <= width) {
        throw new IllegalArgumentException("Cells are set row by row, left to right: row " + row + ", column "
            + column + " comes before a cell already set");
      }
      if (row != this.row) {
        endRow();
        while (lines.size() < row - 1) {
          lines.add(BLANK);
        }
        this.row = row;
      }
      if (column > texts.length) {
        int size = Math.max(column, texts.length * 2);
        texts = Arrays.copyOf(texts, size);
        figures = Arrays.copyOf(figures, size);
        formats = Arrays.copyOf(formats, size);
      }
      for (int c = width; c < column - 1; c++) {
        texts[c] = null;
        formats[c] = TEXT;
      }
      width = column;
      return column - 1;
    }

    private void endRow() {
      if (row > 0 && row != Integer.MAX_VALUE) {
        lines.add(trimmed(Arrays.copyOf(texts, width), figures, formats));
      }
      width = 0;
    }

    /**
     * Builds the sheet.
     *
     * @return the sheet
     */
    public PrintedSheet build() {
      endRow();
      row = Integer.MAX_VALUE;
      return new PrintedSheet(name, lines.toArray(new Line[0]));
    }
  }
}
