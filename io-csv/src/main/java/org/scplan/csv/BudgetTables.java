package org.scplan.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.scplan.budget.BudgetColumn;
import org.scplan.budget.BudgetLine;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.BudgetRules;
import org.scplan.budget.BudgetSchema;
import org.scplan.budget.Formula;
import org.scplan.budget.LineKind;
import org.scplan.budget.PublishedTable;
import org.scplan.budget.SignConvention;
import org.scplan.core.AmountUnit;
import org.scplan.core.FinancialYear;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.core.PlanSection;
import org.scplan.core.Severity;
import org.scplan.core.ValueParseException;
import org.scplan.csv.internal.Labels;

/**
 * Reads a budget table into budget profiles: matches the headings to a schema (chosen or
 * detected, the table read as printed or transposed), sorts the columns by year, reads every cell,
 * decides unit, precision and income sign, works out the groups and totals, and builds one
 * {@link BudgetProfile} per year. Not API.
 */
final class BudgetTables {
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private final TableOptions options;
  private final Problems problems;
  private final String defaultTitle;
  /** Whether only the first rows of a large table are read, for {@link LargeBudget} to go on from. */
  private final boolean head;
  private boolean unitAssumed;
  private Plan plan;

  BudgetTables(TableOptions options, Problems problems, String defaultTitle) {
    this(options, problems, defaultTitle, false);
  }

  BudgetTables(TableOptions options, Problems problems, String defaultTitle, boolean head) {
    this.options = options;
    this.problems = problems;
    this.defaultTitle = defaultTitle;
    this.head = head;
  }

  /**
   * What reading the first rows of a large table decided, for {@link LargeBudget} to read the rest
   * the same way: the layout, the profile's columns, unit and precision, what the figures read so far
   * showed (their decimals and income signs, and the notes made of them), and the builder holding
   * the lines so far. Set only when the head was read as one profile of plain lines.
   */
  static final class Plan {
    BudgetLayout layout;
    List<Col> cols;
    AmountUnit unit;
    int[] decimals;
    FigureStats[] stats;
    Finding[] mixed;
    boolean[] inferred;
    boolean unitUsed;
    String title;
    BudgetSchema schema;
    BudgetProfile.Builder builder;
    int lines;
    /** The income sign as decided, the counts it was decided from, the columns and the note made. */
    SignConvention sign;
    /** The schema's own convention, which a tie leaves standing. */
    SignConvention baseSign;
    int negative;
    int positive;
    List<String> incomeLabels = List.of();
    String baseSchemaName;
    Finding signNote;
  }

  /** What one column's figures show: the most and fewest decimals, whether all are whole thousands, any not zero. */
  record FigureStats(int most, int fewest, boolean wholeThousands, boolean anyNonZero) {}

