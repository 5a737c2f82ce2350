package org.scplan.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scplan.budget.BudgetProfile;
import org.scplan.core.AmountUnit;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.core.PrintedFigures;
import org.scplan.core.Severity;

/**
 * The precision stage of reading a budget table: how many decimals each column is read at (given,
 * the most its plain figures print, or whole thousands of pounds), with a note where the figures
 * mix decimals or thousands are inferred, and a figure too large for its precision reported at its
 * cell. Not API.
 */
final class BudgetPrecision {
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private final TableOptions options;
  private final Problems problems;
  private final BudgetCells cells;

  BudgetPrecision(TableOptions options, Problems problems, BudgetCells cells) {
    this.options = options;
    this.problems = problems;
    this.cells = cells;
  }

  /** The printed precision of each column: given, or the most decimals its figures show, or inferred. */
  int[] decimals(List<BudgetTables.Col> cols, BudgetCells.Figures figures, AmountUnit tableUnit, String title,
      BudgetTables.Plan plan) {
    int[] decimals = new int[cols.size()];
    boolean[] known = new boolean[cols.size()];
    BudgetTables.FigureStats[] stats = new BudgetTables.FigureStats[cols.size()];
    Finding[] mixed = new Finding[cols.size()];
    boolean[] thousands = new boolean[cols.size()];
    List<String> inferred = new ArrayList<>();
    for (int k = 0; k < cols.size(); k++) {
      BudgetTables.Col col = cols.get(k);
      int most = Integer.MIN_VALUE;
      int fewest = Integer.MAX_VALUE;
      boolean wholeThousands = col.column().isMoney() && tableUnit == AmountUnit.POUNDS;
      boolean anyNonZero = false;
      for (int i = 0; i < figures.rows(); i++) {
        BudgetCells.Figure f = figures.get(i, k);
        if (f == null || f.nil()) {
          continue;
        }
        most = Math.max(most, f.decimals());
        if (!f.ownPrecision()) {
          fewest = Math.min(fewest, f.decimals());
        }
        wholeThousands &= f.decimals() <= 0 && f.value().remainder(THOUSAND).signum() == 0;
        anyNonZero |= f.value().signum() != 0;
      }
      stats[k] = new BudgetTables.FigureStats(most, fewest, wholeThousands, anyNonZero);
      if (options.decimals().isPresent()) {
        decimals[k] = options.decimals().get();
        known[k] = true;
        for (int i = 0; i < figures.rows(); i++) {
          BudgetCells.Figure f = figures.get(i, k);
          if (f != null && !f.nil() && f.decimals() > decimals[k]) {
            cells.unreadable(f.cell(), col, "the figure has " + f.decimals() + " decimal places, finer than the"
                + " precision given (" + decimals[k] + ")", "at most " + decimals[k] + " decimal places",
                f.cell().clean());
          }
        }
      } else if (most != Integer.MIN_VALUE) {
        known[k] = true;
        decimals[k] = most;
        if (wholeThousands && anyNonZero) {
          decimals[k] = -3;
          thousands[k] = true;
          inferred.add(col.column().label());
        } else {
          if (fewest < most && fewest != Integer.MAX_VALUE) {
            mixed[k] = mixedNote(problems.file(), col, title, fewest, most);
            problems.note(mixed[k]);
          }
        }
      }
    }
    int usual = usualDecimals(decimals, known);
    for (int k = 0; k < cols.size(); k++) {
      if (!known[k]) {
        decimals[k] = usual;
      }
      if (decimals[k] < -12 || decimals[k] > 12) {
        problems.problem(CsvRules.CELL_UNREADABLE, problems.file(), "Column " + cols.get(k).column().label()
            + " would need " + decimals[k] + " decimal places in " + tableUnit.label()
            + "; a budget table allows -12 to 12 (give --unit to read it in another unit)");
      }
      checkMagnitude(cols.get(k), k, figures, decimals[k]);
    }
    if (!inferred.isEmpty()) {
      problems.note(CsvRules.PRECISION_INFERRED, Severity.INFO, problems.file(), "Every figure in "
          + (inferred.size() == 1 ? "column " : "columns ") + String.join(", ", inferred) + " of " + title
          + " is a whole multiple of £1,000, so " + (inferred.size() == 1 ? "it is" : "they are")
          + " read to the nearest £1,000 (give --precision 0 to read them to the pound)");
    }
    if (plan != null) {
      plan.stats = stats;
      plan.mixed = mixed;
      plan.inferred = thousands;
    }
    return decimals;
  }

  /** The note on a column whose figures print different numbers of decimals. */
  static Finding mixedNote(Location file, BudgetTables.Col col, String title, int fewest, int most) {
    return Finding.of(CsvRules.PRECISION_MIXED, Severity.INFO, file, "Column " + col.column().label()
        + " of " + title + " prints figures with " + fewest + " to " + most + " decimal places; all are read at "
        + most);
  }

  private void checkMagnitude(BudgetTables.Col col, int k, BudgetCells.Figures figures, int decimals) {
    for (int i = 0; i < figures.rows(); i++) {
      BudgetCells.Figure f = figures.get(i, k);
      if (f == null || f.nil()) {
        continue;
      }
      if (PrintedFigures.scale(f.value(), decimals, BudgetProfile.MAX_SCALED).scaling()
          == PrintedFigures.Scaling.TOO_LARGE) {
        cells.unreadable(f.cell(), col, "the figure is too large for a budget table (at most "
            + PrintedFigures.grouped(BigDecimal.valueOf(BudgetProfile.MAX_SCALED).movePointLeft(decimals).abs()
                .setScale(Math.max(decimals, 0))) + " at this precision)", "a smaller figure", f.cell().clean());
        return;
      }
    }
  }

  private static int usualDecimals(int[] decimals, boolean[] known) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int k = 0; k < decimals.length; k++) {
      if (known[k]) {
        counts.merge(decimals[k], 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(0);
  }
}
