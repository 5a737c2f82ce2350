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

  /** A thousand pounds: a table whose every figure is a whole number of them is printed to the nearest £1,000. */
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private final TableOptions options;
  private final Problems problems;
  private final String defaultTitle;

  FigureTables(TableOptions options, Problems problems, String defaultTitle) {
    this.options = options;
    this.problems = problems;
    this.defaultTitle = defaultTitle;
  }

  /** A cell read: its figure (null for a blank or an absent value) and the cell it came from. */
  record Read(ReportedFigure figure, RawTable.Cell cell, boolean absent) {}

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
    Counts counts = new Counts(data, width);
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
    AmountUnit printedUnit = options.unit().orElseGet(() -> tableUnit(h, columns));
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
    List<RawTable.Row> rows = new ArrayList<>();
    List<String> rowNames = new ArrayList<>();
    List<Read[]> cells = new ArrayList<>();
    List<Integer> breaks = new ArrayList<>();
    java.util.Map<Integer, String> sections = new java.util.HashMap<>();
    List<RawTable.Row> shortRows = new ArrayList<>();
    for (RawTable.Row r : data) {
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
          sections.put(rows.size(), r.text(names));
        }
        continue;
      }
      if (!readable) {
        // Words in every column of figures: the headings of a second table, or of a new part of this one.
        problems.note(Finding.info(CsvRules.LAYOUT_DISCOVERED, problems.atRow(r), "Row " + r.number()
            + " holds headings, not figures (" + String.join(", ", r.cells().stream().map(RawTable.Cell::clean)
                .filter(t -> !t.isEmpty()).toList()) + "); no total is looked for across it"));
        breaks.add(rows.size());
        continue;
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
        continue;
      }
      String name = names >= 0 ? r.text(names) : "";
      for (int c = 0; c < width && name.isEmpty(); c++) {
        // Names printed in the next column of words along (a pivot table's indented levels).
        if (c != names && !columns.contains(c)) {
          name = r.text(c);
        }
      }
      rows.add(r);
      rowNames.add(name.isEmpty() ? "Row " + r.number() : name);
      cells.add(read);
      if (r.size() <= columns.get(columns.size() - 1)) {
        shortRows.add(r);
      }
    }
    if (!shortRows.isEmpty()) {
      problems.note(shortRows(shortRows, columns, h));
    }
    if (rows.isEmpty()) {
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
    for (int i = 0; i < rows.size(); i++) {
      List<PublishedTable.Cell> row = new ArrayList<>();
      for (int k = 0; k < columns.size(); k++) {
        Read x = cells.get(i)[k];
        row.add(x == null || x.figure() == null ? null : new PublishedTable.Cell(x.figure(), x.cell().clean(),
            problems.at(x.cell(), headings[k])));
      }
      b.row(rowNames.get(i), row);
      for (int k = 0; k < columns.size(); k++) {
        if (cells.get(i)[k] != null && cells.get(i)[k].absent()) {
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
        + rows.size() + (rows.size() == 1 ? " row" : " rows") + " of figures named by "
        + (names >= 0 ? "column " + (names + 1) + " "
            + Headings.quoted(h.name(names)) : "their row numbers") + ", " + columns.size()
        + (columns.size() == 1 ? " column" : " columns") + " of figures ("
        + String.join(", ", List.of(headings)) + "), " + (printedUnit == null ? "plain numbers (no unit of money is"
            + " printed)" : "money in " + tableUnit.label())
        + (thousands ? " to the nearest £1,000 (every figure is a whole number of thousands)" : "")
        + ", each figure at the precision it is printed with; " + relations.summary());
    return Optional.of(b.build());
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

  private static AmountUnit tableUnit(Headings h, List<Integer> columns) {
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

    private void count(String text, int c) {
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
