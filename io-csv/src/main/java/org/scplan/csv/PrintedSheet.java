package org.scplan.csv;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * One sheet of a workbook as a reader of it sees it: its name, and the text of every cell as its
 * number format prints it ({@code 1,234.5}, {@code (12)}, {@code 83.4%}), row 1 being the sheet's
 * row 1 and the first cell of each row its column A. A workbook reader (module io-sheets) makes
 * these, and {@link TableReader#read(String, List)} reads them through the same pipeline as a CSV
 * file, naming each cell as finance staff look it up: {@code Budget!D14}.
 *
 * <p>This class is immutable.
 */
public final class PrintedSheet {
  private final String name;
  private final List<List<String>> rows;

  private PrintedSheet(String name, List<List<String>> rows) {
    this.name = name;
    this.rows = rows;
  }

  /**
   * Obtains a sheet.
   *
   * @param name the sheet's name, as its tab shows it
   * @param rows the cells' printed text, row by row from row 1 and column A; an empty string or an
   *     empty row for a blank
   * @return the sheet
   */
  public static PrintedSheet of(String name, List<List<String>> rows) {
    requireNonNull(name, "name");
    List<List<String>> copy = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      copy.add(List.copyOf(row));
    }
    return new PrintedSheet(name, List.copyOf(copy));
  }

  /**
   * Returns the sheet's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the cells' printed text, row by row.
   *
   * @return the rows
   */
  public List<List<String>> rows() {
    return rows;
  }

  /**
   * Returns the cell reference of a row and column as a workbook names it: {@code Budget!D14}, or
   * {@code 'Budget 2024'!D14} where the name needs quoting.
   *
   * @param row the row, from 1
   * @param column the column, from 1 (A)
   * @return the reference
   */
  public String reference(int row, int column) {
    return Problems.sheetReference(name, row, column);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PrintedSheet o && o.name.equals(name) && o.rows.equals(rows);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + rows.hashCode();
  }

  /**
   * Returns the sheet's name and size: {@code sheet Budget (14 rows)}.
   *
   * @return the sheet as text
   */
  @Override
  public String toString() {
    return "sheet " + name + " (" + rows.size() + " rows)";
  }
}
