package org.scplan.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.scplan.budget.BudgetColumn;
import org.scplan.budget.BudgetLine;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.BudgetProfileBuilder;
import org.scplan.budget.BudgetRules;
import org.scplan.budget.BudgetSchema;
import org.scplan.budget.LineKind;
import org.scplan.budget.PublishedTable;
import org.scplan.budget.SignConvention;
import org.scplan.core.AmountUnit;
import org.scplan.core.FinancialYear;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.core.PlanSection;
import org.scplan.core.Severity;
import org.scplan.csv.internal.Labels;

/**
 * Reads a budget table into budget profiles, one stage after another, each in a file of its own:
 *
 * <ol>
 *   <li>source and grid: {@link TableReader} decodes the file, {@link RawTable} splits it into cells;</li>
 *   <li>headings: {@link Headings} finds the heading row, the titles above it, units and years;</li>
 *   <li>layout: {@link BudgetLayout} matches the headings to a schema (chosen or detected, as printed
 *       or transposed); a table no schema fits goes to {@link FigureTables}, read as printed;</li>
 *   <li>years: {@link BudgetYears} decides the budget's year and sorts the columns by year;</li>
 *   <li>cells: {@link BudgetCells} reads each cell as a figure in the table's unit;</li>
 *   <li>precision and sign: {@link BudgetPrecision} and {@link IncomeSigns} decide each column's
 *       decimals and how income is signed;</li>
 *   <li>structure: {@link Structure} works out the groups, subtotals and grand total;</li>
 *   <li>model: this class builds one {@link BudgetProfile} per year, each figure tied to its cell.</li>
 * </ol>
 *
 * <p>Relations are the schema's formulas and the structure's totals here; {@link Relations}
 * discovers them for a table read as printed. Indicator and risk tables share the source, grid and
 * headings stages and match their fields with {@link TableFields}. A large table of plain lines
 * goes through the same stages for its first rows and is then read in one pass ({@link LargeBudget}).
 * Not API.
 */
final class BudgetTables {
  private final TableOptions options;
  private final Problems problems;
  private final String defaultTitle;
  /** Whether only the first rows of a large table are read, for {@link LargeBudget} to go on from. */
  private final boolean head;
  private boolean unitAssumed;
  private Plan plan;

  BudgetTables(TableOptions options, Problems problems, String defaultTitle) {
    this(options, problems, defaultTitle, false, LargeBudget.HEAD_ROWS);
  }

  BudgetTables(TableOptions options, Problems problems, String defaultTitle, boolean head, int headRows) {
    this(options, problems, defaultTitle, head, headRows, null);
  }

  /**
   * A reader of a large sheet's first rows that reads the rest of the sheet ({@code tail}) with them
   * when the table is read as printed; when the first rows decide on a schema instead, it gives up
   * ({@link SheetTail.GiveUp}) and the sheet is read whole.
   */
  BudgetTables(TableOptions options, Problems problems, String defaultTitle, boolean head, int headRows,
      SheetTail tail) {
    this.options = options;
    this.problems = problems;
    this.defaultTitle = defaultTitle;
    this.head = head;
    this.headRows = headRows;
    this.tail = tail;
  }

  /** The rest of a large sheet, read with the table's first rows; null for none. */
  private final SheetTail tail;
  /** The table being read: a large sheet's first rows, which its rest goes with. */
  private RawTable table;

  /** How many rows the table has, with a large sheet's rest. */
  private int rowCount(RawTable raw) {
    return raw.rows().size() + (tail == null ? 0 : tail.to() - tail.from());
  }

  /** How many first rows of a large table decide how it is read, as LargeBudget's head does. */
  private final int headRows;

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
    BudgetProfileBuilder builder;
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

  private BudgetCells cells;

  /** The cells stage for a layout, made once per layout read. */
  private BudgetCells cells(BudgetLayout l) {
    if (cells == null || cells.l != l) {
      cells = new BudgetCells(options, problems, l);
    }
    return cells;
  }

