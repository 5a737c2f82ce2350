package org.scplan.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scplan.core.AmountUnit;
import org.scplan.core.Finding;
import org.scplan.core.Interval;
import org.scplan.core.Location;
import org.scplan.core.Measure;
import org.scplan.core.PlanSection;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedFigure;
import org.scplan.core.SectionView;
import org.scplan.core.ValidationReport;
import org.scplan.core.ViewData;
import org.scplan.core.Viewable;
import org.scplan.core.internal.Text;

/**
 * A table of figures as it was published, with the arithmetic it states: any council's budget
 * summary, council-tax leaflet, statement printed down the page or staffing table, whatever its
 * columns are called.
 *
 * <p>Where a {@link BudgetProfile} holds a table whose columns a {@link BudgetSchema} names, a
 * published table holds the figures under the headings they were printed with, each
 * {@link ReportedFigure} at its own printed precision ("£8.2m" beside "£2m" is ±£0.05m beside
 * ±£0.5m), and the {@link TableRelation}s the table states: columns that are sums or differences of
 * others, rows that total the rows above them. {@link #validate()} checks every relation on every
 * row (or column) where its figures are printed, by interval arithmetic: a relation fails only when
 * the interval of its terms and the interval of the printed figure do not overlap.
 *
 * <pre>{@code
 * PublishedTable t = PublishedTable.builder("services", "Cost of services")
 *     .columns("Gross", "Income", "Net")
 *     .row("Leisure", "2,234", "(983)", "1,254")
 *     .row("Housing", "1,828", "(310)", "1,517")
 *     .relation(TableRelation.ofColumns(2, List.of(new Term(1, 0), new Term(1, 1)), List.of(0, 1), "named"))
 *     .build();
 * t.validate()   // ERROR for Leisure: 2,234 + (983) = 1,251 (± 1), printed 1,254 (± 0.5)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PublishedTable implements PlanSection, Viewable {
  /** The most terms a relation's description names one by one. */
  private static final int LISTED = 4;

  /** The kind of section, as named in findings and reports. */
  public static final String KIND = "published-table";

  /**
   * A figure as printed in one cell, and where the cell is.
   *
   * @param value the figure, at its printed precision
   * @param printed the cell's text as printed: {@code "(983)"}
   * @param location where the cell is in its document
   */
  public record Cell(ReportedFigure value, String printed, Location location) {
    /**
     * Obtains a cell.
     *
     * @param value the figure
     * @param printed the text as printed
     * @param location where it is
     */
    public Cell {
      requireNonNull(value, "value");
      requireNonNull(printed, "printed");
      requireNonNull(location, "location");
    }
  }

  /**
   * A row of figures kept compactly, whose cells are made only when asked for: a table read from a
   * sheet of a hundred thousand rows holds a million figures, which as {@link Cell}s would take many
   * times the sheet's own size. An implementation must be immutable, and give for each column the
   * same figure every time: {@link #value} and {@link #halfWidth} are its cell's
   * {@code value().value()} and {@code value().halfWidth()}, asked for without making the cell.
   */
  public interface Figures {
    /**
     * Returns how many columns the row has cells for; the rest are blank.
     *
     * @return the columns
     */
    int size();

    /**
     * Returns a cell, made when asked for.
     *
     * @param column the column, from 0, less than {@link #size()}
     * @return the cell, or null where nothing is printed
     */
    Cell cell(int column);

    /**
     * Returns a cell's figure, in pounds for an amount ({@link ReportedFigure#value()}).
     *
     * @param column the column, from 0, less than {@link #size()}
     * @return the figure, or null where nothing is printed
     */
    BigDecimal value(int column);

    /**
     * Returns half the width of a cell's rounding interval ({@link ReportedFigure#halfWidth()}).
     *
     * @param column the column, from 0, less than {@link #size()}, where a figure is printed
     * @return the half width
     */
    BigDecimal halfWidth(int column);

    /**
     * Tells whether a figure is printed in a cell, without making it.
     *
     * @param column the column, from 0, less than {@link #size()}
     * @return whether {@link #value} gives a figure
     */
    default boolean isPrinted(int column) {
      return value(column) != null;
    }

    /**
     * Returns the fewest decimal places that hold a printed cell's value and half width exactly
     * (the larger of their scales).
     *
     * @param column the column, from 0, less than {@link #size()}, where a figure is printed
     * @return the scale
     */
    default int scale(int column) {
      return Math.max(value(column).scale(), halfWidth(column).scale());
    }

    /**
     * Returns a printed cell's value as a whole number of {@code 10^-scale}, for adding up many
     * figures in {@code long} arithmetic.
     *
     * @param column the column, from 0, less than {@link #size()}, where a figure is printed
     * @param scale the decimal places, at least {@link #scale(int)}
     * @return the value times {@code 10^scale}, or {@link Long#MIN_VALUE} if it does not fit in a
     *     {@code long}
     */
    default long scaledValue(int column, int scale) {
      return exactly(value(column), scale);
    }

    /**
     * Returns a printed cell's half width as {@link #scaledValue} gives its value.
     *
     * @param column the column, from 0, less than {@link #size()}, where a figure is printed
     * @param scale the decimal places, at least {@link #scale(int)}
     * @return the half width times {@code 10^scale}, or {@link Long#MIN_VALUE} if it does not fit
     */
    default long scaledHalfWidth(int column, int scale) {
      return exactly(halfWidth(column), scale);
    }
  }

  /** A value times {@code 10^scale} when that is a whole number that fits in a {@code long}; else {@link Long#MIN_VALUE}. */
  static long exactly(BigDecimal value, int scale) {
    try {
      return value.movePointRight(scale).longValueExact();
    } catch (ArithmeticException e) {
      return Long.MIN_VALUE;
    }
  }

  private final String id;
  private final String title;
  private final AmountUnit unit;
  private final List<String> rows;
  private final List<String> columns;
  /** Each row's cells: a {@code Cell[]} one per column (null where nothing is printed), or {@link Figures}. */
  private final Object[] data;
  /** Cells printed with words for no figure ("TBC", "n/a") or a figure that cannot be read: never zero. */
  private final boolean[][] absent;
  private final List<TableRelation> relations;

  private PublishedTable(Builder b) {
    this.id = b.id;
    this.title = b.title;
    this.unit = b.unit;
    this.rows = List.copyOf(b.rows);
    this.columns = List.copyOf(b.columns);
    this.data = new Object[rows.size()];
    this.absent = new boolean[rows.size()][];
    for (int r = 0; r < rows.size(); r++) {
      Object row = b.cells.get(r);
      if (row instanceof Figures f) {
        data[r] = f;
      } else {
        @SuppressWarnings("unchecked")
        List<Cell> cells = (List<Cell>) row;
        Cell[] copy = new Cell[columns.size()];
        for (int c = 0; c < cells.size() && c < columns.size(); c++) {
          copy[c] = cells.get(c);
        }
        data[r] = copy;
      }
    }
    for (int[] a : b.absent) {
      checkArgument(a[0] < rows.size() && a[1] < columns.size(), "No cell %s, %s to mark absent", a[0], a[1]);
      if (absent[a[0]] == null) {
        absent[a[0]] = new boolean[columns.size()];
      }
      absent[a[0]][a[1]] = true;
    }
    this.relations = List.copyOf(b.relations);
    for (TableRelation rel : relations) {
      int targets = rel.axis() == TableRelation.Axis.COLUMNS ? columns.size() : rows.size();
      int places = rel.axis() == TableRelation.Axis.COLUMNS ? rows.size() : columns.size();
      checkArgument(rel.target() < targets && rel.terms().stream().allMatch(t -> t.index() < targets)
          && rel.across().stream().allMatch(i -> i >= 0 && i < places),
          "Relation %s names a row or column the table does not have (%s rows, %s columns)", rel, rows.size(),
          columns.size());
    }
  }

  /**
   * Writes the table as an HTML fragment: a {@code <table>} of its rows and columns as printed, each
   * cell an error of {@link #validate()} is about marked (class {@code fail}, the explanation on
   * hover, a numbered note below the table for print, and words for screen readers). Every text is
   * escaped.
   *
   * @return the table as HTML
   */
  public String toHtml() {
    List<Finding> errors = validate().errors();
    List<HtmlTable.Row> shown = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<HtmlTable.Shown> row = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        Optional<Cell> cell = cell(r, c);
        row.add(new HtmlTable.Shown(cell.map(Cell::printed).orElse(""), cell.map(x -> errors.stream()
            .filter(f -> f.location().equals(x.location())).toList()).orElse(List.of())));
      }
      shown.add(new HtmlTable.Row(rows.get(r), "item", row));
    }
    return HtmlTable.render(title + " (" + unit.label() + ")", columns, shown);
  }

  /**
   * Obtains a builder of a table.
   *
   * @param id the section's id
   * @param title the table's title as printed
   * @return the builder
   */
  public static Builder builder(String id, String title) {
    return new Builder(id, title);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String title() {
    return title;
  }

  /**
   * Returns the unit money figures are shown in: the unit the table was printed in.
   *
   * @return the unit
   */
  public AmountUnit unit() {
    return unit;
  }

  /**
   * Returns the names of the rows, top to bottom.
   *
   * @return the row names
   */
  public List<String> rows() {
    return rows;
  }

  /**
   * Returns the headings of the columns of figures, left to right.
   *
   * @return the headings
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * Returns the cell at a row and column.
   *
   * @param row the row, from 0
   * @param column the column, from 0
   * @return the cell, or empty where nothing (or no figure) was printed
   */
  public Optional<Cell> cell(int row, int column) {
    return Optional.ofNullable(at(row, column));
  }

  /**
   * Checks whether a cell printed words for no figure ("TBC", "n/a") or a figure that could not be
   * read: a total over it is not checked in its column, where a blank part would add nothing.
   *
   * @param row the row, from 0
   * @param column the column, from 0
   * @return true if the cell is marked absent
   */
  public boolean isAbsent(int row, int column) {
    return absent[row] != null && absent[row][column];
  }

  /**
   * Returns the arithmetic the table states.
   *
   * @return the relations
   */
  public List<TableRelation> relations() {
    return relations;
  }

  /**
   * Returns a relation as an equation in the table's own words:
   * {@code Net cost = Gross expenditure − Total income}.
   *
   * @param relation one of this table's relations
   * @return the equation
   */
  public String describe(TableRelation relation) {
    List<String> names = relation.axis() == TableRelation.Axis.COLUMNS ? columns : rows;
    List<TableRelation.Term> terms = relation.terms();
    if (terms.size() > LISTED && terms.stream().allMatch(t -> t.sign() > 0)) {
      // A long total reads better as the rows it adds than as every name.
      return label(names.get(relation.target())) + " = the " + terms.size() + " " + (relation.axis()
          == TableRelation.Axis.COLUMNS ? "columns" : "rows") + " from " + label(names.get(terms.get(0).index()))
          + " to " + label(names.get(terms.get(terms.size() - 1).index()));
    }
    StringBuilder sb = new StringBuilder(label(names.get(relation.target()))).append(" =");
    boolean first = true;
    for (TableRelation.Term t : relation.terms()) {
      sb.append(first ? (t.sign() < 0 ? " −" : "") : t.sign() < 0 ? " −" : " +");
      sb.append(' ').append(label(names.get(t.index())));
      first = false;
    }
    return sb.toString();
  }

  private static String label(String name) {
    return name.isEmpty() ? "(no heading)" : name;
  }

  /** A cell, or null where nothing is printed. */
  private Cell at(int row, int column) {
    Object d = data[row];
    if (d instanceof Cell[] cells) {
      return cells[column];
    }
    Figures f = (Figures) d;
    return column < f.size() ? f.cell(column) : null;
  }

  /** A cell's figure ({@code value().value()}), or null where nothing is printed, without making the cell. */
  private BigDecimal valueAt(int row, int column) {
    Object d = data[row];
    if (d instanceof Cell[] cells) {
      return cells[column] == null ? null : cells[column].value().value();
    }
    Figures f = (Figures) d;
    return column < f.size() ? f.value(column) : null;
  }

  /** A printed cell's half width, without making the cell. */
  private BigDecimal halfAt(int row, int column) {
    Object d = data[row];
    return d instanceof Cell[] cells ? cells[column].value().halfWidth() : ((Figures) d).halfWidth(column);
  }

  /**
   * Checks every relation everywhere its figures are printed (a column relation where all its figures
   * are; a total where it and at least one of its parts are, a blank part adding nothing). A failure
   * is an ERROR at the derived
   * cell ({@code budget.derived.mismatch} for a column, {@code budget.total.mismatch} for a row)
   * that gives the figures, their sum with its rounding interval, the printed figure, and on how
   * many rows (or columns) the relation holds. Each relation also gives one INFO line that says what
   * was checked.
   *
   * @return the findings
   */
  @Override
  public ValidationReport validate() {
    ValidationReport done = validated;
    if (done == null) {
      done = check();
      validated = done;
    }
    return done;
  }

  /** The findings, worked out once: the table is immutable, and a large one takes a while. */
  private transient volatile ValidationReport validated;

  private ValidationReport check() {
    List<Finding> findings = new ArrayList<>();
    for (TableRelation rel : relations) {
      boolean byColumns = rel.axis() == TableRelation.Axis.COLUMNS;
      int scale = scale(rel, byColumns);
      // A total of rows is added up a row at a time, for all its columns at once: a total of a
      // hundred thousand rows is then one pass over them, not one for each column.
      int[] byRows = byColumns || scale == NO_SCALE ? null : holdsExactly(rel, scale);
      List<Finding> failures = new ArrayList<>();
      int checked = 0;
      for (int i = 0; i < rel.across().size(); i++) {
        int place = rel.across().get(i);
        int targetRow = byColumns ? place : rel.target();
        int targetColumn = byColumns ? rel.target() : place;
        int holds = scale == NO_SCALE ? UNFIT : byRows != null ? byRows[i] : holdsExactly(rel, true, place, scale);
        BigDecimal[] sum = null;
        if (holds == UNFIT) {
          sum = sum(rel, byColumns, place);
          holds = sum == null ? UNCHECKED : holds(sum, targetRow, targetColumn) ? HOLDS : FAILS;
        }
        if (holds == UNCHECKED) {
          continue;
        }
        checked++;
        if (holds == FAILS) {
          failures.add(failure(rel, byColumns, place, sum == null ? sum(rel, byColumns, place) : sum));
        }
      }
      int held = checked - failures.size();
      String places = byColumns ? "rows" : "columns";
      for (Finding f : failures) {
        findings.add(Finding.error(f.code(), f.location(), f.message() + "; the relation holds on " + held + " of "
            + checked + " " + places + " (" + rel.basis() + ")").withValues(f.expected().orElseThrow(),
                f.actual().orElseThrow()).withMeasures(f.expectedMeasure().orElseThrow(),
                f.actualMeasure().orElseThrow()));
      }
      findings.add(Finding.info(BudgetRules.RELATION_CHECKED, Location.of(title),
          "Checked " + describe(rel) + " on " + checked + " " + (checked == 1 ? places.substring(0, places.length() - 1)
              : places) + ": holds on " + held + " (" + rel.basis() + ")"));
    }
    return ValidationReport.of(findings);
  }

  private static final int HOLDS = 0;
  private static final int FAILS = 1;
  private static final int UNCHECKED = 2;
  /** A figure that does not fit in a {@code long} at the relation's scale: checked with {@code BigDecimal}. */
  private static final int UNFIT = 3;
  private static final int NO_SCALE = Integer.MIN_VALUE;

  /**
   * The decimal places that hold every figure a relation adds and compares, and their half widths,
   * exactly; {@link #NO_SCALE} if that is more than a {@code long} can scale by.
   */
  private int scale(TableRelation rel, boolean byColumns) {
    int scale = 0;
    if (byColumns) {
      for (int place : rel.across()) {
        scale = Math.max(scale, scaleAt(place, rel.target()));
        for (TableRelation.Term t : rel.terms()) {
          scale = Math.max(scale, scaleAt(place, t.index()));
        }
      }
    } else {
      for (int place : rel.across()) {
        scale = Math.max(scale, scaleAt(rel.target(), place));
      }
      for (TableRelation.Term t : rel.terms()) {
        for (int place : rel.across()) {
          scale = Math.max(scale, scaleAt(t.index(), place));
        }
      }
    }
    return scale > 18 ? NO_SCALE : scale;
  }

  /**
   * Whether a total of rows holds in each of its columns ({@code rel.across()}, in order), added up
   * in {@code long} arithmetic a row at a time: what {@link #holdsExactly(TableRelation, boolean,
   * int, int)} finds column by column.
   */
  private int[] holdsExactly(TableRelation rel, int scale) {
    List<Integer> across = rel.across();
    int n = across.size();
    int[] status = new int[n];
    long[] mid = new long[n];
    long[] half = new long[n];
    int[] present = new int[n];
    int[] column = new int[n];
    for (int i = 0; i < n; i++) {
      column[i] = across.get(i);
      status[i] = scaledAt(rel.target(), column[i], scale, false) == ABSENT ? UNCHECKED : HOLDS;
    }
    for (TableRelation.Term t : rel.terms()) {
      int r = t.index();
      for (int i = 0; i < n; i++) {
        if (status[i] != HOLDS) {
          continue; // settled: not checked, or added up otherwise
        }
        long v = scaledAt(r, column[i], scale, false);
        if (v == ABSENT) {
          status[i] = isAbsent(r, column[i]) ? UNCHECKED : HOLDS; // a blank part adds nothing
          continue;
        }
        long h = scaledAt(r, column[i], scale, true);
        if (v == Long.MIN_VALUE || h == Long.MIN_VALUE) {
          status[i] = UNFIT;
          continue;
        }
        try {
          present[i]++;
          half[i] = Math.addExact(half[i], h);
          mid[i] = t.sign() > 0 ? Math.addExact(mid[i], v) : Math.subtractExact(mid[i], v);
        } catch (ArithmeticException e) {
          status[i] = UNFIT;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (status[i] != HOLDS) {
        continue;
      }
      if (present[i] == 0) {
        status[i] = UNCHECKED;
        continue;
      }
      long printed = scaledAt(rel.target(), column[i], scale, false);
      long targetHalf = scaledAt(rel.target(), column[i], scale, true);
      try {
        status[i] = printed == Long.MIN_VALUE || targetHalf == Long.MIN_VALUE ? UNFIT
            : Math.abs(Math.subtractExact(mid[i], printed)) <= Math.addExact(half[i], targetHalf) ? HOLDS : FAILS;
      } catch (ArithmeticException e) {
        status[i] = UNFIT;
      }
    }
    return status;
  }

  /** The scale of a printed cell's value and half width; 0 where nothing is printed. */
  private int scaleAt(int row, int column) {
    Object d = data[row];
    if (d instanceof Cell[] cells) {
      Cell c = cells[column];
      return c == null ? 0 : Math.max(c.value().value().scale(), c.value().halfWidth().scale());
    }
    Figures f = (Figures) d;
    return column < f.size() && f.isPrinted(column) ? f.scale(column) : 0;
  }

  /**
   * Whether a relation holds at one place, added up in {@code long} arithmetic at the given scale:
   * exactly what {@link #sum} and {@link #holds} find, or {@link #UNFIT} if a figure or a sum does
   * not fit.
   */
  private int holdsExactly(TableRelation rel, boolean byColumns, int place, int scale) {
    int targetRow = byColumns ? place : rel.target();
    int targetColumn = byColumns ? rel.target() : place;
    long printed = scaledAt(targetRow, targetColumn, scale, false);
    if (printed == ABSENT) {
      return UNCHECKED;
    }
    long mid = 0;
    long half = 0;
    int present = 0;
    try {
      for (TableRelation.Term t : rel.terms()) {
        int r = byColumns ? place : t.index();
        int c = byColumns ? t.index() : place;
        long v = scaledAt(r, c, scale, false);
        if (v == ABSENT && !byColumns && !isAbsent(r, c)) {
          continue; // a total's part left blank adds nothing
        }
        if (v == ABSENT) {
          return UNCHECKED;
        }
        long h = scaledAt(r, c, scale, true);
        if (v == Long.MIN_VALUE || h == Long.MIN_VALUE) {
          return UNFIT;
        }
        present++;
        half = Math.addExact(half, h);
        mid = t.sign() > 0 ? Math.addExact(mid, v) : Math.subtractExact(mid, v);
      }
      if (present == 0) {
        return UNCHECKED;
      }
      long targetHalf = scaledAt(targetRow, targetColumn, scale, true);
      if (printed == Long.MIN_VALUE || targetHalf == Long.MIN_VALUE) {
        return UNFIT;
      }
      return Math.abs(Math.subtractExact(mid, printed)) <= Math.addExact(half, targetHalf) ? HOLDS : FAILS;
    } catch (ArithmeticException e) {
      return UNFIT;
    }
  }

  /** What {@link #scaledAt} gives where nothing is printed. */
  private static final long ABSENT = Long.MIN_VALUE + 1;

  /**
   * A printed cell's value (or half width) times {@code 10^scale}; {@link #ABSENT} where nothing is
   * printed, {@link Long#MIN_VALUE} if it does not fit.
   */
  private long scaledAt(int row, int column, int scale, boolean halfWidth) {
    Object d = data[row];
    if (d instanceof Cell[] cells) {
      Cell c = cells[column];
      if (c == null) {
        return ABSENT;
      }
      long x = exactly(halfWidth ? c.value().halfWidth() : c.value().value(), scale);
      return x == ABSENT ? Long.MIN_VALUE : x;
    }
    Figures f = (Figures) d;
    if (column >= f.size() || !f.isPrinted(column)) {
      return ABSENT;
    }
    long x = halfWidth ? f.scaledHalfWidth(column, scale) : f.scaledValue(column, scale);
    return x == ABSENT ? Long.MIN_VALUE : x;
  }

  /**
   * The sum of a relation's terms at one place, as its centre and half width; null where it is not
   * checked (its derived figure not printed, a term not printed, or no term printed).
   */
  private BigDecimal[] sum(TableRelation rel, boolean byColumns, int place) {
    if (valueAt(byColumns ? place : rel.target(), byColumns ? rel.target() : place) == null) {
      return null;
    }
    // The sum of symmetric intervals is the sum of their centres plus or minus the sum of their
    // half widths, whatever the signs: no interval is made for each term.
    BigDecimal mid = BigDecimal.ZERO;
    BigDecimal half = BigDecimal.ZERO;
    int present = 0;
    for (TableRelation.Term t : rel.terms()) {
      int r = byColumns ? place : t.index();
      int c = byColumns ? t.index() : place;
      BigDecimal v = valueAt(r, c);
      if (v == null && !byColumns && !isAbsent(r, c)) {
        // A total's part left blank adds nothing ("Increase in council tax base" with no £'000 figure);
        // one printed "TBC" or unreadable leaves the total unchecked there.
        continue;
      }
      if (v == null) {
        return null;
      }
      present++;
      half = half.add(halfAt(r, c));
      mid = t.sign() > 0 ? mid.add(v) : mid.subtract(v);
    }
    return present == 0 ? null : new BigDecimal[] {mid, half};
  }

  /** Whether a sum's interval overlaps its printed figure's: their centres no further apart than their half widths added. */
  private boolean holds(BigDecimal[] sum, int row, int column) {
    return sum[0].subtract(valueAt(row, column)).abs().compareTo(sum[1].add(halfAt(row, column))) <= 0;
  }

  /** The ERROR for a relation that fails at one place: the figures, their sum and the printed figure. */
  private Finding failure(TableRelation rel, boolean byColumns, int place, BigDecimal[] sum) {
    BigDecimal mid = sum[0];
    BigDecimal half = sum[1];
    Interval interval = Interval.around(mid, half);
    Cell target = byColumns ? at(place, rel.target()) : at(rel.target(), place);
    String where = byColumns ? "Row " + Text.quote(label(rows.get(place))) : "Column "
        + Text.quote(label(columns.get(place)));
    String name = byColumns ? label(columns.get(rel.target())) : label(rows.get(rel.target()));
    String computed = show(mid, target.value()) + " (± " + show(half, target.value()) + ")";
    String description = describe(rel);
    String adds = rel.terms().size() > LISTED && description.contains(" = the ")
        ? description.substring(description.indexOf(" = ") + 3) + " add up to " + computed
        : description + " gives " + terms(rel, byColumns, place) + " = " + computed;
    return Finding.error(byColumns ? BudgetRules.DERIVED_MISMATCH : BudgetRules.TOTAL_MISMATCH,
        target.location(), where + ": " + name + " is printed " + target.printed() + ", but " + adds)
        .withValues(computed, target.printed())
        .withMeasures(new Measure(mid, interval.lower(), interval.upper(),
            target.value() instanceof ReportedAmount ? "GBP" : null), Measure.of(target.value()));
  }

  /** The printed terms of a relation at one place, for a failure's message: {@code 311.76 − 138.20}. */
  private String terms(TableRelation rel, boolean byColumns, int place) {
    StringBuilder terms = new StringBuilder();
    for (TableRelation.Term t : rel.terms()) {
      Cell c = byColumns ? at(place, t.index()) : at(t.index(), place);
      if (c == null) {
        continue;
      }
      terms.append(terms.length() == 0 ? (t.sign() < 0 ? "− " : "") : t.sign() < 0 ? " − " : " + ")
          .append(c.printed());
    }
    return terms.toString();
  }

  /** A value in the unit the table prints its figures in, at one more place than the figure. */
  private String show(BigDecimal value, ReportedFigure like) {
    BigDecimal v = like instanceof ReportedAmount ? unit.fromPounds(value) : value;
    int places = Math.max(0, like.decimals() - (like instanceof ReportedAmount a ? a.unit().exponent()
        - unit.exponent() : 0));
    return Text.grouped(v.setScale(Math.max(places, Math.min(v.stripTrailingZeros().scale(), places + 1)),
        RoundingMode.HALF_EVEN));
  }

  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof PublishedTable o && id.equals(o.id) && title.equals(o.title) && unit == o.unit
        && rows.equals(o.rows) && columns.equals(o.columns) && sameCells(o) && relations.equals(o.relations);
  }

  /** Whether another table of the same size has the same cells, made or kept, and the same absent ones. */
  private boolean sameCells(PublishedTable o) {
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        if (!Objects.equals(at(r, c), o.at(r, c)) || isAbsent(r, c) != o.isAbsent(r, c)) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int cells = 1;
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        cells = 31 * cells + Objects.hashCode(at(r, c)) + (isAbsent(r, c) ? 1 : 0);
      }
    }
    return Objects.hash(id, title, unit, rows, columns, cells, relations);
  }

  /**
   * Returns what a report shows of the table: its size and how many relations are checked, and as
   * data its unit, rows, columns and each relation with why it is believed.
   *
   * @return the view
   */
  @Override
  public SectionView view() {
    long byRows = relations.stream().filter(r -> r.axis() == TableRelation.Axis.ROWS).count();
    List<ViewData> listed = new ArrayList<>();
    for (TableRelation r : relations) {
      listed.add(ViewData.builder().put("relation", describe(r))
          .put("axis", r.axis() == TableRelation.Axis.ROWS ? "rows" : "columns").put("basis", r.basis()).build());
    }
    return new SectionView(List.of(rows.size() + " rows × " + columns.size() + " columns of figures; "
        + (relations.size() - byRows) + " column and " + byRows + " row relations checked"), ViewData.builder()
        .put("unit", unit.label()).put("precision", "each figure as printed").put("rows", rows.size())
        .put("columns", columns.size()).put("relations", listed)
        .build());
  }

  /**
   * Returns a summary and the relations: {@code published-table "services": Cost of services, 2 rows
   * × 3 columns}, then one line a relation.
   *
   * @return the table as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(KIND).append(" \"").append(id).append("\": ").append(title).append(", ")
        .append(rows.size()).append(rows.size() == 1 ? " row" : " rows").append(" × ").append(columns.size())
        .append(columns.size() == 1 ? " column" : " columns");
    for (TableRelation r : relations) {
      sb.append("\n  ").append(describe(r)).append(" (").append(r.basis()).append(')');
    }
    return sb.toString();
  }

  /**
   * Builds a {@link PublishedTable}: the columns, then the rows with their cells, then the
   * relations.
   */
  public static final class Builder {
    private final String id;
    private final String title;
    private AmountUnit unit = AmountUnit.POUNDS;
    private final List<String> rows = new ArrayList<>();
    private final List<String> columns = new ArrayList<>();
    /** Each row's cells: a {@code List<Cell>}, or {@link Figures}. */
    private final List<Object> cells = new ArrayList<>();
    private final List<TableRelation> relations = new ArrayList<>();
    private final List<int[]> absent = new ArrayList<>();

    private Builder(String id, String title) {
      this.id = requireNonNull(id, "id");
      this.title = requireNonNull(title, "title");
      checkArgument(!id.isBlank(), "A table's id is blank");
    }

    /**
     * Sets the unit money is shown in (pounds unless set).
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder unit(AmountUnit unit) {
      this.unit = requireNonNull(unit, "unit");
      return this;
    }

    /**
     * Adds columns by their headings.
     *
     * @param headings the headings, as printed
     * @return this builder
     */
    public Builder columns(String... headings) {
      for (String h : headings) {
        columns.add(requireNonNull(h, "heading"));
      }
      return this;
    }

    /**
     * Adds a row of cells (null where nothing is printed), one per column.
     *
     * @param name the row's name as printed
     * @param row the cells
     * @return this builder
     */
    public Builder row(String name, List<Cell> row) {
      requireNonNull(name, "name");
      checkArgument(row.size() <= columns.size(), "Row %s has %s cells but the table has %s columns", name,
          row.size(), columns.size());
      rows.add(name);
      cells.add(new ArrayList<>(row));
      return this;
    }

    /**
     * Adds a row of figures kept compactly, whose cells are made when asked for: a large table's
     * rows.
     *
     * @param name the row's name as printed
     * @param figures the row's figures, for no more columns than the table has
     * @return this builder
     */
    public Builder row(String name, Figures figures) {
      requireNonNull(name, "name");
      checkArgument(figures.size() <= columns.size(), "Row %s has %s cells but the table has %s columns", name,
          figures.size(), columns.size());
      rows.add(name);
      cells.add(figures);
      return this;
    }

    /**
     * Adds a row of figures as printed, in the table's unit, with no place in a file: {@code
     * row("Leisure", "2,234", "(983)", "")}. A blank leaves its cell empty.
     *
     * @param name the row's name
     * @param printed the figures as printed, one per column
     * @return this builder
     */
    public Builder row(String name, String... printed) {
      List<Cell> row = new ArrayList<>();
      for (int c = 0; c < printed.length; c++) {
        String p = printed[c].strip();
        row.add(p.isEmpty() ? null : new Cell(ReportedAmount.parse(p, unit), p,
            Location.of(name).field(c < columns.size() ? columns.get(c) : "column " + (c + 1))));
      }
      return row(name, row);
    }

    /**
     * Marks a cell that prints words for no figure ("TBC", "n/a") or a figure that cannot be read:
     * a total over it is not checked in its column, where a blank part would add nothing.
     *
     * @param row the row, from 0
     * @param column the column, from 0
     * @return this builder
     */
    public Builder absent(int row, int column) {
      checkArgument(row >= 0 && column >= 0, "Invalid cell (valid rows and columns from 0): %s, %s", row, column);
      absent.add(new int[] {row, column});
      return this;
    }

    /**
     * Adds a relation.
     *
     * @param relation the relation
     * @return this builder
     */
    public Builder relation(TableRelation relation) {
      relations.add(requireNonNull(relation, "relation"));
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table
     * @throws IllegalArgumentException if a relation names a row or column the table lacks
     */
    public PublishedTable build() {
      return new PublishedTable(this);
    }
  }
}
