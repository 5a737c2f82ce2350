package org.scplan.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.scplan.budget.TableRelation;
import org.scplan.budget.TableRelation.Term;
import org.scplan.core.Interval;
import org.scplan.csv.internal.Labels;

/**
 * Discovers the arithmetic a table states from its labels and its figures, the way an auditor
 * would: columns that are the sum or difference of others on each row, and rows that total the
 * rows above them. Not API.
 *
 * <p>A column relation ({@code c = a − b}, {@code c = a + b}, {@code c = a + b + …} of three or more
 * neighbouring columns, in any column order) is accepted when the headings name it (net beside gross
 * and income, in one year) and it holds on at least half the rows where all its figures are printed,
 * or when it holds within rounding on at least two thirds of those rows, and on at least
 * {@value #MIN_ROWS}; a relation that follows from those taken is not taken again.
 *
 * <p>A row relation is a row equal to a block of rows above it: their leaves (a total's parts rather
 * than the total) or their units (a total as printed rather than its parts), a row named "Less …"
 * and printed positive taken off, or a total less the rows under it. The block that holds in most
 * columns wins, then the one that fails in fewest, then one that starts naturally (under a heading
 * of words, after a total, at the top), then the nearest. It is accepted for a row named a total
 * ("Total", "Subtotal …") always; for a statement line ("… requirement", "Net cost of services") when
 * it holds in at least half its columns, or when a derived line ("Council tax requirement") misses
 * by under 5%; for any other row when it holds in every column it has figures in, or in at least
 * half of two or more, adding at least two figures that are not zero, to a tenth of the total's
 * size. Rows of percentages are in none.
 * Every relation accepted is then checked everywhere by {@link org.scplan.budget.PublishedTable},
 * so a row where it fails is an ERROR that says on how many rows it holds.
 */
final class Relations {
  /** The fewest rows a column relation must hold on to be accepted from the figures alone. */
  static final int MIN_ROWS = 3;
  /** How many rows are looked at to discover column relations; relations are checked on all. */
  private static final int SAMPLE = 2000;
  /** The widest table whose columns are searched for percentage changes (pairs grow as the square). */
  private static final int MAX_CHANGE_COLUMNS = 30;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  /** Tables up to this many rows have every row tried as a total of any block of rows above it. */
  private static final int EVERY_ROW = 150;
  /** In a longer table, how far back a total's block is looked for, besides the blocks of earlier totals. */
  private static final int WINDOW = 40;
  /** The fewest neighbouring columns that a column may be the plain sum of. */
  private static final int MIN_SUMMED = 3;

  private static final Pattern TOTAL = Pattern.compile("(.* )?(sub ?totals?|totals?)( .*)?");
  private static final Pattern STATEMENT = Pattern.compile("(.* )?(net cost of services|cost of services|"
      + "requirement|net revenue budget|net revenue expenditure|net expenditure|net cost|net spending|net|"
      + "net operating expenditure|amount to be met|net budget|gross expenditure|total expenditure|"
      + "provision of services|comprehensive income and expenditure)( .*)?");
  private static final Pattern RATE = Pattern.compile("(.* )?(percentage|percent|per cent|ratio)( .*)?");
  private static final Pattern DERIVED_LINE = Pattern.compile("(.* )?(requirement|to be met from|amount to be met)"
      + "( .*)?");
  private static final Pattern LESS = Pattern.compile("(less|deduct|minus)( .*)?");
  /** A line that a block of rows below it may make up or fund: "Budget", "Net budget 2012/13". */
  private static final Pattern BUDGET = Pattern.compile("(.* )?budget( .*)?");

  private final String[] columns;
  private final List<String> rows;
  private final List<FigureTables.Figures> cells;
  private final boolean[] money;
  /**
   * Each figure's half width ({@code ReportedFigure.halfWidth}, shared by figures printed alike), so
   * a table of a million figures holds no interval per figure.
   */
  private final BigDecimal[][] halves;
  private final BigDecimal[][] values;
  /**
   * The values and half widths again as whole numbers of one small unit ({@code 10^-scale}), when
   * every one is a whole number of it and no sum of a column can overflow; null otherwise. The
   * search adds up the same figures many times over, exactly either way, but far faster in these.
   */
  private final long[] longValues;
  private final long[] longHalves;
  /** Whether each cell prints a figure, row by row as the two above ({@code row * columns + column}). */
  private final boolean[] printedAt;
  private final int scale;
  private final int[] blockStart;
  /** The first row a total's block reaches, through the blocks of the totals inside it. */
  private final int[] span;
  /** Columns of percentages: shares and rates, which no total adds. */
  private final boolean[] percent;
  /** For a column of percentage changes, the columns it is the change between (from, to); else null. */
  private final int[][] changeOf;
  /** Rows of percentages ("%", "Percentage", "% change"), or of figures mostly printed with %: no relation adds them. */
  private final boolean[] rate;
  /** Each row's sign in a total of rows, once worked out (0 until then): the search asks for it again and again. */
  private final int[] signs;
  /** Each column's heading in words, once worked out. */
  private final String[] columnWords;
  private final List<Integer> breaks;
  /** Rows that open a part of the table under a heading of words alone ("Expenditure adjustments"). */
  private final boolean[] sectionStart;
  /** The heading over each row that opens a part of the table. */
  private final String[] sectionName;
  /** The year each column's heading names (null for none): headings name a relation only within one year. */
  private final Object[] years;
  private final List<TableRelation> found = new ArrayList<>();

