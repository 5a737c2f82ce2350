package org.scplan.csv;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.scplan.core.Location;
import org.scplan.csv.internal.Labels;

/**
 * A table's cells as the file holds them, each with its row and column and its line and column in
 * the file, split by Jackson's CSV parser. Not API.
 *
 * <p>The cells are kept compactly, because a table may have a million rows: their texts end to end
 * in one buffer, with where each starts and its column in the file, and each row's first cell and
 * line. {@link Row} and {@link Cell} are views made when asked for.
 */
final class RawTable {
  private static final CsvFactory STANDARD_FACTORY = factory(TableLimits.standard());

  /** A parser factory that reads no cell longer than the limits allow. */
  private static CsvFactory factory(TableLimits limits) {
    return CsvFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(limits.maxCellChars()).build())
        .build();
  }

  /**
   * A cell: its text as read, its row and column in the table (from 1, as the file has them) and
   * its line and character column in the file.
   */
  record Cell(String text, String clean, int row, int column, int line, int charColumn) {
    Cell(String text, int row, int column, int line, int charColumn) {
      this(text, Labels.clean(text), row, column, line, charColumn);
    }

    boolean isBlank() {
      return clean.isEmpty();
    }
  }

  /** What every view of one parsed table shares: the texts, and where each cell and row starts. */
  private static final class Store {
    final StringBuilder text;

    Store(long expectedChars) {
      // Sized from the file up front, so that a large table's text is never copied to grow.
      text = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, Math.max(16, expectedChars)));
    }

    int[] cellStart = new int[1024];
    int[] cellChar = new int[1024];
    int cells;
    int[] rowFirst = new int[256];
    int[] rowLine = new int[256];
    int rows;

    void addCell(String t, int charColumn) {
      if (cells + 1 >= cellStart.length) {
        cellStart = Arrays.copyOf(cellStart, cellStart.length * 2);
        cellChar = Arrays.copyOf(cellChar, cellChar.length * 2);
      }
      cellStart[cells] = text.length();
      cellChar[cells] = charColumn;
      text.append(t);
      cells++;
      cellStart[cells] = text.length();
    }

    void addRow(int firstCell, int line) {
      if (rows + 1 >= rowFirst.length) {
        rowFirst = Arrays.copyOf(rowFirst, rowFirst.length * 2);
        rowLine = Arrays.copyOf(rowLine, rowLine.length * 2);
      }
      rowFirst[rows] = firstCell;
      rowLine[rows] = line;
      rows++;
      rowFirst[rows] = cells;
    }

    void trim() {
      text.trimToSize();
      cellStart = Arrays.copyOf(cellStart, cells + 1);
      cellChar = Arrays.copyOf(cellChar, cells + 1);
      rowFirst = Arrays.copyOf(rowFirst, rows + 1);
      rowLine = Arrays.copyOf(rowLine, rows + 1);
    }

    String text(int cell) {
      return text.substring(cellStart[cell], cellStart[cell + 1]);
    }
  }

  /** A row: its number in the table (from 1), the line it starts on and its cells. */
  static final class Row {
    private final Store store;
    private final int index;
    private final List<Cell> cells;
    private final int line;
    /** A sheet's row: its cells' texts as printed, and the table's width; cells are made when asked for. */
    private final List<String> texts;
    private final int width;

    private Row(Store store, int index) {
      this.store = store;
      this.index = index;
      this.cells = null;
      this.line = 0;
      this.texts = null;
      this.width = 0;
    }

    /** A row made of cells from anywhere, as a transposed table's rows are. */
    Row(int number, int line, List<Cell> cells) {
      this.store = null;
      this.index = number;
      this.cells = List.copyOf(cells);
      this.line = line;
      this.texts = null;
      this.width = 0;
    }

    /** A sheet's row, numbered as the sheet numbers it, its texts shared with the sheet. */
    private Row(int number, List<String> texts, int width) {
      this.store = null;
      this.index = number;
      this.cells = null;
      this.line = number;
      this.texts = texts;
      this.width = width;
    }

    /** The text of a sheet row's cell as printed; empty past its last. */
    private String printed(int c) {
      return c < texts.size() ? texts.get(c) : "";
    }

    int number() {
      return store == null ? index : index + 1;
    }

    int line() {
      return store == null ? line : store.rowLine[index];
    }

    int size() {
      if (texts != null) {
        return width;
      }
      return store == null ? cells.size() : store.rowFirst[index + 1] - store.rowFirst[index];
    }

    List<Cell> cells() {
      if (cells != null) {
        return cells;
      }
      return new CellList(this);
    }

    Cell cell(int c) {
      if (c >= size()) {
        return new Cell("", number(), c + 1, line(), 0);
      }
      if (texts != null) {
        return new Cell(printed(c), index, c + 1, index, c + 1);
      }
      if (store == null) {
        return cells.get(c);
      }
      int at = store.rowFirst[index] + c;
      return new Cell(store.text(at), number(), c + 1, line(), store.cellChar[at]);
    }

    /** A cell's text exactly as read, not cleaned. */
    String rawText(int c) {
      if (c >= size()) {
        return "";
      }
      if (texts != null) {
        return printed(c);
      }
      return store == null ? cells.get(c).text() : store.text(store.rowFirst[index] + c);
    }

    String text(int c) {
      if (c >= size()) {
        return "";
      }
      if (texts != null) {
        return Labels.clean(printed(c));
      }
      return store == null ? cells.get(c).clean() : Labels.clean(store.text(store.rowFirst[index] + c));
    }

    boolean isBlank() {
      for (int c = 0; c < size(); c++) {
        if (!text(c).isEmpty()) {
          return false;
        }
      }
      return true;
    }

    int nonBlank() {
      int n = 0;
      for (int c = 0; c < size(); c++) {
        n += text(c).isEmpty() ? 0 : 1;
      }
      return n;
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Row o && o.number() == number() && o.line() == line() && o.cells().equals(cells());
    }

    @Override
    public int hashCode() {
      return number() * 31 + line();
    }

    @Override
    public String toString() {
      return "row " + number() + " " + cells();
    }
  }

  /** The cells of a stored row, made when asked for. */
  private static final class CellList extends AbstractList<Cell> implements RandomAccess {
    private final Row row;

    CellList(Row row) {
      this.row = row;
    }

    @Override
    public Cell get(int index) {
      if (index < 0 || index >= row.size()) {
        throw new IndexOutOfBoundsException(index);
      }
      return row.cell(index);
    }

    @Override
    public int size() {
      return row.size();
    }
  }

  private final List<Row> rows;

  private RawTable(List<Row> rows) {
    this.rows = rows;
  }

  private RawTable(Store store, int from, int to) {
    this.rows = new AbstractRows(store, from, to);
  }

  /** The rows of a store, from one index to another, made when asked for. */
  private static final class AbstractRows extends AbstractList<Row> implements RandomAccess {
    private final Store store;
    private final int from;
    private final int to;

    AbstractRows(Store store, int from, int to) {
      this.store = store;
      this.from = from;
      this.to = to;
    }

    @Override
    public Row get(int index) {
      if (index < 0 || from + index >= to) {
        throw new IndexOutOfBoundsException(index);
      }
      return new Row(store, from + index);
    }

    @Override
    public int size() {
      return to - from;
    }

    @Override
    public List<Row> subList(int fromIndex, int toIndex) {
      if (fromIndex < 0 || toIndex > size() || fromIndex > toIndex) {
        throw new IndexOutOfBoundsException(fromIndex + ".." + toIndex);
      }
      return new AbstractRows(store, from + fromIndex, from + toIndex);
    }
  }

  List<Row> rows() {
    return rows;
  }

  /**
   * A table of cells given as text, row 1 first, each row from column 1: a workbook's sheet. Every
   * row is as wide as the widest, as the sheet's used range is (and as a spreadsheet saves it as
   * CSV): a sheet has no ragged rows.
   */
  /** A sheet's row as {@link #of} makes it, numbered as the sheet numbers it, in a table of the given width. */
  static Row sheetRow(int number, List<String> texts, int width) {
    return new Row(number, texts, width);
  }

  static RawTable of(List<List<String>> rows) {
    int width = rows.stream().mapToInt(List::size).max().orElse(0);
    List<Row> result = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      result.add(new Row(r + 1, rows.get(r), width));
    }
    return new RawTable(java.util.Collections.unmodifiableList(result));
  }

  /** Splits a table's text into rows and cells; a problem is recorded and null returned if it cannot. */
  static RawTable parse(String text, TableFormat format, TableLimits limits, Problems problems) {
    return parse(new StringReader(text), text.length(), format, limits, problems);
  }

  /**
   * Splits a table read from a reader into rows and cells, keeping them compactly; a problem is
   * recorded and null returned if it cannot. The expected number of characters (the file's size)
   * sizes the buffer.
   */
  static RawTable parse(Reader text, long expectedChars, TableFormat format, TableLimits limits, Problems problems) {
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(format.separator()).withQuoteChar('"');
    Store store = new Store(expectedChars);
    int maxColumns = limits.maxColumns();
    int maxRows = limits.maxRows();
    boolean inRow = false;
    int first = 0;
    int rowLine = 0;
    CsvFactory factory = limits.maxCellChars() == TableLimits.standard().maxCellChars() ? STANDARD_FACTORY
        : factory(limits);
    try (CsvParser p = factory.createParser(text)) {
      p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      p.setSchema(schema);
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_ARRAY) {
        return new RawTable(List.of());
      }
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY) {
          inRow = true;
          first = store.cells;
          rowLine = p.currentLocation().getLineNr(); // where the row starts, before its first cell is read
        } else if (t == JsonToken.VALUE_STRING && inRow) {
          JsonLocation at = p.currentTokenLocation();
          if (store.cells == first) {
            rowLine = at.getLineNr();
          }
          if (store.cells - first == maxColumns) {
            Location row = problems.file().atCell(new Location.Cell(null, store.rows + 1, 0, null), at.getLineNr(),
                at.getColumnNr());
            problems.problem(CsvRules.FILE_UNREADABLE, row, "Row " + (store.rows + 1) + " has more than "
                + grouped(maxColumns) + " cells; a table may have at most " + grouped(maxColumns) + " columns");
            return null;
          }
          store.addCell(p.getText(), at.getColumnNr());
        } else if (t == JsonToken.END_ARRAY && inRow) {
          if (store.rows == maxRows) {
            Location row = problems.file().atCell(new Location.Cell(null, store.rows + 1, 0, null), rowLine, 1);
            problems.problem(CsvRules.FILE_UNREADABLE, row, "The table has more than " + grouped(maxRows)
                + " rows (blank lines count); a table may have at most " + grouped(maxRows) + " rows");
            return null;
          }
          store.addRow(first, rowLine);
          inRow = false;
        }
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      // Not text in the charset being tried: the caller may try another.
      throw new java.io.UncheckedIOException(e);
    } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
      // A cell longer than the limit: named by its row and column, where it starts.
      int row = store.rows + 1;
      int column = inRow ? store.cells - first + 1 : 1;
      int line = inRow && rowLine > 0 ? rowLine : e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      Location cell = problems.file().atCell(new Location.Cell(Problems.reference(row, column), row, column, null),
          line, 0);
      problems.problem(CsvRules.FILE_UNREADABLE, cell, "Row " + row + ", column " + column + " holds a cell of more"
          + " than " + grouped(limits.maxCellChars()) + " characters; cells of at most "
          + grouped(limits.maxCellChars()) + " characters are read");
      return null;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
      int line = 0;
      int column = 0;
      if (e.getLocation() != null) {
        line = e.getLocation().getLineNr();
        column = e.getLocation().getColumnNr();
      }
      String at = line > 0 ? "line " + line : "the text";
      problems.problem(CsvRules.SYNTAX, problems.file().at(at, line, column),
          "Cannot split the table into cells at " + at + ": " + message
              + "; a quoted cell must end with a quote (\"\") before the next separator");
      return null;
    } catch (IOException e) {
      // The text could not be read at all (a disk or network failure): nothing about quotes.
      String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
      int row = store.rows + 1;
      problems.problem(CsvRules.FILE_UNREADABLE, problems.file().at("row " + row, inRow ? rowLine : 0, 0),
          "Cannot read the file after " + grouped(store.rows) + " rows: " + message);
      return null;
    }
    store.trim();
    return new RawTable(store, 0, store.rows);
  }

  private static String grouped(long n) {
    return org.scplan.core.internal.Text.grouped(n);
  }

  /**
   * Returns this table turned on its side: row {@code c} of the result holds column {@code c} of
   * this table. Cells keep their place in the file; short rows are padded with blank cells.
   */
  RawTable transposed() {
    int width = rows.stream().mapToInt(Row::size).max().orElse(0);
    java.util.ArrayList<Row> result = new java.util.ArrayList<>(width);
    for (int c = 0; c < width; c++) {
      java.util.ArrayList<Cell> cells = new java.util.ArrayList<>(rows.size());
      for (Row r : rows) {
        cells.add(r.cell(c));
      }
      Row first = rows.get(0);
      result.add(new Row(c + 1, first.line(), cells));
    }
    return new RawTable(List.copyOf(result));
  }

  /** Returns the first rows, at most {@code count}: a sample of a large table's head. */
  RawTable head(int count) {
    return new RawTable(rows.subList(0, Math.min(count, rows.size())));
  }

  /** Returns the rows from the given index on. */
  RawTable from(int index) {
    return new RawTable(rows.subList(index, rows.size()));
  }
}
