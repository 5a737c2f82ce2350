package org.scplan.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.scplan.core.AmountUnit;
import org.scplan.core.FinancialYear;
import org.scplan.csv.internal.Labels;

/**
 * The headings of a table: which row names the columns, the title rows above it, the rows of years
 * spanning columns, the row of units under it, and for each column its heading, year and unit.
 * Not API.
 *
 * <p>The heading row is the row, before the first row of figures, whose cells name the most
 * columns the reader knows. Above it, a row with a single cell is a title ({@code Key Performance
 * Indicators}); a row with several is a band whose years span the blank cells to their right
 * (the Kent KASS HQ plan 2010-11's {@code 2009/10} over FTE and controllable expenditure). Under it, rows holding only
 * units and years ({@code £'000}, {@code £000s}) belong to the headings too.
 */
final class Headings {
  /** How many rows before the first row of figures may be looked at for the heading row. */
  private static final int SEARCH = 20;
  /** The longest text read as a heading: longer cells are sentences, a target's wording or a note. */
  private static final int MAX_HEADING = 100;

  final RawTable table;
  final int labelRow;
  final int dataStart;
  final List<String> titles;
  final int width;
  final String[] heading;
  final String[] printed;
  final FinancialYear[] year;
  final AmountUnit[] unit;
  final RawTable.Cell[] cell;
  final String[] words;
  final int score;

  private Headings(RawTable table, int labelRow, int dataStart, List<String> titles, int width, String[] heading,
      String[] printed, FinancialYear[] year, AmountUnit[] unit, RawTable.Cell[] cell, int score) {
    this.table = table;
    this.labelRow = labelRow;
    this.dataStart = dataStart;
    this.titles = titles;
    this.width = width;
    this.heading = heading;
    this.printed = printed;
    this.year = year;
    this.unit = unit;
    this.cell = cell;
    this.score = score;
    this.words = new String[width];
    for (int c = 0; c < width; c++) {
      words[c] = Labels.words(heading[c]);
    }
  }