  Relations(String[] columns, List<String> rows, List<FigureTables.Figures> cells, boolean[] money,
      List<Integer> breaks, Object[] years, java.util.Map<Integer, String> sections) {
    this.breaks = List.copyOf(breaks);
    this.sectionStart = new boolean[rows.size() + 1];
    this.sectionName = new String[rows.size() + 1];
    for (java.util.Map.Entry<Integer, String> e : sections.entrySet()) {
      sectionStart[Math.min(e.getKey(), rows.size())] = true;
      sectionName[Math.min(e.getKey(), rows.size())] = e.getValue();
    }
    this.years = years.clone();
    this.columns = columns;
    this.rows = rows;
    this.cells = cells;
    this.money = money;
    this.halves = new BigDecimal[rows.size()][columns.length];
    this.values = new BigDecimal[rows.size()][columns.length];
    for (int i = 0; i < rows.size(); i++) {
      for (int k = 0; k < columns.length; k++) {
        FigureTables.Figures row = cells.get(i);
        BigDecimal v = row.value(k);
        if (v != null) {
          halves[i][k] = row.half(k);
          values[i][k] = v;
        }
      }
    }
    int common = Integer.MIN_VALUE;
    for (int i = 0; i < rows.size(); i++) {
      for (int k = 0; k < columns.length; k++) {
        if (values[i][k] != null) {
          common = Math.max(common, Math.max(values[i][k].scale(), halves[i][k].scale()));
        }
      }
    }
    int m = columns.length;
    long[] lv = null;
    long[] lh = null;
    boolean[] at = null;
    // (A table too large for one array of its cells is added up in BigDecimal.)
    boolean fits = (long) rows.size() * m < Integer.MAX_VALUE / 2;
    if (common != Integer.MIN_VALUE && common <= 18 && common >= -18 && fits) {
      // Row by row in one array each: a total of a hundred thousand rows is added up in one pass over memory.
      lv = new long[rows.size() * m];
      lh = new long[rows.size() * m];
      at = new boolean[rows.size() * m];
      // No sum the search makes (a block of rows in one column, a block's gap over every column) is
      // larger than every figure and half width added up: while that fits, every sum fits.
      long total = 0;
      try {
        for (int i = 0; i < rows.size(); i++) {
          for (int k = 0; k < columns.length; k++) {
            if (values[i][k] != null) {
              int j = i * m + k;
              lv[j] = cells.get(i).scaled(k, common);
              lh[j] = cells.get(i).scaledHalf(k, common);
              at[j] = true;
              if (lv[j] == Long.MIN_VALUE || lh[j] == Long.MIN_VALUE) {
                throw new ArithmeticException("not a whole number of the unit, or too large");
              }
              total = Math.addExact(total, Math.addExact(Math.abs(lv[j]), lh[j]));
            }
          }
        }
        if (total > Long.MAX_VALUE / 8) {
          lv = null;
          lh = null;
          at = null;
        }
      } catch (ArithmeticException e) {
        lv = null;
        lh = null;
        at = null;
      }
    }
    this.longValues = lv;
    this.longHalves = lh;
    this.printedAt = at;
    this.scale = common;
    this.rate = new boolean[rows.size()];
    this.signs = new int[rows.size()];
    this.columnWords = new String[columns.length];
    for (int i = 0; i < rows.size(); i++) {
      int percents = 0;
      int figures = 0;
      FigureTables.Figures row = cells.get(i);
      for (int k = 0; k < columns.length; k++) {
        if (values[i][k] != null) {
          figures++;
          percents += row.isPercent(k) ? 1 : 0;
        }
      }
      String name = rows.get(i);
      rate[i] = mentions(name, RATE_STEMS) && RATE.matcher(Labels.words(name)).matches()
          || name.indexOf('%') >= 0 && Labels.namesPercent(name) || figures > 0 && percents * 2 > figures;
    }
    this.percent = new boolean[columns.length];
    for (int k = 0; k < columns.length; k++) {
      percent[k] = isPercent(k);
    }
    this.changeOf = new int[columns.length][];
    for (int k = 0; k < columns.length && columns.length <= MAX_CHANGE_COLUMNS; k++) {
      changeOf[k] = percent[k] ? null : percentChange(k);
    }
    for (int k = 0; k < columns.length; k++) {
      percent[k] |= changeOf[k] != null;
    }
    this.blockStart = new int[rows.size()];
    this.span = new int[rows.size()];
    java.util.Arrays.fill(blockStart, -1);
  }

  /** Discovers the relations: rows first (totals), then columns. */
  List<TableRelation> discover() {
    rowRelations();
    fundingRelations();
    columnRelations();
    return found;
  }

  /** What was discovered, for the note. */
  String summary() {
    long byColumns = found.stream().filter(r -> r.axis() == TableRelation.Axis.COLUMNS).count();
    long byRows = found.size() - byColumns;
    StringBuilder changes = new StringBuilder();
    for (int k = 0; k < columns.length; k++) {
      if (changeOf[k] != null) {
        changes.append("; column ").append(Headings.quoted(columns[k])).append(" is the change in per cent from ")
            .append(Headings.quoted(columns[changeOf[k][0]])).append(" to ")
            .append(Headings.quoted(columns[changeOf[k][1]]))
            .append(", so no total adds it");
      }
    }
    if (found.isEmpty()) {
      return "no relation between its columns or rows was found, so no arithmetic is checked" + changes;
    }
    return byColumns + (byColumns == 1 ? " column relation" : " column relations") + " and " + byRows
        + (byRows == 1 ? " row relation" : " row relations") + " discovered (each listed below as it is checked)"
        + changes;
  }

