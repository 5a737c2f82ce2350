package org.scplan.csv;

/**
 * The rows of a large sheet below the first ones the table is decided by ({@link LargeSheet}): lines
 * {@code from} (inclusive) to {@code to} (exclusive) of the sheet, counted from 0, read in the table's
 * width. Not API.
 */
record SheetTail(PrintedSheet sheet, int from, int to, int width) {
  /** A line as a table row: for a line that is read the usual way, its cells printed. */
  RawTable.Row row(int line) {
    return RawTable.sheetRow(line + 1, sheet.line(line).texts(), width);
  }

  PrintedSheet.Line line(int line) {
    return sheet.line(line);
  }

  /** Thrown (without a stack trace) when a large sheet is not one read with its first rows: it is read whole. */
  static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super("read whole", null, false, false);
    }
  }
}
