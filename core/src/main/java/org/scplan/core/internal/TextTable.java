package org.scplan.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The one plain-text table of every module's {@code toString()} and text views: columns two spaces
 * apart, each as wide as its widest cell up to a limit (longer cells cut with an ellipsis), left or
 * right aligned, each line without trailing spaces. Not API.
 *
 * <pre>{@code
 * TextTable.of("REF", 12, "INDICATOR", 40).row("NI 125", "Achieving independence").render()
 * }</pre>
 */
public final class TextTable {
  /** No limit on a column's width. */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  private final List<String> headers;
  private final int[] limits;
  private final boolean[] right;
  private final List<String[]> rows = new ArrayList<>();

  private TextTable(List<String> headers, int[] limits) {
    this.headers = headers;
    this.limits = limits;
    this.right = new boolean[limits.length];
  }

  /**
   * Starts a table of left-aligned columns.
   *
   * @param headersAndLimits pairs of a header and the most characters its column may take, such as
   *     {@code "REF", 10, "INDICATOR", 40}
   * @return the table
   */
  public static TextTable of(Object... headersAndLimits) {
    List<String> headers = new ArrayList<>();
    int[] limits = new int[headersAndLimits.length / 2];
    for (int i = 0; i < limits.length; i++) {
      headers.add((String) headersAndLimits[2 * i]);
      limits[i] = (Integer) headersAndLimits[2 * i + 1];
    }
    return new TextTable(List.copyOf(headers), limits);
  }

  /**
   * Starts a table of left-aligned columns with no limit on their widths.
   *
   * @param headers the headers
   * @return the table
   */
  public static TextTable of(List<String> headers) {
    int[] limits = new int[headers.size()];
    java.util.Arrays.fill(limits, UNLIMITED);
    return new TextTable(List.copyOf(headers), limits);
  }

  /**
   * Aligns columns to the right (figures), from a column on.
   *
   * @param from the first column aligned right
   * @return this table
   */
  public TextTable rightFrom(int from) {
    for (int i = from; i < right.length; i++) {
      right[i] = true;
    }
    return this;
  }

  /**
   * Adds a row; null cells print empty.
   *
   * @param cells the cells
   * @return this table
   */
  public TextTable row(String... cells) {
    String[] row = new String[headers.size()];
    for (int i = 0; i < row.length; i++) {
      String c = i < cells.length && cells[i] != null ? cells[i] : "";
      row[i] = c.length() > limits[i] ? c.substring(0, limits[i] - 1) + "…" : c;
    }
    rows.add(row);
    return this;
  }

  /**
   * Adds a row.
   *
   * @param cells the cells
   * @return this table
   */
  public TextTable row(List<String> cells) {
    return row(cells.toArray(String[]::new));
  }

  /**
   * Renders the header line and the rows.
   *
   * @return the lines, joined by line breaks
   */
  public String render() {
    return String.join("\n", lines());
  }

  /**
   * Renders the header line and the rows, each line without trailing spaces.
   *
   * @return the lines
   */
  public List<String> lines() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
    }
    for (String[] row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    List<String> lines = new ArrayList<>(rows.size() + 1);
    lines.add(line(headers.toArray(String[]::new), widths));
    for (String[] row : rows) {
      lines.add(line(row, widths));
    }
    return lines;
  }

  private String line(String[] cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        sb.append("  ");
      }
      String pad = " ".repeat(Math.max(0, widths[i] - cells[i].length()));
      sb.append(right[i] ? pad + cells[i] : cells[i] + pad);
    }
    return sb.toString().stripTrailing();
  }
}