  // ---------------------------------------------------------------------------------------------
  // Columns

  private record Candidate(int target, List<Term> terms, int holds, int support, boolean named) {
    /** Whether the derived column is printed after all its parts, as tables usually print it. */
    boolean after() {
      return terms.stream().allMatch(t -> t.index() < target);
    }

    boolean accepted() {
      return named && holds > 0 && holds * 2 >= support || holds >= MIN_ROWS && holds * 3 >= support * 2;
    }
  }

  /**
   * Discovers the column relations: every candidate for every column, in whichever order the table
   * prints its columns, ranked by the rows it holds on (then named by the headings, then a derived
   * column printed after its parts, then fewer terms); a candidate is taken unless it follows from
   * those taken (gross = net + income restates net = gross − income).
   */
  private void columnRelations() {
    int m = columns.length;
    int sample = Math.min(rows.size(), SAMPLE);
    boolean[] repeat = repeats(sample);
    List<Candidate> all = new ArrayList<>();
    for (int t = 0; t < m; t++) {
      if (percent[t] || repeat[t]) {
        continue;
      }
      for (int a = 0; a < m; a++) {
        for (int b = a + 1; b < m; b++) {
          if (a == t || b == t || money[a] != money[t] || money[b] != money[t] || percent[a] || percent[b]
              || repeat[a] || repeat[b]) {
            continue;
          }
          for (int[] signs : new int[][] {{1, 1}, {1, -1}, {-1, 1}}) {
            add(all, evaluate(t, List.of(new Term(signs[0], a), new Term(signs[1], b)), sample));
          }
        }
      }
      // The plain sum of three or more neighbouring columns, on either side.
      for (int j = t - MIN_SUMMED; j >= 0; j--) {
        add(all, evaluate(t, neighbours(t, j, t - 1), sample));
      }
      for (int j = t + MIN_SUMMED; j < m; j++) {
        add(all, evaluate(t, neighbours(t, t + 1, j), sample));
      }
    }
    all.sort(java.util.Comparator.comparingInt((Candidate c) -> -c.holds()).thenComparing(c -> !c.named())
        .thenComparing(c -> !c.after()).thenComparingInt(c -> c.terms().size()).thenComparingInt(c -> -c.target()));
    List<long[]> taken = new ArrayList<>();
    List<java.util.Set<Integer>> sets = new ArrayList<>();
    for (Candidate c : all) {
      long[] v = new long[m];
      v[c.target()] = -1;
      c.terms().forEach(x -> v[x.index()] += x.sign());
      java.util.Set<Integer> set = new java.util.HashSet<>();
      set.add(c.target());
      c.terms().forEach(x -> set.add(x.index()));
      // The same columns with other signs is a rival reading of the same relation, never a second one;
      // a column is derived a second way only from other columns altogether (sum = parts, sum =
      // remainder + offset), not from a column that merely repeats one of the first's terms.
      boolean overlaps = found.stream().anyMatch(f -> f.axis() == TableRelation.Axis.COLUMNS
          && f.target() == c.target() && f.terms().stream().anyMatch(x -> c.terms().stream()
              .anyMatch(y -> y.index() == x.index())));
      if (sets.contains(set) || overlaps || !reduce(v, taken)) {
        continue;
      }
      sets.add(set);
      List<Integer> across = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        if (values[i][c.target()] != null && !rate[i]) {
          across.add(i);
        }
      }
      String why = c.named() ? "named by the headings" : sample < rows.size()
          ? "found in the figures of the first " + sample + " rows" : "found in the figures";
      found.add(TableRelation.ofColumns(c.target(), c.terms(), across, why));
    }
  }

  /**
   * Reduces a relation, as a vector of column coefficients, against the relations already taken (kept
   * in echelon form); adds what is left and returns true if it is new, or returns false if it follows
   * from them (remainder = parts + offset, once sum = parts and remainder = sum + offset are taken).
   * The coefficients are small whole numbers, so the arithmetic is exact.
   */
  private static boolean reduce(long[] v, List<long[]> basis) {
    // Each basis row carries its pivot column in its last slot; the rows are zero at each other's pivots.
    for (long[] b : basis) {
      int pivot = (int) b[v.length];
      if (v[pivot] != 0) {
        long f = v[pivot];
        long g = b[pivot];
        for (int k = 0; k < v.length; k++) {
          v[k] = v[k] * g - b[k] * f;
        }
        divideByCommonFactor(v);
      }
    }
    int p = pivot(v);
    if (p < 0) {
      return false;
    }
    for (long[] b : basis) {
      if (b[p] != 0) {
        long f = b[p];
        long g = v[p];
        for (int k = 0; k < v.length; k++) {
          b[k] = b[k] * g - v[k] * f;
        }
        long pivot = b[v.length];
        b[v.length] = 0;
        divideByCommonFactor(b);
        b[v.length] = pivot;
      }
    }
    long[] row = java.util.Arrays.copyOf(v, v.length + 1);
    row[v.length] = p;
    basis.add(row);
    return true;
  }

  private static void divideByCommonFactor(long[] v) {
    long d = 0;
    for (long x : v) {
      d = gcd(d, Math.abs(x));
    }
    if (d > 1) {
      for (int k = 0; k < v.length; k++) {
        v[k] /= d;
      }
    }
  }

  private static int pivot(long[] v) {
    for (int k = 0; k < v.length; k++) {
      if (v[k] != 0) {
        return k;
      }
    }
    return -1;
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  private static void add(List<Candidate> all, Candidate c) {
    if (c != null && c.accepted()) {
      all.add(c);
    }
  }

  /**
   * The columns that repeat an earlier column's figures on every row where both are printed (a 4th
   * quarter equal to the 3rd): any relation through one holds through the other, so only the first
   * is used to discover relations.
   */
  private boolean[] repeats(int sample) {
    boolean[] repeat = new boolean[columns.length];
    for (int b = 0; b < columns.length; b++) {
      for (int a = 0; a < b && !repeat[b]; a++) {
        int both = 0;
        boolean same = true;
        boolean nonZero = false;
        for (int i = 0; i < sample && same; i++) {
          if (values[i][a] != null && values[i][b] != null) {
            both++;
            same = overlap(values[i][a], halves[i][a], values[i][b], halves[i][b]);
            nonZero |= values[i][a].signum() != 0;
          }
        }
        repeat[b] = same && nonZero && both >= MIN_ROWS;
      }
    }
    return repeat;
  }

  /**
   * The columns from {@code from} to {@code to}, added, if they are all of the target's kind; else
   * none. A column that repeats another is a term like any other here (the year is the sum of four
   * quarters when the 4th is forecast as the 3rd): a run of neighbours is one reading, with no rival
   * through the column it repeats.
   */
  private List<Term> neighbours(int t, int from, int to) {
    List<Term> terms = new ArrayList<>();
    for (int k = from; k <= to; k++) {
      if (money[k] != money[t] || percent[k]) {
        return List.of();
      }
      terms.add(new Term(1, k));
    }
    return terms;
  }

  /** Whether a column is of percentages: its heading says %, or most of its figures outside rows of percentages do. */
  private boolean isPercent(int k) {
    if (Labels.namesPercent(columns[k])) {
      return true;
    }
    int percents = 0;
    int others = 0;
    for (int i = 0; i < rows.size() && i < SAMPLE; i++) {
      if (values[i][k] != null && !rate[i]) {
        if (cells.get(i).isPercent(k)) {
          percents++;
        } else {
          others++;
        }
      }
    }
    return percents > others;
  }

  /**
   * Whether a column is the percentage change between two others, whatever its heading ("Increase on",
   * "Change", "Variance"): on at least two thirds of the rows holding all three, and on three or
   * more of them with a change other than nil, its figure is (b - a) / |a| x 100 of one pair of
   * columns, either sign, within the rounding of all three. Such a column adds in no total.
   * Returns the pair (a, b), or null.
   */
  private int[] percentChange(int k) {
    // The change as printed: "5.0" in a table of £'000 is 5.0 per cent, not £5,000.
    Interval[] printed = new Interval[Math.min(rows.size(), SAMPLE)];
    for (int i = 0; i < printed.length; i++) {
      if (values[i][k] != null) {
        org.scplan.core.ReportedFigure f = cells.get(i).figure(k);
        BigDecimal shown = f instanceof org.scplan.core.ReportedAmount a ? a.printed() : f.value();
        printed[i] = Interval.around(shown, BigDecimal.ONE.movePointLeft(f.decimals()).divide(BigDecimal.valueOf(2)));
      }
    }
    // Changes in per cent are mostly within a thousand either way (a fall is never below -100): a
    // column of larger figures is money or counts, whatever ratio it happens to fit.
    long figures = java.util.Arrays.stream(printed).filter(java.util.Objects::nonNull).count();
    long small = java.util.Arrays.stream(printed).filter(x -> x != null && x.midpoint().abs().compareTo(THOUSAND) <= 0)
        .count();
    if (small * 3 < figures * 2) {
      return null;
    }
    for (int a = 0; a < columns.length; a++) {
      for (int b = 0; b < columns.length; b++) {
        if (a != b && a != k && b != k && !percent[a] && !percent[b] && changeHolds(printed, a, b)) {
          return new int[] {a, b};
        }
      }
    }
    return null;
  }

  private boolean changeHolds(Interval[] printed, int a, int b) {
    int rowsWithAll = 0;
    int holds = 0;
    int moving = 0;
    for (int i = 0; i < printed.length; i++) {
      Interval ik = printed[i];
      Interval ia = interval(i, a);
      Interval ib = interval(i, b);
      if (ik == null || ia == null || ib == null || rate[i] || ia.contains(BigDecimal.ZERO)) {
        continue;
      }
      rowsWithAll++;
      BigDecimal low = null;
      BigDecimal high = null;
      for (BigDecimal x : List.of(ia.lower(), ia.upper())) {
        for (BigDecimal y : List.of(ib.lower(), ib.upper())) {
          BigDecimal pct = y.subtract(x).multiply(HUNDRED).divide(x.abs(), java.math.MathContext.DECIMAL64);
          low = low == null || pct.compareTo(low) < 0 ? pct : low;
          high = high == null || pct.compareTo(high) > 0 ? pct : high;
        }
      }
      Interval change = Interval.closed(low, high);
      if (ik.overlaps(change) || ik.negated().overlaps(change)) {
        holds++;
        moving += ik.contains(BigDecimal.ZERO) ? 0 : 1;
      } else if (holds == 0 && rowsWithAll >= 3 || rowsWithAll >= 6 && (rowsWithAll - holds) * 3 > rowsWithAll) {
        return false; // a pair that misses from the start is not the one: most pairs stop here
      }
    }
    return moving >= 3 && holds * 3 >= rowsWithAll * 2;
  }

  /** The interval a figure stands for, or null if the cell holds none. */
  private Interval interval(int row, int column) {
    BigDecimal v = values[row][column];
    return v == null ? null : Interval.around(v, halves[row][column]);
  }

  /** Whether {@code [a ± ha]} and {@code [b ± hb]} overlap: {@code |a − b| ≤ ha + hb}, exactly. */
  private static boolean overlap(BigDecimal a, BigDecimal ha, BigDecimal b, BigDecimal hb) {
    return a.subtract(b).abs().compareTo(ha.add(hb)) <= 0;
  }

  /** How a candidate column relation fares on the sample; null if a term is never other than zero. */
  private Candidate evaluate(int t, List<Term> terms, int sample) {
    if (terms.isEmpty()) {
      return null;
    }
    int holds = 0;
    int support = 0;
    int[] nonZero = new int[terms.size()];
    int targetNonZero = 0;
    int[] index = new int[terms.size()];
    boolean[] plus = new boolean[terms.size()];
    for (int n = 0; n < terms.size(); n++) {
      index[n] = terms.get(n).index();
      plus[n] = terms.get(n).sign() > 0;
    }
    for (int i = 0; i < sample; i++) {
      BigDecimal target = values[i][t];
      if (target == null || rate[i]) {
        continue;
      }
      boolean complete = true;
      boolean holdsHere;
      if (longValues != null) {
        // The terms' intervals add up to their values' sum plus or minus their half widths' sum.
        long[] v = longValues;
        long[] h = longHalves;
        int base = i * columns.length;
        long mid = 0;
        long half = 0;
        for (int n = 0; n < index.length; n++) {
          int k = base + index[n];
          if (!printedAt[k]) {
            complete = false;
            break;
          }
          nonZero[n] += v[k] != 0 ? 1 : 0;
          mid = plus[n] ? mid + v[k] : mid - v[k];
          half += h[k];
        }
        holdsHere = complete && Math.abs(mid - v[base + t]) <= half + h[base + t];
      } else {
        BigDecimal mid = BigDecimal.ZERO;
        BigDecimal half = BigDecimal.ZERO;
        for (int n = 0; n < index.length; n++) {
          BigDecimal x = values[i][index[n]];
          if (x == null) {
            complete = false;
            break;
          }
          nonZero[n] += x.signum() != 0 ? 1 : 0;
          mid = plus[n] ? mid.add(x) : mid.subtract(x);
          half = half.add(halves[i][index[n]]);
        }
        holdsHere = complete && overlap(mid, half, target, halves[i][t]);
      }
      if (!complete) {
        continue;
      }
      support++;
      if (holdsHere) {
        holds++;
        targetNonZero += target.signum() != 0 ? 1 : 0;
      }
    }
    for (int z : nonZero) {
      if (z == 0) {
        return null;
      }
    }
    if (targetNonZero < Math.min(MIN_ROWS, holds)) {
      // A derived column that is zero wherever the relation holds (0 = 3rd quarter − 4th quarter) proves nothing.
      return null;
    }
    return new Candidate(t, terms, holds, support, named(t, terms));
  }

  /** Whether the headings name the relation: a net column from a gross (or spend) one and an income one. */
  private boolean named(int t, List<Term> terms) {
    if (terms.size() != 2) {
      return false;
    }
    if (!java.util.Objects.equals(years[t], years[terms.get(0).index()])
        || !java.util.Objects.equals(years[t], years[terms.get(1).index()])) {
      return false;
    }
    return headed(t, NET) && headed(terms.get(0).index(), GROSS) && headed(terms.get(1).index(), INCOME)
        && terms.get(0).sign() > 0;
  }

  private static final Pattern NET = Pattern.compile("(.* )?(net|budget)( .*)?");
  private static final Pattern GROSS = Pattern.compile("(.* )?(gross|expenditure|spend|spending|costs?)( .*)?");
  private static final Pattern INCOME = Pattern.compile("(.* )?(income|receipts)( .*)?");

  /** Whether a column's heading, in words, matches: each column's words are worked out once. */
  private boolean headed(int k, Pattern words) {
    if (columnWords[k] == null) {
      columnWords[k] = Labels.words(columns[k]);
    }
    return words.matcher(columnWords[k]).matches();
  }

  // ---------------------------------------------------------------------------------------------
  // Rows

  private static boolean isTotal(String name) {
    return mentions(name, TOTAL_STEMS) && TOTAL.matcher(Labels.words(name)).matches();
  }

  /**
   * Whether a label holds one of some words' stems, in any case: a label that holds none of the
   * words a pattern of labels names cannot match it ({@link Labels#words} only drops and spaces
   * what a label holds), so a table of a hundred thousand lines is not put through the patterns.
   */
  private static boolean mentions(String name, String[] stems) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String stem : stems) {
      if (lower.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  /** A stem of each word {@link #TOTAL} needs. */
  private static final String[] TOTAL_STEMS = {"total"};
  /** A stem of each word {@link #TOTAL} or {@link #STATEMENT} needs one of. */
  private static final String[] STATEMENT_STEMS = {"total", "net", "cost", "requirement", "expenditure", "amount",
      "provision", "comprehensive"};
  /** A stem of each word {@link #LESS} needs one of. */
  private static final String[] LESS_STEMS = {"less", "deduct", "minus"};
  /** A stem of each word {@link #RATE} needs one of. */
  private static final String[] RATE_STEMS = {"per", "ratio"};

  private static boolean isStatementLine(String name) {
    if (!mentions(name, STATEMENT_STEMS)) {
      return false;
    }
    String w = Labels.words(name);
    return TOTAL.matcher(w).matches() || STATEMENT.matcher(w).matches();
  }

  /**
   * How a row counts in a total of rows: taken off when its label says "Less" and its figures are
   * printed positive; a "Less" row printed negative ("Less: grants (2,355)") is already signed.
   */
  private int sign(int row) {
    if (signs[row] == 0) {
      signs[row] = signOf(row);
    }
    return signs[row];
  }

  private int signOf(int row) {
    if (!mentions(rows.get(row), LESS_STEMS)
        || !LESS.matcher(Labels.words(rows.get(row)).toLowerCase(Locale.ROOT)).matches()) {
      return 1;
    }
    int negative = 0;
    int positive = 0;
    for (BigDecimal v : values[row]) {
      if (v != null) {
        negative += v.signum() < 0 ? 1 : 0;
        positive += v.signum() > 0 ? 1 : 0;
      }
    }
    return negative > positive ? 1 : -1;
  }

  private void rowRelations() {
    int n = rows.size();
    boolean every = n <= EVERY_ROW;
    int[] cover = new int[n];
    int lastTotal = -1;
    for (int r = 1; r < n; r++) {
      if (rate[r]) {
        continue;
      }
      boolean named = isStatementLine(rows.get(r));
      if (!every && !named && r != n - 1) {
        continue;
      }
      java.util.Arrays.fill(cover, 0, r, Integer.MAX_VALUE);
      for (int y = 0; y < r; y++) {
        for (int x = Math.max(blockStart[y], 0); blockStart[y] >= 0 && x < y; x++) {
          cover[x] = Math.min(cover[x], blockStart[y]);
        }
      }
      int floor = 0;
      for (int b : breaks) {
        if (b <= r) {
          floor = b;
        }
      }
      java.util.SortedSet<Integer> starts = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
      // A row named a total may total a single row (a group of one line); any other adds two or more.
      for (int s = isTotal(rows.get(r)) ? r - 1 : r - 2; s >= 0 && (every || s >= r - 1 - WINDOW); s--) {
        starts.add(s);
      }
      if (!every) {
        starts.add(0);
        if (lastTotal >= 0 && lastTotal + 1 <= r - 2) {
          starts.add(lastTotal + 1);
        }
        if (lastTotal >= 0) {
          starts.add(lastTotal);
          starts.add(blockStart[lastTotal]);
        }
      }
      Block best = null;
      int lowest = named ? 0 : floor;
      starts.removeIf(s -> s < lowest);
      for (int s : starts) {
        List<Term> leaves = leaves(s, r, cover);
        if (!leaves.isEmpty()) {
          best = better(best, score(r, s, leaves, false));
        }
        List<Term> units = units(s, r);
        if (units.size() > 1 && !units.equals(leaves)) {
          best = better(best, score(r, s, units, false));
        }
        if (named && s < r - 1) {
          // A total, then the rows taken off it: "Net revenue budget", then what finances it.
          List<Term> less = new ArrayList<>();
          less.add(new Term(1, s));
          for (int x = s + 1; x < r; x++) {
            less.add(new Term(-1, x));
          }
          best = better(best, score(r, s, less, true));
        }
      }
      if (best == null) {
        continue;
      }
      boolean accept = named ? best.holds * 2 >= best.support && best.holds > 0 && best.meaningful
          || isTotal(rows.get(r)) && (best.holds > 0 || namesItsPart(r, best)) || nearMiss(r, best)
          // A row no label names is a total only on the evidence of two columns or more: in a single column
          // one line is often the sum of two others by chance (£600 = £250 + £350), though seldom the
          // sum of every line above it.
          : best.meaningful && best.support >= 2 && (best.holds == best.support || best.holds * 2 >= best.support)
              || closesTheColumn(r, best);
      if (!accept) {
        continue;
      }
      blockStart[r] = best.start;
      span[r] = best.start;
      for (int u = best.start; u < r; u++) {
        if (blockStart[u] >= 0) {
          span[r] = Math.min(span[r], span[u]);
        }
      }
      lastTotal = r;
      List<Integer> across = new ArrayList<>();
      for (int k = 0; k < columns.length; k++) {
        if (values[r][k] != null && !percent[k]) {
          across.add(k);
        }
      }
      if (across.isEmpty()) {
        continue;
      }
      String basis = named ? "named by its label" : "found in the figures";
      found.add(TableRelation.ofRows(r, best.terms, across, basis));
    }
  }

  /**
   * Whether a row no label names closes a single column: it is the table's last row, the sum of every
   * figure above it from the first (three or more not nil, each with its sign), to within the
   * rounding of all of them, and that rounding is a twentieth or less of the largest figure. An
   * opening figure, the changes to it and the closing one ("Budget approved as at 30 November 2019",
   * its movements, "Budget as at 31 January 2020"; a deficit, the adjustments and a balance of 0)
   * are seldom so by chance.
   */
  private boolean closesTheColumn(int r, Block b) {
    if (r != rows.size() - 1 || b.start() != 0 || b.less() || b.support() != 1 || b.holds() != 1) {
      return false;
    }
    for (int k = 0; k < columns.length; k++) {
      if (values[r][k] == null || percent[k]) {
        continue;
      }
      int nonZero = 0;
      BigDecimal largest = values[r][k].abs();
      BigDecimal half = halves[r][k];
      for (Term t : b.terms()) {
        BigDecimal x = values[t.index()][k];
        if (x != null) {
          nonZero += x.signum() != 0 ? 1 : 0;
          largest = largest.max(x.abs());
          half = half.add(halves[t.index()][k]);
        }
      }
      return nonZero >= 3 && exactEnough(largest, half);
    }
    return false;
  }

  /**
   * Totals printed above the rows that make them up: a budget, then the grant, business rates and
   * council tax that fund it. A row named as a total or a statement's line is held against the rows
   * below it, up to the next total or section, when those rows add up to it in every column, or in
   * half or more of two or more, as a named total is (the rest are then errors). Only the best such
   * block is kept.
   */
  private void fundingRelations() {
    int n = rows.size();
    if (n > EVERY_ROW) {
      return;
    }
    for (int r = 0; r < n - 2; r++) {
      if (rate[r] || !isStatementLine(rows.get(r)) && !BUDGET.matcher(Labels.words(rows.get(r))).matches()) {
        continue;
      }
      Block best = null;
      List<Term> terms = new ArrayList<>();
      for (int e = r + 1; e < n; e++) {
        final int at = e;
        if (rate[e] || blockStart[e] >= 0 || isTotal(rows.get(e))
            || e > r + 1 && breaks.stream().anyMatch(b -> b == at)) {
          break;
        }
        terms.add(new Term(sign(e), e));
        Block b = terms.size() < 2 ? null : score(r, r + 1, List.copyOf(terms), false);
        if (b != null && b.meaningful() && (best == null || b.holds() > best.holds()
            || b.holds() == best.holds() && b.gap().compareTo(best.gap()) < 0)) {
          best = b;
        }
      }
      if (best == null
          || !(best.holds() == best.support() || best.support() >= 2 && best.holds() * 2 >= best.support())) {
        continue;
      }
      List<Integer> across = new ArrayList<>();
      for (int k = 0; k < columns.length; k++) {
        if (values[r][k] != null && !percent[k]) {
          across.add(k);
        }
      }
      if (!across.isEmpty()) {
        found.add(TableRelation.ofRows(r, best.terms(), across, "named by its label, the rows below it"));
      }
    }
  }

  private record Block(int start, List<Term> terms, int holds, int support, boolean meaningful, boolean less,
      BigDecimal gap) {
    int fails() {
      return support - holds;
    }
  }

  /**
   * The better block: holds in more columns, then fails in fewer, then adds the row's parts rather
   * than taking off, then starts where a part of the table starts (under a heading, after a total, at
   * the top), then comes nearer the printed figures: a total wrong in every column is still held
   * against the rows it was meant to add, not against any rows that happen to come close.
   */
  private Block better(Block best, Block b) {
    if (b == null) {
      return best;
    }
    if (best == null || b.holds != best.holds) {
      return best == null || b.holds > best.holds ? b : best;
    }
    if (b.fails() != best.fails()) {
      return b.fails() < best.fails() ? b : best;
    }
    if (b.less != best.less) {
      return best.less ? b : best;
    }
    if (natural(b.start) != natural(best.start)) {
      return natural(b.start) > natural(best.start) ? b : best;
    }
    if (natural(b.start) == 2 && b.start != best.start) {
      // Under the nearest heading: the rows of its own part of the table.
      return b.start > best.start ? b : best;
    }
    return b.gap.compareTo(best.gap) < 0 ? b : best;
  }

  /**
   * How naturally a block starts at a row: 2 under a heading of words alone, 1 at the top or after a
   * total, 0 anywhere else.
   */
  private int natural(int start) {
    return sectionStart[start] ? 2 : start == 0 || blockStart[start - 1] >= 0 ? 1 : 0;
  }

  /**
   * Whether a total names the part of the table its block is: "Total Expenditure Adjustments" over
   * the rows under the heading "Expenditure Adjustments". Such a total is held against them even
   * when it misses by far.
   */
  private boolean namesItsPart(int r, Block best) {
    String heading = sectionName[best.start];
    if (heading == null) {
      return false;
    }
    String part = Labels.words(heading);
    String total = Labels.words(rows.get(r)).replaceFirst("^(sub ?totals?|totals?)( |$)", "")
        .replaceFirst("( |^)(sub ?totals?|totals?)$", "");
    return !part.isEmpty() && !total.isEmpty() && (total.contains(part) || part.contains(total));
  }

  /**
   * Whether a total, or a line the statement derives ("Council tax requirement", "Amount to be met
   * from ..."), that holds in none of its columns misses its block by little: the rows from a natural
   * start (under a heading, after a total) add up to within 5% of it. A published slip is reported
   * so; a far miss means no relation was found ("Total income" of a single line of income).
   */
  private boolean nearMiss(int r, Block best) {
    if (!DERIVED_LINE.matcher(Labels.words(rows.get(r))).matches() && !isTotal(rows.get(r)) || best.holds > 0
        || best.support == 0 || natural(best.start) == 0) {
      return false;
    }
    BigDecimal size = BigDecimal.ZERO;
    for (int k = 0; k < columns.length; k++) {
      if (values[r][k] != null) {
        size = size.add(values[r][k].abs());
      }
    }
    return size.signum() > 0 && best.gap.multiply(BigDecimal.valueOf(20)).compareTo(size) <= 0;
  }

  /**
   * The rows from {@code s} to the row before {@code r} as printed, each total among them counting
   * as one row and its parts not again: a grand total over its subtotals, held against the subtotals
   * as printed, so that a subtotal that does not add up is reported once, not again in every total
   * above it.
   */
  private List<Term> units(int s, int r) {
    List<Term> terms = new ArrayList<>();
    for (int x = r - 1; x >= s; x--) {
      if (rate[x]) {
        continue;
      }
      terms.add(new Term(sign(x), x));
      if (blockStart[x] >= s && span[x] >= s) {
        x = span[x];
      }
    }
    // Found from the last row up, listed from the first down (adding each at the front took the square of their number)
    java.util.Collections.reverse(terms);
    return terms;
  }

  /**
   * The rows from {@code s} to the row before {@code r} that a total of them adds: a total whose
   * parts all lie in the block counts by its parts; one whose parts start before the block counts
   * as one row, and its parts do not count again. {@code cover[x]} is the earliest start of a
   * total's block that holds row {@code x}.
   */
  private List<Term> leaves(int s, int r, int[] cover) {
    List<Term> terms = new ArrayList<>();
    for (int x = s; x < r; x++) {
      if (blockStart[x] >= s || cover[x] < s || rate[x]) {
        continue;
      }
      terms.add(new Term(sign(x), x));
    }
    return terms;
  }

  private Block score(int r, int s, List<Term> terms, boolean less) {
    if (longValues != null) {
      return scoreExactly(r, s, terms, less);
    }
    int holds = 0;
    int support = 0;
    boolean meaningful = false;
    boolean absent = false;
    BigDecimal gap = BigDecimal.ZERO;
    for (int k = 0; k < columns.length; k++) {
      BigDecimal target = values[r][k];
      if (target == null || percent[k]) {
        continue;
      }
      // The sum of the terms' intervals as its centre and half width: no interval is made per term.
      BigDecimal mid = BigDecimal.ZERO;
      BigDecimal half = BigDecimal.ZERO;
      int present = 0;
      int nonZero = 0;
      for (Term t : terms) {
        BigDecimal x = values[t.index()][k];
        if (x != null) {
          mid = t.sign() > 0 ? mid.add(x) : mid.subtract(x);
          half = half.add(halves[t.index()][k]);
          present++;
          nonZero += x.signum() != 0 ? 1 : 0;
        } else if (cells.get(t.index()).isAbsent(k)) {
          present = -1;
          break;
        }
      }
      absent |= present < 0;
      if (present <= 0) {
        continue;
      }
      support++;
      gap = gap.add(mid.subtract(target).abs());
      if (overlap(mid, half, target, halves[r][k])) {
        holds++;
        meaningful |= nonZero >= 2 && target.signum() != 0 && exactEnough(target, half);
      }
    }
    return support == 0 && !absent ? null : new Block(s, terms, holds, support, meaningful, less, gap);
  }

  /**
   * {@link #score} in {@code long} arithmetic, a term's row at a time for every column at once: a
   * total of a hundred thousand rows is one pass over them, not one for each column.
   */
  private Block scoreExactly(int r, int s, List<Term> terms, boolean less) {
    int m = columns.length;
    long[] mid = new long[m];
    long[] half = new long[m];
    int[] present = new int[m];
    int[] nonZero = new int[m];
    boolean[] counted = new boolean[m];
    for (int k = 0; k < m; k++) {
      counted[k] = values[r][k] != null && !percent[k];
    }
    long[] v = longValues;
    long[] h = longHalves;
    for (Term t : terms) {
      int x = t.index();
      int base = x * m;
      boolean plus = t.sign() > 0;
      for (int k = 0; k < m; k++) {
        if (!counted[k] || present[k] < 0) {
          continue;
        }
        int j = base + k;
        if (printedAt[j]) {
          mid[k] = plus ? mid[k] + v[j] : mid[k] - v[j];
          half[k] += h[j];
          present[k]++;
          nonZero[k] += v[j] != 0 ? 1 : 0;
        } else if (cells.get(x).isAbsent(k)) {
          present[k] = -1;
        }
      }
    }
    int holds = 0;
    int support = 0;
    boolean meaningful = false;
    boolean absent = false;
    long gap = 0;
    for (int k = 0; k < m; k++) {
      if (!counted[k]) {
        continue;
      }
      absent |= present[k] < 0;
      if (present[k] <= 0) {
        continue;
      }
      support++;
      long target = longValues[r * m + k];
      gap += Math.abs(mid[k] - target);
      if (Math.abs(mid[k] - target) <= half[k] + longHalves[r * m + k]) {
        holds++;
        meaningful |= nonZero[k] >= 2 && target != 0 && half[k] <= Math.abs(target) / 20; // exactEnough
      }
    }
    return support == 0 && !absent ? null
        : new Block(s, terms, holds, support, meaningful, less, BigDecimal.valueOf(gap, scale));
  }

  /**
   * Whether a sum is narrow enough to tell a relation from a coincidence: its interval is no wider
   * than a tenth of the figure (so "1 + 1 = 2" in a column of £m to no decimals proves nothing).
   */
  private static boolean exactEnough(BigDecimal target, BigDecimal halfWidth) {
    return halfWidth.multiply(TWENTY).compareTo(target.abs()) <= 0;
  }

  /** Twenty half widths are ten widths. */
  private static final BigDecimal TWENTY = BigDecimal.valueOf(20);
}
