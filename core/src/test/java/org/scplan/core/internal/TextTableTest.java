package org.scplan.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one text table every module's text views use. */
class TextTableTest {

  @Test
  void columnsAreAsWideAsTheirWidestCellCutAtTheirLimitAndAlignedAsAsked() {
    List<String> lines = TextTable.of("LINE", 8, "gross", TextTable.UNLIMITED, "net", TextTable.UNLIMITED)
        .rightFrom(1)
        .row("Older People", "1,234.5", "")
        .row("Total", "12,345.6", "9.0")
        .lines();
    assertThat(lines).containsExactly(
        "LINE         gross  net",
        "Older P…   1,234.5",
        "Total     12,345.6  9.0");
  }

  @Test
  void leftAlignedColumnsLeaveNoTrailingSpaces() {
    assertThat(TextTable.of(List.of("A", "B")).row("x", "").row(List.of("long text", "y")).render())
        .isEqualTo("A          B\nx\nlong text  y");
  }
}
