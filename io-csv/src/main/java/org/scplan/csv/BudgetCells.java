package org.scplan.csv;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.scplan.budget.BudgetColumn;
import org.scplan.core.AmountUnit;
import org.scplan.core.Location;
import org.scplan.core.ValueParseException;

/**
 * The cells stage of reading a budget table: each cell of a matched column read as a figure (or a
 * nil, or a blank), restated in the table's unit with the decimals it was printed with, and a cell
 * that cannot be read reported at its row and column. Also decides the table's unit. Not API.
 */
final class BudgetCells {
  private final TableOptions options;
  private final Problems problems;
  /** The layout read: the headings, the columns matched and where the names are. */
  final BudgetLayout l;

  BudgetCells(TableOptions options, Problems problems, BudgetLayout layout) {
    this.options = options;
    this.problems = problems;
    this.l = layout;
  }

  /** A figure restated in the table's unit; {@code nil} for a dash. */
  record Figure(BigDecimal value, int decimals, boolean ownPrecision, boolean nil, RawTable.Row row,
      int column) {
    /** The cell the figure is printed in, found again in its row: only messages need it. */
    RawTable.Cell cell() {
      return row.cell(column);
    }
  }

  /**
   * The figures of a table's lines, column by column, kept compactly (a million lines are read):
   * each as its unscaled value, scale and printed decimals, with a {@link Figure} made when asked for
   * and its cell found again in the line's row.
   */
  static final class Figures {
    private static final byte ABSENT = 0;
    private static final byte FIGURE = 1;
    private static final byte NIL = 2;
    private static final byte OWN = 4;

    private final List<BudgetTables.Line> lines;
    private final List<BudgetTables.Col> cols;
    private final long[][] unscaled;
    private final short[][] scale;
    private final short[][] decimals;
    private final byte[][] kind;
    private final Map<Long, BigDecimal> large = new HashMap<>();

    Figures(List<BudgetTables.Line> lines, List<BudgetTables.Col> cols) {
      this.lines = lines;
      this.cols = cols;
      int n = lines.size();
      unscaled = new long[cols.size()][];
      scale = new short[cols.size()][];
      decimals = new short[cols.size()][];
      kind = new byte[cols.size()][];
      for (int k = 0; k < cols.size(); k++) {
        if (cols.get(k).table() >= 0) {
          unscaled[k] = new long[n];
          scale[k] = new short[n];
          decimals[k] = new short[n];
          kind[k] = new byte[n];
        }
      }
    }

    int rows() {
      return lines.size();
    }

    void set(int i, int k, Figure f) {
      if (f == null || kind[k] == null) {
        return;
      }
      if (f.nil()) {
        kind[k][i] = NIL;
        return;
      }
      kind[k][i] = (byte) (FIGURE | (f.ownPrecision() ? OWN : 0));
      decimals[k][i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, f.decimals()));
      BigDecimal v = f.value();
      if (v.scale() >= Short.MIN_VALUE && v.scale() <= Short.MAX_VALUE && v.unscaledValue().bitLength() < 63) {
        unscaled[k][i] = v.unscaledValue().longValue();
        scale[k][i] = (short) v.scale();
      } else {
        large.put((long) i * cols.size() + k, v);
      }
    }

    Figure get(int i, int k) {
      if (kind[k] == null || kind[k][i] == ABSENT) {
        return null;
      }
      RawTable.Row row = lines.get(i).row();
      int column = cols.get(k).table();
      if (kind[k][i] == NIL) {
        return new Figure(null, Integer.MIN_VALUE, false, true, row, column);
      }
      BigDecimal v = large.get((long) i * cols.size() + k);
      if (v == null) {
        v = BigDecimal.valueOf(unscaled[k][i], scale[k][i]);
      }
      return new Figure(v, decimals[k][i], (kind[k][i] & OWN) != 0, false, row, column);
    }
  }

  /** The location of a cell, named by its column's heading in the table as printed. */
  Location locate(RawTable.Cell cell, int column) {
    if (!l.transposed) {
      return problems.at(cell, l.headings.name(column));
    }
    return problems.at(cell, l.original.rows().get(0).text(cell.column() - 1));
  }

  void unreadable(RawTable.Cell cell, BudgetTables.Col col, String what, String expected, String actual) {
    String column = l.transposed ? l.original.rows().get(0).text(cell.column() - 1) : l.headings.name(col.table());
    problems.unreadable(cell, column, what, expected, actual);
  }

  Optional<AmountUnit> unitOfNames() {
    return l.names >= 0 ? Optional.ofNullable(l.headings.unit[l.names]) : Optional.empty();
  }

  /** The unit of the table: given, else the one most money columns' headings name, else the title's. */
  AmountUnit tableUnit(List<BudgetTables.Col> cols) {
    if (options.unit().isPresent()) {
      return options.unit().get();
    }
    Map<AmountUnit, Integer> counts = new TreeMap<>();
    for (BudgetTables.Col c : cols) {
      if (c.unit() != null && c.column().isMoney()) {
        counts.merge(c.unit(), 1, Integer::sum);
      }
    }
    Optional<AmountUnit> most = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    return most.or(() -> l.headings.titleUnit()).or(() -> unitOfNames()).orElse(AmountUnit.POUNDS);
  }

  /** Reads a cell and restates it in the table's unit; null for a blank or absent value. */
  Figure figure(RawTable.Row row, BudgetTables.Col col, AmountUnit tableUnit) {
    String raw = row.rawText(col.table());
    TableCell plain = TableCell.isPlainFigure(raw) ? TableCell.parse(raw) : null;
    String text = plain != null ? raw : row.text(col.table());
    if (text.isEmpty()) {
      return null;
    }
    TableCell parsed;
    try {
      parsed = plain != null ? plain : TableCell.parse(raw);
    } catch (ValueParseException e) {
      RawTable.Cell cell = row.cell(col.table());
      unreadable(cell, col, e.getMessage().replaceFirst("^Cannot read ", "cannot read ")
          .replace(" as a figure: ", ": "), "a figure", text);
      return null;
    }
    switch (parsed.kind()) {
      case BLANK, ABSENT -> {
        return null;
      }
      case NIL -> {
        return new Figure(null, Integer.MIN_VALUE, false, true, row, col.table());
      }
      default -> { }
    }
    BudgetColumn column = col.column();
    if (column.isMoney() && parsed.isPercent()) {
      unreadable(row.cell(col.table()), col, Headings.quoted(text) + " is a percentage, but " + column.label()
          + " holds money", "an amount", text);
      return null;
    }
    if (!column.isMoney() && (parsed.hasCurrency() || parsed.unit().isPresent())) {
      unreadable(row.cell(col.table()), col, Headings.quoted(text) + " is money, but " + column.label()
          + " holds plain numbers", "a number", text);
      return null;
    }
    if (!column.isMoney()) {
      return new Figure(parsed.value().orElseThrow(), parsed.decimals(), parsed.decimals() < 0, false, row,
          col.table());
    }
    AmountUnit from = parsed.unit().orElse(col.unit() == null ? tableUnit : col.unit());
    int shift = from.exponent() - tableUnit.exponent();
    return new Figure(parsed.value().orElseThrow().movePointRight(shift), parsed.decimals() - shift,
        parsed.unit().isPresent() || parsed.decimals() < 0 || from != tableUnit, false, row, col.table());
  }
}
