package org.scplan.sheets;

/**
 * The stable codes of the problems a workbook reader reports before its sheets reach the table
 * pipeline; the tables' own findings carry io-csv's codes ({@code csv.…}) and the sections'.
 */
public final class SheetRules {
  /**
   * ERROR: the file is not a workbook scplan reads (.xlsx or .ods), or it is damaged, truncated,
   * encrypted or in the old binary .xls format.
   */
  public static final String WORKBOOK_UNREADABLE = "sheets.workbook.unreadable";

  /**
   * ERROR: the workbook's contents would expand beyond the reader's limits (a part larger than
   * {@link WorkbookReader#MAX_PART_BYTES}, or compressed more than {@link WorkbookReader#MAX_RATIO}
   * to one: a zip bomb), or hold more rows or columns than a table may.
   */
  public static final String WORKBOOK_TOO_LARGE = "sheets.workbook.too-large";

  /** ERROR: a sheet asked for by name is not in the workbook. */
  public static final String SHEET_MISSING = "sheets.sheet.missing";

  /**
   * INFO: how many relations a sheet states by its formulas (sums and differences of its cells), and
   * how many hold on the printed figures.
   */
  public static final String FORMULA_CHECKED = "sheets.formula.checked";

  /**
   * ERROR: a formula that sums or subtracts cells does not agree with the figures they print, within
   * their rounding: a stale cached value, or cells that print other figures than they hold.
   */
  public static final String FORMULA_MISMATCH = "sheets.formula.mismatch";

  /**
   * WARNING: a number typed in where the cells on both sides hold the same formula: a total typed
   * over as a constant, which stops adding up when its parts change.
   */
  public static final String FORMULA_TYPED_OVER = "sheets.formula.typed-over";

  /**
   * WARNING: a figure stored as text in a column of numbers. It is read as the figure it prints, but
   * the sheet's own formulas leave it out of their sums.
   */
  public static final String NUMBER_AS_TEXT = "sheets.cell.number-as-text";

  /**
   * INFO: a sheet hides rows that hold cells. A reader of the sheet does not see them, but they are
   * read, and their figures count in the table's totals.
   */
  public static final String ROWS_HIDDEN = "sheets.rows.hidden";

  /** INFO: a sheet hides columns that hold cells; they are read. */
  public static final String COLUMNS_HIDDEN = "sheets.columns.hidden";

  /** INFO: a sheet merges cells; a merged range is read at its first cell, the rest of it as blank. */
  public static final String CELLS_MERGED = "sheets.cells.merged";

  private SheetRules() {}
}
