package org.scplan.sheets;

import java.util.Arrays;

/**
 * A set of cells' keys ({@link SheetCells#key}) held as one growing array of {@code long}s: a sheet
 * of a million typed-in numbers costs 8 MB here, where a {@code HashSet<Long>} costs several times
 * that. Keys arrive in the order the sheet is read, row by row, so the array is mostly sorted
 * already. Not API.
 */
final class CellKeys {
  private long[] keys = new long[16];
  private int size;
  private boolean sorted = true;

  /** Adds a key; adding one twice keeps one. */
  void add(long key) {
    if (size > 0 && key <= keys[size - 1]) {
      if (key == keys[size - 1]) {
        return;
      }
      sorted = false;
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
    }
    keys[size++] = key;
  }

  /** The keys in ascending order (row by row, then column by column), each once. */
  long[] sorted() {
    if (!sorted) {
      long[] all = Arrays.copyOf(keys, size);
      Arrays.sort(all);
      int n = 0;
      for (int i = 0; i < all.length; i++) {
        if (n == 0 || all[i] != all[n - 1]) {
          all[n++] = all[i];
        }
      }
      keys = all;
      size = n;
      sorted = true;
    }
    return Arrays.copyOf(keys, size);
  }
}
