package org.scplan.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import org.scplan.budget.internal.Figures;
import org.scplan.core.AmountUnit;
import org.scplan.core.BusinessPlan;
import org.scplan.core.FinancialYear;
import org.scplan.core.OrgUnit;
import org.scplan.core.PlanSection;
import org.scplan.core.PrintedFigures;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedNumber;
import org.scplan.core.SectionView;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;
import org.scplan.core.ViewData;
import org.scplan.core.Viewable;
import org.scplan.core.internal.TextTable;

/**
 * A budget table of a plan, as published: its {@link BudgetSchema}, financial year, organisation
 * unit, printed unit and precision, and its lines as a tree of groups, items, subtotals, a grand
 * total and memo lines.
 *
 * <pre>{@code
 * BudgetProfile table5 = BudgetProfile.builder("table-5", "Table 5: Resources",
 *         BudgetSchemas.named("kent-directorate-2018"))
 *     .year(FinancialYear.of(2018)).unit(AmountUnit.THOUSANDS).decimals(1)
 *     .line("Older People & Physical Disability",
 *         "42,474.7", "219,949.4", "262,424.1", "-99,623.8", "-11,642.5", "151,157.8")
 *     ...
 *     .total("Total", "85,087.7", "469,614.0", "554,701.7", "-121,498.7", "-16,185.0", "417,018.0")
 *     .build();
 * table5.reconcile();                 // does the arithmetic add up?
 * table5.validate(plan);              // and does it agree with the plan's headline figures?
 * }</pre>
 *
 * <h2>Figures</h2>
 * Every cell is a published figure at its column's printed precision: money columns in the
 * profile's {@link #unit()} ({@code 7,911.7} in £'000 stands for £7,911,650 to £7,911,750), number
 * columns (FTE, headcounts) as plain numbers. {@link BudgetLine#amount(String)} and
 * {@link BudgetLine#number(String)} read them as {@link ReportedAmount} and {@link ReportedNumber}.
 * A cell may be blank (not published). The profile stores each cell as a {@code long} in units of
 * its column's last printed place ({@link #scaled(int, int)}, blank being {@link #BLANK}), so a
 * table of a million lines costs about eight bytes a cell.
 *
 * <h2>Checks</h2>
 * {@link #reconcile()} checks the arithmetic: on every line, every derived column against its
 * formula; on every subtotal and total, every additive column against the sum of its members. A
 * relation fails only when the interval of the computed side and the interval of the published
 * figure do not overlap (XBRL Calculations 1.1), unless the profile's {@link #tolerance()} says
 * otherwise. {@link #validate()} adds warnings (income with the unexpected sign, a figure about a
 * thousand times its comparative, duplicate line names in a group, empty groups), and
 * {@link #validate(BusinessPlan)} holds the table against the plan's headline figures when the
 * profile {@linkplain #coversPlan() covers the whole plan}: the grand total of the column that
 * {@linkplain BudgetColumn#answers() answers} a headline measure must agree with the headline.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BudgetProfile implements PlanSection, Viewable {
  /** The stored value of a blank cell (see {@link #scaled(int, int)}). */
  public static final long BLANK = Long.MIN_VALUE;

  /**
   * The largest magnitude of a stored cell, in units of its column's last printed place: about a
   * thousand million million, so that sums of thousands of cells cannot overflow a {@code long}.
   */
  public static final long MAX_SCALED = 999_999_999_999_999L;

  /** 10^k for k from 0 to 18. */
  static final long[] LONG_POWERS = new long[19];

  static {
    LONG_POWERS[0] = 1;
    for (int k = 1; k < LONG_POWERS.length; k++) {
      LONG_POWERS[k] = LONG_POWERS[k - 1] * 10;
    }
  }

  static final int CHUNK_SHIFT = 10;
  static final int CHUNK_LINES = 1 << CHUNK_SHIFT;
  static final int CHUNK_MASK = CHUNK_LINES - 1;
  private static final LineKind[] KINDS = LineKind.values();
  private static final int MIN_DECIMALS = -12;
  private static final int MAX_DECIMALS = 12;
  private static final int SHOWN_LINES = 40;

  private final String id;
  private final String title;
  private final BudgetSchema schema;
  private final FinancialYear year;
  private final OrgUnit orgUnit;
  private final AmountUnit unit;
  private final int[] decimals;
  private final Tolerance tolerance;
  private final boolean coversPlan;
  private final List<String> notes;

  private final int lineCount;
  private final LineNames names;
  private final byte[] kinds;
  private final int[] parents;
  private final String[] responsible;
  private final long[][] chunks;
  private final CoarseCells coarse;
  private int hash;
  /** The reconciliation at the profile's own tolerance, worked out once: validate() and view() share it. */
  private volatile Reconciliation reconciled;

  private BudgetProfile(Builder b, int[] decimals, LineNames names, byte[] kinds, int[] parents,
      String[] responsible, long[][] chunks) {
    this(b.id, b.title, b.schema, b.year, b.orgUnit, b.unit, decimals, b.tolerance, b.coversPlan,
        List.copyOf(b.notes), b.count, names, kinds, parents, responsible, chunks, b.coarse.build());
  }

  private BudgetProfile(String id, String title, BudgetSchema schema, FinancialYear year, OrgUnit orgUnit,
      AmountUnit unit, int[] decimals, Tolerance tolerance, boolean coversPlan, List<String> notes, int lineCount,
      LineNames names, byte[] kinds, int[] parents, String[] responsible, long[][] chunks, CoarseCells coarse) {
    this.id = id;
    this.title = title;
    this.schema = schema;
    this.year = year;
    this.orgUnit = orgUnit;
    this.unit = unit;
    this.decimals = decimals;
    this.tolerance = tolerance;
    this.coversPlan = coversPlan;
    this.notes = notes;
    this.lineCount = lineCount;
    this.names = names;
    this.kinds = kinds;
    this.parents = parents;
    this.responsible = responsible;
    this.chunks = chunks;
    this.coarse = coarse;
  }

  /**
   * Returns a new builder.
   *
   * @param id the section's id, unique within its plan: {@code "budget-2010-11"}
   * @param title the table's title as published: {@code "2. Budget profile summary"}
   * @param schema the table's layout
   * @return a builder
   */
  public static Builder builder(String id, String title, BudgetSchema schema) {
    return new Builder(id, title, schema);
  }

  /**
   * Returns the section's id, unique within its plan.
   *
   * @return the id
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the kind of section, {@code "budget"}.
   *
   * @return {@code "budget"}
   */
  @Override
  public String kind() {
    return "budget";
  }

  /**
   * Returns the table's title as published.
   *
   * @return the title
   */
  @Override
  public String title() {
    return title;
  }

  /**
   * Returns the table's layout.
   *
   * @return the schema
   */
  public BudgetSchema schema() {
    return schema;
  }

  /**
   * Returns the financial year the table is for.
   *
   * @return the year
   */
  public FinancialYear year() {
    return year;
  }

  /**
   * Returns the organisation unit the table is for, where the plan records it.
   *
   * @return the unit
   */
  public Optional<OrgUnit> orgUnit() {
    return Optional.ofNullable(orgUnit);
  }

  /**
   * Returns the unit the table's money columns are printed in.
   *
   * @return the unit: £, £'000 or £m
   */
  public AmountUnit unit() {
    return unit;
  }

  /**
   * Returns the printed precision of a column.
   *
   * @param column the column's key or label
   * @return its printed decimal places; negative for figures rounded to tens, hundreds or thousands
   * @throws IllegalArgumentException if the schema has no such column
   */
  public int decimals(String column) {
    return decimals[schema.requireIndex(column)];
  }

  int decimalsAt(int column) {
    return decimals[column];
  }

  /**
   * The decimals a cell was printed to: its column's, or fewer for a figure printed coarser than
   * its column ({@code £2m} among {@code £8.2m} figures; see {@link Builder#printed}).
   */
  int decimalsAt(int line, int column) {
    return coarse.decimals(line, column, decimals.length, decimals[column]);
  }

  /** Whether any cell is printed coarser than its column. */
  boolean hasCoarseCells() {
    return !coarse.isEmpty();
  }

  /**
   * Tells whether any figure was printed to fewer decimals than its column ({@code £2m} among
   * {@code £8.2m} figures; see {@link Builder#printed}); {@link BudgetLine#figure(String)} gives
   * each figure at its own precision.
   *
   * @return true if some figure keeps a coarser precision of its own
   */
  public boolean hasCoarserFigures() {
    return !coarse.isEmpty();
  }

  /**
   * Returns how reconciliation decides whether a relation holds.
   *
   * @return the tolerance; {@link Tolerance#intervals()} unless stated
   */
  public Tolerance tolerance() {
    return tolerance;
  }

  /**
   * Returns whether the table covers the whole plan, so that its grand totals are held against the
   * plan's headline figures. A directorate plan with one table per division sets this to false on
   * each division's table.
   *
   * @return true if the table covers the whole plan (the default)
   */
  public boolean coversPlan() {
    return coversPlan;
  }

  /**
   * Returns the notes printed with the table: {@code Total FTEs may include rounding errors.}
   *
   * @return the notes
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * Returns how many lines the table has, group headings included.
   *
   * @return the line count
   */
  public int lineCount() {
    return lineCount;
  }

  /**
   * Returns the lines in printed order: each group heading followed by its members and subtotal.
   *
   * @return the lines, as a view
   */
  public List<BudgetLine> lines() {
    return new Lines();
  }

  /**
   * Returns a line by position.
   *
   * @param index the zero-based position in printed order
   * @return the line
   * @throws IndexOutOfBoundsException if there is no such line
   */
  public BudgetLine line(int index) {
    Objects.checkIndex(index, lineCount);
    return new BudgetLine(this, index);
  }

  /**
   * Finds a line by its path of names: {@code line("Older People", "Nursing Care")},
   * {@code line("TOTALS")}.
   *
   * @param path the names of the enclosing groups and of the line, outermost first
   * @return the first line with that path, or empty if there is none
   */
  public Optional<BudgetLine> line(String... path) {
    requireNonNull(path, "path");
    if (path.length == 0) {
      return Optional.empty();
    }
    byte[] last = LineNames.encode(path[path.length - 1]);
    for (int i = 0; i < lineCount; i++) {
      if (names.is(i, last) && pathMatches(i, path)) {
        return Optional.of(new BudgetLine(this, i));
      }
    }
    return Optional.empty();
  }

  private boolean pathMatches(int index, String[] path) {
    int i = index;
    for (int k = path.length - 1; k >= 0; k--) {
      if (i < 0 || !names.get(i).equals(path[k])) {
        return false;
      }
      i = parents[i];
    }
    return i < 0;
  }

  /**
   * Returns the grand total line.
   *
   * @return the {@link LineKind#TOTAL} line, or empty if the table has none
   */
  public Optional<BudgetLine> total() {
    for (int i = 0; i < lineCount; i++) {
      if (kinds[i] == LineKind.TOTAL.ordinal()) {
        return Optional.of(new BudgetLine(this, i));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a cell as stored: the figure in units of its column's last printed place
   * ({@code 7,911.7} at one decimal is {@code 79117}), or {@link #BLANK}. This is the fast path for
   * file formats and benchmarks; {@link BudgetLine#amount(String)} reads a cell as a figure.
   *
   * @param line the line's position
   * @param column the column's position in the schema
   * @return the scaled figure, or {@link #BLANK}
   * @throws IndexOutOfBoundsException if there is no such line or column
   */
  public long scaled(int line, int column) {
    Objects.checkIndex(line, lineCount);
    Objects.checkIndex(column, decimals.length);
    return cell(line, column);
  }

  long cell(int line, int column) {
    return chunks[line >>> CHUNK_SHIFT][(line & CHUNK_MASK) * decimals.length + column];
  }

  String name(int line) {
    return names.get(line);
  }

  LineNames names() {
    return names;
  }

  LineKind kind(int line) {
    return KINDS[kinds[line]];
  }

  int parent(int line) {
    return parents[line];
  }

  Optional<String> responsible(int line) {
    return responsible == null ? Optional.empty() : Optional.ofNullable(responsible[line]);
  }

  byte[] kindArray() {
    return kinds;
  }

  int[] parentArray() {
    return parents;
  }

  long[][] chunkArray() {
    return chunks;
  }

  /**
   * Checks the table's arithmetic with its own {@link #tolerance()}: every derived column against
   * its formula on every line, and every additive column of every subtotal and total against the
   * sum of its members.
   *
   * @return the outcome, with a finding for each relation that does not hold exactly
   */
  public Reconciliation reconcile() {
    Reconciliation r = reconciled;
    if (r == null) {
      r = reconcile(tolerance);
      reconciled = r;
    }
    return r;
  }

  /**
   * Checks the table's arithmetic with another tolerance.
   *
   * @param tolerance how to decide whether a relation holds
   * @return the outcome
   */
  public Reconciliation reconcile(Tolerance tolerance) {
    requireNonNull(tolerance, "tolerance");
    return new Reconciler(this, tolerance).run();
  }

  /**
   * Checks the table on its own: its arithmetic ({@link #reconcile()}), then warnings about income
   * with the unexpected sign, figures about a thousand times their comparative, duplicate line
   * names within a group and empty groups.
   *
   * @return the findings
   */
  public ValidationReport validate() {
    return validate(reconcile());
  }

  private ValidationReport validate(Reconciliation reconciliation) {
    return reconciliation.report().plus(ProfileChecks.plausibility(this));
  }

  /**
   * Checks the table on its own ({@link #validate()}) and against the plan that holds it: its year
   * must be one of the plan's, and, if it covers the whole plan, the grand total of each column
   * that answers a headline measure must agree with the plan's headline figure within the rounding
   * both were printed at.
   *
   * @param plan the plan holding this table
   * @return the findings
   */
  @Override
  public ValidationReport validate(BusinessPlan plan) {
    requireNonNull(plan, "plan");
    Reconciliation reconciliation = reconcile();
    return validate(reconciliation).plus(ProfileChecks.againstPlan(this, plan, reconciliation));
  }

  /**
   * Returns the same table restated in another unit, standing for exactly the same intervals:
   * "7,911.7" in £'000 becomes "7.9117" in £m (four decimals) or "7,911,700" in £ (to the nearest
   * £100). Number columns are unchanged.
   *
   * @param other the unit to restate the money columns in
   * @return the restated table, or this one if the unit is the same
   * @throws IllegalArgumentException if a column's precision would leave −12 to 12 decimals
   */
  public BudgetProfile in(AmountUnit other) {
    requireNonNull(other, "other");
    if (other == unit) {
      return this;
    }
    int shift = unit.exponent() - other.exponent();
    int[] restated = decimals.clone();
    for (int c = 0; c < restated.length; c++) {
      if (schema.columns().get(c).isMoney()) {
        restated[c] = checkDecimals(schema.columns().get(c).key(), decimals[c] - shift);
      }
    }
    boolean[] money = new boolean[restated.length];
    for (int c = 0; c < money.length; c++) {
      money[c] = schema.columns().get(c).isMoney();
    }
    return new BudgetProfile(id, title, schema, year, orgUnit, other, restated, tolerance, coversPlan, notes,
        lineCount, names, kinds, parents, responsible, chunks, coarse.shifted(money, shift));
  }

  /**
   * Returns a copy of this table reconciled with another tolerance.
   *
   * @param tolerance the tolerance
   * @return the table with that tolerance
   */
  public BudgetProfile withTolerance(Tolerance tolerance) {
    requireNonNull(tolerance, "tolerance");
    return new BudgetProfile(id, title, schema, year, orgUnit, unit, decimals, tolerance, coversPlan, notes,
        lineCount, names, kinds, parents, responsible, chunks, coarse);
  }

  /**
   * Returns a copy of this table that does or does not cover the whole plan.
   *
   * @param coversPlan false for a table of one division in a directorate plan
   * @return the table
   */
  public BudgetProfile withCoversPlan(boolean coversPlan) {
    return new BudgetProfile(id, title, schema, year, orgUnit, unit, decimals, tolerance, coversPlan, notes,
        lineCount, names, kinds, parents, responsible, chunks, coarse);
  }

  private static int checkDecimals(String column, int decimals) {
    checkArgument(decimals >= MIN_DECIMALS && decimals <= MAX_DECIMALS,
        "Invalid precision for column %s (valid decimals %s to %s): %s", column, MIN_DECIMALS, MAX_DECIMALS,
        decimals);
    return decimals;
  }

  /**
   * Checks whether another object is the same table: the same id, title, schema, year, unit,
   * precision, tolerance, notes, lines and figures.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    if (obj == this) {
      return true;
    }
    if (!(obj instanceof BudgetProfile o)) {
      return false;
    }
    if (!(o.id.equals(id) && o.title.equals(title) && o.schema.equals(schema) && o.year.equals(year)
        && Objects.equals(o.orgUnit, orgUnit) && o.unit == unit && Arrays.equals(o.decimals, decimals)
        && o.tolerance.equals(tolerance) && o.coversPlan == coversPlan && o.notes.equals(notes)
        && o.lineCount == lineCount && Arrays.equals(o.kinds, kinds) && Arrays.equals(o.parents, parents)
        && o.names.equals(names) && Arrays.equals(o.responsible, responsible) && o.coarse.equals(coarse))) {
      return false;
    }
    int n = decimals.length;
    for (int k = 0; k < chunks.length; k++) {
      int used = Math.min(CHUNK_LINES, lineCount - k * CHUNK_LINES) * n;
      if (!Arrays.equals(chunks[k], 0, used, o.chunks[k], 0, used)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Objects.hash(id, title, schema, year, unit, lineCount) * 31 + Arrays.hashCode(decimals);
      h = h * 31 + names.hashCode() + coarse.hashCode();
      int n = decimals.length;
      for (int i = 0; i < lineCount; i++) {
        for (int c = 0; c < n; c++) {
          h = h * 31 + Long.hashCode(cell(i, c));
        }
      }
      hash = h;
    }
    return h;
  }

  /**
   * Returns the table as text: a heading, then one row per line (at most forty), with the figures
   * as printed under the column keys.
   *
   * @return the table as text
   */
  @Override
  public String toString() {
    List<BudgetColumn> cols = schema.columns();
    int shown = Math.min(lineCount, SHOWN_LINES);
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
      for (int p = parents[i]; p >= 0; p = parents[p]) {
        depth++;
      }
      String[] row = new String[cols.size() + 1];
      row[0] = "  ".repeat(depth) + names.get(i);
      for (int c = 0; c < cols.size(); c++) {
        long v = cell(i, c);
        row[c + 1] = v == BLANK ? "" : cellText(i, c, v);
      }
      table.row(row);
    }
    StringBuilder sb = new StringBuilder("BudgetProfile ").append(id).append(" \"").append(title).append("\": ")
        .append(year).append(orgUnit == null ? "" : ", " + orgUnit.name()).append(", money in ")
        .append(unit.label()).append(", schema ").append(schema.name()).append(", ")
        .append(PrintedFigures.grouped(BigDecimal.valueOf(lineCount)))
        .append(lineCount == 1 ? " line" : " lines");
    for (String line : table.lines()) {
      sb.append("\n  ").append(line);
    }
    if (lineCount > shown) {
      sb.append("\n  … ").append(PrintedFigures.grouped(BigDecimal.valueOf(lineCount - shown))).append(" more lines");
    }
    return sb.toString();
  }

  /** A cell as printed: at its column's decimals, or at its own where it was printed coarser. */
  String cellText(int line, int column, long v) {
    int own = decimalsAt(line, column);
    return own == decimals[column] ? Figures.cell(v, own)
        : PrintedFigures.grouped(Figures.unscale(v, decimals[column]).setScale(Math.max(own, 0)));
  }

  /**
   * Returns what a report shows of the table: its reconciliation in a line, and as data the
   * relations and cells checked and how many do not hold, hold within rounding or miss a cell.
   *
   * @return the view
   */
  @Override
  public SectionView view() {
    Reconciliation r = reconcile();
    ValidationReport report = r.report();
    ViewData.Builder precision = ViewData.builder();
    List<ViewData> formulas = new ArrayList<>();
    for (int c = 0; c < decimals.length; c++) {
      BudgetColumn col = schema.columns().get(c);
      precision.put(col.key(), decimals[c]);
      col.formula().ifPresent(f -> formulas.add(ViewData.builder().put("relation", col.label() + " = " + f)
          .put("basis", "the schema's formula, on every line").build()));
    }
    formulas.add(ViewData.builder().put("relation", "each total and subtotal = the sum of its lines")
        .put("basis", "the table's structure").build());
    return new SectionView(List.of("reconciliation: " + r.summary()), ViewData.builder()
        .put("schema", schema.name()).put("year", year.toString()).put("unit", unit.label())
        .put("decimals", precision.build())
        .put("incomeSign", schema.signConvention() == SignConvention.INCOME_NEGATIVE ? "negative, added"
            : "positive, subtracted")
        .put("relationsChecked", formulas)
        .put("lines", lineCount).put("relations", r.relations()).put("cells", r.cells())
        .put("consistent", r.isConsistent()).put("mismatches", report.count(Severity.ERROR))
        .put("withinRounding", report.count(Severity.INFO)).put("missingCells", report.count(Severity.WARNING))
        .build());
  }



  private final class Lines extends AbstractList<BudgetLine> implements RandomAccess {
    @Override
    public BudgetLine get(int index) {
      return line(index);
    }

    @Override
    public int size() {
      return lineCount;
    }
  }

  /**
   * Builds a {@link BudgetProfile}, line by line in printed order.
   *
   * <pre>{@code
   * BudgetProfile.builder("budget-2010-11", "2. Budget profile summary", BudgetSchemas.KENT_CONTROLLABLE_2010)
   *     .year(FinancialYear.of(2010)).unit(AmountUnit.THOUSANDS).decimals(1)
   *     .decimals("fte", 2).decimals("fte-previous", 2)
   *     .group("Older People")
   *       .line("Residential Care", "", "", "", "-4.8", "0.0", "-303.5", "0.0", "-308.3", "-341.0", "0.0", "-649.3")
   *       ...
   *       .subtotal("Total Older People", ...)
   *     .line("Specific Grants", ...)
   *     .total("TOTALS", "323.36", "28,781.0", "362.34", ...)
   *     .build();
   * }</pre>
   *
   * <p>Set the unit and precision before adding lines: cells are stored at their column's precision
   * as they are added. Cells are given in schema order, one per column, as printed: {@code 7,911.7},
   * {@code -8,214.8}, {@code (8,214.8)}; an empty string is a blank cell. A money cell may also
   * carry its own unit ({@code £1.2m}), which is restated in the table's unit. A figure with more
   * decimals than its column's precision is refused: the precision is what the table declares.
   * {@link #group(String)} opens a group, which {@link #subtotal} or {@link #end()} closes; the
   * grand {@link #total} comes at the top level, once, and only memo lines may follow it.
   *
   * <p>A builder may go on after {@link #build()}; what it builds next includes the earlier lines.
   */
  public static final class Builder {
    private final String id;
    private final String title;
    private final BudgetSchema schema;
    private final int ncols;
    private FinancialYear year;
    private OrgUnit orgUnit;
    private AmountUnit unit = AmountUnit.POUNDS;
    private int defaultDecimals;
    private final Integer[] columnDecimals;
    private int[] frozen;
    private Tolerance tolerance = Tolerance.intervals();
    private boolean coversPlan = true;
    private final List<String> notes = new ArrayList<>();

    private int count;
    private final LineNames.Builder names = new LineNames.Builder();
    private final CoarseCells.Builder coarse = new CoarseCells.Builder();
    private byte[] kinds = new byte[16];
    private int[] parents = new int[16];
    private String[] responsible;
    private final List<long[]> chunks = new ArrayList<>();
    private int[] open = new int[8];
    private int depth;
    private boolean hasTotal;

    Builder(String id, String title, BudgetSchema schema) {
      this.id = requireNonNull(id, "id");
      this.title = requireNonNull(title, "title");
      this.schema = requireNonNull(schema, "schema");
      checkArgument(!id.isBlank(), "A budget profile's id is blank");
      checkArgument(!title.isBlank(), "Budget profile %s has a blank title", id);
      this.ncols = schema.size();
      this.columnDecimals = new Integer[ncols];
    }

    /**
     * Sets the financial year the table is for (required).
     *
     * @param year the year
     * @return this builder
     */
    public Builder year(FinancialYear year) {
      this.year = requireNonNull(year, "year");
      return this;
    }

    /**
     * Sets the organisation unit the table is for.
     *
     * @param orgUnit the unit
     * @return this builder
     */
    public Builder orgUnit(OrgUnit orgUnit) {
      this.orgUnit = requireNonNull(orgUnit, "orgUnit");
      return this;
    }

    /**
     * Sets the unit the money columns are printed in; pounds unless set. Set it before adding lines.
     *
     * @param unit the unit
     * @return this builder
     * @throws IllegalStateException if lines have been added
     */
    public Builder unit(AmountUnit unit) {
      requireNonNull(unit, "unit");
      checkBeforeLines("unit");
      this.unit = unit;
      return this;
    }

    /**
     * Sets the printed precision of every column that has none of its own; 0 unless set. Set it
     * before adding lines.
     *
     * @param decimals the printed decimal places, −12 to 12; negative for figures rounded to tens,
     *     hundreds or thousands
     * @return this builder
     * @throws IllegalStateException if lines have been added
     */
    public Builder decimals(int decimals) {
      checkBeforeLines("precision");
      this.defaultDecimals = checkDecimals("(all)", decimals);
      return this;
    }

    /**
     * Sets the printed precision of one column: {@code decimals("fte", 2)} for FTE printed as
     * {@code 362.34}. Set it before adding lines.
     *
     * @param column the column's key or label
     * @param decimals the printed decimal places, −12 to 12
     * @return this builder
     * @throws IllegalStateException if lines have been added
     */
    public Builder decimals(String column, int decimals) {
      int c = schema.requireIndex(column);
      checkBeforeLines("precision");
      columnDecimals[c] = checkDecimals(column, decimals);
      return this;
    }

    /**
     * Sets how reconciliation decides whether a relation holds; {@link Tolerance#intervals()}
     * unless set.
     *
     * @param tolerance the tolerance
     * @return this builder
     */
    public Builder tolerance(Tolerance tolerance) {
      this.tolerance = requireNonNull(tolerance, "tolerance");
      return this;
    }

    /**
     * Sets whether the table covers the whole plan (true unless set).
     *
     * @param coversPlan false for one division's table in a directorate plan
     * @return this builder
     */
    public Builder coversPlan(boolean coversPlan) {
      this.coversPlan = coversPlan;
      return this;
    }

    /**
     * Adds a note printed with the table.
     *
     * @param note the note, such as {@code Total FTEs may include rounding errors.}
     * @return this builder
     */
    public Builder note(String note) {
      notes.add(requireNonNull(note, "note"));
      return this;
    }

    /**
     * Opens a group: a heading whose member lines follow, up to its {@link #subtotal} or
     * {@link #end()}.
     *
     * @param name the heading, such as {@code Older People}
     * @return this builder
     */
    public Builder group(String name) {
      checkNotAfterTotal(name);
      int index = append(LineKind.GROUP, name);
      if (depth == open.length) {
        open = Arrays.copyOf(open, depth * 2);
      }
      open[depth++] = index;
      return this;
    }

    /**
     * Closes the innermost open group without a subtotal line.
     *
     * @return this builder
     * @throws IllegalStateException if no group is open
     */
    public Builder end() {
      checkState(depth > 0, "end(): no group is open in budget profile %s", id);
      depth--;
      return this;
    }

    /**
     * Adds an item line, a summand of its group's subtotal (or of the grand total).
     *
     * @param name the line's name, such as {@code Residential Care}
     * @param cells the figures as printed, one per column; an empty string for a blank cell
     * @return this builder
     */
    public Builder line(String name, String... cells) {
      checkNotAfterTotal(name);
      return addParsed(LineKind.ITEM, name, cells);
    }

    /**
     * Adds the subtotal line of the innermost open group, and closes the group.
     *
     * @param name the line's name, such as {@code Total Older People}
     * @param cells the figures as printed, one per column; an empty string for a blank cell
     * @return this builder
     * @throws IllegalStateException if no group is open
     */
    public Builder subtotal(String name, String... cells) {
      checkState(depth > 0, "Subtotal %s: no group is open in budget profile %s", name, id);
      addParsed(LineKind.SUBTOTAL, name, cells);
      depth--;
      return this;
    }

    /**
     * Adds the grand total line, at the top level.
     *
     * @param name the line's name, such as {@code TOTALS}
     * @param cells the figures as printed, one per column; an empty string for a blank cell
     * @return this builder
     * @throws IllegalStateException if a group is open or the table already has a grand total
     */
    public Builder total(String name, String... cells) {
      checkState(depth == 0, "Grand total %s: group %s is still open", name, depth > 0 ? names.get(open[depth - 1]) : "");
      checkState(!hasTotal, "Budget profile %s already has a grand total", id);
      addParsed(LineKind.TOTAL, name, cells);
      hasTotal = true;
      return this;
    }

    /**
     * Adds a memo line: figures beside the table that are not a summand of any total, such as
     * "Of the above total, the estimated FTE which are externally funded".
     *
     * @param name the line's name
     * @param cells the figures as printed, one per column; an empty string for a blank cell
     * @return this builder
     */
    public Builder memo(String name, String... cells) {
      return addParsed(LineKind.MEMO, name, cells);
    }

    /**
     * Records who is responsible for the line just added: the responsible manager or cabinet
     * member printed beside it.
     *
     * @param person the person's name as printed
     * @return this builder
     * @throws IllegalStateException if no line has been added
     */
    public Builder responsible(String person) {
      requireNonNull(person, "person");
      checkState(count > 0, "responsible(%s): no line has been added yet", person);
      if (responsible == null) {
        responsible = new String[kinds.length];
      }
      responsible[count - 1] = person;
      return this;
    }

    /**
     * Says that the figure just added in a column was printed to fewer decimals than the column's:
     * a {@code £2m} in a column of {@code £8.2m} figures stands for £1.5m to £2.5m, and is checked
     * within that interval, not within the column's ±£0.05m.
     *
     * <pre>{@code
     * b.line("Transport", "2.0", "-0.4", "1.6").printed("gross", 0)   // printed "£2m"
     * }</pre>
     *
     * @param column the column's key or label
     * @param decimals the decimals the figure was printed to, no more than the column's
     * @return this builder
     * @throws IllegalStateException if no line has been added
     * @throws IllegalArgumentException if there is no such column, the cell is blank, the decimals are
     *     finer than the column's, or the figure has digits finer than the decimals given
     */
    public Builder printed(String column, int decimals) {
      checkState(count > 0, "printed(%s, %s): no line has been added yet", column, decimals);
      int c = schema.requireIndex(column);
      freeze();
      long v = chunks.get((count - 1) >>> CHUNK_SHIFT)[((count - 1) & CHUNK_MASK) * ncols + c];
      checkArgument(v != BLANK, "Line %s, column %s is blank; only a printed figure has a precision",
          names.get(count - 1), column);
      checkArgument(decimals <= frozen[c], "Line %s, column %s: %s decimal places are finer than the column's %s",
          names.get(count - 1), column, decimals, frozen[c]);
      if (decimals < frozen[c]) {
        checkArgument(frozen[c] - decimals < 19 && v % LONG_POWERS[frozen[c] - decimals] == 0,
            "Line %s, column %s: the figure has digits finer than %s decimal places", names.get(count - 1), column,
            decimals);
        coarse.put((long) (count - 1) * ncols + c, decimals);
      }
      return this;
    }

    /**
     * Adds a line of figures given as numbers in the table's printed units (£'000 for a £'000
     * table), a null element being a blank cell. This is the entry point for file formats.
     *
     * @param kind the line's kind: {@link LineKind#ITEM}, {@link LineKind#SUBTOTAL},
     *     {@link LineKind#TOTAL} or {@link LineKind#MEMO} (use {@link #group(String)} for a group)
     * @param name the line's name
     * @param cells the figures, one per column
     * @return this builder
     */
    public Builder add(LineKind kind, String name, List<BigDecimal> cells) {
      requireNonNull(cells, "cells");
      long[] scaled = new long[cells.size()];
      checkCellCount(name, scaled.length);
      freeze();
      for (int c = 0; c < scaled.length; c++) {
        BigDecimal v = cells.get(c);
        scaled[c] = v == null ? BLANK : scale(v, c, name);
      }
      return addScaled(kind, name, scaled);
    }

    /**
     * Adds a line of figures already scaled to their columns' precision: {@code 79117} for
     * {@code 7,911.7} in a one-decimal column, {@link #BLANK} for a blank cell. This is the fast
     * path for file formats and benchmarks.
     *
     * @param kind the line's kind: {@link LineKind#ITEM}, {@link LineKind#SUBTOTAL},
     *     {@link LineKind#TOTAL} or {@link LineKind#MEMO}
     * @param name the line's name
     * @param cells the scaled figures, one per column
     * @return this builder
     * @throws IllegalArgumentException if a figure is beyond ±{@link #MAX_SCALED}
     */
    public Builder addScaled(LineKind kind, String name, long[] cells) {
      requireNonNull(kind, "kind");
      requireNonNull(cells, "cells");
      checkCellCount(name, cells.length);
      for (int c = 0; c < cells.length; c++) {
        long v = cells[c];
        if (v != BLANK && (v < -MAX_SCALED || v > MAX_SCALED)) { // hot path: no message built unless needed
          throw new IllegalArgumentException(String.format(
              "Line %s, column %s: figure %s is out of range (at most %s in units of the last printed place)",
              name, schema.columns().get(c).label(), v, MAX_SCALED));
        }
      }
      switch (kind) {
        case ITEM -> checkNotAfterTotal(name);
        case SUBTOTAL -> checkState(depth > 0, "Subtotal %s: no group is open in budget profile %s", name, id);
        case TOTAL -> {
          checkState(depth == 0, "Grand total %s: a group is still open", name);
          checkState(!hasTotal, "Budget profile %s already has a grand total", id);
        }
        case MEMO -> { }
        case GROUP -> throw new IllegalArgumentException("Add group " + name + " with group(name), not as a line");
        default -> throw new AssertionError(kind);
      }
      int index = append(kind, name);
      long[] chunk = chunks.get(index >>> CHUNK_SHIFT);
      System.arraycopy(cells, 0, chunk, (index & CHUNK_MASK) * ncols, ncols);
      if (kind == LineKind.SUBTOTAL) {
        depth--;
      } else if (kind == LineKind.TOTAL) {
        hasTotal = true;
      }
      return this;
    }

    private Builder addParsed(LineKind kind, String name, String[] cells) {
      requireNonNull(cells, "cells");
      checkCellCount(name, cells.length);
      freeze();
      long[] scaled = new long[ncols];
      for (int c = 0; c < ncols; c++) {
        scaled[c] = parse(cells[c], c, name);
      }
      int index = append(kind, name);
      System.arraycopy(scaled, 0, chunks.get(index >>> CHUNK_SHIFT), (index & CHUNK_MASK) * ncols, ncols);
      return this;
    }

    private long parse(String text, int c, String name) {
      requireNonNull(text, "cell");
      if (text.isBlank()) {
        return BLANK;
      }
      BigDecimal v = schema.columns().get(c).isMoney()
          ? ReportedAmount.parse(text, unit).in(unit).printed()
          : ReportedNumber.parse(text).value();
      return scale(v, c, name);
    }

    private long scale(BigDecimal value, int c, String name) {
      PrintedFigures.Scaled scaled = PrintedFigures.scale(value, frozen[c], MAX_SCALED);
      return switch (scaled.scaling()) {
        case EXACT -> scaled.units();
        case FINER_THAN_PRECISION -> throw new IllegalArgumentException("Line " + name + ", column "
            + schema.columns().get(c).label() + ": " + value.toPlainString() + " has digits finer than the column's"
            + " printed precision of " + frozen[c] + " decimal places");
        case TOO_LARGE -> throw new IllegalArgumentException("Line " + name + ", column "
            + schema.columns().get(c).label() + ": " + value.toPlainString() + " is too large for a budget table");
      };
    }


    private void checkCellCount(String name, int given) {
      if (given != ncols) { // not checkArgument: its message arguments would be built for every line
        throw new IllegalArgumentException(String.format("Line %s has %s figures but schema %s has %s columns (%s)",
            name, given, schema.name(), ncols, schema.keys()));
      }
    }

    private void checkNotAfterTotal(String name) {
      checkState(!hasTotal, "Line %s comes after the grand total; only memo lines may follow it", name);
    }

    private void checkBeforeLines(String what) {
      checkState(count == 0, "Set the %s of budget profile %s before adding lines", what, id);
    }

    private void freeze() {
      if (frozen == null) {
        frozen = new int[ncols];
        for (int c = 0; c < ncols; c++) {
          frozen[c] = columnDecimals[c] != null ? columnDecimals[c] : defaultDecimals;
        }
      }
    }

    private int append(LineKind kind, String name) {
      requireNonNull(name, "name");
      checkArgument(!name.isBlank(), "A line of budget profile %s has a blank name", id);
      freeze();
      if (count == kinds.length) {
        int size = count + (count >> 1);
        kinds = Arrays.copyOf(kinds, size);
        parents = Arrays.copyOf(parents, size);
        if (responsible != null) {
          responsible = Arrays.copyOf(responsible, size);
        }
      }
      if ((count >>> CHUNK_SHIFT) == chunks.size()) {
        long[] chunk = new long[CHUNK_LINES * ncols];
        Arrays.fill(chunk, BLANK);
        chunks.add(chunk);
      }
      names.add(name);
      kinds[count] = (byte) kind.ordinal();
      parents[count] = depth > 0 ? open[depth - 1] : -1;
      return count++;
    }

    /**
     * Builds the profile.
     *
     * @return the profile
     * @throws IllegalStateException if the year is not set or a group is still open
     */
    public BudgetProfile build() {
      checkState(year != null, "Budget profile %s has no year; call year(FinancialYear)", id);
      checkState(depth == 0, "Budget profile %s: group %s is still open; close it with subtotal(...) or end()",
          id, depth > 0 ? names.get(open[depth - 1]) : "");
      freeze();
      int full = count >>> CHUNK_SHIFT;
      int rest = count & CHUNK_MASK;
      long[][] built = new long[full + (rest > 0 ? 1 : 0)][];
      for (int k = 0; k < full; k++) {
        built[k] = chunks.get(k);
      }
      if (rest > 0) {
        // The last chunk is still being filled: the profile gets its own copy of the used part.
        built[full] = Arrays.copyOf(chunks.get(full), rest * ncols);
      }
      return new BudgetProfile(this, frozen.clone(), names.build(), Arrays.copyOf(kinds, count),
          Arrays.copyOf(parents, count), responsible == null ? null : Arrays.copyOf(responsible, count), built);
    }
  }
}
