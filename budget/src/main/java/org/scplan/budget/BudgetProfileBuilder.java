package org.scplan.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.scplan.core.AmountUnit;
import org.scplan.core.FinancialYear;
import org.scplan.core.OrgUnit;
import org.scplan.core.PrintedFigures;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedNumber;

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
 * carry its own unit ({@code £1.2m}), which is restated in the table's unit.
 *
 * <p>Precision: where the table declares it ({@link #decimals(int)}, {@link #decimals(String, int)}),
 * a figure with more decimals than its column's is refused. Where it declares none, the figures
 * say it: each column takes the decimals of its finest figure, and a figure printed to fewer
 * ({@code 10,000} in a column that also holds {@code 1.5}) keeps its own, so it is checked within
 * its own interval (±0.5), as if {@link #printed(String, int)} had been given.
 * {@link #group(String)} opens a group, which {@link #subtotal} or {@link #end()} closes; the
 * grand {@link #total} comes at the top level, once, and only memo lines may follow it.
 *
 * <p>A builder may go on after {@link #build()}; what it builds next includes the earlier lines.
 */
public final class BudgetProfileBuilder {
  final String id;
  final String title;
  final BudgetSchema schema;
  private final int ncols;
  FinancialYear year;
  OrgUnit orgUnit;
  AmountUnit unit = AmountUnit.POUNDS;
  private int defaultDecimals;
  private boolean defaultDeclared;
  private final Integer[] columnDecimals;
  private int[] frozen;
  Tolerance tolerance = Tolerance.intervals();
  boolean coversPlan = true;
  final List<String> notes = new ArrayList<>();

  int count;
  private final LineNames.Builder names = new LineNames.Builder();
  final CoarseCells.Builder coarse = new CoarseCells.Builder();
  private byte[] kinds = new byte[16];
  private int[] parents = new int[16];
  private String[] responsible;
  private final List<long[]> chunks = new ArrayList<>();
  private int[] open = new int[8];
  private int depth;
  private boolean hasTotal;

  BudgetProfileBuilder(String id, String title, BudgetSchema schema) {
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
  public BudgetProfileBuilder year(FinancialYear year) {
    this.year = requireNonNull(year, "year");
    return this;
  }

  /**
   * Sets the organisation unit the table is for.
   *
   * @param orgUnit the unit
   * @return this builder
   */
  public BudgetProfileBuilder orgUnit(OrgUnit orgUnit) {
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
  public BudgetProfileBuilder unit(AmountUnit unit) {
    requireNonNull(unit, "unit");
    checkBeforeLines("unit");
    this.unit = unit;
    return this;
  }

  /**
   * Sets the printed precision of every column that has none of its own. Set it before adding
   * lines. Unless it is set, a column without a precision of its own takes it from its figures
   * (see the class description).
   *
   * @param decimals the printed decimal places, −12 to 12; negative for figures rounded to tens,
   *     hundreds or thousands
   * @return this builder
   * @throws IllegalStateException if lines have been added
   */
  public BudgetProfileBuilder decimals(int decimals) {
    checkBeforeLines("precision");
    this.defaultDecimals = BudgetProfile.checkDecimals("(all)", decimals);
    this.defaultDeclared = true;
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
  public BudgetProfileBuilder decimals(String column, int decimals) {
    int c = schema.requireIndex(column);
    checkBeforeLines("precision");
    columnDecimals[c] = BudgetProfile.checkDecimals(column, decimals);
    return this;
  }

  /**
   * Sets how reconciliation decides whether a relation holds; {@link Tolerance#intervals()}
   * unless set.
   *
   * @param tolerance the tolerance
   * @return this builder
   */
  public BudgetProfileBuilder tolerance(Tolerance tolerance) {
    this.tolerance = requireNonNull(tolerance, "tolerance");
    return this;
  }

  /**
   * Sets whether the table covers the whole plan (true unless set).
   *
   * @param coversPlan false for one division's table in a directorate plan
   * @return this builder
   */
  public BudgetProfileBuilder coversPlan(boolean coversPlan) {
    this.coversPlan = coversPlan;
    return this;
  }

  /**
   * Adds a note printed with the table.
   *
   * @param note the note, such as {@code Total FTEs may include rounding errors.}
   * @return this builder
   */
  public BudgetProfileBuilder note(String note) {
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
  public BudgetProfileBuilder group(String name) {
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
  public BudgetProfileBuilder end() {
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
  public BudgetProfileBuilder line(String name, String... cells) {
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
  public BudgetProfileBuilder subtotal(String name, String... cells) {
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
  public BudgetProfileBuilder total(String name, String... cells) {
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
  public BudgetProfileBuilder memo(String name, String... cells) {
    return addParsed(LineKind.MEMO, name, cells);
  }

  /**
   * Adds an item line with its figures named by column: {@code line("Older people",
   * Map.of("gross", "10,000.0", "income", "-2,000.0", "net", "8,000.0"))}. A column not named is
   * blank.
   *
   * @param name the line's name
   * @param cells the figures as printed, by column key or label
   * @return this builder
   * @throws IllegalArgumentException if a key names no column of the schema
   */
  public BudgetProfileBuilder line(String name, Map<String, String> cells) {
    return line(name, inSchemaOrder(name, cells));
  }

  /**
   * Adds the subtotal line of the innermost open group, its figures named by column, and closes the
   * group.
   *
   * @param name the line's name
   * @param cells the figures as printed, by column key or label; a column not named is blank
   * @return this builder
   * @throws IllegalArgumentException if a key names no column of the schema
   * @throws IllegalStateException if no group is open
   */
  public BudgetProfileBuilder subtotal(String name, Map<String, String> cells) {
    return subtotal(name, inSchemaOrder(name, cells));
  }

  /**
   * Adds the grand total line, its figures named by column.
   *
   * @param name the line's name
   * @param cells the figures as printed, by column key or label; a column not named is blank
   * @return this builder
   * @throws IllegalArgumentException if a key names no column of the schema
   * @throws IllegalStateException if a group is open or the table already has a grand total
   */
  public BudgetProfileBuilder total(String name, Map<String, String> cells) {
    return total(name, inSchemaOrder(name, cells));
  }

  /**
   * Adds a memo line, its figures named by column.
   *
   * @param name the line's name
   * @param cells the figures as printed, by column key or label; a column not named is blank
   * @return this builder
   * @throws IllegalArgumentException if a key names no column of the schema
   */
  public BudgetProfileBuilder memo(String name, Map<String, String> cells) {
    return memo(name, inSchemaOrder(name, cells));
  }

  private String[] inSchemaOrder(String name, Map<String, String> cells) {
    requireNonNull(cells, "cells");
    String[] ordered = new String[ncols];
    Arrays.fill(ordered, "");
    for (Map.Entry<String, String> cell : cells.entrySet()) {
      int c = schema.indexOf(cell.getKey());
      if (c < 0) {
        throw new IllegalArgumentException("Line " + name + ": schema " + schema.name() + " has no column "
            + cell.getKey() + "; its columns are " + String.join(", ", schema.keys()));
      }
      checkArgument(ordered[c].isEmpty(), "Line %s: column %s is given twice", name, schema.columns().get(c).key());
      ordered[c] = requireNonNull(cell.getValue(), () -> "Line " + name + ", column " + cell.getKey());
    }
    return ordered;
  }

  /**
   * Records who is responsible for the line just added: the responsible manager or cabinet
   * member printed beside it.
   *
   * @param person the person's name as printed
   * @return this builder
   * @throws IllegalStateException if no line has been added
   */
  public BudgetProfileBuilder responsible(String person) {
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
  public BudgetProfileBuilder printed(String column, int decimals) {
    checkState(count > 0, "printed(%s, %s): no line has been added yet", column, decimals);
    int c = schema.requireIndex(column);
    freeze();
    long v = chunks.get((count - 1) >>> BudgetProfile.CHUNK_SHIFT)[((count - 1) & BudgetProfile.CHUNK_MASK) * ncols + c];
    checkArgument(v != BudgetProfile.BLANK, "Line %s, column %s is blank; only a printed figure has a precision",
        names.get(count - 1), column);
    checkArgument(decimals <= frozen[c], "Line %s, column %s: %s decimal places are finer than the column's %s",
        names.get(count - 1), column, decimals, frozen[c]);
    if (decimals < frozen[c]) {
      checkArgument(frozen[c] - decimals < 19 && v % BudgetProfile.LONG_POWERS[frozen[c] - decimals] == 0,
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
  public BudgetProfileBuilder add(LineKind kind, String name, List<BigDecimal> cells) {
    requireNonNull(cells, "cells");
    long[] scaled = new long[cells.size()];
    checkCellCount(name, scaled.length);
    freeze();
    for (int c = 0; c < scaled.length; c++) {
      BigDecimal v = cells.get(c);
      scaled[c] = v == null ? BudgetProfile.BLANK : scale(v, c, name);
    }
    return addScaled(kind, name, scaled);
  }

  /**
   * Adds a line of figures already scaled to their columns' precision: {@code 79117} for
   * {@code 7,911.7} in a one-decimal column, {@link BudgetProfile#BLANK} for a blank cell. This is the fast
   * path for file formats and benchmarks.
   *
   * @param kind the line's kind: {@link LineKind#ITEM}, {@link LineKind#SUBTOTAL},
   *     {@link LineKind#TOTAL} or {@link LineKind#MEMO}
   * @param name the line's name
   * @param cells the scaled figures, one per column
   * @return this builder
   * @throws IllegalArgumentException if a figure is beyond ±{@link BudgetProfile#MAX_SCALED}
   */
  public BudgetProfileBuilder addScaled(LineKind kind, String name, long[] cells) {
    requireNonNull(kind, "kind");
    requireNonNull(cells, "cells");
    checkCellCount(name, cells.length);
    for (int c = 0; c < cells.length; c++) {
      long v = cells[c];
      if (v != BudgetProfile.BLANK && (v < -BudgetProfile.MAX_SCALED || v > BudgetProfile.MAX_SCALED)) { // hot path: no message built unless needed
        throw new IllegalArgumentException(String.format(
            "Line %s, column %s: figure %s is out of range (at most %s in units of the last printed place)",
            name, schema.columns().get(c).label(), v, BudgetProfile.MAX_SCALED));
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
    long[] chunk = chunks.get(index >>> BudgetProfile.CHUNK_SHIFT);
    System.arraycopy(cells, 0, chunk, (index & BudgetProfile.CHUNK_MASK) * ncols, ncols);
    if (kind == LineKind.SUBTOTAL) {
      depth--;
    } else if (kind == LineKind.TOTAL) {
      hasTotal = true;
    }
    return this;
  }

  private BudgetProfileBuilder addParsed(LineKind kind, String name, String[] cells) {
    requireNonNull(cells, "cells");
    checkCellCount(name, cells.length);
    freeze();
    BigDecimal[] values = new BigDecimal[ncols];
    for (int c = 0; c < ncols; c++) {
      values[c] = parse(cells[c], c);
      if (values[c] != null && isInferred(c) && values[c].scale() > frozen[c]) {
        widen(c, values[c].scale(), name);
      }
    }
    long[] scaled = new long[ncols];
    for (int c = 0; c < ncols; c++) {
      scaled[c] = values[c] == null ? BudgetProfile.BLANK : scale(values[c], c, name);
    }
    int index = append(kind, name);
    System.arraycopy(scaled, 0, chunks.get(index >>> BudgetProfile.CHUNK_SHIFT), (index & BudgetProfile.CHUNK_MASK) * ncols, ncols);
    for (int c = 0; c < ncols; c++) {
      if (values[c] != null && isInferred(c) && Math.max(0, values[c].scale()) < frozen[c]) {
        coarse.put((long) index * ncols + c, Math.max(0, values[c].scale()));
      }
    }
    return this;
  }

  /** The figure as printed, in the table's unit; null for a blank cell. */
  private BigDecimal parse(String text, int c) {
    requireNonNull(text, "cell");
    if (text.isBlank()) {
      return null;
    }
    return schema.columns().get(c).isMoney()
        ? ReportedAmount.parse(text, unit).in(unit).printed()
        : ReportedNumber.parse(text).value();
  }

  /** True if no precision was declared for the column: its figures say it. */
  private boolean isInferred(int c) {
    return columnDecimals[c] == null && !defaultDeclared;
  }

  /**
   * Raises an inferred column's precision to a finer figure's. The figures added before keep the
   * precision they were printed to: each is restated at the new precision and remembered as coarse.
   */
  private void widen(int c, int decimals, String name) {
    int old = frozen[c];
    checkArgument(decimals <= 12, "Line %s, column %s: more than 12 decimal places", name,
        schema.columns().get(c).label());
    long factor = BudgetProfile.LONG_POWERS[decimals - old];
    for (int i = 0; i < count; i++) {
      long[] chunk = chunks.get(i >>> BudgetProfile.CHUNK_SHIFT);
      int at = (i & BudgetProfile.CHUNK_MASK) * ncols + c;
      long v = chunk[at];
      if (v == BudgetProfile.BLANK) {
        continue;
      }
      if (Math.abs(v) > BudgetProfile.MAX_SCALED / factor) {
        throw new IllegalArgumentException("Line " + names.get(i) + ", column " + schema.columns().get(c).label()
            + ": too large for a budget table at " + decimals + " decimal places (a figure on line " + name
            + " has them)");
      }
      chunk[at] = v * factor;
      long key = (long) i * ncols + c;
      if (!coarse.contains(key)) {
        coarse.put(key, old);
      }
    }
    frozen[c] = decimals;
  }

  private long scale(BigDecimal value, int c, String name) {
    PrintedFigures.Scaled scaled = PrintedFigures.scale(value, frozen[c], BudgetProfile.MAX_SCALED);
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
    if ((count >>> BudgetProfile.CHUNK_SHIFT) == chunks.size()) {
      long[] chunk = new long[BudgetProfile.CHUNK_LINES * ncols];
      Arrays.fill(chunk, BudgetProfile.BLANK);
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
    int full = count >>> BudgetProfile.CHUNK_SHIFT;
    int rest = count & BudgetProfile.CHUNK_MASK;
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
