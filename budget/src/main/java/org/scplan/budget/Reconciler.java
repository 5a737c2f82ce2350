package org.scplan.budget;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scplan.budget.Discrepancy.Relation;
import org.scplan.budget.internal.Figures;
import org.scplan.core.AmountUnit;
import org.scplan.core.Finding;
import org.scplan.core.Interval;
import org.scplan.core.Location;
import org.scplan.core.Measure;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedFigure;
import org.scplan.core.ReportedNumber;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;

/**
 * Reconciles a budget profile in one pass over its lines, on the stored {@code long}s.
 *
 * <p>A relation is decided on scaled integers: all the figures of a derived relation are brought to
 * the finest precision among them, and a total and its members share their column's precision. The
 * computed side stands for an interval of half a unit per figure, the published figure for half a
 * unit, so the intervals overlap exactly when {@code 2 |difference| <= figures + 1} (in the common
 * unit). An exact relation costs a few additions and one comparison; only a relation that does not
 * hold exactly is judged with {@link BigDecimal}s and becomes a finding. Subtotals are summed on a
 * stack of accumulators, one per open group, that spill into {@link BigInteger} on overflow.
 */
final class Reconciler {
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final byte GROUP = (byte) LineKind.GROUP.ordinal();
  private static final byte ITEM = (byte) LineKind.ITEM.ordinal();
  private static final byte SUBTOTAL = (byte) LineKind.SUBTOTAL.ordinal();
  private static final byte TOTAL = (byte) LineKind.TOTAL.ordinal();

  private final BudgetProfile profile;
  private final Tolerance tolerance;
  /** Whether any figure is printed coarser than its column, and so stands for a wider interval. */
  private final boolean coarse;
  private final List<BudgetColumn> columns;
  private final int ncols;
  private final int[] dec;
  private final int[] additive;

  private final int[] result;
  private final int[][] terms;
  private final int[][] signs;
  private final boolean[] uniform;
  private final int[] common;
  private final String[] formulaText;

  private final List<Finding> findings = new ArrayList<>();
  private final List<Discrepancy> discrepancies = new ArrayList<>();
  private long relations;
  private long cells;
  private int warnedLine = -1;
  private final boolean[] warned;

  Reconciler(BudgetProfile profile, Tolerance tolerance) {
    this.profile = profile;
    this.tolerance = tolerance;
    this.coarse = profile.hasCoarseCells();
    BudgetSchema schema = profile.schema();
    this.columns = schema.columns();
    this.ncols = columns.size();
    this.dec = new int[ncols];
    for (int c = 0; c < ncols; c++) {
      dec[c] = profile.decimalsAt(c);
    }
    this.additive = columnsWhere(schema, true);
    this.warned = new boolean[ncols];
    int[] derived = columnsWhere(schema, false);
    int n = derived.length;
    this.result = derived;
    this.terms = new int[n][];
    this.signs = new int[n][];
    this.uniform = new boolean[n];
    this.common = new int[n];
    this.formulaText = new String[n];
    for (int r = 0; r < n; r++) {
      Formula f = columns.get(derived[r]).formula().orElseThrow();
      int k = f.terms().size();
      terms[r] = new int[k];
      signs[r] = new int[k];
      int d = dec[derived[r]];
      boolean same = true;
      StringBuilder text = new StringBuilder();
      for (int j = 0; j < k; j++) {
        Formula.Term t = f.terms().get(j);
        terms[r][j] = schema.indexOf(t.column());
        signs[r][j] = t.sign();
        same &= dec[terms[r][j]] == dec[derived[r]];
        d = Math.max(d, dec[terms[r][j]]);
        String label = columns.get(terms[r][j]).label();
        text.append(j == 0 ? (t.sign() < 0 ? "− " : "") : (t.sign() < 0 ? " − " : " + ")).append(label);
      }
      uniform[r] = same;
      common[r] = d;
      formulaText[r] = text.toString();
    }
  }

  private static int[] columnsWhere(BudgetSchema schema, boolean additive) {
    List<BudgetColumn> cols = schema.columns();
    int[] picked = new int[cols.size()];
    int n = 0;
    for (int c = 0; c < cols.size(); c++) {
      BudgetColumn col = cols.get(c);
      if (additive ? col.additive() : col.kind() == ColumnKind.DERIVED) {
        picked[n++] = c;
      }
    }
    return Arrays.copyOf(picked, n);
  }

