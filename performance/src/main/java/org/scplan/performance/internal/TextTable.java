package org.scplan.performance.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain text table for JShell: left-aligned columns two spaces apart, each as wide as its widest
 * cell up to a limit, longer cells cut with an ellipsis. Not API.
 */
public final class TextTable {
  private final List<String> headers;
  private final int[] limits;
  private final List<String[]> rows = new ArrayList<>();

  private TextTable(List<String> headers, int[] limits) {
    this.headers = headers;
    this.limits = limits;
  }

  /**
   * Starts a table.
   *
   * @param headersAndLimits pairs of a header and the most characters its column may take, such as
   *     {@code "REF", 10, "INDICATOR", 40}
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

  /** Adds a row; null cells print empty. */
  public TextTable row(String... cells) {
    String[] row = new String[headers.size()];
    for (int i = 0; i < row.length; i++) {
      String c = i < cells.length && cells[i] != null ? cells[i] : "";
      row[i] = c.length() > limits[i] ? c.substring(0, limits[i] - 1) + "…" : c;
    }
    rows.add(row);
    return this;
  }

  /** Renders the header line and the rows, each line without trailing spaces. */
  public String render() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
    }
    for (String[] row : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, headers.toArray(String[]::new), widths);
    for (String[] row : rows) {
      sb.append('\n');
      line(sb, row, widths);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String[] cells, int[] widths) {
    int start = sb.length();
    for (int i = 0; i < cells.length; i++) {
      sb.append(cells[i]);
      if (i < cells.length - 1) {
        sb.append(" ".repeat(widths[i] - cells[i].length() + 2));
      }
    }
    int end = sb.length();
    while (end > start && sb.charAt(end - 1) == ' ') {
      end--;
    }
    sb.setLength(end);
  }
}
