package org.scplan.budget;

import java.math.BigDecimal;
import java.util.List;
import org.scplan.core.PrintedFigures;
import org.scplan.core.internal.TextTable;

/**
 * A budget profile as text, for JShell and logs: a heading, then a row per line (at most forty),
 * indented by group, with the figures as printed under the column keys. Not API.
 */
final class ProfileText {
  private static final int SHOWN_LINES = 40;

  private ProfileText() {}

  /** Returns the profile as text. */
  static String render(BudgetProfile p) {
    List<BudgetColumn> cols = p.schema().columns();
    int shown = Math.min(p.lineCount(), SHOWN_LINES);
    Object[] headers = new Object[2 * (cols.size() + 1)];
    headers[0] = "LINE";
    headers[1] = 48;
    for (int c = 0; c < cols.size(); c++) {
      headers[2 * c + 2] = cols.get(c).key();
      headers[2 * c + 3] = TextTable.UNLIMITED;
    }
    TextTable table = TextTable.of(headers).rightFrom(1);
    for (int i = 0; i < shown; i++) {
      int depth = 0;
      for (int g = p.parent(i); g >= 0; g = p.parent(g)) {
        depth++;
      }
      String[] row = new String[cols.size() + 1];
      row[0] = "  ".repeat(depth) + p.name(i);
      for (int c = 0; c < cols.size(); c++) {
        long v = p.cell(i, c);
        row[c + 1] = v == BudgetProfile.BLANK ? "" : p.cellText(i, c, v);
      }
      table.row(row);
    }
    StringBuilder sb = new StringBuilder("BudgetProfile ").append(p.id()).append(" \"").append(p.title()).append("\": ")
        .append(p.year()).append(p.orgUnit().map(u -> ", " + u.name()).orElse("")).append(", money in ")
        .append(p.unit().label()).append(", schema ").append(p.schema().name()).append(", ")
        .append(PrintedFigures.grouped(BigDecimal.valueOf(p.lineCount())))
        .append(p.lineCount() == 1 ? " line" : " lines");
    for (String line : table.lines()) {
      sb.append("\n  ").append(line);
    }
    if (p.lineCount() > shown) {
      sb.append("\n  … ").append(PrintedFigures.grouped(BigDecimal.valueOf(p.lineCount() - shown))).append(" more lines");
    }
    return sb.toString();
  }
}