  Reconciliation run() {
    byte[] kinds = profile.kindArray();
    int[] parents = profile.parentArray();
    long[][] chunks = profile.chunkArray();
    int count = profile.lineCount();
    Frame[] stack = {new Frame(-1, ncols), null, null, null, null, null, null, null};
    int top = 0;
    for (int i = 0; i < count; i++) {
      long[] chunk = chunks[i >>> BudgetProfile.CHUNK_SHIFT];
      int base = (i & BudgetProfile.CHUNK_MASK) * ncols;
      int parent = parents[i];
      while (top > 0 && stack[top].group != parent) {
        Frame closed = stack[top--];
        stack[top].absorb(closed, additive);
      }
      byte kind = kinds[i];
      if (kind == GROUP) {
        if (++top == stack.length) {
          stack = Arrays.copyOf(stack, top * 2);
        }
        if (stack[top] == null) {
          stack[top] = new Frame(i, ncols);
        } else {
          stack[top].reset(i);
        }
        continue;
      }
      cells += ncols;
      if (kind == ITEM) {
        checkDerived(i, chunk, base);
        stack[top].addLine(chunk, base, additive);
        widen(stack[top], i, chunk, base);
      } else if (kind == SUBTOTAL) {
        Frame group = stack[top];
        checkTotal(i, chunk, base, group);
        checkDerived(i, chunk, base);
        top--;
        stack[top].addSubtotal(chunk, base, group, additive);
        widen(stack[top], i, chunk, base);
      } else if (kind == TOTAL) {
        checkTotal(i, chunk, base, stack[top]);
        checkDerived(i, chunk, base);
      } else {
        checkDerived(i, chunk, base);
      }
    }
    while (top > 0) {
      Frame closed = stack[top--];
      stack[top].absorb(closed, additive);
    }
    Frame root = stack[0];
    BigInteger[] grandSums = new BigInteger[ncols];
    for (int c = 0; c < ncols; c++) {
      grandSums[c] = root.total(c);
    }
    return new Reconciliation(profile, tolerance, relations, cells, discrepancies, ValidationReport.of(findings),
        grandSums, root.cnt.clone());
  }

  /**
   * The half-units of 10^-d a figure's interval extends each way: one for a figure printed to d
   * decimals, ten for each decimal it was printed short of d (its column's or its own coarser).
   */
  private long halves(int line, int c, int d) {
    return pow(d - (coarse ? profile.decimalsAt(line, c) : dec[c]));
  }

  private static long pow(int k) {
    return BudgetProfile.LONG_POWERS[Math.min(k, 18)];
  }

  /** Counts the wider intervals of a line's coarse figures in its group's sums. */
  private void widen(Frame frame, int line, long[] chunk, int base) {
    if (!coarse) {
      return;
    }
    for (int c : additive) {
      if (chunk[base + c] != BudgetProfile.BLANK) {
        frame.extra[c] += halves(line, c, dec[c]) - 1;
      }
    }
  }

  private void checkDerived(int line, long[] chunk, int base) {
    for (int r = 0; r < result.length; r++) {
      if (uniform[r]) {
        long published = chunk[base + result[r]];
        int[] t = terms[r];
        int[] s = signs[r];
        boolean blank = published == BudgetProfile.BLANK;
        long sum = 0;
        for (int j = 0; j < t.length && !blank; j++) {
          long v = chunk[base + t[j]];
          blank = v == BudgetProfile.BLANK;
          sum += s[j] * v;
        }
        if (!blank) {
          relations++;
          if (sum != published) {
            int d = dec[result[r]];
            long halves = 0;
            for (int j = 0; j < t.length; j++) {
              halves += halves(line, t[j], d);
            }
            judge(Relation.DERIVED, line, result[r], BigInteger.valueOf(sum), d, BigInteger.valueOf(halves),
                published, t.length, formulaText[r]);
          }
          continue;
        }
      }
      checkDerivedExactly(line, chunk, base, r);
    }
  }

  /**
   * A derived relation with blank cells or mixed precision. A relation with a blank cell is not
   * checked: a line that prints some figures of a formula and not others is incomplete, and each
   * blank is reported. A complete relation of mixed precision is decided on BigIntegers at the
   * finest precision among its figures.
   */
  private void checkDerivedExactly(int line, long[] chunk, int base, int r) {
    int res = result[r];
    long published = chunk[base + res];
    int blanks = published == BudgetProfile.BLANK ? 1 : 0;
    for (int t : terms[r]) {
      blanks += chunk[base + t] == BudgetProfile.BLANK ? 1 : 0;
    }
    if (blanks > 0) {
      if (blanks <= terms[r].length) {
        warnMissing(line, chunk, base, r);
      }
      return;
    }
    int d = common[r];
    BigInteger sum = BigInteger.ZERO;
    BigInteger halves = BigInteger.ZERO;
    for (int j = 0; j < terms[r].length; j++) {
      BigInteger step = BigInteger.TEN.pow(d - dec[terms[r][j]]);
      sum = sum.add(BigInteger.valueOf(signs[r][j] * chunk[base + terms[r][j]]).multiply(step));
      halves = halves.add(BigInteger.valueOf(halves(line, terms[r][j], d)));
    }
    relations++;
    if (!sum.equals(BigInteger.valueOf(published).multiply(BigInteger.TEN.pow(d - dec[res])))) {
      judge(Relation.DERIVED, line, res, sum, d, halves, published, terms[r].length, formulaText[r]);
    }
  }

