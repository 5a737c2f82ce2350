package org.scplan.csv;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.scplan.csv.internal.Labels;

/**
 * A table's cells as the file holds them, each with its row and column and its line and column in
 * the file, split by Jackson's CSV parser. Not API.
 */
final class RawTable {
  /** The most cells in a row: as many as a budget schema may have columns. */
  static final int MAX_COLUMNS = 1000;

  /** The most rows in a table. */
  static final int MAX_ROWS = 2_000_000;

  private static final CsvFactory FACTORY = CsvFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(100_000).build())
      .build();

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

  /** A row: its number in the table (from 1), the line it starts on and its cells. */
  record Row(int number, int line, List<Cell> cells) {
    int size() {
      return cells.size();
    }

    Cell cell(int c) {
      return c < cells.size() ? cells.get(c) : new Cell("", number, c + 1, line, 0);
    }

    String text(int c) {
      return c < cells.size() ? cells.get(c).clean() : "";
    }

    boolean isBlank() {
      return cells.stream().allMatch(Cell::isBlank);
    }

    int nonBlank() {
      return (int) cells.stream().filter(c -> !c.isBlank()).count();
    }
  }

  private final List<Row> rows;

  private RawTable(List<Row> rows) {
    this.rows = rows;
  }

  List<Row> rows() {
    return rows;
  }

  /** Splits a table's text into rows and cells; a problem is recorded and null returned if it cannot. */
  static RawTable parse(String text, TableFormat format, Problems problems) {
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(format.separator()).withQuoteChar('"');
    List<Row> rows = new ArrayList<>();
    try (CsvParser p = FACTORY.createParser(new StringReader(text))) {
      p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      p.setSchema(schema);
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_ARRAY) {
        return new RawTable(List.of());
      }
      List<Cell> cells = null;
      int rowLine = 0;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.START_ARRAY) {
          cells = new ArrayList<>();
          rowLine = 0;
        } else if (t == JsonToken.VALUE_STRING && cells != null) {
          JsonLocation at = p.currentTokenLocation();
          if (cells.isEmpty()) {
            rowLine = at.getLineNr();
          }
          if (cells.size() == MAX_COLUMNS) {
            problems.problem(CsvRules.FILE_UNREADABLE, problems.file().at("row " + (rows.size() + 1),
                at.getLineNr(), at.getColumnNr()), "Row " + (rows.size() + 1) + " has more than " + MAX_COLUMNS
                + " cells; a table may have at most " + MAX_COLUMNS + " columns");
            return null;
          }
          cells.add(new Cell(p.getText(), rows.size() + 1, cells.size() + 1, at.getLineNr(), at.getColumnNr()));
        } else if (t == JsonToken.END_ARRAY && cells != null) {
          if (rows.size() == MAX_ROWS) {
            problems.problem(CsvRules.FILE_UNREADABLE, problems.file().at("row " + (rows.size() + 1), rowLine, 1),
                "The table has more than " + MAX_ROWS + " rows");
            return null;
          }
          rows.add(new Row(rows.size() + 1, rowLine, List.copyOf(cells)));
          cells = null;
        }
      }
    } catch (IOException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
      int line = 0;
      int column = 0;
      if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
        line = j.getLocation().getLineNr();
        column = j.getLocation().getColumnNr();
      }
      String at = line > 0 ? "line " + line : "the text";
      problems.problem(CsvRules.SYNTAX, problems.file().at(at, line, column),
          "Cannot split the table into cells at " + at + ": " + message
              + "; a quoted cell must end with a quote (\"\") before the next separator");
      return null;
    }
    return new RawTable(List.copyOf(rows));
  }

  /**
   * Returns this table turned on its side: row {@code c} of the result holds column {@code c} of
   * this table. Cells keep their place in the file; short rows are padded with blank cells.
   */
  RawTable transposed() {
    int width = rows.stream().mapToInt(Row::size).max().orElse(0);
    List<Row> result = new ArrayList<>(width);
    for (int c = 0; c < width; c++) {
      List<Cell> cells = new ArrayList<>(rows.size());
      for (Row r : rows) {
        cells.add(r.cell(c));
      }
      Row first = rows.get(0);
      result.add(new Row(c + 1, first.line(), List.copyOf(cells)));
    }
    return new RawTable(List.copyOf(result));
  }

  /** Returns the rows from the given index on. */
  RawTable from(int index) {
    return new RawTable(rows.subList(index, rows.size()));
  }
}
