package org.scplan.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.scplan.core.Location;
import org.scplan.core.ValueParseException;
import org.scplan.core.internal.Text;
import org.scplan.csv.internal.Labels;

/**
 * The columns of an indicator or risk table matched to the fields they hold, with the cells read
 * field by field. A heading that names no field is a problem. Not API.
 *
 * @param <F> the fields
 */
final class TableFields<F extends Enum<F>> {
  final Headings headings;
  private final Problems problems;
  private final Map<F, List<Integer>> columns;

  private TableFields(Headings headings, Problems problems, Map<F, List<Integer>> columns) {
    this.headings = headings;
    this.problems = problems;
    this.columns = columns;
  }

  /**
   * Matches a table's headings to fields, reporting every heading that names none and every ragged
   * row.
   *
   * @param what what the table is, for messages: {@code "an indicator table"}
   * @param known the headings each field goes by, in words, for messages
   */
  static <F extends Enum<F>> Optional<TableFields<F>> match(RawTable raw, Class<F> type,
      Function<String, Optional<F>> words, TableOptions options, Problems problems, String what, String known) {
    Map<String, F> byName = new java.util.HashMap<>();
    for (F field : type.getEnumConstants()) {
      byName.put(TableOptions.fieldName(field), field);
    }
    for (Map.Entry<String, String> e : options.columns().entrySet()) {
      if (!byName.containsKey(e.getValue())) {
        problems.problem(CsvRules.HEADER_UNMATCHED, problems.file(), "The column mapping " + e.getKey() + "="
            + e.getValue() + " names no field of " + what + " (its fields are " + String.join(", ", byName.keySet()
                .stream().sorted().toList()) + ")");
      }
    }
    Function<String, Optional<F>> vocabulary = heading -> {
      for (Map.Entry<String, String> e : options.columns().entrySet()) {
        if (Labels.words(e.getKey()).equals(Labels.words(heading)) && byName.containsKey(e.getValue())) {
          return Optional.of(byName.get(e.getValue()));
        }
      }
      return words.apply(heading);
    };
    Optional<Headings> found = Headings.find(raw, t -> vocabulary.apply(t).isPresent() ? 1 : 0);
    if (found.isEmpty()) {
      problems.problem(CsvRules.TABLE_EMPTY, problems.file(), "The table is empty: it has no row of headings");
      return Optional.empty();
    }
    Headings h = found.get();
    Map<F, List<Integer>> columns = new EnumMap<>(type);
    for (int c = 0; c < h.width; c++) {
      String heading = h.heading[c];
      Optional<F> field = heading.isEmpty() ? Optional.empty() : vocabulary.apply(heading);
      if (field.isPresent()) {
        columns.computeIfAbsent(field.get(), k -> new ArrayList<>()).add(c);
      } else if (c == 0 && heading.isEmpty() && mostlyWords(h, c)) {
        // A first column of words with no heading: the names of the rows, taken up by the reader.
        continue;
      } else if (hasContent(h, c)) {
        int column = c;
        long cells = h.dataRows().stream().filter(r -> !r.text(column).isEmpty()).count();
        problems.note(org.scplan.core.Finding.of(CsvRules.COLUMN_UNKNOWN, options.strict()
            ? org.scplan.core.Severity.ERROR : org.scplan.core.Severity.INFO, problems.at(h.cell[c], heading),
            (heading.isEmpty() ? "Column " + (c + 1) + " has no heading" : "Heading " + Headings.quoted(heading)
                + " (column " + (c + 1) + ") matches no column of " + what + " (" + known + ")") + "; its " + cells
                + (cells == 1 ? " cell is" : " cells are") + " not read (give --column HEADING=FIELD to read them)"));
      }
    }
    h.checkRagged(problems);
    return Optional.of(new TableFields<>(h, problems, columns));
  }

  private static boolean mostlyWords(Headings h, int c) {
    long cells = h.dataRows().stream().filter(r -> !r.text(c).isEmpty()).count();
    long words = h.dataRows().stream().map(r -> r.text(c)).filter(t -> !t.isEmpty() && !TableCell.isPlainFigure(t))
        .filter(t -> !TableCell.readsAsFigure(t)).count();
    return cells > 0 && words * 2 > cells;
  }

  private static boolean hasContent(Headings h, int c) {
    return h.dataRows().stream().anyMatch(r -> !r.text(c).isEmpty());
  }

  /**
   * Reads the first column of one field that holds mostly words (a "Target" column of each target's
   * wording) as another field (the indicators' titles).
   */
  void retitle(F from, F to) {
    for (int c : columns(from)) {
      if (mostlyWords(headings, c)) {
        List<Integer> rest = new ArrayList<>(columns(from));
        rest.remove(Integer.valueOf(c));
        if (rest.isEmpty()) {
          columns.remove(from);
        } else {
          columns.put(from, rest);
        }
        columns.put(to, new ArrayList<>(List.of(c)));
        return;
      }
    }
  }