  private BudgetYears years(BudgetLayout l) {
    return new BudgetYears(options, problems, cells(l));
  }

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
    table = raw;
    boolean free = options.schema().isEmpty() && options.columns().isEmpty() && options.transposed().isEmpty()
        && options.totalRow().isEmpty() && options.lineName().isEmpty()
        && options.yearColumns() == YearColumns.SEPARATE_PROFILES && options.incomeSign() == IncomeSign.AUTO;
    Problems.Mark mark = problems.mark();
    if (free && (hasInnerHeadingRow(raw) || tail != null && tailHasHeadingRow(raw))) {
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
    if (free && l != null && l.schema.carriesExtraColumns() && rowCount(raw) > COMPARED && !head) {
      Optional<List<PlanSection>> discovered = discoveredJudgedByHead(raw, l);
      if (discovered.isPresent()) {
        return discovered.get();
      }
    }
    if (tail != null && !free) {
      throw SheetTail.GiveUp.INSTANCE; // a schema or layout is given: the sheet is read whole as profiles
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
    // A built-in schema matched in part (budget-monitoring's Budget alone) is a partial match too.
    boolean partial = l != null && (l.schema.carriesExtraColumns() || l.matched() < l.schema.schema().size());
    if (tail != null) {
      throw SheetTail.GiveUp.INSTANCE; // read as profiles: the sheet is read whole
    }
    int byProfiles = free && partial && !problems.hasProblemsSince(mark)
        && raw.rows().size() <= COMPARED ? errors(profiles) + missing(profiles) : 0;
    if (byProfiles > 0) {
      // A generic schema is a partial match: when its reading leaves figures unexplained or unchecked (a
      // statement whose totals it groups wrongly, lines below the services that have no gross or income)
      // and the table's own arithmetic explains every figure, keep that. The head of a large table
      // (LargeBudget's first rows) is judged so too, as the whole reading judges the table by it.
      Problems.Mark read = problems.mark();
      Map<Location, Location> cells = problems.saveCells();
      String reading = (l.schema.carriesExtraColumns() ? "the generic " : "the ") + l.schema.name();
      List<PlanSection> discovered = discover(raw, "as " + reading + " reading leaves "
          + byProfiles + (byProfiles == 1 ? " figure" : " figures") + " unexplained or unchecked");
      int byDiscovery = problems.hasProblemsSince(read) || discovered.isEmpty() ? Integer.MAX_VALUE
          : errors(discovered);
      if (byDiscovery == 0 && byProfiles > 0) {
        problems.dropBefore(mark, read);
        return discovered;
      }
      problems.reset(read);
      problems.restoreCells(cells);
    }
    return List.copyOf(profiles);
  }

  /**
   * A large table a generic schema fits, judged as a small one is but by its first rows (the rows
   * {@link LargeBudget}'s one-pass reading decides by, so that both readings decide alike): when the
   * generic reading leaves figures of them unexplained or unchecked and the table's own arithmetic
   * explains every one, the whole table read as printed; otherwise empty, and the generic reading
   * stands. Both readings of the head are thrown away once they have decided.
   */
  private Optional<List<PlanSection>> discoveredJudgedByHead(RawTable raw, BudgetLayout l) {
    RawTable sample = raw.head(headRows);
    Problems.Mark sampled = problems.mark();
    Map<Location, Location> cells = problems.saveCells();
    // The sample's notes are dropped, so the note that the unit is assumed must be given again.
    boolean assumed = unitAssumed;
    int byProfiles;
    try {
      List<BudgetProfile> sampleProfiles = readProfiles(sample, BudgetLayout.choose(sample, options));
      byProfiles = problems.hasProblemsSince(sampled) ? 0 : errors(sampleProfiles) + missing(sampleProfiles);
    } catch (IllegalArgumentException | IllegalStateException e) {
      byProfiles = 0;
    }
    problems.reset(sampled);
    problems.restoreCells(cells);
    unitAssumed = assumed;
    if (byProfiles == 0) {
      return Optional.empty();
    }
    List<PlanSection> sampleDiscovered = discover(sample, "");
    boolean explained = !problems.hasProblemsSince(sampled) && !sampleDiscovered.isEmpty()
        && errors(sampleDiscovered) == 0;
    problems.reset(sampled);
    problems.restoreCells(cells);
    if (!explained) {
      return Optional.empty();
    }
    List<PlanSection> discovered = discover(raw, "as the generic " + l.schema.name() + " reading leaves " + byProfiles
        + (byProfiles == 1 ? " figure" : " figures") + " of its first " + headRows + " rows unexplained or unchecked");
    if (problems.hasProblemsSince(sampled) || discovered.isEmpty()) {
      problems.reset(sampled);
      problems.restoreCells(cells);
      return Optional.empty();
    }
    return Optional.of(discovered);
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
      if (isInnerHeadingRow(r)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a row below the first row of figures is a row of headings. */
  private static boolean isInnerHeadingRow(RawTable.Row r) {
    return r.nonBlank() >= 2 && r.cells().stream().skip(1).map(RawTable.Cell::clean)
        .anyMatch(t -> !t.isEmpty() && !TableCell.isPlainFigure(t)
            && (!Labels.years(t).isEmpty() || Labels.unit(t).isPresent()))
        && !Headings.isFigures(r);
  }

  /** Whether a ragged row ends early (its last cells left blank), rather than holding cells beyond the headings. */
  private static boolean isShortRow(Finding ragged) {
    return ragged.message().contains("the row ends before");
  }

  private List<PlanSection> discover(RawTable raw, String why) {
    // The first rows of a large sheet, judged alone (discoveredJudgedByHead's sample), are read without its rest.
    SheetTail rest = raw == table ? tail : null;
    return new FigureTables(options, problems, defaultTitle, rest).read(raw, why).<List<PlanSection>>map(List::of)
        .orElse(List.of());
  }

  /**
   * Whether a line of a large sheet's rest holds headings again, as {@link #hasInnerHeadingRow}
   * asks of a table's rows: a line with a cell of words after its first cell.
   */
  private boolean tailHasHeadingRow(RawTable raw) {
    if (raw.rows().stream().noneMatch(Headings::isFigures)) {
      throw SheetTail.GiveUp.INSTANCE; // the table's figures start below its first rows
    }
    for (int i = tail.from(); i < tail.to(); i++) {
      PrintedSheet.Line line = tail.line(i);
      boolean words = false;
      for (int c = 1; c < line.size() && !words; c++) {
        words = !line.isFigure(c) && !line.text(c).isBlank();
      }
      if (words && isInnerHeadingRow(tail.row(i))) {
        return true;
      }
    }
    return false;
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
    String id = problems.sectionId(options, title);
    boolean yearsDown = lines.stream().allMatch(x -> Labels.year(x.name()).isPresent());
    if (yearsDown) {
      return yearsDown(l, lines, id, title);
    }
    Optional<FinancialYear> year = years(l).profileYear();
    if (year.isEmpty()) {
      problems.problem(CsvRules.YEAR_MISSING, problems.file(),
          "The table's headings and title name no financial year; give the year of the budget (--year 2018-19)");
      return List.of();
    }
    Map<FinancialYear, List<Col>> columns = years(l).columnsByYear(year.get());
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
      problems.problem(CsvRules.HEADER_UNMATCHED, cells(l).locate(h.cell[c], c), message,
          "a heading naming a column of " + schemaName, heading.isEmpty() ? "no heading" : heading);
    }
    for (String key : options.columns().values()) {
      if (l.schema.schema().indexOf(key) < 0) {
        problems.problem(CsvRules.HEADER_UNMATCHED, problems.file(), "The column mapping names " + key
            + ", which is not a column of schema " + schemaName + " (its keys are " + l.schema.schema().keys() + ")");
      }
    }
    if (l.names < 0) {
      problems.problem(CsvRules.HEADER_NO_NAMES, cells(l).locate(h.cell[0], 0),
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
          problems.note(Finding.warning(CsvRules.ROW_NO_NAME, cells(l).locate(r.cell(l.names), l.names),
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






  // ---------------------------------------------------------------------------------------------
  // Building a profile



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
    AmountUnit tableUnit = cells(l).tableUnit(cols);
    Plan p = head ? new Plan() : null;
    plan = p;
    BudgetCells.Figures figures = new BudgetCells.Figures(lines, cols);
    boolean unitUsed = false;
    for (int i = 0; i < lines.size() && !problems.isFull(); i++) {
      for (int k = 0; k < cols.size(); k++) {
        Col col = cols.get(k);
        if (col.table() < 0) {
          continue;
        }
        BudgetCells.Figure f = cells(l).figure(lines.get(i).row(), col, tableUnit);
        figures.set(i, k, f);
        unitUsed |= f != null && f.value() != null && col.column().isMoney() && !f.ownPrecision();
      }
    }
    if (problems.hasProblems()) {
      return null;
    }
    if (unitUsed && !unitAssumed && tableUnit == AmountUnit.POUNDS && options.unit().isEmpty() && cols.stream()
        .noneMatch(c -> c.unit() != null) && l.headings.titleUnit().isEmpty() && cells(l).unitOfNames().isEmpty()) {
      problems.note(CsvRules.UNIT_ASSUMED, Severity.INFO, problems.file(),
          "Neither the headings nor an option name a unit of money; the figures are read in pounds (give --unit)");
      unitAssumed = true;
    }
    int[] decimals = new BudgetPrecision(options, problems, cells(l)).decimals(cols, figures, tableUnit, title, p);
    if (problems.hasProblems()) {
      return null;
    }
    BudgetSchema schema = new IncomeSigns(options, problems).schema(base, cols, figures, title, p);
    BudgetProfileBuilder b = BudgetProfile.builder(id, title, schema).year(year).unit(tableUnit);
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
              BudgetCells.Figure f = figures.get(e.row(), k);
              cells.add(f == null ? null : f.nil() ? BigDecimal.ZERO : f.value());
            }
            b.add(kindOf(e.kind()), e.name(), cells);
            for (int k = 0; k < cols.size(); k++) {
              // A figure printed with its own unit and fewer decimals ("£2m" among "£8.2m") keeps its
              // own precision: it is checked within its own rounding.
              BudgetCells.Figure f = figures.get(e.row(), k);
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
              cells(l).locate(lines.get(e.row()).row().cell(col.table()), col.table()));
        }
      }
    }
  }

  private static void person(BudgetProfileBuilder b, Line line) {
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














  // ---------------------------------------------------------------------------------------------
  // Years down the side

  /** A table whose rows are years (a transposed table with years across): one profile per year. */
  private List<BudgetProfile> yearsDown(BudgetLayout l, List<Line> lines, String id, String title) {
    List<BudgetProfile> profiles = new ArrayList<>();
    String lineName = options.lineName().orElse(title);
    Map<FinancialYear, List<Col>> byYear = years(l).columnsByYear(Labels.year(lines.get(0).name()).orElseThrow());
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
