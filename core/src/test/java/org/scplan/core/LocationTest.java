package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.SerializableTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationTest {

  @Test
  void theDocumentAsAWhole() {
    Location doc = Location.document();
    assertThat(doc).hasToString("(document)");
    assertThat(doc.path()).isEmpty();
    assertThat(doc.field()).isEmpty();
    assertThat(doc.source()).isEmpty();
    assertThat(doc.pointer()).isEmpty();
    assertThat(doc.line()).isZero();
    assertThat(doc.column()).isZero();
    assertThat(Location.of()).isEqualTo(doc);
  }

  @Test
  void aPathThroughThePlanWithAField() {
    // Seed 000, section 2: the GROSS EXPENDITURE cell of Nursing Care under Older People.
    Location at = Location.of("Budget profile 2010-11", "Older People", "Nursing Care").field("GROSS EXPENDITURE");
    assertThat(at).hasToString("Budget profile 2010-11 › Older People › Nursing Care [GROSS EXPENDITURE]");
    assertThat(at.path()).containsExactly("Budget profile 2010-11", "Older People", "Nursing Care");
    assertThat(at.field()).contains("GROSS EXPENDITURE");
    assertThat(Location.of("Priority 1", "Action 1.1").field("end")).hasToString("Priority 1 › Action 1.1 [end]");
    assertThat(Location.of(List.of("Priority 1", "Action 1.1"))).isEqualTo(Location.of("Priority 1", "Action 1.1"));
    assertThat(Location.of("Priority 1").child("Action 1.1", "Sub")).isEqualTo(Location.of("Priority 1", "Action 1.1", "Sub"));
    assertThat(Location.document().field("title")).hasToString("[title]");
  }

  @Test
  void aPlaceInAFile() {
    Location at = Location.of("Priority 1").field("end").inFile("plan.json").at("/plan/priorities/0", 12, 7);
    assertThat(at).hasToString("plan.json /plan/priorities/0 (line 12, column 7) Priority 1 [end]");
    assertThat(at.source()).contains("plan.json");
    assertThat(at.pointer()).contains("/plan/priorities/0");
    assertThat(at.line()).isEqualTo(12);
    assertThat(at.column()).isEqualTo(7);
    assertThat(Location.document().inFile("plan.json").at("", 3, 0)).hasToString("plan.json / (line 3)");
    assertThat(Location.document().at("row 12, column \"Gross\"", 0, 0)).hasToString("row 12, column \"Gross\"");
    assertThat(Location.document().inFile("plan.json")).hasToString("plan.json");
    assertThat(Location.document().at("/a", -4, -1).line()).isZero();
  }

  @ParameterizedTest(name = "{0}, row {1}, column {2}, heading {3}: {4}")
  @CsvSource(nullValues = "null", value = {
      "D9, 9, 4, Net, 'D9: row 9, column \"Net\"'",
      "null, 9, 4, Net, 'row 9, column \"Net\"'",
      "D9, 9, 4, null, 'D9: row 9, column 4'",
      "D9, 9, 4, '  ', 'D9: row 9, column 4'",
      "A1, 1, 1, Service, 'A1: row 1, column \"Service\"'",
      "null, 12, 0, null, 'row 12'",
      "null, 12, 0, Net, 'row 12'"})
  void aPlaceInATableReadsAsTheReportPrintsIt(String reference, int row, int column, String heading, String text) {
    Location.Cell cell = new Location.Cell(reference, row, column, heading);
    Location at = Location.of("Table 5", "Total").field("Net").inFile("t.csv").atCell(cell, 9, 20);

    assertThat(cell).hasToString(text);
    assertThat(at.cell()).contains(cell);
    assertThat(at.pointer()).contains(text);
    assertThat(at.line()).isEqualTo(9);
    assertThat(at.column()).isEqualTo(20);
    assertThat(Location.document().cell()).isEmpty();
  }

  @ParameterizedTest(name = "row {0}, column {1}")
  @CsvSource({"0, 1", "-1, 1", "1, -1", "0, 0"})
  void rowsAndColumnsCountFromOne(int row, int column) {
    assertThatThrownBy(() -> new Location.Cell("A1", row, column, null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row " + row + ", column " + column);
  }

  @Test
  void copiesKeepEverythingElse() {
    Location at = Location.of("A").inFile("f.json").at("/a", 1, 2).field("x");
    assertThat(at.child("B")).hasToString("f.json /a (line 1, column 2) A › B [x]");
    assertThat(at.inFile("g.json").pointer()).contains("/a");
    assertThat(at.at("/b", 3, 4).source()).contains("f.json");
  }

  @Test
  void thePathCannotBeChanged() {
    assertThatThrownBy(() -> Location.of("A").path().add("B")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Location.of("A", "B"), Location.of("A").child("B"), Location.of(List.of("A", "B")))
        .addEqualityGroup(Location.of("A", "B").field("x"))
        .addEqualityGroup(Location.of("A", "B").inFile("f"))
        .addEqualityGroup(Location.of("A", "B").at("/p", 0, 0))
        .addEqualityGroup(Location.of("A", "B").at("/p", 1, 0))
        .addEqualityGroup(Location.of("A", "B").at("/p", 1, 2))
        .addEqualityGroup(Location.of("B", "A"))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    Testers.nullPointerTester().testAllPublicStaticMethods(Location.class);
    Testers.nullPointerTester().testAllPublicInstanceMethods(Location.of("A"));
    assertThatThrownBy(() -> Location.of("A", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Location.of(java.util.Arrays.asList("A", null))).isInstanceOf(NullPointerException.class);
  }

  @Test
  void serialisesToAnEqualLocation() {
    SerializableTester.reserializeAndAssert(Location.of("A", "B").inFile("f").at("/p", 1, 2).field("x"));
  }
}
