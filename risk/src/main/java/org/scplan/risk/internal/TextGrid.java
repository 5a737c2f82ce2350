package org.scplan.risk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lays out a matrix-shaped table as text, and abbreviates level names for its cells. Not API. */
public final class TextGrid {
  private TextGrid() {}

  /**
   * Renders a grid: a header row, then one row per row header, cells right-aligned in columns as
   * wide as their widest entry.
   */
  public static String render(String corner, List<String> columnHeaders, List<String> rowHeaders,
      List<List<String>> cells) {
    int headWidth = corner.length();
    for (String h : rowHeaders) {
      headWidth = Math.max(headWidth, h.length());
    }
    int[] widths = new int[columnHeaders.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = columnHeaders.get(c).length();
      for (List<String> row : cells) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder sb = new StringBuilder(pad(corner, headWidth));
    for (int c = 0; c < widths.length; c++) {
      sb.append("  ").append(left(columnHeaders.get(c), widths[c]));
    }
    for (int r = 0; r < rowHeaders.size(); r++) {
      sb.append('\n').append(pad(rowHeaders.get(r), headWidth));
      for (int c = 0; c < widths.length; c++) {
        sb.append("  ").append(left(cells.get(r).get(c), widths[c]));
      }
    }
    return sb.toString().lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("");
  }

  /**
   * Returns the shortest prefix of each name that no other name starts with in the same way
   * (ignoring case): {@code Low, Medium, High} give {@code L, M, H}; {@code Moderate, Medium}
   * give {@code Mo, Me}. Names that are prefixes of one another keep their full names.
   */
  public static List<String> abbreviations(List<String> names) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      String abbr = name;
      for (int n = 1; n <= name.length(); n++) {
        String prefix = name.substring(0, n).toLowerCase(Locale.ROOT);
        boolean unique = true;
        for (int j = 0; j < names.size(); j++) {
          if (j != i && names.get(j).toLowerCase(Locale.ROOT).startsWith(prefix)) {
            unique = false;
            break;
          }
        }
        if (unique) {
          abbr = name.substring(0, n);
          break;
        }
      }
      out.add(abbr.strip());
    }
    return out;
  }

  /**
   * Renders a table: a header row, then the rows, each column left-aligned and as wide as its
   * widest entry; trailing spaces are trimmed.
   */
  public static String table(List<String> headers, List<List<String>> rows) {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    List<List<String>> all = new ArrayList<>();
    all.add(headers);
    all.addAll(rows);
    for (List<String> row : all) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < widths.length; c++) {
        line.append(pad(row.get(c), widths[c] + 2));
      }
      sb.append(line.toString().stripTrailing());
    }
    return sb.toString();
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  private static String left(String s, int width) {
    return " ".repeat(Math.max(0, width - s.length())) + s;
  }
}