  /**
   * Finds the headings of a table.
   *
   * @param table the table
   * @param known how many columns the text of a heading cell names: 1 if the reader knows it, else 0
   * @return the headings, or empty if the table has no row that is not blank
   */
  static Optional<Headings> find(RawTable table, ToIntFunction<String> known) {
    List<RawTable.Row> rows = table.rows();
    int first = 0;
    while (first < rows.size() && rows.get(first).isBlank()) {
      first++;
    }
    if (first == rows.size()) {
      return Optional.empty();
    }
    int best = -1;
    int bestScore = 0;
    int bestRank = 0;
    int fallback = -1;
    int yearsRow = -1;
    for (int i = first; i < rows.size() && i < first + SEARCH && !isFigures(rows.get(i)); i++) {
      RawTable.Row r = rows.get(i);
      int s = 0;
      for (int c = 0; c < r.size(); c++) {
        String t = r.text(c);
        // A sentence (a target's wording, a footnote) is not a heading, whatever words it uses.
        if (!t.isEmpty() && t.length() <= MAX_HEADING) {
          s += known.applyAsInt(t);
        }
      }
      // A row of one cell is a title ("SUMMARY OF TARGETS 1998-99"): it heads the columns only when no
      // row of two or more cells names any, and then a cell over the figures (", £000" over a single
      // column of figures) heads them before a title in the label column does.
      int rank = r.nonBlank() >= 2 ? 2 : r.cell(0).isBlank() ? 1 : 0;
      if (rank > bestRank && s > 0 || rank == bestRank && s > bestScore) {
        best = i;
        bestScore = s;
        bestRank = rank;
      }
      if (fallback < 0 && r.nonBlank() >= 2) {
        fallback = i;
      }
      if (r.nonBlank() >= 2 && isYearsRow(r)) {
        yearsRow = i;
      }
    }
    // Years name columns though no reader counts them as a known heading: a row of years (", 2023/24,
    // 2024/25") heads the figures under it before a title of one cell does.
    if (bestRank == 0 && yearsRow >= 0) {
      best = yearsRow;
    }
    int labelRow = best >= 0 ? best : fallback >= 0 ? fallback : first;
    int dataStart = labelRow + 1;
    while (dataStart < rows.size() && isUnitsRow(rows.get(dataStart))) {
      dataStart++;
    }
    List<String> titles = new ArrayList<>();
    List<RawTable.Row> bands = new ArrayList<>();
    for (int i = first; i < labelRow; i++) {
      RawTable.Row r = rows.get(i);
      if (r.nonBlank() == 1) {
        titles.add(r.cells().stream().map(RawTable.Cell::clean).filter(s -> !s.isEmpty()).findFirst().orElse(""));
      } else if (r.nonBlank() > 1 && isCaption(r, rows, dataStart)) {
        titles.add(String.join(" ", r.cells().stream().map(RawTable.Cell::clean).filter(s -> !s.isEmpty()).toList()));
      } else if (r.nonBlank() > 1) {
        bands.add(r);
      }
    }
    RawTable.Row label = rows.get(labelRow);
    int width = label.size();
    String[] heading = new String[width];
    String[] printed = new String[width];
    FinancialYear[] year = new FinancialYear[width];
    AmountUnit[] unit = new AmountUnit[width];
    RawTable.Cell[] cell = new RawTable.Cell[width];
    for (RawTable.Row band : bands) {
      FinancialYear spanning = null;
      String spanningText = null;
      for (int c = 0; c < width; c++) {
        String t = band.text(c);
        if (!t.isEmpty()) {
          spanning = Labels.year(t).orElse(null);
          spanningText = Labels.isYear(t) || Labels.isUnitsOrYears(t) ? null : t;
        }
        if (!t.isEmpty() && !Labels.isYear(t)) {
          heading[c] = join(heading[c], t);
        } else if (t.isEmpty() && spanningText != null && !label.text(c).isEmpty()) {
          // A band's words span the blank cells to their right, as a merged cell does ("Expenditure"
          // over "Budget" and "To Date"), as far as the heading row goes on naming columns.
          heading[c] = join(heading[c], spanningText);
        }
        if (year[c] == null) {
          year[c] = t.isEmpty() ? spanning : Labels.years(t).stream().findFirst().orElse(null);
        }
        if (unit[c] == null) {
          unit[c] = Labels.unit(t).orElse(null);
        }
      }
    }
    for (int c = 0; c < width; c++) {
      String t = label.text(c);
      printed[c] = t;
      cell[c] = label.cell(c);
      heading[c] = join(heading[c], t);
      List<FinancialYear> own = Labels.years(t);
      if (!own.isEmpty()) {
        year[c] = own.get(0);
      }
      unit[c] = Labels.unit(t).orElse(unit[c]);
      for (int i = labelRow + 1; i < dataStart; i++) {
        String u = rows.get(i).text(c);
        unit[c] = Labels.unit(u).orElse(unit[c]);
        List<FinancialYear> y = Labels.years(u);
        if (!y.isEmpty()) {
          year[c] = y.get(0);
        }
      }
      if (heading[c] == null) {
        heading[c] = "";
      }
    }
    return Optional.of(new Headings(table, labelRow, dataStart, List.copyOf(titles), width, heading, printed, year,
        unit, cell, bestScore));
  }

  /** Whether every filled cell of a row after its first is a year (units may come with it: {@code 2024/25 £}). */
  private static boolean isYearsRow(RawTable.Row r) {
    for (int c = 1; c < r.size(); c++) {
      String t = r.text(c);
      if (!t.isEmpty() && (!Labels.isUnitsOrYears(t) || Labels.years(t).isEmpty())) {
        return false;
      }
    }
    return true;
  }

  /** How many rows under the headings are looked at to tell whether a column holds figures. */
  private static final int FIGURE_SEARCH = 50;