  /** The plan of the head just read, or null if it was not one profile of plain lines. */
  Plan plan() {
    return plan;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /** A column of a profile: the table column it is read from (−1 for none) and the schema column. */
  record Col(int table, BudgetColumn column, AmountUnit unit) {}

  /** A row of figures: its table row, its name and the person beside it. */
  record Line(RawTable.Row row, String name, String person) {}

  /** Problems that mean no schema fits the table, rather than that a figure in it is wrong. */
  private static final Set<String> STRUCTURAL = Set.of(CsvRules.HEADER_UNMATCHED, CsvRules.HEADER_NO_NAMES,
      CsvRules.HEADER_DUPLICATE, CsvRules.YEAR_MISSING, CsvRules.TABLE_EMPTY);

  /**
   * Reads the table into budget profiles when a schema fits it (or is named); otherwise reads it as
   * printed into a {@link PublishedTable} whose arithmetic is
   * discovered from its labels and figures.
   */
  List<PlanSection> read(RawTable raw) {
    boolean free = options.schema().isEmpty() && options.columns().isEmpty() && options.transposed().isEmpty()
        && options.totalRow().isEmpty() && options.lineName().isEmpty()
        && options.yearColumns() == YearColumns.SEPARATE_PROFILES && options.incomeSign() == IncomeSign.AUTO;
    Problems.Mark mark = problems.mark();
    if (free && hasInnerHeadingRow(raw)) {
      return discover(raw, "as it holds a second row of headings below its figures");
    }
    BudgetLayout l = BudgetLayout.choose(raw, options);
    if (free && l != null && l.acceptable() && l.schema.carriesExtraColumns() && !l.extra.isEmpty()
        && l.matched() < l.schema.schema().size()) {
      // A generic schema that leaves one of its own columns unmatched and carries others as memo
      // columns would check nothing between them: discover what the table states instead.
      return discover(raw, "as no schema fits all its headings (the generic " + l.schema.name() + " matches "
          + l.matched() + " of its " + l.schema.schema().size() + " columns)");
    }
    List<BudgetProfile> profiles;
    try {
      profiles = readProfiles(raw, l);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // The headings fit a schema, but not one a profile can be built of (two columns of one label).
      problems.problem(CsvRules.HEADER_DUPLICATE, problems.file(), "The table cannot be read as a budget profile: "
          + e.getMessage());
      profiles = List.of();
    }
    if (free && problems.hasProblemsSince(mark) && problems.problemsSince(mark).stream()
        .allMatch(f -> STRUCTURAL.contains(f.code())
            || f.code().equals(CsvRules.ROW_RAGGED) && (l == null || l.matched() == 0 || isShortRow(f)))) {
      String why = problems.problemsSince(mark).stream().map(f -> f.code().equals(CsvRules.YEAR_MISSING)
          ? "as it names no year" : "as no schema fits its headings").distinct().collect(Collectors.joining(" and "));
      problems.reset(mark);
      return discover(raw, why);
    }
    if (free && l != null && l.schema.carriesExtraColumns() && !problems.hasProblemsSince(mark)
        && raw.rows().size() <= COMPARED && !head) {
      // A generic schema is a partial match: when its reading leaves figures unexplained or unchecked (a
      // statement whose totals it groups wrongly, lines below the services that have no gross or income)
      // and the table's own arithmetic explains every figure, keep that.
      int byProfiles = errors(profiles) + missing(profiles);
      Problems.Mark read = problems.mark();
      List<PlanSection> discovered = discover(raw, "as the generic " + l.schema.name() + " reading leaves "
          + byProfiles + (byProfiles == 1 ? " figure" : " figures") + " unexplained or unchecked");
      int byDiscovery = problems.hasProblemsSince(read) || discovered.isEmpty() ? Integer.MAX_VALUE
          : errors(discovered);
      if (byDiscovery == 0 && byProfiles > 0) {
        problems.dropBefore(mark, read);
        return discovered;
      }
      problems.reset(read);
    }
    return List.copyOf(profiles);
  }

  /** The most rows of a table that is read both ways when a generic schema fits it. */
  private static final int COMPARED = 5000;

  /**
   * Lines whose cells a profile's formulas need but the table leaves blank, when there are two or more:
   * lines the schema does not fit (a statement's lines below the services). One such line is more
   * likely a figure not yet known.
   */
  private static int missing(List<? extends PlanSection> sections) {
    long lines = sections.stream().flatMap(s -> s.validate().withCode(BudgetRules.CELL_MISSING).stream())
        .map(f -> f.location().path()).distinct().count();
    return lines >= 2 ? (int) lines : 0;
  }

  private static int errors(List<? extends PlanSection> sections) {
    return sections.stream().mapToInt(s -> s.validate().errors().size()).sum();
  }

  /**
   * Whether a row below the first row of figures holds headings again: two or more cells, none of them
   * a figure, one of them a year or a unit ("2023 to 2024 budget £m"): a second table on the page.
   */
  private static boolean hasInnerHeadingRow(RawTable raw) {
    boolean figures = false;
    for (RawTable.Row r : raw.rows()) {
      if (!figures) {
        figures = Headings.isFigures(r);
        continue;
      }
      if (r.nonBlank() >= 2 && r.cells().stream().skip(1).map(RawTable.Cell::clean)
          .anyMatch(t -> !t.isEmpty() && !TableCell.isPlainFigure(t)
              && (!Labels.years(t).isEmpty() || Labels.unit(t).isPresent()))
          && !Headings.isFigures(r)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a ragged row ends early (its last cells left blank), rather than holding cells beyond the headings. */
  private static boolean isShortRow(Finding ragged) {
    return ragged.message().contains("the row ends before");
  }

  private List<PlanSection> discover(RawTable raw, String why) {
    return new FigureTables(options, problems, defaultTitle).read(raw, why).<List<PlanSection>>map(List::of)
        .orElse(List.of());
  }

  private List<BudgetProfile> readProfiles(RawTable raw, BudgetLayout l) {
    if (l == null) {
      problems.problem(CsvRules.TABLE_EMPTY, problems.file(), "The table is empty: it has no row of headings");
      return List.of();
    }
    if (!checkLayout(l)) {
      return List.of();
    }
    List<Line> lines = lines(l);
    if (lines.isEmpty()) {
      problems.problem(CsvRules.TABLE_EMPTY, problems.file(),
          "The table has headings but no rows of figures under them");
      return List.of();
    }
    String title = options.title().orElse(l.titles.isEmpty() ? defaultTitle : l.titles.get(0));
    String id = options.id().orElse(Labels.slug(title));
    boolean yearsDown = lines.stream().allMatch(x -> Labels.year(x.name()).isPresent());
    if (yearsDown) {
      return yearsDown(l, lines, id, title);
    }
    Optional<FinancialYear> year = profileYear(l);
    if (year.isEmpty()) {
      problems.problem(CsvRules.YEAR_MISSING, problems.file(),
          "The table's headings and title name no financial year; give the year of the budget (--year 2018-19)");
      return List.of();
    }
    Map<FinancialYear, List<Col>> columns = columnsByYear(l, year.get());
    if (problems.hasProblems()) {
      return List.of();
    }
    List<Structure.Line> structureLines = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      structureLines.add(new Structure.Line(i, lines.get(i).name(), hasFigures(l, lines.get(i).row())));
    }
    List<Structure.Event> events = Structure.of(structureLines, options.totalRow().orElse(null));
    List<BudgetProfile> profiles = new ArrayList<>();
    boolean several = columns.size() > 1;
    for (Map.Entry<FinancialYear, List<Col>> e : columns.entrySet()) {
      String suffix = several ? " " + e.getKey() : "";
      BudgetProfile p = build(l, e.getKey(), e.getValue(), lines, events, several ? id + "-" + e.getKey() : id,
          title + suffix);
      if (p != null) {
        profiles.add(p);
      }
    }
    return problems.hasProblems() ? List.of() : profiles;
  }

  /** Reports what matching found; false if the table cannot be read. */
  private boolean checkLayout(BudgetLayout l) {
    Headings h = l.headings;
    String schemaName = l.schema.name();
    if (l.schema.carriesExtraColumns() && l.matched() < 2) {
      // A generic schema carries extra columns only beside at least two of its own.
      l.unmatched.addAll(l.extra);
      l.unmatched.sort(null);
      l.extra.clear();
    }
    if (l.transposed && options.transposed().isEmpty()) {
      problems.note(CsvRules.LAYOUT_TRANSPOSED, Severity.INFO, problems.file(),
          "The table is read transposed: its rows name the columns of schema " + schemaName
              + " and its columns are " + (columnsAreYears(h) ? "years" : "lines"));
    }
    for (int c : l.unmatched) {
      String heading = h.heading[c];
      String what = options.schema().isPresent() ? "schema " + schemaName : l.matched() == 0
          ? "any built-in schema (name one with --schema, map the heading with --column, or read the table as"
              + " indicators or risks with --kind)"
          : "any built-in schema (the nearest is " + schemaName + "; name one with --schema, or map the heading"
              + " with --column)";
      String message = heading.isEmpty()
          ? "Column " + (c + 1) + " holds figures but has no heading, so it matches no column of " + what
          : "Heading " + Headings.quoted(heading) + " (column " + (c + 1) + ") matches no column of " + what
              + "; its columns are " + l.schema.schema().columns().stream().map(BudgetColumn::label)
                  .collect(Collectors.joining(", "));
      problems.problem(CsvRules.HEADER_UNMATCHED, locate(l, h.cell[c], c), message,
          "a heading naming a column of " + schemaName, heading.isEmpty() ? "no heading" : heading);
    }
    for (String key : options.columns().values()) {
      if (l.schema.schema().indexOf(key) < 0) {
        problems.problem(CsvRules.HEADER_UNMATCHED, problems.file(), "The column mapping names " + key
            + ", which is not a column of schema " + schemaName + " (its keys are " + l.schema.schema().keys() + ")");
      }
    }
    if (l.names < 0) {
      problems.problem(CsvRules.HEADER_NO_NAMES, locate(l, h.cell[0], 0),
          "No column holds the names of the lines: no heading reads like Division, Service or Budget line,"
              + " and no column holds words");
    }
    if (l.transposed) {
      Headings.find(l.original, t -> 0).ifPresent(o -> o.checkRagged(problems));
    } else {
      h.checkRagged(problems);
    }
    if (problems.hasProblems()) {
      return false;
    }
    if (options.schema().isEmpty()) {
      problems.note(CsvRules.SCHEMA_DETECTED, Severity.INFO, problems.file(),
          "No schema was named; the headings match built-in schema " + schemaName + " best (" + l.matched()
              + " of its " + l.schema.schema().size() + " columns" + (l.extra.isEmpty() ? ""
                  : ", and " + l.extra.size() + " more carried as memo columns") + ")");
    }
    return true;
  }

  private static boolean columnsAreYears(Headings h) {
    return h.dataRows().stream().filter(r -> !r.isBlank()).allMatch(r -> Labels.isYear(r.text(0)));
  }

  /** The location of a cell, named by its column's heading in the table as printed. */
  private Location locate(BudgetLayout l, RawTable.Cell cell, int column) {
    if (!l.transposed) {
      return problems.at(cell, l.headings.name(column));
    }
    return problems.at(cell, l.original.rows().get(0).text(cell.column() - 1));
  }

  private List<Line> lines(BudgetLayout l) {
    Headings h = l.headings;
    List<Line> lines = new ArrayList<>();
    List<RawTable.Row> rows = h.dataRows();
    int lastFigures = -1;
    for (int i = 0; i < rows.size(); i++) {
      if (hasFigures(l, rows.get(i))) {
        lastFigures = i;
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      RawTable.Row r = rows.get(i);
      String name = r.text(l.names);
      String person = l.people >= 0 ? r.text(l.people) : "";
      boolean figures = hasFigures(l, r);
      if (name.isEmpty() && !figures) {
        continue;
      }
      if (name.isEmpty()) {
        if (i == lastFigures) {
          name = "Total";
        } else {
          name = "Row " + r.number();
          problems.note(Finding.warning(CsvRules.ROW_NO_NAME, locate(l, r.cell(l.names), l.names),
              "Row " + r.number() + " has figures but no name; it is named \"" + name + "\""));
        }
      }
      lines.add(new Line(r, name, person.isEmpty() ? null : person));
    }
    return lines;
  }

  private static boolean hasFigures(BudgetLayout l, RawTable.Row r) {
    for (int c : l.keys.keySet()) {
      if (!r.text(c).isEmpty()) {
        return true;
      }
    }
    for (int c : l.extra) {
      if (!r.text(c).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The budget's year: the one the table names (the latest year among its columns' headings, else
   * its title's, else its line names' heading), and --year only for a table that names none. A
   * --year that contradicts the table's own is reported, not obeyed.
   */
  private Optional<FinancialYear> profileYear(BudgetLayout l) {
    Optional<FinancialYear> named = namedYear(l);
    if (named.isPresent() && options.year().isPresent() && !named.equals(options.year())) {
      problems.note(CsvRules.YEAR_FROM_TABLE, Severity.WARNING, problems.file(), "--year " + options.year().get()
          + " was given, but the table names " + named.get() + "; the table's own year is used");
    }
    return named.isPresent() ? named : options.year();
  }

  private Optional<FinancialYear> namedYear(BudgetLayout l) {
    Optional<FinancialYear> latest = l.keys.keySet().stream().filter(c -> !l.byYearLabel.contains(c))
        .map(c -> l.headings.year[c]).filter(y -> y != null).max(FinancialYear::compareTo);
    if (latest.isPresent()) {
      return latest;
    }
    for (String t : l.titles) {
      List<FinancialYear> y = Labels.years(t);
      if (!y.isEmpty()) {
        return Optional.of(y.get(y.size() - 1));
      }
    }
    return l.names >= 0 ? Optional.ofNullable(l.headings.year[l.names]) : Optional.empty();
  }

  private Map<FinancialYear, List<Col>> columnsByYear(BudgetLayout l, FinancialYear year) {
    Headings h = l.headings;
    BudgetSchema schema = l.schema.schema();
    Map<FinancialYear, Map<String, Integer>> taken = new TreeMap<>();
    Map<FinancialYear, List<Col>> result = new TreeMap<>();
    result.put(year, new ArrayList<>());
    for (Map.Entry<Integer, String> e : l.keys.entrySet()) {
      int c = e.getKey();
      BudgetColumn column = schema.column(e.getValue());
      FinancialYear y = l.byYearLabel.contains(c) || h.year[c] == null ? year : h.year[c];
      if (!y.equals(year)) {
        Optional<String> of = Optional.of(column.key());
        Optional<BudgetColumn> comparative = schema.columns().stream()
            .filter(x -> x.comparativeOf().equals(of)).findFirst();
        if (comparative.isPresent() && y.equals(year.previous())) {
          column = comparative.get();
          y = year;
        } else if (options.yearColumns() == YearColumns.COMPARATIVES) {
          BudgetColumn memo = column.isMoney() ? BudgetColumn.amount(column.key() + "-" + keyOf(h.year[c]), y + " "
              + column.label()) : BudgetColumn.number(column.key() + "-" + keyOf(h.year[c]), y + " " + column.label());
          column = memo.withComparativeOf(column.key());
          y = year;
        }
      }
      add(l, result, taken, y, c, column);
    }
    for (int c : l.extra) {
      FinancialYear y = h.year[c] == null || options.yearColumns() == YearColumns.COMPARATIVES ? year : h.year[c];
      String printed = h.heading[c].isEmpty() ? "Column " + (c + 1) : h.heading[c];
      boolean number = printed.contains("%")
          || Labels.words(printed).matches("(.* )?(fte|ftes|percent|percentage|share|headcount|number|no)( .*)?")
          || l.stats.of(c)[2] > 0;
      String key = Labels.key(printed, "column-" + (c + 1));
      BudgetColumn column = number ? BudgetColumn.number(key, printed) : BudgetColumn.amount(key, printed);
      add(l, result, taken, y, c, column);
    }
    return result;
  }

  private static String keyOf(FinancialYear y) {
    return y.startYear() + "-" + String.valueOf(y.endYear()).substring(2);
  }

  private void add(BudgetLayout l, Map<FinancialYear, List<Col>> result, Map<FinancialYear, Map<String, Integer>> taken,
      FinancialYear y, int c, BudgetColumn column) {
    Map<String, Integer> keys = taken.computeIfAbsent(y, k -> new HashMap<>());
    List<Col> cols = result.computeIfAbsent(y, k -> new ArrayList<>());
    boolean inSchema = l.schema.schema().indexOf(column.key()) >= 0
        && l.schema.schema().column(column.key()).equals(column);
    Integer earlier = keys.get(column.key());
    if (earlier != null && inSchema) {
      Headings h = l.headings;
      problems.problem(CsvRules.HEADER_DUPLICATE, locate(l, h.cell[c], c), "Headings "
          + Headings.quoted(h.heading[earlier]) + " (column " + (earlier + 1) + ") and "
          + Headings.quoted(h.heading[c]) + " (column " + (c + 1) + ") both name column " + column.label()
          + " of schema " + l.schema.name() + " for " + y, "one heading for " + column.label(), "two");
      return;
    }
    BudgetColumn unique = column;
    for (int n = 2; keys.containsKey(unique.key()) || !inSchema && l.schema.schema().indexOf(unique.key()) >= 0; n++) {
      unique = BudgetColumn.builder().from(column).key(column.key() + "-" + n).label(column.label() + " (" + n + ")")
          .build();
    }
    keys.put(unique.key(), c);
    AmountUnit unit = options.unit().orElse(l.headings.unit[c]);
    cols.add(new Col(c, unique, unit));
  }

  // ---------------------------------------------------------------------------------------------
  // Building a profile

  /** A figure restated in the table's unit; {@code nil} for a dash. */
  private record Figure(BigDecimal value, int decimals, boolean ownPrecision, boolean nil, RawTable.Row row,
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
  private static final class Figures {
    private static final byte ABSENT = 0;
    private static final byte FIGURE = 1;
    private static final byte NIL = 2;
    private static final byte OWN = 4;

    private final List<Line> lines;
    private final List<Col> cols;
    private final long[][] unscaled;
    private final short[][] scale;
    private final short[][] decimals;
    private final byte[][] kind;
    private final Map<Long, BigDecimal> large = new HashMap<>();

    Figures(List<Line> lines, List<Col> cols) {
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

  private BudgetProfile build(BudgetLayout l, FinancialYear year, List<Col> given, List<Line> lines,
      List<Structure.Event> events, String id, String title) {
    problems.section(id);
    try {
      return buildSection(l, year, given, lines, events, id, title);
    } finally {
      problems.section(null);
    }
  }

  private BudgetProfile buildSection(BudgetLayout l, FinancialYear year, List<Col> given, List<Line> lines,
      List<Structure.Event> events, String id, String title) {
    BudgetSchema base = l.schema.schema();
    // The profile's columns in schema order, then the extra and comparative ones in table order.
    List<Col> cols = new ArrayList<>();
    for (BudgetColumn sc : base.columns()) {
      cols.add(given.stream().filter(g -> g.column().equals(sc)).findFirst().orElse(new Col(-1, sc, null)));
    }
    for (Col g : given) {
      if (!base.columns().contains(g.column())) {
        cols.add(g);
      }
    }
    AmountUnit tableUnit = tableUnit(l, cols);
    Plan p = head ? new Plan() : null;
    plan = p;
    Figures figures = new Figures(lines, cols);
    boolean unitUsed = false;
    for (int i = 0; i < lines.size() && !problems.isFull(); i++) {
      for (int k = 0; k < cols.size(); k++) {
        Col col = cols.get(k);
        if (col.table() < 0) {
          continue;
        }
        Figure f = figure(l, lines.get(i).row(), col, tableUnit);
        figures.set(i, k, f);
        unitUsed |= f != null && f.value() != null && col.column().isMoney() && !f.ownPrecision();
      }
    }
    if (problems.hasProblems()) {
      return null;
    }
    if (unitUsed && !unitAssumed && tableUnit == AmountUnit.POUNDS && options.unit().isEmpty() && cols.stream()
        .noneMatch(c -> c.unit() != null) && l.headings.titleUnit().isEmpty() && unitOfNames(l).isEmpty()) {
      problems.note(CsvRules.UNIT_ASSUMED, Severity.INFO, problems.file(),
          "Neither the headings nor an option name a unit of money; the figures are read in pounds (give --unit)");
      unitAssumed = true;
    }
    int[] decimals = decimals(l, cols, figures, tableUnit, title, p);
    if (problems.hasProblems()) {
      return null;
    }
    BudgetSchema schema = schema(l, base, cols, figures, title, p);
    BudgetProfile.Builder b = BudgetProfile.builder(id, title, schema).year(year).unit(tableUnit);
    for (int k = 0; k < cols.size(); k++) {
      b.decimals(cols.get(k).column().key(), decimals[k]);
    }
    try {
      for (Structure.Event e : events) {
        switch (e.kind()) {
          case GROUP -> {
            b.group(e.name());
            person(b, lines.get(e.row()));
          }
          case END -> b.end();
          default -> {
            List<BigDecimal> cells = new ArrayList<>(cols.size());
            for (int k = 0; k < cols.size(); k++) {
              Figure f = figures.get(e.row(), k);
              cells.add(f == null ? null : f.nil() ? BigDecimal.ZERO : f.value());
            }
            b.add(kindOf(e.kind()), e.name(), cells);
            for (int k = 0; k < cols.size(); k++) {
              // A figure printed with its own unit and fewer decimals ("£2m" among "£8.2m") keeps its
              // own precision: it is checked within its own rounding.
              Figure f = figures.get(e.row(), k);
              if (f != null && !f.nil() && f.ownPrecision() && f.decimals() < decimals[k]
                  && decimals[k] - f.decimals() < 19) {
                b.printed(cols.get(k).column().key(), f.decimals());
              }
            }
            person(b, lines.get(e.row()));
          }
        }
      }
      BudgetProfile built = b.build();
      if (built.lineCount() <= LOCATED) {
        locate(l, built, cols, events, lines);
      }
      if (p != null && events.stream().allMatch(e -> e.kind() == Structure.Kind.ITEM)) {
        p.layout = l;
        p.cols = List.copyOf(cols);
        p.unit = tableUnit;
        p.decimals = decimals;
        p.unitUsed = unitUsed;
        p.title = title;
        p.schema = schema;
        p.builder = b;
        p.lines = built.lineCount();
      } else {
        plan = null;
      }
      return built;
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.problem(CsvRules.TABLE_EMPTY, problems.file(), "The table cannot be built as a budget profile: "
          + e.getMessage());
      return null;
    }
  }

  /** The most lines of a profile whose figures are each tied to their cell (a map entry a figure). */
  static final int LOCATED = 5000;

  /** Ties each figure of the profile to the cell it was printed in, for findings to name it. */
  private void locate(BudgetLayout l, BudgetProfile built, List<Col> cols, List<Structure.Event> events,
      List<Line> lines) {
    int i = 0;
    for (Structure.Event e : events) {
      if (e.kind() == Structure.Kind.END) {
        continue;
      }
      // A group's heading is a line of the profile too, with no figures.
      BudgetLine line = built.line(i++);
      if (!line.name().equals(e.name())) {
        return; // the profile's lines are not the events' one for one: name no cells rather than wrong ones
      }
      if (e.kind() == Structure.Kind.GROUP) {
        continue;
      }
      for (Col col : cols) {
        if (col.table() >= 0) {
          problems.cell(line.location().field(col.column().label()),
              locate(l, lines.get(e.row()).row().cell(col.table()), col.table()));
        }
      }
    }
  }

  private static void person(BudgetProfile.Builder b, Line line) {
    if (line.person() != null) {
      b.responsible(line.person());
    }
  }

  private static LineKind kindOf(Structure.Kind kind) {
    return switch (kind) {
      case ITEM -> LineKind.ITEM;
      case SUBTOTAL -> LineKind.SUBTOTAL;
      case TOTAL -> LineKind.TOTAL;
      case MEMO -> LineKind.MEMO;
      default -> throw new AssertionError(kind);
    };
  }

  private Optional<AmountUnit> unitOfNames(BudgetLayout l) {
    return l.names >= 0 ? Optional.ofNullable(l.headings.unit[l.names]) : Optional.empty();
  }

  /** The unit of the table: given, else the one most money columns' headings name, else the title's. */
  private AmountUnit tableUnit(BudgetLayout l, List<Col> cols) {
    if (options.unit().isPresent()) {
      return options.unit().get();
    }
    Map<AmountUnit, Integer> counts = new TreeMap<>();
    for (Col c : cols) {
      if (c.unit() != null && c.column().isMoney()) {
        counts.merge(c.unit(), 1, Integer::sum);
      }
    }
    Optional<AmountUnit> most = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    return most.or(() -> l.headings.titleUnit()).or(() -> unitOfNames(l)).orElse(AmountUnit.POUNDS);
  }

  /** Reads a cell and restates it in the table's unit; null for a blank or absent value. */
  private Figure figure(BudgetLayout l, RawTable.Row row, Col col, AmountUnit tableUnit) {
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
      unreadable(l, cell, col, e.getMessage().replaceFirst("^Cannot read ", "cannot read ")
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
      unreadable(l, row.cell(col.table()), col, Headings.quoted(text) + " is a percentage, but " + column.label()
          + " holds money", "an amount", text);
      return null;
    }
    if (!column.isMoney() && (parsed.hasCurrency() || parsed.unit().isPresent())) {
      unreadable(l, row.cell(col.table()), col, Headings.quoted(text) + " is money, but " + column.label()
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

  private void unreadable(BudgetLayout l, RawTable.Cell cell, Col col, String what, String expected, String actual) {
    String column = l.transposed ? l.original.rows().get(0).text(cell.column() - 1) : l.headings.name(col.table());
    problems.unreadable(cell, column, what, expected, actual);
  }

  /** The printed precision of each column: given, or the most decimals its figures show, or inferred. */
  private int[] decimals(BudgetLayout l, List<Col> cols, Figures figures, AmountUnit tableUnit, String title,
      Plan plan) {
    int[] decimals = new int[cols.size()];
    boolean[] known = new boolean[cols.size()];
    FigureStats[] stats = new FigureStats[cols.size()];
    Finding[] mixed = new Finding[cols.size()];
    boolean[] thousands = new boolean[cols.size()];
    List<String> inferred = new ArrayList<>();
    for (int k = 0; k < cols.size(); k++) {
      Col col = cols.get(k);
      int most = Integer.MIN_VALUE;
      int fewest = Integer.MAX_VALUE;
      boolean wholeThousands = col.column().isMoney() && tableUnit == AmountUnit.POUNDS;
      boolean anyNonZero = false;
      for (int i = 0; i < figures.rows(); i++) {
        Figure f = figures.get(i, k);
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
      stats[k] = new FigureStats(most, fewest, wholeThousands, anyNonZero);
      if (options.decimals().isPresent()) {
        decimals[k] = options.decimals().get();
        known[k] = true;
        for (int i = 0; i < figures.rows(); i++) {
          Figure f = figures.get(i, k);
          if (f != null && !f.nil() && f.decimals() > decimals[k]) {
            unreadable(l, f.cell(), col, "the figure has " + f.decimals() + " decimal places, finer than the"
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
            mixed[k] = mixedNote(col, title, fewest, most);
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
      checkMagnitude(l, cols.get(k), k, figures, decimals[k]);
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
  Finding mixedNote(Col col, String title, int fewest, int most) {
    return Finding.of(CsvRules.PRECISION_MIXED, Severity.INFO, problems.file(), "Column " + col.column().label()
        + " of " + title + " prints figures with " + fewest + " to " + most + " decimal places; all are read at "
        + most);
  }

  private void checkMagnitude(BudgetLayout l, Col col, int k, Figures figures, int decimals) {
    for (int i = 0; i < figures.rows(); i++) {
      Figure f = figures.get(i, k);
      if (f == null || f.nil()) {
        continue;
      }
      BigDecimal scaled = f.value().movePointRight(decimals);
      if (scaled.abs().compareTo(BigDecimal.valueOf(BudgetProfile.MAX_SCALED)) > 0) {
        unreadable(l, f.cell(), col, "the figure is too large for a budget table (at most "
            + TableCell.grouped(BigDecimal.valueOf(BudgetProfile.MAX_SCALED).movePointLeft(decimals).abs()
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

  /** The profile's schema: the base with any extra columns, in the income sign decided. */
  private BudgetSchema schema(BudgetLayout l, BudgetSchema base, List<Col> cols, Figures figures, String title,
      Plan plan) {
    BudgetSchema schema = base;
    if (cols.size() > base.size()) {
      List<BudgetColumn> all = cols.stream().map(Col::column).toList();
      schema = BudgetSchema.builder().from(base).columns(all).build();
    }
    SignConvention convention = options.incomeSign().convention();
    if (convention == null) {
      convention = detectSign(cols, figures, schema, title, plan);
    }
    return withConvention(schema, convention);
  }

  private SignConvention detectSign(List<Col> cols, Figures figures, BudgetSchema schema, String title, Plan plan) {
    int negative = 0;
    int positive = 0;
    List<String> labels = new ArrayList<>();
    for (int k = 0; k < cols.size(); k++) {
      Col col = cols.get(k);
      if (!col.column().kind().isIncome() || col.table() < 0) {
        continue;
      }
      labels.add(col.column().label());
      for (int i = 0; i < figures.rows(); i++) {
        Figure f = figures.get(i, k);
        if (f != null && !f.nil()) {
          negative += f.value().signum() < 0 ? 1 : 0;
          positive += f.value().signum() > 0 ? 1 : 0;
        }
      }
    }
    if (labels.isEmpty()) {
      return schema.signConvention();
    }
    SignConvention decided = decideSign(negative, positive, schema.signConvention());
    Finding note = signNote(title, labels, schema.name(), decided, negative, positive);
    problems.note(note);
    if (plan != null) {
      plan.sign = decided;
      plan.baseSign = schema.signConvention();
      plan.negative = negative;
      plan.positive = positive;
      plan.incomeLabels = List.copyOf(labels);
      plan.baseSchemaName = schema.name();
      plan.signNote = note;
    }
    return decided;
  }

  /** The income sign more of the figures show; the schema's own when as many are negative as positive. */
  static SignConvention decideSign(int negative, int positive, SignConvention schemas) {
    return negative > positive ? SignConvention.INCOME_NEGATIVE
        : positive > negative ? SignConvention.INCOME_POSITIVE : schemas;
  }

  /** The note on how income is read, and why. */
  Finding signNote(String title, List<String> labels, String schemaName, SignConvention decided, int negative,
      int positive) {
    String how = decided == SignConvention.INCOME_NEGATIVE ? "negative and added" : "positive and subtracted";
    String why = negative == positive
        ? "as many income figures are negative as positive (" + negative + "), so schema " + schemaName
            + "'s own convention stands"
        : (decided == SignConvention.INCOME_NEGATIVE ? negative : positive) + " of the " + (negative + positive)
            + " income figures that are not zero are " + (decided == SignConvention.INCOME_NEGATIVE ? "negative"
                : "positive");
    return Finding.of(CsvRules.INCOME_SIGN_DETECTED, Severity.INFO, problems.file(), "Income in " + title
        + " (" + String.join(", ", labels) + ") is read as printed " + how + ": " + why
        + " (give --income-sign to decide otherwise)");
  }

  /** A schema with the other sign convention: every formula adds or subtracts income the other way. */
  static BudgetSchema withConvention(BudgetSchema schema, SignConvention convention) {
    if (schema.signConvention() == convention) {
      return schema;
    }
    List<BudgetColumn> columns = new ArrayList<>();
    for (BudgetColumn c : schema.columns()) {
      if (c.formula().isEmpty()) {
        columns.add(c);
        continue;
      }
      List<Formula.Term> terms = new ArrayList<>();
      for (Formula.Term t : c.formula().get().terms()) {
        boolean income = schema.column(t.column()).kind().isIncome();
        terms.add(income ? new Formula.Term(-t.sign(), t.column()) : t);
      }
      columns.add(BudgetColumn.builder().from(c).formula(Formula.of(terms)).build());
    }
    return BudgetSchema.builder().from(schema).signConvention(convention).columns(columns).build();
  }

  // ---------------------------------------------------------------------------------------------
  // Years down the side

  /** A table whose rows are years (a transposed table with years across): one profile per year. */
  private List<BudgetProfile> yearsDown(BudgetLayout l, List<Line> lines, String id, String title) {
    List<BudgetProfile> profiles = new ArrayList<>();
    String lineName = options.lineName().orElse(title);
    Map<FinancialYear, List<Col>> byYear = columnsByYear(l, Labels.year(lines.get(0).name()).orElseThrow());
    List<Col> cols = byYear.values().stream().flatMap(List::stream).toList();
    boolean several = lines.size() > 1;
    for (Line line : lines) {
      FinancialYear year = Labels.year(line.name()).orElseThrow();
      Line renamed = new Line(line.row(), lineName, line.person());
      BudgetProfile p = build(l, year, cols, List.of(renamed), List.of(new Structure.Event(Structure.Kind.ITEM,
          lineName, 0)), several ? id + "-" + year : id, several ? title + " " + year : title);
      if (p != null) {
        profiles.add(p);
      }
    }
    return problems.hasProblems() ? List.of() : profiles;
  }
}
