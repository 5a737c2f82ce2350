package org.scplan.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.scplan.core.AmountUnit;
import org.scplan.core.FinancialYear;
import org.scplan.core.ReportedAmount;

/**
 * A random table in the kent-controllable-2010 layout whose true figures add up exactly, published
 * by rounding every cell on its own to the table's precision (money £'000 to one decimal, FTE to two),
 * as councils do. It knows, independently of the reconciler, which relations each cell takes part in.
 */
final class GeneratedTable {
  static final BudgetSchema SCHEMA = BudgetSchemas.KENT_CONTROLLABLE_2010;
  static final int COLUMNS = SCHEMA.size();

  /** One row: kind, name, the index of its group heading row (or -1), and its published cells. */
  static final class Row {
    final LineKind kind;
    final String name;
    final int group;
    final long[] trueValues = new long[COLUMNS];
    final long[] published = new long[COLUMNS];

    Row(LineKind kind, String name, int group) {
      this.kind = kind;
      this.name = name;
      this.group = group;
    }
  }

  final List<Row> rows = new ArrayList<>();

  /** A relation, named by the line whose published figure is checked, its column and its kind. */
  record Relation(int line, String column, Discrepancy.Relation kind) {}

  static GeneratedTable random(Random random) {
    GeneratedTable t = new GeneratedTable();
    int groups = random.nextInt(4);
    List<Integer> topLevel = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      int heading = t.add(new Row(LineKind.GROUP, "Group " + g, -1));
      List<Integer> members = new ArrayList<>();
      int items = 1 + random.nextInt(4);
      for (int i = 0; i < items; i++) {
        members.add(t.add(t.item(random, "Line " + i, heading)));
      }
      Row subtotal = new Row(LineKind.SUBTOTAL, "Total Group " + g, heading);
      t.sum(subtotal, members);
      topLevel.add(t.add(subtotal));
    }
    int items = (groups == 0 ? 1 : 0) + random.nextInt(4);
    for (int i = 0; i < items; i++) {
      topLevel.add(t.add(t.item(random, "Top line " + i, -1)));
    }
    Row total = new Row(LineKind.TOTAL, "TOTALS", -1);
    t.sum(total, topLevel);
    t.add(total);
    for (Row r : t.rows) {
      if (r.kind != LineKind.GROUP) {
        for (int c = 0; c < COLUMNS; c++) {
          r.published[c] = publish(c, r.trueValues[c]);
        }
      }
    }
    return t;
  }

  private int add(Row row) {
    rows.add(row);
    return rows.size() - 1;
  }

  /** True values: money in pounds, FTE in ten-thousandths; income negative, spend either sign. */
  private Row item(Random random, String name, int group) {
    Row r = new Row(LineKind.ITEM, name, group);
    long[] v = r.trueValues;
    v[0] = random.nextInt(5_000_000);                        // fte-previous
    v[1] = random.nextInt(20_000_000) - 1_000_000;           // controllable-previous
    v[2] = random.nextInt(5_000_000);                        // fte
    for (int c = 3; c <= 6; c++) {                           // employees, running, contracts, transfers
      v[c] = random.nextInt(8) == 0 ? 0 : random.nextInt(9_000_000) - 100_000;
    }
    v[7] = v[3] + v[4] + v[5] + v[6];                        // gross
    v[8] = -random.nextInt(5_000_000);                       // external income
    v[9] = -random.nextInt(500_000);                         // internal income
    v[10] = v[7] + v[8] + v[9];                              // controllable
    return r;
  }

  private void sum(Row total, List<Integer> members) {
    for (int m : members) {
      for (int c = 0; c < COLUMNS; c++) {
        total.trueValues[c] += rows.get(m).trueValues[c];
      }
    }
  }

  static boolean isMoney(int c) {
    return SCHEMA.columns().get(c).isMoney();
  }

  /** Rounds a true value half up to the printed precision: £100 for money, 0.01 FTE. */
  private static long publish(int c, long trueValue) {
    return BigDecimal.valueOf(trueValue).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
  }

  /** The printed decimals of a column when money is printed in {@code unit}. */
  static int decimals(int c, AmountUnit unit) {
    return isMoney(c) ? 1 - AmountUnit.THOUSANDS.exponent() + unit.exponent() : 2;
  }

  /** Builds the published table, money restated in {@code unit} with matching precision. */
  BudgetProfile build(AmountUnit unit) {
    return build(unit, (line, column) -> false);
  }

  /**
   * Builds the table, saying of the money figures the predicate picks that they were printed to one
   * decimal fewer than their column, where their digits allow it.
   */
  BudgetProfile build(AmountUnit unit, java.util.function.BiPredicate<Integer, Integer> coarse) {
    BudgetProfileBuilder b = BudgetProfile.builder("generated", "Generated table", SCHEMA)
        .year(FinancialYear.of(2010)).unit(unit);
    for (int c = 0; c < COLUMNS; c++) {
      b.decimals(SCHEMA.columns().get(c).key(), decimals(c, unit));
    }
    int open = -1;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (open >= 0 && r.group != open) {
        open = -1;
      }
      String[] cells = new String[COLUMNS];
      for (int c = 0; c < COLUMNS; c++) {
        BigDecimal printed = BigDecimal.valueOf(r.published[c], 2);
        if (isMoney(c)) {
          printed = ReportedAmount.of(BigDecimal.valueOf(r.published[c], 1), AmountUnit.THOUSANDS).in(unit).printed();
        }
        cells[c] = printed.toPlainString();
      }
      switch (r.kind) {
        case GROUP -> {
          b.group(r.name);
          open = i;
        }
        case ITEM -> b.line(r.name, cells);
        case SUBTOTAL -> b.subtotal(r.name, cells);
        case TOTAL -> b.total(r.name, cells);
        default -> throw new AssertionError(r.kind);
      }
      if (r.kind != LineKind.GROUP) {
        for (int c = 0; c < COLUMNS; c++) {
          if (isMoney(c) && coarse.test(i, c) && r.published[c] % 10 == 0) {
            b.printed(SCHEMA.columns().get(c).key(), decimals(c, unit) - 1);
          }
        }
      }
    }
    return b.build();
  }

  /** The relations the cell at (line, column) takes part in, worked out from the layout. */
  Set<Relation> relationsOf(int line, int column) {
    Set<Relation> relations = new HashSet<>();
    String key = SCHEMA.columns().get(column).key();
    for (BudgetColumn col : SCHEMA.columns()) {
      col.formula().ifPresent(f -> {
        if (col.key().equals(key) || f.columns().contains(key)) {
          relations.add(new Relation(line, col.key(), Discrepancy.Relation.DERIVED));
        }
      });
    }
    Row r = rows.get(line);
    if (r.kind.isTotal()) {
      relations.add(new Relation(line, key, Discrepancy.Relation.TOTAL));
    }
    if (r.kind == LineKind.ITEM && r.group >= 0) {
      relations.add(new Relation(subtotalOf(r.group), key, Discrepancy.Relation.TOTAL));
    } else if (r.kind != LineKind.TOTAL) {
      relations.add(new Relation(rows.size() - 1, key, Discrepancy.Relation.TOTAL));
    }
    return relations;
  }

  private int subtotalOf(int group) {
    for (int i = group + 1; i < rows.size(); i++) {
      if (rows.get(i).kind == LineKind.SUBTOTAL && rows.get(i).group == group) {
        return i;
      }
    }
    throw new IllegalStateException("no subtotal for group " + group);
  }

  /** The lines with figures: every row but the group headings. */
  List<Integer> figureLines() {
    List<Integer> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).kind != LineKind.GROUP) {
        lines.add(i);
      }
    }
    return lines;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Row r : rows) {
      sb.append(r.kind).append(' ').append(r.name).append(' ').append(java.util.Arrays.toString(r.published)).append('\n');
    }
    return sb.toString();
  }
}
