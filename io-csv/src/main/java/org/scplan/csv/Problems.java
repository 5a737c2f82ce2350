package org.scplan.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;
import org.scplan.core.internal.Text;
import org.scplan.csv.internal.Labels;

/**
 * What reading a table finds: the problems that stop it (ERROR) and the notes on what was inferred
 * or found. Each is located in the file by row and column. Not API.
 */
final class Problems {
  /** The most problems reported for one file; reading stops looking after that. */
  static final int LIMIT = 100;

  private final String source;
  private final List<Finding> problems = new ArrayList<>();
  private final List<Finding> notes = new ArrayList<>();
  private final Map<String, List<Finding>> sectionNotes = new HashMap<>();
  /** Where in the file each figure of a section read lies: a line's field, to its cell. */
  private final Map<Location, Location> cells = new HashMap<>();
  private String section;
  private String sheet;
  private String sheetPrefix;
  /** The ids given to sections so far, each with the sheet it was given on ("" outside a workbook). */
  private final Map<String, String> sectionIds = new HashMap<>();

  Problems(String source) {
    this.source = source;
  }

  String source() {
    return source;
  }

  /** The location of the file as a whole. */
  Location file() {
    return Location.document().inFile(source);
  }

  /**
   * The location of a cell: {@code row 12, column "Gross"} (or {@code column 5} when the column has
   * no heading), with its line and column in the file.
   */
  Location at(RawTable.Cell cell, String columnName) {
    return file().atCell(Location.Cell.inSheet(sheet == null ? "" : sheetPrefix, cell.row(), cell.column(),
        columnName == null || columnName.isBlank() ? null : columnName), cell.line(), cell.charColumn());
  }

  /** What a cell's reference starts with on the current sheet ({@code Budget!}), or nothing outside a workbook. */
  String cellPrefix() {
    return sheet == null ? "" : sheetPrefix;
  }

  /**
   * The spreadsheet reference of a cell, as finance staff look it up: {@code D7} for row 7 of the
   * fourth column.
   */
  static String reference(int row, int column) {
    return Location.Cell.letters(column) + row;
  }

  /**
   * A cell's reference within a workbook: {@code Budget!D7}, the sheet's name quoted where a
   * workbook quotes it ({@code 'Budget 2024'!D7}).
   */
  static String sheetReference(String sheet, int row, int column) {
    return sheetPrefix(sheet) + reference(row, column);
  }

  /** A sheet's name as a reference starts with it: {@code Budget!}, {@code 'Budget 2024'!}. */
  private static String sheetPrefix(String sheet) {
    return (PLAIN_SHEET.matcher(sheet).matches() ? sheet : "'" + sheet.replace("'", "''") + "'") + "!";
  }

  private static final java.util.regex.Pattern PLAIN_SHEET = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

  /**
   * The id of a section read from the current sheet: the one wanted, unless a section of another
   * sheet has it already (two sheets with the same title row), when the sheet's name is added to it
   * ({@code council-tax-2024-25-lichfield}), and a number after that if need be. A section's figures
   * are tied to their cells by its id, so two sections of one document must never share one. Asking
   * again on the same sheet (a second reading of the same table) gives the same id.
   */
  String sectionId(TableOptions options, String title) {
    String wanted = options.id().orElse(Labels.slug(title));
    String owner = sheet == null ? "" : sheet;
    String id = wanted;
    for (int n = 1; sectionIds.containsKey(id) && !sectionIds.get(id).equals(owner); n++) {
      id = n == 1 && !owner.isEmpty() ? wanted + "-" + Labels.slug(owner) : wanted + "-" + n;
    }
    sectionIds.put(id, owner);
    return id;
  }

  /** Says which sheet of a workbook the cells from now on are on; null for a table that is not in a workbook. */
  void sheet(String name) {
    this.sheet = name;
    this.sheetPrefix = name == null ? null : sheetPrefix(name);
  }

  /** The location of a row as a whole. */
  Location atRow(RawTable.Row row) {
    return file().atCell(new Location.Cell(null, row.number(), 0, null), row.line(), 1);
  }

  /** Records a problem that stops the table from being read. */
  void problem(String code, Location location, String message) {
    if (problems.size() < LIMIT) {
      problems.add(Finding.error(code, location, message));
    }
  }

  /** Records a problem with the expected and actual values. */
  void problem(String code, Location location, String message, String expected, String actual) {
    if (problems.size() < LIMIT) {
      problems.add(Finding.error(code, location, message).withValues(expected, actual));
    }
  }

