package org.scplan.core;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where in a document a {@link Finding} applies: a path of names through the plan
 * ({@code Budget profile 2010-11 › Older People › Nursing Care}), the field or column
 * ({@code GROSS EXPENDITURE}), and, when the finding comes from reading a file, the file, its JSON
 * pointer or row, and the line and column.
 *
 * <p>{@code Location.of("Priority 1", "Action 1.1").field("end")} prints
 * {@code Priority 1 › Action 1.1 [end]}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Location implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Location DOCUMENT = new Location(null, null, 0, 0, List.of(), null, null);

  /**
   * A place in a table, as finance staff look it up: the spreadsheet reference ({@code D9}), the row
   * and column (from 1) and the column's heading; or a whole row (no reference, column 0).
   *
   * <p>A cell of a large table is made with {@link #inSheet}: its reference is made from its row
   * and column when asked for, so a table of a million figures does not hold a million references.
   * Two cells are equal when their references, rows, columns and headings are.
   */
  public static final class Cell implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The reference as given; null when it is made from the prefix, or for a whole row. */
    private final String reference;
    /** What comes before the column letters ({@code Budget!}); null when the reference is given. */
    private final String prefix;
    private final int row;
    private final int column;
    private final String heading;

    /**
     * Obtains a place in a table.
     *
     * @param reference the reference, such as {@code D9}, or null for a whole row
     * @param row the row, from 1
     * @param column the column, from 1, or 0 for a whole row
     * @param heading the column's heading as printed, or null if it has none
     */
    public Cell(String reference, int row, int column, String heading) {
      this(reference, null, row, column, heading);
    }

    private Cell(String reference, String prefix, int row, int column, String heading) {
      if (row < 1 || column < 0) {
        throw new IllegalArgumentException("Invalid cell (rows and columns count from 1): row " + row + ", column "
            + column);
      }
      this.reference = reference;
      this.prefix = prefix;
      this.row = row;
      this.column = column;
      this.heading = heading;
    }

    /**
     * Obtains a cell whose reference is its column's letters and its row after a prefix:
     * {@code inSheet("Budget!", 9, 4, "Net")} is {@code Budget!D9}, and {@code inSheet("", 9, 4, null)}
     * is {@code D9}.
     *
     * @param prefix what comes before the column letters: a sheet's name and {@code !}, or nothing
     * @param row the row, from 1
     * @param column the column, from 1
     * @param heading the column's heading as printed, or null if it has none
     * @return the cell
     */
    public static Cell inSheet(String prefix, int row, int column, String heading) {
      requireNonNull(prefix, "prefix");
      if (column < 1) {
        throw new IllegalArgumentException("Invalid cell (columns count from 1): column " + column);
      }
      return new Cell(null, prefix, row, column, heading);
    }

    /**
     * Returns the cell's reference, such as {@code D9} or {@code Budget!D9}.
     *
     * @return the reference, or null for a whole row
     */
    public String reference() {
      return prefix == null ? reference : prefix + letters(column) + row;
    }

    /**
     * Returns the row.
     *
     * @return the row, from 1
     */
    public int row() {
      return row;
    }

    /**
     * Returns the column.
     *
     * @return the column, from 1; 0 for a whole row
     */
    public int column() {
      return column;
    }

    /**
     * Returns the column's heading as printed.
     *
     * @return the heading, or null if it has none
     */
    public String heading() {
      return heading;
    }

    /**
     * Returns a column's letters as a spreadsheet names it: 1 is {@code A}, 27 is {@code AA}.
     *
     * @param column the column, from 1
     * @return its letters
     */
    public static String letters(int column) {
      char[] letters = new char[8];
      int at = letters.length;
      for (int c = column; c > 0; c = (c - 1) / 26) {
        letters[--at] = (char) ('A' + (c - 1) % 26);
      }
      return new String(letters, at, letters.length - at);
    }

    /**
     * Checks whether another object is the same place: the same reference, row, column and heading.
     *
     * @param obj the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
      return obj instanceof Cell o && o.row == row && o.column == column && Objects.equals(o.heading, heading)
          && Objects.equals(o.reference(), reference());
    }

    /**
     * Returns a hash code.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
      return Objects.hash(reference(), row, column, heading);
    }

    /**
     * Returns the place as the report prints it: {@code D9: row 9, column "Net"}, {@code row 9}.
     *
     * @return the place as text
     */
    @Override
    public String toString() {
      if (column == 0) {
        return "row " + row;
      }
      String col = heading == null || heading.isBlank() ? "column " + column
          : "column " + org.scplan.core.internal.Text.quote(heading);
      String ref = reference();
      return (ref == null ? "" : ref + ": ") + "row " + row + ", " + col;
    }
  }

  private final String source;
  private final String pointer;
  private final int line;
  private final int column;
  private final List<String> path;
  private final String field;
  private final Cell cell;

  /** The JSON pointer, or the cell as text; null if neither is known. */
  private String place() {
    return pointer != null || cell == null ? pointer : cell.toString();
  }

  private Location(String source, String pointer, int line, int column, List<String> path, String field, Cell cell) {
    this.source = source;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.path = path;
    this.field = field;
    this.cell = cell;
  }

  /**
   * Obtains the location of the document as a whole.
   *
   * @return the empty location
   */
  public static Location document() {
    return DOCUMENT;
  }

  /**
   * Obtains a location by its path of names through the document.
   *
   * @param path the names, outermost first: {@code "Priority 1", "Action 1.1"}
   * @return the location
   */
  public static Location of(String... path) {
    return DOCUMENT.child(path);
  }

  /**
   * Obtains a location by its path of names through the document.
   *
   * @param path the names, outermost first
   * @return the location
   */
  public static Location of(List<String> path) {
    return DOCUMENT.child(path.toArray(String[]::new));
  }

  /**
   * Returns a location further down the path.
   *
   * @param names the names to append
   * @return the longer location
   */
  public Location child(String... names) {
    List<String> p = new ArrayList<>(path);
    for (String n : names) {
      p.add(requireNonNull(n, "name"));
    }
    return new Location(source, pointer, line, column, List.copyOf(p), field, cell);
  }

  /**
   * Returns a copy of this location naming a field or column.
   *
   * @param name the field or column: {@code "end"}, {@code "GROSS EXPENDITURE"}
   * @return the location with that field
   */
  public Location field(String name) {
    return new Location(source, pointer, line, column, path, requireNonNull(name, "name"), cell);
  }

  /**
   * Returns a copy of this location in a file.
   *
   * @param file the file name or path as the user gave it
   * @return the location in that file
   */
  public Location inFile(String file) {
    return new Location(requireNonNull(file, "file"), pointer, line, column, path, field, cell);
  }

  /**
   * Returns a copy of this location at a place in a file: a JSON pointer or a table cell, and its
   * line and column.
   *
   * @param pointer a JSON pointer such as {@code /plan/priorities/0}, or a cell such as
   *     {@code row 12, column "Gross"}
   * @param line the line, from 1; 0 if unknown
   * @param column the column, from 1; 0 if unknown
   * @return the location at that place
   */
  public Location at(String pointer, int line, int column) {
    return new Location(source, requireNonNull(pointer, "pointer"), Math.max(line, 0), Math.max(column, 0),
        path, field, null);
  }

  /**
   * Returns a copy of this location at a place in a table, and its line and column in the file.
   * Its {@link #pointer()} is the place as text ({@code D9: row 9, column "Net"}).
   *
   * @param cell the place in the table
   * @param line the line, from 1; 0 if unknown
   * @param column the character column, from 1; 0 if unknown
   * @return the location at that place
   */
  public Location atCell(Cell cell, int line, int column) {
    requireNonNull(cell, "cell");
    // The place as text is made from the cell when asked for: a large table has a location per figure.
    return new Location(source, null, Math.max(line, 0), Math.max(column, 0), path, field, cell);
  }

  /**
   * Returns the place in a table, if the location is one.
   *
   * @return the cell or row
   */
  public Optional<Cell> cell() {
    return Optional.ofNullable(cell);
  }

  /**
   * Returns the file, if the location is in one.
   *
   * @return the file
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Returns the JSON pointer or table cell, if known.
   *
   * @return the pointer
   */
  public Optional<String> pointer() {
    return Optional.ofNullable(place());
  }

  /**
   * Returns the line in the file, from 1, or 0 if unknown.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column in the file, from 1, or 0 if unknown.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * Returns the path of names through the document, outermost first.
   *
   * @return the path
   */
  public List<String> path() {
    return path;
  }

  /**
   * Returns the field or column, if named.
   *
   * @return the field
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /**
   * Checks whether another object is an equal location.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Location o && o.line == line && o.column == column
        && Objects.equals(o.source, source) && Objects.equals(o.pointer, pointer)
        && o.path.equals(path) && Objects.equals(o.field, field) && Objects.equals(o.cell, cell);
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(source, pointer, line, column, path, field, cell);
  }

  /**
   * Returns the location as text: {@code plan.json /plan/priorities/0 (line 12, column 7)},
   * {@code Older People › Nursing Care [GROSS EXPENDITURE]}, or {@code (document)} when empty.
   *
   * @return the location as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (source != null) {
      sb.append(source);
    }
    String place = place();
    if (place != null) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(place.isEmpty() ? "/" : place);
    }
    if (line > 0) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append("(line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column);
      }
      sb.append(')');
    }
    if (!path.isEmpty()) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(String.join(" › ", path));
    }
    if (field != null) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append('[').append(field).append(']');
    }
    return sb.length() == 0 ? "(document)" : sb.toString();
  }
}
