package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sheet built cell by cell ({@link PrintedSheet#builder}): in a workbook's order, figures kept as
 * numbers, blank cells after a row's last left off, and the same sheet as one made of its text.
 */
class PrintedSheetBuilderTest {
  @Test
  void aBuiltSheetIsTheSheetOfItsText() {
    PrintedSheet built = PrintedSheet.builder("Budget").text(1, 1, "Service").text(1, 2, "Net £'000")
        .text(3, 1, "Roads").figure(3, 2, -12345, 1, true, true).text(3, 3, "").build();
    PrintedSheet text = PrintedSheet.of("Budget", List.of(List.of("Service", "Net £'000"), List.of(),
        List.of("Roads", "(1,234.5)")));

    assertThat(built).isEqualTo(text).hasSameHashCodeAs(text);
    assertThat(built.hashCode()).isNotEqualTo(PrintedSheet.of("Budget 2", text.rows()).hashCode())
        .isNotEqualTo(PrintedSheet.of("Budget", text.rows().subList(0, 2)).hashCode());
    assertThat(built.rowCount()).isEqualTo(3);
    assertThat(built.rows()).hasSize(3);
    assertThat(built.rows().get(1)).isEmpty();
    assertThat(built.rows().get(2)).containsExactly("Roads", "(1,234.5)");
    assertThat(built.head(2)).hasSize(2);
    assertThat(built.toString()).isEqualTo("sheet Budget (3 rows)");
  }

  @Test
  void aCellOutsideTheSheetIsBlank() {
    PrintedSheet sheet = PrintedSheet.builder("Budget").text(1, 1, "Service").figure(2, 2, 5, 2, false, false).build();
    assertThat(sheet.text(2, 2)).isEqualTo("0.05");
    assertThat(sheet.text(1, 1)).isEqualTo("Service");
    assertThat(sheet.text(0, 1)).isEmpty();
    assertThat(sheet.text(3, 1)).isEmpty();
    assertThat(sheet.text(2, 0)).isEmpty();
    assertThat(sheet.text(2, 3)).isEmpty();
    assertThat(sheet.text(2, 1)).isEmpty();
    assertThatThrownBy(() -> sheet.rows().get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> sheet.rows().get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void blankCellsAfterARowsLastAreLeftOffAndARowOfBlanksIsEmpty() {
    PrintedSheet sheet = PrintedSheet.builder("S").text(1, 1, "A").text(1, 2, "").text(1, 3, " ")
        .text(2, 2, "").figure(3, 1, 0, 0, false, false).text(3, 2, "").text(4, 1, "").text(4, 2, "B").build();
    assertThat(sheet.rows().get(0)).containsExactly("A", "", " ");
    assertThat(sheet.line(0).size()).isEqualTo(3);
    assertThat(sheet.rows().get(1)).isEmpty();
    assertThat(sheet.rows().get(2)).containsExactly("0");
    assertThat(sheet.line(2).isFigure(0)).isTrue();
    assertThat(sheet.line(2).isFigure(1)).isFalse();
    assertThat(sheet.rows().get(3)).containsExactly("", "B");
    assertThat(sheet.line(3).isFigure(0)).isFalse();
  }

  @Test
  void aRowOfManyColumnsGrowsAndItsGapsAreBlank() {
    PrintedSheet sheet = PrintedSheet.builder("S").text(1, 3, "C").figure(1, 40, 7, 0, false, false).build();
    List<String> row = sheet.rows().get(0);
    assertThat(row).hasSize(40);
    assertThat(row.get(0)).isEmpty();
    assertThat(row.get(2)).isEqualTo("C");
    assertThat(row.subList(3, 39)).allMatch(String::isEmpty);
    assertThat(row.get(39)).isEqualTo("7");
  }

  @Test
  void cellsComeInAWorkbooksOrder() {
    PrintedSheet.Builder b = PrintedSheet.builder("S").text(2, 2, "x");
    assertThatThrownBy(() -> b.text(2, 2, "y")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 2, column 2 comes before a cell already set");
    assertThatThrownBy(() -> b.text(2, 1, "y")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.text(1, 5, "y")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.text(0, 1, "y")).hasMessageContaining("count from 1");
    assertThatThrownBy(() -> b.text(3, 0, "y")).hasMessageContaining("count from 1");
    assertThat(b.text(2, 3, "z").build().rows().get(1)).containsExactly("", "x", "z");
  }

  @Test
  void aFigurePrintsTwelveDecimalsAtMost() {
    assertThat(PrintedSheet.builder("S").figure(1, 1, 1, 12, false, false).build().text(1, 1))
        .isEqualTo("0.000000000001");
    assertThatThrownBy(() -> PrintedSheet.builder("S").figure(1, 1, 1, 13, false, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 to 12 decimals: got 13");
    assertThatThrownBy(() -> PrintedSheet.builder("S").figure(1, 1, 1, -1, false, false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