  private void warnMissing(int line, long[] chunk, int base, int r) {
    String relation = columns.get(result[r]).label() + " = " + formulaText[r];
    for (int j = -1; j < terms[r].length; j++) {
      int c = j < 0 ? result[r] : terms[r][j];
      if (chunk[base + c] == BudgetProfile.BLANK && firstWarning(line, c)) {
        findings.add(Finding.warning(BudgetRules.CELL_MISSING,
            new BudgetLine(profile, line).location().field(columns.get(c).label()),
            columns.get(c).label() + " is blank, while other figures of " + relation + " are published on this line"));
      }
    }
  }

  /** Whether no missing-cell warning has yet been given for this cell. */
  private boolean firstWarning(int line, int c) {
    if (warnedLine != line) {
      Arrays.fill(warned, false);
      warnedLine = line;
    }
    boolean first = !warned[c];
    warned[c] = true;
    return first;
  }

  private void checkTotal(int line, long[] chunk, int base, Frame members) {
    for (int c : additive) {
      long n = members.cnt[c];
      if (n == 0) {
        continue;
      }
      long published = chunk[base + c];
      if (published == BudgetProfile.BLANK) {
        if (!firstWarning(line, c)) {
          continue;
        }
        BudgetLine l = new BudgetLine(profile, line);
        BudgetColumn col = columns.get(c);
        findings.add(Finding.warning(BudgetRules.CELL_MISSING, l.location().field(col.label()),
            col.label() + " is blank on this total, while " + n + (n == 1 ? " figure" : " figures")
                + " above it add up to " + Figures.format(new BigDecimal(members.total(c), dec[c]), col.isMoney(),
                profile.unit())));
        continue;
      }
      relations++;
      BigInteger halves = BigInteger.valueOf(n).add(BigInteger.valueOf(members.extra[c]));
      if (members.isExact(c)) {
        if (members.sum[c] != published) {
          judge(Relation.TOTAL, line, c, BigInteger.valueOf(members.sum[c]), dec[c], halves,
              published, (int) Math.min(n, Integer.MAX_VALUE), null);
        }
      } else {
        BigInteger total = members.total(c);
        if (!total.equals(BigInteger.valueOf(published))) {
          judge(Relation.TOTAL, line, c, total, dec[c], halves, published,
              (int) Math.min(n, Integer.MAX_VALUE), null);
        }
      }
    }
  }

  /**
   * Judges a relation that does not hold exactly, and records it.
   *
   * @param computed the computed side, in units of 10^-d
   * @param d the common precision
   * @param halves how many half-units of 10^-d the computed side's interval extends each way
   * @param published the published figure, at its column's precision
   * @param formula the formula's text for a derived relation, or null for a total
   */
  private void judge(Relation relation, int line, int c, BigInteger computed, int d, BigInteger halves,
      long published, int parts, String formula) {
    BudgetColumn col = columns.get(c);
    boolean money = col.isMoney();
    AmountUnit unit = profile.unit();
    BigDecimal value = new BigDecimal(computed, d);
    BigDecimal valueHalf = new BigDecimal(halves, d).multiply(HALF);
    // The published figure at the precision it was printed to: its column's, or its own if coarser.
    int own = coarse ? profile.decimalsAt(line, c) : dec[c];
    BigDecimal printed = Figures.unscale(published, dec[c]);
    if (own != dec[c]) {
      printed = printed.setScale(Math.max(own, 0));
    }
    BigDecimal printedHalf = Figures.halfStep(own);
    BigDecimal difference = printed.subtract(value);
    BigDecimal slack = valueHalf.add(printedHalf);
    boolean holds = tolerance.allows(difference, slack, printed);

    BudgetLine l = new BudgetLine(profile, line);
    Location at = l.location().field(col.label());
    String expected = Figures.withInterval(value, valueHalf, money, unit);
    String actual = Figures.withInterval(printed, printedHalf, money, unit);
    String lead = formula != null
        ? col.label() + " should be " + formula + " = " + expected + ", but is printed as " + actual
        : "The " + parts + (parts == 1 ? " figure above adds up to " : " figures above add up to ") + expected
            + ", but the total is printed as " + actual;
    String allowance = allowance(tolerance, slack, money, unit);
    String message = lead + "; the printed figure is " + Figures.format(difference.abs(), money, unit)
        + (difference.signum() > 0 ? " more" : " less")
        + (holds ? ", within " + (tolerance.isIntervals() ? "rounding" : "tolerance") + " (" + allowance + ")"
            : ", but " + allowance);
    String code = relation == Relation.DERIVED
        ? (holds ? BudgetRules.DERIVED_WITHIN_ROUNDING : BudgetRules.DERIVED_MISMATCH)
        : (holds ? BudgetRules.TOTAL_WITHIN_ROUNDING : BudgetRules.TOTAL_MISMATCH);
    BigDecimal base = money ? unit.toPounds(value) : value;
    BigDecimal baseHalf = money ? unit.toPounds(valueHalf) : valueHalf;
    ReportedFigure figure = money ? ReportedAmount.of(printed, unit, own) : ReportedNumber.of(printed, own);
    Interval around = Interval.around(base, baseHalf);
    Finding finding = Finding.of(code, holds ? Severity.INFO : Severity.ERROR, at, message)
        .withValues(expected, actual)
        .withMeasures(money ? Measure.pounds(base, around) : Measure.number(base, around), Measure.of(figure));
    findings.add(finding);
    discrepancies.add(new Discrepancy(relation, l, col, base, around, figure, parts, holds,
        finding));
  }

