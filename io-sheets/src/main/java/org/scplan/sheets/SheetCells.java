package org.scplan.sheets;

import java.util.Map;
import org.scplan.csv.PrintedSheet;

/**
 * A sheet as read: its cells as printed, the formula of each cell that holds one, which cells hold
 * a number typed in (a constant) and which hold text (where a figure stored as text hides), and
 * its layout where the reader of its format finds it as it goes (null: read separately). Rows and
 * columns count from 1. Not API.
 */
record SheetCells(PrintedSheet printed, Map<Long, String> formulas, CellKeys constants, CellKeys texts,
    SheetLayout layout) {
  static long key(int row, int column) {
    return ((long) row << 24) | column;
  }

  static int row(long key) {
    return (int) (key >>> 24);
  }

  static int column(long key) {
    return (int) (key & 0xFFFFFF);
  }

  /** The printed text of a cell; empty outside the sheet. */
  String text(int row, int column) {
    return printed.text(row, column);
  }
}
