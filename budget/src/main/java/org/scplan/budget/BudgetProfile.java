package org.scplan.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

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
import org.scplan.core.Finding;
import org.scplan.core.OrgUnit;
import org.scplan.core.PlanSection;
import org.scplan.core.PrintedFigures;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedFigure;
import org.scplan.core.ReportedNumber;
import org.scplan.core.SectionView;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;
import org.scplan.core.ViewData;
import org.scplan.core.Viewable;

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

  BudgetProfile(BudgetProfileBuilder b, int[] decimals, LineNames names, byte[] kinds, int[] parents,
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
   * Returns a plan's budget profiles (budget tables), in the order the plan holds them: {@code BudgetProfile.allIn(plan)}, the
   * same as {@code plan.sections(BudgetProfile.class)}.
   *
   * @param plan the plan
   * @return its budget profiles (budget tables); empty if it has none
   */
  public static List<BudgetProfile> allIn(BusinessPlan plan) {
    return plan.sections(BudgetProfile.class);
  }

  /**
   * Writes the table as an HTML fragment: a {@code <table>} of its lines and columns as printed,
   * each cell an error of {@link #validate()} is about marked (class {@code fail}, the explanation
   * on hover, a numbered note below the table for print, and words for screen readers). Every text
   * is escaped; the fragment holds no script and no style of its own.
   *
   * @return the table as HTML
   */
  public String toHtml() {
    List<Finding> errors = validate().errors();
    List<HtmlTable.Row> rows = new ArrayList<>();
    for (BudgetLine line : lines()) {
      List<HtmlTable.Shown> cells = new ArrayList<>();
      for (BudgetColumn c : schema.columns()) {
        Optional<ReportedFigure> figure = line.kind() == LineKind.GROUP ? Optional.empty() : line.figure(c.key());
        cells.add(new HtmlTable.Shown(figure.map(HtmlTable::printed).orElse(""), errors.stream()
            .filter(f -> f.location().path().equals(line.location().path())
                && f.location().field().map(c.label()::equals).orElse(false)).toList()));
      }
      rows.add(new HtmlTable.Row(line.name(), line.kind().name().toLowerCase(java.util.Locale.ROOT), cells));
    }
    return HtmlTable.render(title + " (" + year() + ", " + unit().label() + ")",
        schema.columns().stream().map(BudgetColumn::label).toList(), rows);
  }

  /**
   * Returns a new builder.
   *
   * @param id the section's id, unique within its plan: {@code "budget-2010-11"}
   * @param title the table's title as published: {@code "2. Budget profile summary"}
   * @param schema the table's layout
   * @return a builder
   */
  public static BudgetProfileBuilder builder(String id, String title, BudgetSchema schema) {
    return new BudgetProfileBuilder(id, title, schema);
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
   * its column ({@code £2m} among {@code £8.2m} figures; see {@link BudgetProfileBuilder#printed}).
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
   * {@code £8.2m} figures; see {@link BudgetProfileBuilder#printed}); {@link BudgetLine#figure(String)} gives
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

  static int checkDecimals(String column, int decimals) {
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
    return ProfileText.render(this);
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
}
