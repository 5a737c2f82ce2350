package org.scplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * A set of cells' keys gives them back in ascending order (row by row, then column by column), each
 * once, whether they arrive in reading order, out of it (a sheet's cells as its XML lists them, or an
 * ODS sheet's repeated cells), or more than once.
 */
class CellKeysTest {

  @Test
  void keysReadRowByRowComeBackAsRead() {
    CellKeys keys = new CellKeys();
    keys.add(SheetCells.key(1, 1));
    keys.add(SheetCells.key(1, 2));
    keys.add(SheetCells.key(2, 1));
    assertThat(keys.sorted()).containsExactly(SheetCells.key(1, 1), SheetCells.key(1, 2), SheetCells.key(2, 1));
  }

  @Test
  void aKeyAddedTwiceInARowIsKeptOnce() {
    CellKeys keys = new CellKeys();
    keys.add(SheetCells.key(3, 2));
    keys.add(SheetCells.key(3, 2));
    assertThat(keys.sorted()).containsExactly(SheetCells.key(3, 2));
  }

  @Test
  void keysOutOfOrderComeBackSortedEachOnce() {
    CellKeys keys = new CellKeys();
    keys.add(SheetCells.key(2, 1));
    keys.add(SheetCells.key(1, 3));
    keys.add(SheetCells.key(2, 1));
    keys.add(SheetCells.key(1, 1));
    keys.add(SheetCells.key(1, 3));
    assertThat(keys.sorted()).containsExactly(SheetCells.key(1, 1), SheetCells.key(1, 3), SheetCells.key(2, 1));
  }

  @Test
  void theSmallestKeyAfterALargerOneIsKept() {
    CellKeys keys = new CellKeys();
    keys.add(5);
    keys.add(0);
    assertThat(keys.sorted()).containsExactly(0, 5);
  }

  @Test
  void keysAddedAfterSortingJoinTheSortedOnes() {
    CellKeys keys = new CellKeys();
    keys.add(SheetCells.key(4, 1));
    keys.add(SheetCells.key(2, 1));
    assertThat(keys.sorted()).containsExactly(SheetCells.key(2, 1), SheetCells.key(4, 1));
    keys.add(SheetCells.key(3, 1));
    keys.add(SheetCells.key(4, 1));
    assertThat(keys.sorted()).containsExactly(SheetCells.key(2, 1), SheetCells.key(3, 1), SheetCells.key(4, 1));
    assertThat(keys.sorted()).containsExactly(SheetCells.key(2, 1), SheetCells.key(3, 1), SheetCells.key(4, 1));
  }

  @Test
  void manyKeysInReverseOrderAreAllKeptInOrder() {
    CellKeys keys = new CellKeys();
    for (int row = 1000; row >= 1; row--) {
      keys.add(SheetCells.key(row, 7));
      keys.add(SheetCells.key(row, 7));
    }
    assertThat(keys.sorted()).containsExactly(LongStream.rangeClosed(1, 1000).map(r -> SheetCells.key((int) r, 7))
        .toArray());
  }

  @Test
  void noKeysGiveNone() {
    assertThat(new CellKeys().sorted()).isEmpty();
  }
}
