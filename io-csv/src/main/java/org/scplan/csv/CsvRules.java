package org.scplan.csv;

/**
 * The rule codes of reading a table. Codes are stable: programs may rely on them.
 *
 * <p>A read problem (the ERRORs listed first) means the table could not be read as it stands:
 * the {@link org.scplan.core.ReadResult} holds no document and {@code scplan table} exits with
 * status 2. Every such finding names the file, the row and the column ({@code row 12, column "Gross"}) with the
 * line and column in the file. The other findings say what reading inferred (INFO) or found about
 * the document (a printed risk score the matrix does not give) and come with the sections.
 */
public final class CsvRules {
  private CsvRules() {}

  /** ERROR: the file cannot be opened or decoded, or is too large to read. */
  public static final String FILE_UNREADABLE = "csv.file.unreadable";

  /**
   * ERROR: the table is too large for the memory the program may use; the finding says how much it
   * needs and how to give it more. Never an internal error.
   */
  public static final String FILE_TOO_LARGE = "csv.file.too-large";

  /** ERROR: the text is not CSV or TSV: a quoted cell that never closes, say. */
  public static final String SYNTAX = "csv.syntax";

  /** ERROR: the table has no heading row or no rows of figures under it. */
  public static final String TABLE_EMPTY = "csv.table.empty";

  /** INFO: a sheet of a workbook holds no table (no row has two cells filled: notes, a cover), so it is not read. */
  public static final String SHEET_SKIPPED = "csv.sheet.skipped";

  /**
   * INFO: a row below the table holds one cell of words ("Note: figures in £ million", "Source:
   * …"): a note about the table, left out of it.
   */
  public static final String NOTE_BELOW = "csv.note.below";

  /** ERROR: a row has more or fewer cells than the heading row. */
  public static final String ROW_RAGGED = "csv.row.ragged";

  /** ERROR: a heading matches no column of the schema, no line-name column and no column of people. */
  public static final String HEADER_UNMATCHED = "csv.header.unmatched";

  /** ERROR: two headings match the same column of the schema for the same year. */
  public static final String HEADER_DUPLICATE = "csv.header.duplicate";

  /** ERROR: no column holds the names of the lines (or of the indicators or risks). */
  public static final String HEADER_NO_NAMES = "csv.header.no-names";

  /** ERROR: a cell holds text that is not a figure where a figure is expected ({@code 12,34x}). */
  public static final String CELL_UNREADABLE = "csv.cell.unreadable";

  /** ERROR: the table names no financial year (or period) and none was given as an option. */
  public static final String YEAR_MISSING = "csv.year.missing";

  /**
   * INFO: a row of a table read as printed ends before a column that holds figures in other rows
   * (a spreadsheet or a hand-made file leaving its last cells off); it is read with those cells
   * blank. One finding a table, at the first such row's first missing cell, says how many rows end
   * early in all. A column of words left off is not reported, and a workbook's sheet never has such
   * rows.
   */
  public static final String ROW_SHORT = "csv.row.short";

  /** WARNING: a row of figures has no name; it is named after its row. */
  public static final String ROW_NO_NAME = "csv.row.no-name";

  /** INFO: no schema was named; the one whose columns the headings match best was used. */
  public static final String SCHEMA_DETECTED = "csv.schema.detected";

  /** INFO: what the table holds (budget, indicators, risks) was decided from its headings. */
  public static final String KIND_DETECTED = "csv.kind.detected";

  /** INFO: the table was read transposed (lines down the side, years or lines across). */
  public static final String LAYOUT_TRANSPOSED = "csv.layout.transposed";

  /**
   * INFO: no schema describes the table, so it was read as printed: what was read (rows, columns of
   * figures, unit, precision) and which relations were discovered from its labels and figures.
   */
  public static final String LAYOUT_DISCOVERED = "csv.layout.discovered";

  /** INFO: a column holds words rather than figures (and is not the line names); its cells are not checked. */
  public static final String COLUMN_NOT_FIGURES = "csv.column.not-figures";

  /**
   * INFO (ERROR under {@code --strict}): a heading matches no field of an indicator or risk table;
   * its cells are not read, and the finding says how many there are.
   */
  public static final String COLUMN_UNKNOWN = "csv.column.unknown";

  /**
   * INFO: a result or target is printed in words ("Greater than 50%", "Top quartile"); it is kept as
   * written, as a target without a figure, and not rated.
   */
  public static final String CELL_WORDS = "csv.cell.words";

  /**
   * INFO: a row of one cell among a register's rows, or a row repeating its columns' headings, is a
   * heading of the rows under it, or a note under the table; it is no risk or indicator.
   */
  public static final String ROW_NOTE = "csv.row.note";

  /**
   * INFO: a register prints likelihood and impact as averages with decimals (4.2, 5.1), not levels of
   * a matrix; the risk is not placed on the matrix, and its printed score is checked as their product.
   */
  public static final String RISK_AVERAGED = "csv.risk.averaged";

  /**
   * WARNING: --year names one financial year but the table's headings or title name another; the
   * table's own year is used.
   */
  public static final String YEAR_FROM_TABLE = "csv.year.from-table";

  /** INFO: neither the headings nor an option name a unit of money; figures are read in pounds. */
  public static final String UNIT_ASSUMED = "csv.unit.assumed";

  /**
   * INFO: every figure of a money column printed in pounds is a whole multiple of £1,000, so the
   * column is read to the nearest £1,000.
   */
  public static final String PRECISION_INFERRED = "csv.precision.inferred";

  /** INFO: a column prints figures with different numbers of decimals; all are read at the most. */
  public static final String PRECISION_MIXED = "csv.precision.mixed";

  /** INFO: how income is printed was decided from the income columns' figures. */
  public static final String INCOME_SIGN_DETECTED = "csv.income-sign.detected";

  /** INFO: the file is not UTF-8 and was read as Windows-1252, as spreadsheets save it. */
  public static final String FILE_ENCODING = "csv.file.encoding";

  /** INFO: no polarity is printed or given for an indicator; higher is taken to be better. */
  public static final String POLARITY_ASSUMED = "csv.polarity.assumed";

  /** WARNING: a status (RAG) is printed for an indicator with no result to rate. */
  public static final String STATUS_WITHOUT_RESULT = "csv.status.without-result";

  /** ERROR: a printed risk score is not the score the matrix gives the printed rating. */
  public static final String RISK_SCORE_MISMATCH = "csv.risk.score-mismatch";

  /** ERROR: a printed risk level (band) is not the level the matrix gives the printed rating. */
  public static final String RISK_BAND_MISMATCH = "csv.risk.band-mismatch";

  /** WARNING: a risk prints a likelihood without an impact, or the reverse, so it has no rating. */
  public static final String RISK_RATING_INCOMPLETE = "csv.risk.rating-incomplete";
}
