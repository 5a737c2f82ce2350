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

  private SheetRules() {}
}
