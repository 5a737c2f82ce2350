package org.scplan.csv;

import static com.google.common.base.Preconditions.checkArgument;

import org.scplan.budget.BudgetSchema;

/**
 * The limits reading a table keeps to, so that a hostile or broken file cannot exhaust memory or
 * time: the file's size, its rows and columns, and the longest cell. A table beyond one is a
 * {@link CsvRules#FILE_UNREADABLE} problem that names the limit and where it was passed (the row,
 * the cell); workbooks (io-sheets) keep to the same rows, columns and cell length.
 *
 * <p>{@link #standard()}: files of 256 MiB, 2,000,000 rows, 1,000 columns, cells of 100,000
 * characters. Change them with the options' {@code limits}:
 *
 * <pre>{@code
 * TableOptions.builder().limits(TableLimits.standard().withMaxCellChars(1_000_000)).build()
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param maxBytes the largest file read, in bytes
 * @param maxRows the most rows (lines that hold a cell, blank lines included) a table may have
 * @param maxColumns the most cells a row may have; at most {@link BudgetSchema#MAX_COLUMNS}
 * @param maxCellChars the longest cell, in characters
 */
public record TableLimits(long maxBytes, int maxRows, int maxColumns, int maxCellChars) {
  private static final TableLimits STANDARD = new TableLimits(256L << 20, 2_000_000, BudgetSchema.MAX_COLUMNS,
      100_000);

  /**
   * Checks the limits.
   *
   * @param maxBytes the largest file
   * @param maxRows the most rows
   * @param maxColumns the most columns
   * @param maxCellChars the longest cell
   */
  public TableLimits {
    checkArgument(maxBytes > 0, "maxBytes must be positive: %s", maxBytes);
    checkArgument(maxRows >= 2, "maxRows must be at least 2: %s", maxRows);
    checkArgument(maxColumns >= 2 && maxColumns <= BudgetSchema.MAX_COLUMNS, "maxColumns must be from 2 to %s: %s",
        BudgetSchema.MAX_COLUMNS, maxColumns);
    checkArgument(maxCellChars >= 100, "maxCellChars must be at least 100: %s", maxCellChars);
  }

  /**
   * Obtains the standard limits.
   *
   * @return 256 MiB, 2,000,000 rows, 1,000 columns, cells of 100,000 characters
   */
  public static TableLimits standard() {
    return STANDARD;
  }

  /**
   * Returns a copy of these limits with another largest file.
   *
   * @param bytes the largest file read, in bytes
   * @return the changed limits
   */
  public TableLimits withMaxBytes(long bytes) {
    return new TableLimits(bytes, maxRows, maxColumns, maxCellChars);
  }

  /**
   * Returns a copy of these limits with another most rows.
   *
   * @param rows the most rows a table may have
   * @return the changed limits
   */
  public TableLimits withMaxRows(int rows) {
    return new TableLimits(maxBytes, rows, maxColumns, maxCellChars);
  }

  /**
   * Returns a copy of these limits with another most columns.
   *
   * @param columns the most cells a row may have
   * @return the changed limits
   */
  public TableLimits withMaxColumns(int columns) {
    return new TableLimits(maxBytes, maxRows, columns, maxCellChars);
  }

  /**
   * Returns a copy of these limits with another longest cell.
   *
   * @param chars the longest cell read, in characters
   * @return the changed limits
   */
  public TableLimits withMaxCellChars(int chars) {
    return new TableLimits(maxBytes, maxRows, maxColumns, chars);
  }
}