  /**
   * Whether a row of several cells above the heading row is a caption rather than a band of headings:
   * its first cell is filled (a band leaves the label column's cell blank) and none of its cells sits
   * over a column of figures, as {@code Nov 2024 | Credit card payments to note} sits over a date and
   * a payee. A band's words head the columns of figures under them ({@code Expenditure} over {@code
   * Budget}); a caption's would only be prefixed to every heading to its right.
   */
  private static boolean isCaption(RawTable.Row r, List<RawTable.Row> rows, int dataStart) {
    if (r.cell(0).isBlank()) {
      return false;
    }
    for (int c = 0; c < r.size(); c++) {
      if (!r.cell(c).isBlank() && holdsFigures(rows, dataStart, c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a column holds a figure that is not a year in one of the first rows under the headings. */
  private static boolean holdsFigures(List<RawTable.Row> rows, int dataStart, int c) {
    for (int i = dataStart; i < rows.size() && i < dataStart + FIGURE_SEARCH; i++) {
      String t = rows.get(i).text(c);
      if (!t.isEmpty() && !Labels.isYear(t) && TableCell.readsAsFigure(t)) {
        return true;
      }
    }
    return false;
  }

  private static String join(String a, String b) {
    if (b == null || b.isEmpty()) {
      return a;
    }
    return a == null || a.isEmpty() ? b : a + " " + b;
  }

  /** Whether a row holds a figure that is not a year or a unit: the first such row ends the headings. */
  static boolean isFigures(RawTable.Row row) {
    for (RawTable.Cell c : row.cells()) {
      String t = c.clean();
      // "£000" over a column reads as a figure of nothing, but it is the column's unit
      if (!t.isEmpty() && !Labels.isUnitsOrYears(t) && TableCell.readsAsFigure(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUnitsRow(RawTable.Row row) {
    if (row.isBlank()) {
      return false;
    }
    for (RawTable.Cell c : row.cells()) {
      String t = c.clean();
      if (!t.isEmpty() && !Labels.isUnitsOrYears(t)) {
        return false;
      }
    }
    return true;
  }

  /** The rows under the headings. */
  List<RawTable.Row> dataRows() {
    return table.rows().subList(dataStart, table.rows().size());
  }

  /** The heading of a column with its year before it, for a schema whose labels carry years. */
  String headingWithYear(int c) {
    return year[c] == null || !Labels.years(heading[c]).isEmpty() ? heading[c] : year[c] + " " + heading[c];
  }

  /** The name of a column for messages: its heading, or empty. */
  String name(int c) {
    return c < width ? heading[c] : "";
  }

  /** The section's title: as given, else the first title row, else the file's name. */
  String title(TableOptions options, String fileName) {
    return options.title().orElse(titles.isEmpty() ? fileName : titles.get(0));
  }

  /** The year the title rows name, if any. */
  Optional<FinancialYear> titleYear() {
    for (String t : titles) {
      List<FinancialYear> y = Labels.years(t);
      if (!y.isEmpty()) {
        return Optional.of(y.get(y.size() - 1));
      }
    }
    return Optional.empty();
  }

  /** The unit the title rows name, if any. */
  Optional<AmountUnit> titleUnit() {
    for (String t : titles) {
      Optional<AmountUnit> u = Labels.unit(t);
      if (u.isPresent()) {
        return u;
      }
    }
    return Optional.empty();
  }

  /**
   * Checks that every row under the headings has as many cells as the heading row: extra cells
   * that are blank are allowed (a trailing separator); others, and missing cells, are ragged rows.
   */
  void checkRagged(Problems problems) {
    int headingRow = table.rows().get(labelRow).number();
    for (int i = labelRow + 1; i < table.rows().size() && !problems.isFull(); i++) {
      RawTable.Row r = table.rows().get(i);
      if (r.isBlank() || r.nonBlank() == 1 && !r.cell(0).isBlank() && r.size() < width) {
        // A blank row, or a heading within the table ("Financed by", a group's name) on a short row.
        continue;
      }
      if (r.size() < width) {
        RawTable.Cell last = r.cell(r.size() - 1);
        problems.problem(CsvRules.ROW_RAGGED, problems.at(new RawTable.Cell("", r.number(), r.size() + 1,
                last.line(), last.charColumn()), name(r.size())),
            "Row " + r.number() + " has " + r.size() + " cells but the heading row (row " + headingRow + ") has "
                + width + "; the row ends before column " + (r.size() + 1) + " " + quoted(name(r.size())),
            width + " cells", r.size() + " cells");
      } else {
        for (int c = width; c < r.size(); c++) {
          if (!r.cells().get(c).isBlank()) {
            problems.problem(CsvRules.ROW_RAGGED, problems.at(r.cells().get(c), null),
                "Row " + r.number() + " has a cell beyond the " + width + " columns of the heading row (row "
                    + headingRow + "): column " + (c + 1) + " holds " + quoted(r.cells().get(c).clean()),
                width + " cells", r.size() + " cells");
            break;
          }
        }
      }
    }
  }

  static String quoted(String s) {
    return s == null || s.isEmpty() ? "(no heading)" : org.scplan.core.internal.Text.quote(s);
  }
}
