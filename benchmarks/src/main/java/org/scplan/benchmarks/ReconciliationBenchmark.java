package org.scplan.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.BudgetProfileBuilder;
import org.scplan.budget.BudgetSchemas;
import org.scplan.budget.LineKind;
import org.scplan.budget.Reconciliation;
import org.scplan.core.AmountUnit;
import org.scplan.core.FinancialYear;

/**
 * Reconciling a synthetic 1,000,000-line budget profile in the seed-000 layout (Kent controllable
 * expenditure 2010: FTE, four spend columns, gross, two income columns, controllable; 2009/10
 * comparatives blank), against a plain {@code long[]} summation of the same figures doing the same
 * arithmetic with no findings, in the same run.
 *
 * <p>The profile is 10,000 groups (a heading, 99 lines and a subtotal) and a grand total: every
 * derived cell and every subtotal and total is checked. Scores are cells per second (11 columns ×
 * 1,000,000 lines with figures per invocation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class ReconciliationBenchmark {
  static final int GROUPS = 10_000;
  static final int ITEMS_PER_GROUP = 99;
  static final int LINES = GROUPS * (ITEMS_PER_GROUP + 1);
  static final int COLUMNS = 11;
  static final int CELLS = LINES * COLUMNS;

  // Column indexes of kent-controllable-2010.
  static final int FTE = 2;
  static final int EMPLOYEES = 3;
  static final int GROSS = 7;
  static final int EXTERNAL = 8;
  static final int INTERNAL = 9;
  static final int CONTROLLABLE = 10;

  BudgetProfile profile;
  long[][] figures;

  /** Builds the profile and the same figures as a plain array. */
  @Setup(Level.Trial)
  public void setUp() {
    profile = profile(42);
    figures = new long[LINES + 1][];
    int row = 0;
    for (int i = 0; i < profile.lineCount(); i++) {
      if (profile.line(i).kind() == LineKind.GROUP) {
        continue;
      }
      long[] cells = new long[COLUMNS];
      for (int c = 0; c < COLUMNS; c++) {
        cells[c] = profile.scaled(i, c);
      }
      figures[row++] = cells;
    }
    if (row != LINES + 1) {
      throw new IllegalStateException("expected " + (LINES + 1) + " lines with figures, found " + row);
    }
  }

  /**
   * Builds the synthetic profile: consistent figures, so reconciliation finds nothing.
   *
   * @param seed the random seed
   * @return the profile
   */
  static BudgetProfile profile(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    BudgetProfileBuilder b = BudgetProfile.builder("synthetic", "Synthetic 1,000,000-line profile",
            BudgetSchemas.KENT_CONTROLLABLE_2010)
        .year(FinancialYear.of(2010)).unit(AmountUnit.THOUSANDS).decimals(1).decimals("fte", 2)
        .decimals("fte-previous", 2);
    long[] grand = new long[COLUMNS];
    for (int g = 0; g < GROUPS; g++) {
      b.group("Group " + g);
      long[] sub = new long[COLUMNS];
      for (int i = 0; i < ITEMS_PER_GROUP; i++) {
        long[] cells = new long[COLUMNS];
        cells[0] = BudgetProfile.BLANK;
        cells[1] = BudgetProfile.BLANK;
        cells[FTE] = random.nextLong(0, 5_000);
        long gross = 0;
        for (int c = EMPLOYEES; c < GROSS; c++) {
          cells[c] = random.nextLong(-1_000, 100_000);
          gross += cells[c];
        }
        cells[GROSS] = gross;
        cells[EXTERNAL] = -random.nextLong(0, 50_000);
        cells[INTERNAL] = -random.nextLong(0, 5_000);
        cells[CONTROLLABLE] = gross + cells[EXTERNAL] + cells[INTERNAL];
        for (int c = FTE; c < COLUMNS; c++) {
          sub[c] += cells[c];
        }
        b.addScaled(LineKind.ITEM, "Line " + g + "." + i, cells);
      }
      sub[0] = BudgetProfile.BLANK;
      sub[1] = BudgetProfile.BLANK;
      b.addScaled(LineKind.SUBTOTAL, "Total Group " + g, sub); // closes the group
      for (int c = FTE; c < COLUMNS; c++) {
        grand[c] += sub[c];
      }
    }
    grand[0] = BudgetProfile.BLANK;
    grand[1] = BudgetProfile.BLANK;
    b.addScaled(LineKind.TOTAL, "TOTALS", grand);
    return b.build();
  }

  /**
   * scplan: reconcile the profile (interval rule, findings for anything that does not hold).
   *
   * @return the reconciliation
   */
  @Benchmark
  @OperationsPerInvocation(CELLS)
  public Reconciliation reconcile() {
    return profile.reconcile();
  }

  /**
   * Baseline: the same relations on a plain {@code long[][]}: every derived cell against its
   * formula, every subtotal and the total against the sum of its members, counting mismatches.
   *
   * @return the number of relations that do not hold exactly
   */
  @Benchmark
  @OperationsPerInvocation(CELLS)
  public int sumLongArrays() {
    int wrong = 0;
    long[] grand = new long[COLUMNS];
    int row = 0;
    for (int g = 0; g < GROUPS; g++) {
      long[] sub = new long[COLUMNS];
      for (int i = 0; i < ITEMS_PER_GROUP; i++, row++) {
        long[] cells = figures[row];
        if (cells[EMPLOYEES] + cells[EMPLOYEES + 1] + cells[EMPLOYEES + 2] + cells[EMPLOYEES + 3] != cells[GROSS]) {
          wrong++;
        }
        if (cells[GROSS] + cells[EXTERNAL] + cells[INTERNAL] != cells[CONTROLLABLE]) {
          wrong++;
        }
        for (int c = FTE; c < COLUMNS; c++) {
          sub[c] += cells[c];
        }
      }
      long[] published = figures[row++];
      for (int c = FTE; c < COLUMNS; c++) {
        if (sub[c] != published[c]) {
          wrong++;
        }
        grand[c] += published[c];
      }
    }
    long[] total = figures[row];
    for (int c = FTE; c < COLUMNS; c++) {
      if (grand[c] != total[c]) {
        wrong++;
      }
    }
    return wrong;
  }
}
