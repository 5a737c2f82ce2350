package org.scplan.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.scplan.budget.PublishedTable;
import org.scplan.core.AmountUnit;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedFigure;
import org.scplan.core.ReportedNumber;
import org.scplan.core.Severity;
import org.scplan.core.ValueParseException;
import org.scplan.csv.internal.Labels;

/**
 * Reads a budget table that no schema describes into a {@link PublishedTable}: every column of
 * figures under its own heading, every figure at the precision it was printed with, and the
 * arithmetic discovered from the labels and the figures ({@link Relations}). No year and no unit
 * need be named. Not API.
 *
 * <p>Nothing is dropped in silence: a column of words that is not the line names is noted with the
 * number of cells it holds, a cell that cannot be read as a figure is an ERROR at its cell, and a
 * row of words among the figures is a heading, noted as such.
 */
final class FigureTables {
  /** Words of a heading that make its column a count or share rather than money. */
  private static final Pattern NUMBER_WORDS =
      Pattern.compile("(.* )?(fte|ftes|percent|percentage|share|headcount|number|no|posts|staff|hours|count)( .*)?");

  /** Headings of columns that hold note numbers or references, not figures. */
  private static final Pattern NOTES = Pattern.compile("notes?|note no|ref|refs|reference|references|code|codes");

  /** The powers of ten a {@code long} holds. */
  private static final long[] POWERS = new long[19];

  static {
    POWERS[0] = 1;
    for (int i = 1; i < POWERS.length; i++) {
      POWERS[i] = POWERS[i - 1] * 10;
    }
  }

  /** A thousand pounds: a table whose every figure is a whole number of them is printed to the nearest £1,000. */
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private final TableOptions options;
  private final Problems problems;
  private final String defaultTitle;
  /** The rest of a large sheet below the table given, read with it; null for none. */
  private final SheetTail tail;

  FigureTables(TableOptions options, Problems problems, String defaultTitle) {
    this(options, problems, defaultTitle, null);
  }

  FigureTables(TableOptions options, Problems problems, String defaultTitle, SheetTail tail) {
    this.options = options;
    this.problems = problems;
    this.defaultTitle = defaultTitle;
    this.tail = tail;
  }

  /** A cell read: its figure (null for a blank or an absent value) and the cell it came from. */
  record Read(ReportedFigure figure, RawTable.Cell cell, boolean absent) {}

  /**
   * A row's figures, one per column of figures, as {@link Relations} and the published table ask for
   * them: each cell's {@link Read} made when asked for, or just its figure's value and half width.
   */
  abstract static class Figures {
    /** The cell read, or null for a blank. */
    abstract Read read(int k);

    ReportedFigure figure(int k) {
      Read r = read(k);
      return r == null ? null : r.figure();
    }

    /** The figure's value (in pounds for money), or null where there is none. */
    BigDecimal value(int k) {
      ReportedFigure f = figure(k);
      return f == null ? null : f.value();
    }

    /** The half width of a figure there is. */
    BigDecimal half(int k) {
      return figure(k).halfWidth();
    }

    /**
     * The figure's value as a whole number of {@code 10^-scale} (of pounds, for money), or
     * {@link Long#MIN_VALUE} if it is not one or does not fit in a {@code long}.
     */
    long scaled(int k, int scale) {
      return exactly(value(k), scale);
    }

    /** The half width as {@link #scaled} gives the value. */
    long scaledHalf(int k, int scale) {
      return exactly(half(k), scale);
    }

    static long exactly(BigDecimal v, int scale) {
      try {
        long x = v.movePointRight(scale).longValueExact();
        return x == Long.MIN_VALUE ? Long.MIN_VALUE : x;
      } catch (ArithmeticException e) {
        return Long.MIN_VALUE;
      }
    }

    /** Whether the cell prints words for no figure, or a figure that cannot be read. */
    boolean isAbsent(int k) {
      Read r = read(k);
      return r != null && r.absent();
    }

    /** Whether the cell's figure is printed with a % sign. */
    boolean isPercent(int k) {
      Read r = read(k);
      return r != null && r.cell().clean().endsWith("%");
    }
  }

  /** A row's cells read one by one, as every row of a table but a large sheet's plain ones is. */
  private static final class Reads extends Figures {
    final Read[] reads;