  /**
   * Takes the first column holding words, not figures, for a field no heading names: the names of
   * the rows when no heading reads like Ref or Indicator. Returns whether one was found.
   */
  boolean nameByFirstColumnOfWords(F field) {
    for (int c = 0; c < headings.width; c++) {
      int column = c;
      boolean taken = columns.values().stream().anyMatch(l -> l.contains(column));
      long words = headings.dataRows().stream().filter(r -> !r.text(column).isEmpty())
          .filter(r -> !TableCell.readsAsFigure(r.text(column))).count();
      long cells = headings.dataRows().stream().filter(r -> !r.text(column).isEmpty()).count();
      if (!taken && cells > 0 && words * 2 > cells) {
        columns.put(field, new ArrayList<>(List.of(c)));
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a row below the headings prints a column's own heading again ("Result" under
   * "Result"): a second heading row, as tables printed in parts repeat them.
   */
  boolean repeatsHeadings(RawTable.Row row) {
    for (int c = 1; c < headings.width && c < row.size(); c++) {
      String t = row.text(c);
      if (!t.isEmpty() && t.equalsIgnoreCase(headings.heading[c]) && !TableCell.isPlainFigure(t)) {
        return true;
      }
    }
    return false;
  }

  boolean has(F field) {
    return columns.containsKey(field);
  }

  /** The columns holding a field, in table order. */
  List<Integer> columns(F field) {
    return columns.getOrDefault(field, List.of());
  }

  /** The first column holding a field, or −1. */
  int column(F field) {
    List<Integer> c = columns(field);
    return c.isEmpty() ? -1 : c.get(0);
  }

  /** The clean text of a row's cell of a field (the first column holding it); empty if none. */
  String text(RawTable.Row row, F field) {
    int c = column(field);
    return c < 0 ? "" : row.text(c);
  }

  /** The location of a row's cell in a column. */
  Location at(RawTable.Row row, int c) {
    return problems.at(row.cell(c), headings.name(c));
  }

  /** The start of a figure: a digit, a sign, a bracket or a currency sign. */
  private static final java.util.regex.Pattern GARBLED = java.util.regex.Pattern.compile("^[-+−–(£$.0-9]");

  /** A word of three letters or more. */
  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[A-Za-z]{3,}");

  /** A figure followed by the words for its unit of time or count: {@code 2 days}, {@code 35 weeks}. */
  private static final java.util.regex.Pattern FIGURE_AND_UNIT = java.util.regex.Pattern.compile(
      "(?i)^(.*?[0-9])\\s*(working days?|days?|weeks?|hours?|hrs|minutes?|mins|months?|years?)$");

  /**
   * Reads a cell of results or targets as councils print them: a figure, a figure with the words for
   * its unit ({@code 2 days}), or words that stand for a figure ({@code Greater than 50%}), which are
   * kept as written and noted, never read as some other number and never a reason to refuse the table.
   */
  Optional<TableCell> figureOrWords(RawTable.Row row, int c, String what) {
    String text = row.cell(c).text();
    try {
      return Optional.of(TableCell.parse(text));
    } catch (ValueParseException e) {
      java.util.regex.Matcher m = FIGURE_AND_UNIT.matcher(row.cell(c).clean());
      if (m.matches()) {
        try {
          return Optional.of(TableCell.parse(m.group(1)));
        } catch (ValueParseException again) {
          // words after all
        }
      }
      String clean = row.cell(c).clean();
      if (GARBLED.matcher(clean).find() && !WORD.matcher(clean).find()
          && (!clean.contains(" ") || clean.matches("[-+−–(£$.,0-9 ]+"))) {
        // One figure that cannot be read ("7x", "12,34x", "1 234"), not words nor several figures with
        // their years ("5.4% (2023-24) 6.3% (2024-25)"): a problem, and no figure.
        unreadable(row, c, e.getMessage().replaceFirst("^Cannot read ", "cannot read ").replace(" as a figure: ", ": "),
            "a figure");
        return Optional.empty();
      }
      String words = row.cell(c).clean();
      problems.note(org.scplan.core.Finding.info(CsvRules.CELL_WORDS, at(row, c), "Row " + row.number() + ", column "
          + Headings.quoted(headings.name(c)) + ": " + what + " is printed in words, " + Text.quote(words)
          + "; it is kept as written and not rated"));
      return Optional.of(TableCell.words(words));
    }
  }

  /**
   * Reads a row's cell of a field with a parser: empty when the table has no such column or the
   * cell is blank, and a problem when the parser refuses the text.
   *
   * @param what what the cell should hold, for messages: {@code "a polarity"}
   * @param expected the forms it may take, for messages
   */
  <T> Optional<T> read(RawTable.Row row, F field, Function<String, T> parser, String what, String expected) {
    int c = column(field);
    String t = c < 0 ? "" : row.text(c);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(t));
    } catch (ValueParseException e) {
      unreadable(row, c, "cannot read " + Headings.quoted(t) + " as " + what, expected);
      return Optional.empty();
    }
  }

  /** Records a cell that cannot be read. */
  void unreadable(RawTable.Row row, int c, String what, String expected) {
    problems.unreadable(row.cell(c), headings.name(c), what, expected, row.text(c));
  }

  /** The rows under the headings that are not blank. */
  List<RawTable.Row> rows() {
    return headings.dataRows().stream().filter(r -> !r.isBlank()).toList();
  }
}
