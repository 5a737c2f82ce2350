package org.scplan.risk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scplan.core.internal.TextTable;

/** Lays out a matrix-shaped table as text, and abbreviates level names for its cells. Not API. */
public final class TextGrid {
  private TextGrid() {}

  /**
   * Renders a grid: a header row, then one row per row header, cells right-aligned in columns as
   * wide as their widest entry.
   */
  public static String render(String corner, List<String> columnHeaders, List<String> rowHeaders,
      List<List<String>> cells) {
    List<String> headers = new ArrayList<>();
    headers.add(corner);
    headers.addAll(columnHeaders);
    TextTable grid = TextTable.of(headers).rightFrom(1);
    for (int r = 0; r < rowHeaders.size(); r++) {
      List<String> row = new ArrayList<>();
      row.add(rowHeaders.get(r));
      row.addAll(cells.get(r));
      grid.row(row);
    }
    return grid.render();
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
    TextTable table = TextTable.of(headers);
    rows.forEach(table::row);
    return table.render();
  }
}