  /**
   * Says what a tolerance allows, for a message: {@code rounding explains up to £0.15k}, {@code the
   * tolerance is £0.5k}, {@code the tolerance is 0.001 of the printed figure}.
   */
  static String allowance(Tolerance tolerance, BigDecimal slack, boolean money, AmountUnit unit) {
    if (tolerance.isIntervals()) {
      return "rounding explains up to " + Figures.format(Figures.trim(slack), money, unit);
    }
    return tolerance.absoluteAmount()
        .map(a -> "the tolerance is " + Figures.format(a, money, unit))
        .orElseGet(() -> "the tolerance is " + tolerance.relativeFraction().orElseThrow().toPlainString()
            + " of the printed figure");
  }

  /** The running sums of one open group (or of the whole table), one per column. */
  private static final class Frame {
    int group;
    final long[] sum;
    final long[] cnt;
    /** Half-units beyond one a figure, of the figures printed coarser than their column. */
    final long[] extra;
    BigInteger[] spilled;

    Frame(int group, int ncols) {
      this.group = group;
      this.sum = new long[ncols];
      this.cnt = new long[ncols];
      this.extra = new long[ncols];
    }

    void reset(int newGroup) {
      group = newGroup;
      Arrays.fill(sum, 0);
      Arrays.fill(cnt, 0);
      Arrays.fill(extra, 0);
      spilled = null;
    }

    void add(int c, long v) {
      long s = sum[c];
      long r = s + v;
      if (((s ^ r) & (v ^ r)) < 0) {
        spill(c, BigInteger.valueOf(s));
        sum[c] = v;
      } else {
        sum[c] = r;
      }
    }

    private void spill(int c, BigInteger amount) {
      if (spilled == null) {
        spilled = new BigInteger[sum.length];
      }
      spilled[c] = spilled[c] == null ? amount : spilled[c].add(amount);
    }

    boolean isExact(int c) {
      return spilled == null || spilled[c] == null;
    }

    BigInteger total(int c) {
      BigInteger s = BigInteger.valueOf(sum[c]);
      return isExact(c) ? s : spilled[c].add(s);
    }

    void addLine(long[] chunk, int base, int[] columns) {
      for (int c : columns) {
        long v = chunk[base + c];
        if (v != BudgetProfile.BLANK) {
          add(c, v);
          cnt[c]++;
        }
      }
    }

    /** Adds a closed group's sums: its members count directly, as it printed no subtotal. */
    void absorb(Frame child, int[] columns) {
      for (int c : columns) {
        addSums(child, c);
      }
    }

    /** Adds a subtotal line: its published figures, or its members' sums where it is blank. */
    void addSubtotal(long[] chunk, int base, Frame group, int[] columns) {
      for (int c : columns) {
        long v = chunk[base + c];
        if (v != BudgetProfile.BLANK) {
          add(c, v);
          cnt[c]++;
        } else {
          addSums(group, c);
        }
      }
    }

    private void addSums(Frame child, int c) {
      if (child.cnt[c] == 0) {
        return;
      }
      add(c, child.sum[c]);
      if (!child.isExact(c)) {
        spill(c, child.spilled[c]);
      }
      cnt[c] += child.cnt[c];
      extra[c] += child.extra[c];
    }
  }
}