    Reads(Read[] reads) {
      this.reads = reads;
    }

    @Override
    Read read(int k) {
      return reads[k];
    }
  }

  /**
   * Reads the table; empty (with a problem recorded) if it has no row of headings or no figures.
   *
   * @param raw the table
   * @param why why no schema was used, for the note
   */
  Optional<PublishedTable> read(RawTable raw, String why) {
    Optional<Headings> found = Headings.find(raw, t -> Labels.isYear(t) ? 0 : 1);
    if (found.isEmpty()) {
      problems.problem(CsvRules.TABLE_EMPTY, problems.file(), "The table is empty: it has no row of headings");
      return Optional.empty();
    }
    Headings h = found.get();
    List<RawTable.Row> data = h.dataRows();
    int width = Math.max(h.width, data.stream().mapToInt(RawTable.Row::size).max().orElse(0));
    if (tail != null) {
      width = Math.max(width, tail.width());
    }
    Counts counts = new Counts(data, width);
    if (tail != null) {
      counts.count(tail);
    }
    int[] figures = counts.cells;
    int[] words = counts.words;
    int names = -1;
    for (int c = 0; c < width && names < 0; c++) {
      if (words[c] > figures[c]) {
        names = c;
      }
    }
    List<Integer> columns = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      boolean notes = c < h.width && NOTES.matcher(Labels.words(h.printed[c])).matches();
      if (c != names && !notes && figures[c] > 0 && figures[c] >= words[c]) {
        columns.add(c);
      } else if (c != names && words[c] + figures[c] > 0) {
        problems.note(Finding.of(CsvRules.COLUMN_NOT_FIGURES, options.strict() ? Severity.ERROR : Severity.INFO,
            problems.at(c < h.width && !h.cell[c].isBlank() ? h.cell[c] : firstFilled(data, c), h.name(c)),
            "Column " + (c + 1) + " " + Headings.quoted(h.name(c)) + " holds " + (words[c] + figures[c])
                + (words[c] + figures[c] == 1 ? " cell" : " cells") + (notes ? " of notes or references" : " of words")
                + ", not figures; " + (words[c] + figures[c] == 1 ? "it is" : "they are") + " not checked"));
      }
    }
    if (columns.isEmpty()) {
      problems.problem(CsvRules.TABLE_EMPTY, problems.file(), "The table has no column of figures");
      return Optional.empty();
    }
    String title = options.title().orElse(h.titles.isEmpty() ? defaultTitle : h.titles.get(0));
    AmountUnit printedUnit = options.unit().orElseGet(() -> tableUnit(h, columns, tail));
    // A table that prints no unit of money anywhere (a staffing table, a count) holds plain numbers.
    AmountUnit tableUnit = printedUnit == null ? AmountUnit.POUNDS : printedUnit;
    boolean[] money = new boolean[width];
    for (int c : columns) {
      money[c] = printedUnit != null && isMoney(h, counts, c);
    }
    boolean thousands = options.decimals().isEmpty() && tableUnit == AmountUnit.POUNDS
        && counts.wholeThousands(columns, money);
    boolean[] suffixed = new boolean[width];
    for (int c : columns) {
      suffixed[c] = counts.figures[c] > 0 && counts.suffixed[c] * 2 > counts.figures[c];
    }
    // Rows: every row with a figure, named by its name cell; rows of words only are headings.
    Rows rows = new Rows(h, columns, names, width);
    for (RawTable.Row r : data) {
      rows.add(r, money, tableUnit, thousands, suffixed);
    }
    PlainColumns plain = null;
    if (tail != null) {
      plain = new PlainColumns(h, columns, money, tableUnit, thousands);
      for (int i = tail.from(); i < tail.to(); i++) {
        PrintedSheet.Line line = tail.line(i);
        if (!rows.addPlain(line, i + 1, plain)) {
          rows.add(tail.row(i), money, tableUnit, thousands, suffixed);
        }
      }
    }
    List<String> rowNames = rows.rowNames;
    List<Figures> cells = rows.cells;
    List<Integer> breaks = rows.breaks;
    java.util.Map<Integer, String> sections = rows.sections;
    List<RawTable.Row> shortRows = rows.shortRows;
    if (!shortRows.isEmpty()) {
      problems.note(shortRows(shortRows, columns, h));
    }
    if (rowNames.isEmpty()) {
      problems.problem(CsvRules.TABLE_EMPTY, problems.file(), "The table has headings but no rows of figures");
      return Optional.empty();
    }
    PublishedTable.Builder b = PublishedTable.builder(problems.sectionId(options, title), title).unit(tableUnit);
    String[] headings = new String[columns.size()];
    for (int k = 0; k < columns.size(); k++) {
      String heading = h.name(columns.get(k));
      headings[k] = heading.isEmpty() ? "Column " + (columns.get(k) + 1) : heading;
    }
    b.columns(headings);
    if (plain != null) {
      plain.place(problems, headings);
    }
    for (int i = 0; i < rowNames.size(); i++) {
      if (cells.get(i) instanceof PlainRow p) {
        b.row(rowNames.get(i), p);
        continue;
      }
      Read[] reads = ((Reads) cells.get(i)).reads;
      List<PublishedTable.Cell> row = new ArrayList<>();
      for (int k = 0; k < columns.size(); k++) {
        Read x = reads[k];
        row.add(x == null || x.figure() == null ? null : new PublishedTable.Cell(x.figure(), x.cell().clean(),
            problems.at(x.cell(), headings[k])));
      }
      b.row(rowNames.get(i), row);
      for (int k = 0; k < columns.size(); k++) {
        if (reads[k] != null && reads[k].absent()) {
          b.absent(i, k);
        }
      }
    }
    Object[] years = new Object[columns.size()];
    for (int k = 0; k < columns.size(); k++) {
      years[k] = columns.get(k) < h.width ? h.year[columns.get(k)] : null;
    }
    Relations relations = new Relations(headings, rowNames, cells, money(columns, money), breaks, years, sections);
    relations.discover().forEach(b::relation);
    problems.note(CsvRules.LAYOUT_DISCOVERED, Severity.INFO, problems.file(), "Read as printed, " + why + ": "
        + rowNames.size() + (rowNames.size() == 1 ? " row" : " rows") + " of figures named by "
        + (names >= 0 ? "column " + (names + 1) + " "
            + Headings.quoted(h.name(names)) : "their row numbers") + ", " + columns.size()
        + (columns.size() == 1 ? " column" : " columns") + " of figures ("
        + String.join(", ", List.of(headings)) + "), " + (printedUnit == null ? "plain numbers (no unit of money is"
            + " printed)" : "money in " + tableUnit.label())
        + (thousands ? " to the nearest £1,000 (every figure is a whole number of thousands)" : "")
        + ", each figure at the precision it is printed with; " + relations.summary());
    return Optional.of(b.build());
  }

  /** The rows of figures read so far, with the headings and parts of the table found between them. */
  private final class Rows {
    private final Headings h;
    private final List<Integer> columns;
    private final int names;
    private final int width;
    private final boolean[] isColumn;
    final List<String> rowNames = new ArrayList<>();
    final List<Figures> cells = new ArrayList<>();
    final List<Integer> breaks = new ArrayList<>();
    final java.util.Map<Integer, String> sections = new java.util.HashMap<>();
    final List<RawTable.Row> shortRows = new ArrayList<>();

    Rows(Headings h, List<Integer> columns, int names, int width) {
      this.h = h;
      this.columns = columns;
      this.names = names;
      this.width = width;
      this.isColumn = new boolean[width];
      columns.forEach(c -> isColumn[c] = true);
    }

    /** Reads a row cell by cell. */
    void add(RawTable.Row r, boolean[] money, AmountUnit tableUnit, boolean thousands, boolean[] suffixed) {
      boolean any = false;
      boolean readable = false;
      for (int c : columns) {
        String t = r.text(c);
        any |= !t.isEmpty();
        readable = readable || !t.isEmpty() && isCellFigure(t);
      }
      if (!any) {
        if (names >= 0 && !r.text(names).isEmpty()) {
          // A row of a name alone ("Expenditure Adjustments") heads the rows under it.
          sections.put(rowNames.size(), r.text(names));
        }
        return;
      }
      if (!readable) {
        // Words in every column of figures: the headings of a second table, or of a new part of this one.
        problems.note(Finding.info(CsvRules.LAYOUT_DISCOVERED, problems.atRow(r), "Row " + r.number()
            + " holds headings, not figures (" + String.join(", ", r.cells().stream().map(RawTable.Cell::clean)
                .filter(t -> !t.isEmpty()).toList()) + "); no total is looked for across it"));
        breaks.add(rowNames.size());
        return;
      }
      Read[] read = new Read[columns.size()];
      boolean figure = false;
      for (int k = 0; k < columns.size(); k++) {
        int c = columns.get(k);
        RawTable.Cell cell = r.cell(c);
        AmountUnit unit = c < h.width && h.unit[c] != null ? h.unit[c] : tableUnit;
        read[k] = figure(cell, h.name(c), money[c], unit, thousands, suffixed[c]);
        figure |= read[k] != null && read[k].figure() != null;
      }
      if (!figure && Arrays.stream(read).allMatch(x -> x == null || x.figure() == null && !x.absent())) {
        return;
      }
      rowNames.add(name(r::text, r.number()));
      cells.add(new Reads(read));
      if (r.size() <= columns.get(columns.size() - 1)) {
        shortRows.add(r);
      }
    }

    /**
     * A row's name: its cell in the column of names, or else the first cell of words beside the
     * figures (a pivot table's indented levels); else its number.
     */
    private String name(java.util.function.IntFunction<String> text, int number) {
      String name = names >= 0 ? text.apply(names) : "";
      for (int c = 0; c < width && name.isEmpty(); c++) {
        if (c != names && !isColumn[c]) {
          name = text.apply(c);
        }
      }
      return name.isEmpty() ? "Row " + number : name;
    }

    /**
     * Reads a large sheet's line kept compactly when every cell in a column of figures is a plain
     * figure or blank and one of its figures reads as a figure, as {@link #add} would read it; false
     * to have it read cell by cell.
     */
    boolean addPlain(PrintedSheet.Line line, int number, PlainColumns plain) {
      boolean readable = false;
      for (int c : columns) {
        if (line.isFigure(c)) {
          // A plain figure reads as one (isCellFigure): it has no £, no separator between two
          // numbers that makes a year, and no footnote mark, so it is never units or years.
          readable = true;
        } else if (!Labels.clean(line.text(c)).isEmpty()) {
          return false;
        }
      }
      if (!readable) {
        return false;
      }
      rowNames.add(name(c -> Labels.clean(line.text(c)), number));
      cells.add(new PlainRow(plain, line, number));
      return true;
    }
  }

  /**
   * What the plain rows of a large sheet share: for each column of figures, its place in the sheet,
   * its unit (null for plain numbers) and the half widths of its figures by their decimals; and where
   * the sheet's cells are.
   */
  private static final class PlainColumns {
    final int[] column;
    final AmountUnit[] unit;
    final boolean[] thousands;
    final BigDecimal[][] halves;
    String[] headings;
    Location file;
    String prefix;

    PlainColumns(Headings h, List<Integer> columns, boolean[] money, AmountUnit tableUnit, boolean thousands) {
      int n = columns.size();
      column = new int[n];
      unit = new AmountUnit[n];
      this.thousands = new boolean[n];
      halves = new BigDecimal[n][PrintedSheet.MAX_DECIMALS + 1];
      for (int k = 0; k < n; k++) {
        int c = columns.get(k);
        column[k] = c;
        unit[k] = !money[c] ? null : c < h.width && h.unit[c] != null ? h.unit[c] : tableUnit;
        this.thousands[k] = thousands && unit[k] == AmountUnit.POUNDS;
        for (int d = 0; d <= PrintedSheet.MAX_DECIMALS; d++) {
          halves[k][d] = figure(k, 0, d).halfWidth();
        }
      }
    }

    /** Each column's half widths as whole numbers of {@code 10^-halvesScale}, by decimals; made when first asked. */
    private long[][] scaledHalves;
    private int halvesScale;

    long scaledHalf(int k, int decimals, int scale) {
      if (scaledHalves == null || halvesScale != scale) {
        long[][] made = new long[halves.length][PrintedSheet.MAX_DECIMALS + 1];
        for (int j = 0; j < halves.length; j++) {
          for (int d = 0; d <= PrintedSheet.MAX_DECIMALS; d++) {
            made[j][d] = Figures.exactly(halves[j][d], scale);
          }
        }
        scaledHalves = made;
        halvesScale = scale;
      }
      return scaledHalves[k][decimals];
    }

    /** Where the cells are, once the columns' headings are known. */
    void place(Problems problems, String[] headings) {
      this.headings = headings.clone();
      this.file = problems.file();
      this.prefix = problems.cellPrefix();
    }

    /** A figure as {@link FigureTables#figure} reads the same figure printed. */
    ReportedFigure figure(int k, long unscaled, int decimals) {
      BigDecimal v = BigDecimal.valueOf(unscaled, decimals);
      if (unit[k] == null) {
        return ReportedNumber.of(v, decimals);
      }
      return ReportedAmount.of(v, unit[k], thousands[k] ? -3 : decimals);
    }
  }

  /** A plain row of a large sheet: its figures kept as the sheet keeps them, its cells made when asked for. */
  private static final class PlainRow extends Figures implements PublishedTable.Figures {
    private final PlainColumns plain;
    private final PrintedSheet.Line line;
    private final int number;

    PlainRow(PlainColumns plain, PrintedSheet.Line line, int number) {
      this.plain = plain;
      this.line = line;
      this.number = number;
    }

    @Override
    public int size() {
      return plain.column.length;
    }

    @Override
    ReportedFigure figure(int k) {
      int c = plain.column[k];
      return line.isFigure(c) ? plain.figure(k, line.figures[c], line.formats[c] & PrintedSheet.DECIMALS) : null;
    }

    @Override
    public BigDecimal value(int k) {
      int c = plain.column[k];
      if (!line.isFigure(c)) {
        return null;
      }
      int decimals = line.formats[c] & PrintedSheet.DECIMALS;
      AmountUnit unit = plain.unit[k];
      return BigDecimal.valueOf(line.figures[c], unit == null ? decimals : decimals - unit.exponent());
    }

    @Override
    BigDecimal half(int k) {
      return plain.halves[k][line.formats[plain.column[k]] & PrintedSheet.DECIMALS];
    }

    @Override
    public BigDecimal halfWidth(int k) {
      return half(k);
    }

    @Override
    long scaled(int k, int scale) {
      int c = plain.column[k];
      int decimals = line.formats[c] & PrintedSheet.DECIMALS;
      AmountUnit unit = plain.unit[k];
      int shift = scale - (unit == null ? decimals : decimals - unit.exponent());
      if (shift < 0 || shift >= POWERS.length) {
        return super.scaled(k, scale);
      }
      long x = line.figures[c];
      long p = POWERS[shift];
      long high = Math.multiplyHigh(x, p);
      long product = x * p;
      return (high == 0 && product >= 0 || high == -1 && product < 0) && product != Long.MIN_VALUE ? product
          : Long.MIN_VALUE;
    }

    @Override
    long scaledHalf(int k, int scale) {
      return plain.scaledHalf(k, line.formats[plain.column[k]] & PrintedSheet.DECIMALS, scale);
    }

    @Override
    public boolean isPrinted(int k) {
      return line.isFigure(plain.column[k]);
    }

    @Override
    public int scale(int k) {
      int decimals = line.formats[plain.column[k]] & PrintedSheet.DECIMALS;
      AmountUnit unit = plain.unit[k];
      return Math.max(unit == null ? decimals : decimals - unit.exponent(), plain.halves[k][decimals].scale());
    }

    @Override
    public long scaledValue(int k, int scale) {
      return scaled(k, scale);
    }

    @Override
    public long scaledHalfWidth(int k, int scale) {
      return scaledHalf(k, scale);
    }

    @Override
    Read read(int k) {
      ReportedFigure f = figure(k);
      int c = plain.column[k];
      return f == null ? null : new Read(f, new RawTable.Cell(line.text(c), number, c + 1, number, c + 1), false);
    }

    @Override
    boolean isAbsent(int k) {
      return false;
    }

    @Override
    boolean isPercent(int k) {
      return false;
    }

    @Override
    public PublishedTable.Cell cell(int k) {
      ReportedFigure f = figure(k);
      if (f == null) {
        return null;
      }
      int c = plain.column[k];
      String heading = plain.headings[k];
      return new PublishedTable.Cell(f, Labels.clean(line.text(c)), plain.file.atCell(Location.Cell.inSheet(
          plain.prefix, number, c + 1, heading == null || heading.isBlank() ? null : heading), number, c + 1));
    }

    @Override
    public String toString() {
      return "row " + number + " of plain figures";
    }
  }

  /** The columns of figures a row ends before: it holds fewer cells than the file's other rows. */
  private static List<Integer> missing(RawTable.Row row, List<Integer> columns) {
    List<Integer> missing = new ArrayList<>();
    for (int c : columns) {
      if (c >= row.size()) {
        missing.add(c);
      }
    }
    return missing;
  }

  /** How many rows, and columns of the first, the finding on rows that end early names; the rest are counted. */
  private static final int NAMED = 5;

  /**
   * The one finding on the rows that end before a column of figures, at the first row's first
   * missing cell: {@code Row 3 ends after column 3 "Income"; column 4 "Net" is read as blank}, and
   * how many such rows there are in all.
   */
  private Finding shortRows(List<RawTable.Row> shortRows, List<Integer> columns, Headings h) {
    RawTable.Row first = shortRows.get(0);
    List<Integer> missing = missing(first, columns);
    int last = first.size() - 1;
    List<String> named = missing.stream().limit(NAMED).map(c -> (c + 1) + " " + Headings.quoted(h.name(c)))
        .toList();
    int moreColumns = missing.size() - named.size();
    String blank = named.size() == 1 ? "column " + named.get(0) + " is"
        : "columns " + String.join(", ", named.subList(0, named.size() - (moreColumns > 0 ? 0 : 1))) + " and "
            + (moreColumns > 0 ? moreColumns + " more" : named.get(named.size() - 1)) + " are";
    StringBuilder message = new StringBuilder("Row " + first.number() + " ends after column " + (last + 1) + " "
        + Headings.quoted(h.name(last)) + "; " + blank + " read as blank");
    if (shortRows.size() > 1) {
      List<String> numbers = shortRows.stream().limit(NAMED).map(r -> String.valueOf(r.number())).toList();
      int more = shortRows.size() - numbers.size();
      message.append("; in all ").append(shortRows.size()).append(" rows end before a column of figures (rows ")
          .append(more == 0 ? String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and "
              + numbers.get(numbers.size() - 1) : String.join(", ", numbers) + " and " + more + " more")
          .append("), each read with its missing cells blank");
    }
    int c = missing.get(0);
    RawTable.Cell at = new RawTable.Cell("", first.number(), c + 1, first.cell(last).line(), 0);
    return Finding.info(CsvRules.ROW_SHORT, problems.at(at, h.name(c)), message.toString());
  }

  private static boolean[] money(List<Integer> columns, boolean[] money) {
    boolean[] m = new boolean[columns.size()];
    for (int k = 0; k < columns.size(); k++) {
      m[k] = money[columns.get(k)];
    }
    return m;
  }

  /**
   * Whether a data cell counts for its column as a figure: a figure, a dash or a word for none, or a
   * figure printed with a decimal comma, which cannot be read but is no word; not a heading's units
   * or years ({@code £'000}, {@code 2024/25}), except a dash ({@code -}, {@code £ –}), which is nil.
   */
  private static boolean isCellFigure(String text) {
    try {
      TableCell.Kind kind = TableCell.parse(text).kind();
      return kind == TableCell.Kind.NIL || kind != TableCell.Kind.BLANK && !Labels.isUnitsOrYears(text);
    } catch (ValueParseException e) {
      return TableCell.isDecimalComma(text) && !Labels.isUnitsOrYears(text);
    }
  }

  private static AmountUnit tableUnit(Headings h, List<Integer> columns, SheetTail tail) {
    for (int c : columns) {
      if (c < h.width && h.unit[c] != null) {
        return h.unit[c];
      }
    }
    // A unit printed in the heading rows beyond the heading row's cells, or on most figures ("£8.2m").
    for (int i = 0; i < h.dataStart; i++) {
      for (RawTable.Cell cell : h.table.rows().get(i).cells()) {
        if (Labels.isUnitsOrYears(cell.clean())) {
          Optional<AmountUnit> u = Labels.unit(cell.clean());
          if (u.isPresent()) {
            return u.get();
          }
        }
      }
    }
    java.util.Map<AmountUnit, Integer> own = new java.util.EnumMap<>(AmountUnit.class);
    int figures = 0;
    for (RawTable.Row r : h.dataRows()) {
      for (int c : columns) {
        try {
          TableCell cell = TableCell.parse(r.text(c));
          if (cell.isFigure() && !cell.isPercent()) {
            figures++;
            cell.unit().or(() -> cell.hasCurrency() ? Optional.of(AmountUnit.POUNDS) : Optional.empty())
                .ifPresent(u -> own.merge(u, 1, Integer::sum));
          }
        } catch (ValueParseException e) {
          // reported where the cell is read
        }
      }
    }
    for (int i = tail == null ? 0 : tail.from(); tail != null && i < tail.to(); i++) {
      PrintedSheet.Line line = tail.line(i);
      for (int c : columns) {
        if (line.isFigure(c)) {
          figures++; // a plain figure: no unit of its own
          continue;
        }
        try {
          TableCell cell = TableCell.parse(Labels.clean(line.text(c)));
          if (cell.isFigure() && !cell.isPercent()) {
            figures++;
            cell.unit().or(() -> cell.hasCurrency() ? Optional.of(AmountUnit.POUNDS) : Optional.empty())
                .ifPresent(u -> own.merge(u, 1, Integer::sum));
          }
        } catch (ValueParseException e) {
          // reported where the cell is read
        }
      }
    }
    for (java.util.Map.Entry<AmountUnit, Integer> e : own.entrySet()) {
      if (e.getValue() * 2 > figures) {
        return e.getKey();
      }
    }
    if (!own.isEmpty()) {
      // Figures in several units ("£8.2m" beside "£950k"): money, shown in the unit most of them use.
      return own.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
    return h.titleUnit().or(() -> {
      for (int c = 0; c < h.width; c++) {
        if (h.unit[c] != null) {
          return Optional.of(h.unit[c]);
        }
      }
      return Optional.empty();
    }).orElse(null);
  }

  private static boolean isMoney(Headings h, Counts counts, int c) {
    String heading = c < h.width ? h.heading[c] : "";
    if (Labels.namesPercent(heading) || NUMBER_WORDS.matcher(Labels.words(heading)).matches()) {
      return c < h.width && h.unit[c] != null;
    }
    return counts.percents[c] * 2 < counts.figures[c] || counts.figures[c] == 0;
  }

  /**
   * What the data rows of a table hold in each column, counted in one pass that cleans and reads
   * each cell once: the cells that count as figures and as words, the figures among them, and how
   * many are percentages, carry their own unit, or are not whole thousands of pounds.
   */
  private static final class Counts {
    /** Cells read as a figure, a dash or a word for none, or a figure printed with a decimal comma. */
    final int[] cells;
    /** Cells of words, or that cannot be read. */
    final int[] words;
    /** Figures (not dashes or words for none). */
    final int[] figures;
    /** Percentages among the figures. */
    final int[] percents;
    /** Figures with their own unit ({@code £8.2m}, {@code £950k}). */
    final int[] suffixed;
    /** Whether a figure in pounds has decimals or is not a whole number of thousands. */
    final boolean[] notThousands;
    /** Whether a figure in pounds (not a percentage) is not zero. */
    final boolean[] nonZero;

    Counts(List<RawTable.Row> data, int width) {
      cells = new int[width];
      words = new int[width];
      figures = new int[width];
      percents = new int[width];
      suffixed = new int[width];
      notThousands = new boolean[width];
      nonZero = new boolean[width];
      for (RawTable.Row r : data) {
        for (int c = 0; c < r.size(); c++) {
          String t = r.text(c);
          if (!t.isEmpty()) {
            count(t, c);
          }
        }
      }
    }

    /** Counts a large sheet's rows below the table's first ones: a plain figure as its printed text would count. */
    void count(SheetTail tail) {
      for (int i = tail.from(); i < tail.to(); i++) {
        PrintedSheet.Line line = tail.line(i);
        for (int c = 0; c < line.size() && c < cells.length; c++) {
          if (line.isFigure(c)) {
            long v = line.figures[c];
            int decimals = line.formats[c] & PrintedSheet.DECIMALS;
            cells[c]++;
            figures[c]++;
            notThousands[c] |= decimals > 0 || v % 1000 != 0;
            nonZero[c] |= v != 0;
          } else {
            String t = Labels.clean(line.text(c));
            if (!t.isEmpty()) {
              count(t, c);
            }
          }
        }
      }
    }

    private void count(String text, int c) {
      if (TableCell.isPlainWords(text)) {
        words[c]++; // what reading it would find, without the grammar: a line's name
        return;
      }
      TableCell cell;
      try {
        cell = TableCell.parse(text);
      } catch (ValueParseException e) {
        // Reported where the cell is read; a figure printed with a decimal comma is no word.
        if (TableCell.isDecimalComma(text)) {
          cells[c]++;
        } else {
          words[c]++;
        }
        return;
      }
      if (cell.kind() == TableCell.Kind.BLANK) {
        words[c]++;
        return;
      }
      cells[c]++;
      if (!cell.isFigure()) {
        return;
      }
      figures[c]++;
      suffixed[c] += cell.unit().isPresent() ? 1 : 0;
      if (cell.isPercent()) {
        percents[c]++;
      } else if (cell.unit().isEmpty() || cell.unit().get() == AmountUnit.POUNDS) {
        BigDecimal v = cell.value().orElseThrow();
        notThousands[c] |= cell.decimals() > 0 || v.remainder(THOUSAND).signum() != 0;
        nonZero[c] |= v.signum() != 0;
      }
    }

    /** Whether every money figure of a table in pounds is a whole number of thousands (and one is not zero). */
    boolean wholeThousands(List<Integer> columns, boolean[] money) {
      boolean any = false;
      for (int c : columns) {
        if (money[c]) {
          if (notThousands[c]) {
            return false;
          }
          any |= nonZero[c];
        }
      }
      return any;
    }
  }

  /**
   * Reads one cell; null for a blank. An unreadable cell is an ERROR finding, and reads as blank. In
   * a column whose figures carry their own unit ({@code £27.6m}), one printed with a £ sign and no
   * unit ({@code £744,000}) is in pounds, as its reader sees it, not in the column's unit.
   */
  private Read figure(RawTable.Cell cell, String heading, boolean money, AmountUnit unit, boolean thousands,
      boolean suffixed) {
    String text = cell.clean();
    if (text.isEmpty()) {
      return null;
    }
    TableCell parsed;
    try {
      parsed = TableCell.parse(cell.text());
    } catch (ValueParseException e) {
      problems.note(Finding.error(CsvRules.CELL_UNREADABLE, problems.at(cell, heading), "Row " + cell.row()
          + ", column " + Headings.quoted(heading) + ": " + e.getMessage().replaceFirst("^Cannot read ", "cannot read ")
              .replace(" as a figure: ", ": ") + "; the cell is left out of every relation")
          .withValues("a figure", org.scplan.core.internal.Text.quote(text)));
      return new Read(null, cell, true);
    }
    return switch (parsed.kind()) {
      case BLANK -> null;
      case ABSENT -> new Read(null, cell, true);
      case NIL -> new Read(money ? ReportedAmount.of(BigDecimal.ZERO, unit, 12) : ReportedNumber.of(BigDecimal.ZERO,
          12), cell, false);
      case FIGURE -> {
        BigDecimal v = parsed.value().orElseThrow();
        int decimals = parsed.decimals();
        if (!money || parsed.isPercent()) {
          yield new Read(ReportedNumber.of(v, decimals), cell, false);
        }
        AmountUnit own = parsed.unit().orElse(suffixed && parsed.hasCurrency() ? AmountUnit.POUNDS : unit);
        if (thousands && own == AmountUnit.POUNDS && decimals >= 0) {
          decimals = -3;
        }
        yield new Read(ReportedAmount.of(v, own, decimals), cell, false);
      }
    };
  }

  /** The first cell of a column that holds something, for a finding about the column as a whole. */
  private static RawTable.Cell firstFilled(List<RawTable.Row> rows, int c) {
    for (RawTable.Row row : rows) {
      if (c < row.size() && !row.text(c).isEmpty()) {
        return row.cell(c);
      }
    }
    return rows.get(0).cell(c);
  }
}