  /**
   * Records a cell that cannot be read: {@code Row 12, column "Gross": cannot read "12,34x": …}.
   */
  void unreadable(RawTable.Cell cell, String columnName, String what, String expected, String actual) {
    String column = columnName == null || columnName.isEmpty() ? String.valueOf(cell.column()) : Text.quote(columnName);
    problem(CsvRules.CELL_UNREADABLE, at(cell, columnName), "Row " + cell.row() + ", column " + column + ": " + what,
        expected, Text.quote(actual));
  }

  /**
   * Says which section the notes from now on concern: the one of this id, or (null) the table as
   * a whole.
   */
  void section(String id) {
    this.section = id;
  }

  /** Records a note: what reading inferred or found about the document. */
  void note(Finding finding) {
    notes.add(finding);
    if (section != null) {
      sectionNotes.computeIfAbsent(section, k -> new ArrayList<>()).add(finding);
    }
  }

  /** Records a note of a severity. */
  void note(String code, Severity severity, Location location, String message) {
    note(Finding.of(code, severity, location, message));
  }

  /** Puts a note in the place of one recorded earlier: the same note, restated from more of the table. */
  void replaceNote(Finding earlier, Finding now) {
    notes.replaceAll(f -> f == earlier ? now : f);
    sectionNotes.values().forEach(l -> l.replaceAll(f -> f == earlier ? now : f));
  }

  /** Forgets where the figures were read from: a section too large to have its cells named. */
  void forgetCells() {
    cells.clear();
  }

  /** A point in the findings to come back to: how many problems, notes and section notes there were. */
  record Mark(int problems, int notes) {}

  /** Returns a mark of what has been found so far. */
  Mark mark() {
    return new Mark(problems.size(), notes.size());
  }

  /** Whether problems were found since the mark. */
  boolean hasProblemsSince(Mark mark) {
    return problems.size() > mark.problems();
  }

  /** The problems found since the mark. */
  List<Finding> problemsSince(Mark mark) {
    return List.copyOf(problems.subList(mark.problems(), problems.size()));
  }

  /** Forgets every problem and note found since the mark: a way of reading the table that was given up. */
  void reset(Mark mark) {
    List<Finding> dropped = new ArrayList<>(notes.subList(mark.notes(), notes.size()));
    problems.subList(mark.problems(), problems.size()).clear();
    notes.subList(mark.notes(), notes.size()).clear();
    sectionNotes.values().forEach(l -> l.removeAll(dropped));
    sectionNotes.values().removeIf(List::isEmpty);
  }

  /**
   * Forgets what was found between two marks, keeping what came after the second: a first reading
   * of the table given up for a second one.
   */
  void dropBefore(Mark from, Mark to) {
    List<Finding> dropped = new ArrayList<>(notes.subList(from.notes(), to.notes()));
    problems.subList(from.problems(), to.problems()).clear();
    notes.subList(from.notes(), to.notes()).clear();
    sectionNotes.values().forEach(l -> l.removeAll(dropped));
    sectionNotes.values().removeIf(List::isEmpty);
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  boolean isFull() {
    return problems.size() >= LIMIT;
  }

  ValidationReport problems() {
    return ValidationReport.of(problems);
  }

  ValidationReport notes() {
    return ValidationReport.of(notes);
  }

  /**
   * Records where a section's figure was read from: the location a section's own finding gives it
   * (a line's path and the column's label) and the cell of the file it was printed in.
   */
  void cell(Location figure, Location at) {
    Location inFile = figure.inFile(source);
    cells.put(figure, at.cell().map(c -> inFile.atCell(c, at.line(), at.column()))
        .orElseGet(() -> inFile.at(at.pointer().orElseThrow(), at.line(), at.column())));
  }

  /** The cells recorded so far, to put back with {@link #restoreCells} after a reading that was only a trial. */
  Map<Location, Location> saveCells() {
    return new HashMap<>(cells);
  }

  /** Puts back the cells saved by {@link #saveCells}, forgetting any recorded since. */
  void restoreCells(Map<Location, Location> saved) {
    cells.clear();
    cells.putAll(saved);
  }

  /** The cells recorded by {@link #cell}. */
  Map<Location, Location> cells() {
    return Map.copyOf(cells);
  }

  Map<String, ValidationReport> sectionNotes() {
    Map<String, ValidationReport> result = new HashMap<>();
    sectionNotes.forEach((k, v) -> result.put(k, ValidationReport.of(v)));
    return result;
  }
}
