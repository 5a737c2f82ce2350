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

  @ParameterizedTest(name = "{0}{2}{1}")
  @CsvSource({"'', 1, A, 1", "'', 9, D, 4", "Budget!, 31, G, 7", "'Budget 2024'!, 2, Z, 26", "'', 5, AA, 27",
      "'', 5, AZ, 52", "'', 5, BA, 53", "'', 5, ALL, 1000", "'', 5, XFD, 16384"})
  void aCellInASheetIsNamedByItsColumnLettersAndRow(String prefix, int row, String letters, int column) {
    Location.Cell made = Location.Cell.inSheet(prefix, row, column, "Net");
    Location.Cell given = new Location.Cell(prefix + letters + row, row, column, "Net");

    assertThat(Location.Cell.letters(column)).isEqualTo(letters);
    assertThat(made.reference()).isEqualTo(prefix + letters + row);
    assertThat(made).hasToString(given.toString()).isEqualTo(given).hasSameHashCodeAs(given);
    assertThat(made.row()).isEqualTo(row);
    assertThat(made.column()).isEqualTo(column);
    assertThat(made.heading()).isEqualTo("Net");
    Location at = Location.document().inFile("b.xlsx").atCell(made, row, column);
    assertThat(at).isEqualTo(Location.document().inFile("b.xlsx").atCell(given, row, column))
        .hasToString("b.xlsx " + given + " (line " + row + ", column " + column + ")");
    assertThat(at.pointer()).contains(given.toString());
  }

  @Test
  void cellsAreEqualByTheirPlaceAndHeading() {
    new EqualsTester()
        .addEqualityGroup(new Location.Cell("D9", 9, 4, "Net"), Location.Cell.inSheet("", 9, 4, "Net"))
        .addEqualityGroup(Location.Cell.inSheet("Budget!", 9, 4, "Net"))
        .addEqualityGroup(Location.Cell.inSheet("", 9, 4, "Gross"))
        .addEqualityGroup(Location.Cell.inSheet("", 9, 4, null))
        .addEqualityGroup(Location.Cell.inSheet("", 10, 4, "Net"))
        .addEqualityGroup(Location.Cell.inSheet("", 9, 5, "Net"))
        .addEqualityGroup(new Location.Cell(null, 9, 0, null))
        .testEquals();
    assertThat(SerializableTester.reserializeAndAssert(Location.Cell.inSheet("Budget!", 9, 4, "Net")).reference())
        .isEqualTo("Budget!D9");
    assertThatThrownBy(() -> Location.Cell.inSheet("", 9, 0, null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 0");
    assertThatThrownBy(() -> Location.Cell.inSheet("", 0, 1, null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 0");
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
