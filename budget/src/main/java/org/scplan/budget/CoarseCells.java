package org.scplan.budget;

import java.util.Arrays;

/**
 * The cells of a profile printed to fewer decimals than their column: a {@code £2m} among
 * {@code £8.2m} figures, which stands for £1.5m to £2.5m, not £1.95m to £2.05m. Each keeps its own
 * decimals; a profile usually has none. Not API.
 */
final class CoarseCells {
  static final CoarseCells NONE = new CoarseCells(new long[0], new int[0]);

  /** How far back a cell given again is looked for: more cells than a line has columns. */
  private static final int RECENT = 1024;

  /** The cells, as {@code line * columns + column}, in ascending order. */
  private final long[] keys;
  private final int[] decimals;

  private CoarseCells(long[] keys, int[] decimals) {
    this.keys = keys;
    this.decimals = decimals;
  }

  boolean isEmpty() {
    return keys.length == 0;
  }

  int size() {
    return keys.length;
  }

  /** The decimals a cell was printed to: its own, or the column's. */
  int decimals(int line, int column, int columns, int otherwise) {
    if (keys.length == 0) {
      return otherwise;
    }
    int i = Arrays.binarySearch(keys, (long) line * columns + column);
    return i >= 0 ? decimals[i] : otherwise;
  }

  /** The same cells restated in another unit: each money cell's decimals move as its column's do. */
  CoarseCells shifted(boolean[] money, int shift) {
    if (keys.length == 0) {
      return this;
    }
    int[] moved = decimals.clone();
    for (int i = 0; i < keys.length; i++) {
      if (money[(int) (keys[i] % money.length)]) {
        moved[i] -= shift;
      }
    }
    return new CoarseCells(keys, moved);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CoarseCells o && Arrays.equals(o.keys, keys) && Arrays.equals(o.decimals, decimals);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(keys) * 31 + Arrays.hashCode(decimals);
  }

  @Override
  public String toString() {
    return keys.length + " cells printed coarser than their columns";
  }

  /** Cells added as lines are built; a cell given twice keeps the last decimals. */
  static final class Builder {
    private long[] keys = new long[0];
    private int[] decimals = new int[0];
    private int count;

    void put(long key, int d) {
      // Only the last line's cells are given, so a repeat is among the last few.
      for (int i = count - 1; i >= 0 && i >= count - RECENT; i--) {
        if (keys[i] == key) {
          decimals[i] = d;
          return;
        }
      }
      if (count == keys.length) {
        keys = Arrays.copyOf(keys, Math.max(8, count * 2));
        decimals = Arrays.copyOf(decimals, keys.length);
      }
      keys[count] = key;
      decimals[count++] = d;
    }

    boolean contains(long key) {
      for (int i = 0; i < count; i++) {
        if (keys[i] == key) {
          return true;
        }
      }
      return false;
    }

    CoarseCells build() {
      if (count == 0) {
        return NONE;
      }
      Integer[] order = new Integer[count];
      for (int i = 0; i < count; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
      long[] k = new long[count];
      int[] d = new int[count];
      for (int i = 0; i < count; i++) {
        k[i] = keys[order[i]];
        d[i] = decimals[order[i]];
      }
      return new CoarseCells(k, d);
    }
  }
}
