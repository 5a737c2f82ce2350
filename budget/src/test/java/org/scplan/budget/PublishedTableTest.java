package org.scplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scplan.budget.TableRelation.Term;
import org.scplan.core.AmountUnit;
import org.scplan.core.Finding;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ValidationReport;
import org.scplan.core.ViewData;

/** A table as printed, with the arithmetic it states, checked by interval arithmetic. */
class PublishedTableTest {
  private static final TableRelation NET = TableRelation.ofColumns(2, List.of(new Term(1, 0), new Term(1, 1)),
      List.of(0, 1, 2), "named by the headings");
  private static final TableRelation TOTAL = TableRelation.ofRows(2, List.of(new Term(1, 0), new Term(1, 1)),
      List.of(0, 1, 2), "named by its label");

  private static PublishedTable services(String leisureNet, String totalGross) {
    return PublishedTable.builder("services", "Cost of services").unit(AmountUnit.THOUSANDS)
        .columns("Gross", "Income", "Net")
        .row("Leisure", "2,234", "(983)", leisureNet)
        .row("Housing", "1,828", "(310)", "1,517")
        .row("Total", totalGross, "(1,293)", "2,769")
        .relation(NET).relation(TOTAL).build();
  }

  @Test
  void theJavadocsExampleFindsTheLeisureNetOutsideItsInterval() {
    ValidationReport report = services("1,254", "4,062").validate();
    // The total of the net column, 2,769, added up with the 1,251 the line should print, fails too.
    assertThat(report.errors()).extracting(Finding::code).containsExactly(BudgetRules.DERIVED_MISMATCH,
        BudgetRules.TOTAL_MISMATCH);
    assertThat(report.errors().get(0)).satisfies(f -> {
      assertThat(f.code()).isEqualTo(BudgetRules.DERIVED_MISMATCH);
      assertThat(f.location().path()).containsExactly("Leisure");
      assertThat(f.location().field()).contains("Net");
      assertThat(f.message()).isEqualTo("Row \"Leisure\": Net is printed 1,254, but Net = Gross + Income gives"
          + " 2,234 + (983) = 1,251 (± 1); the relation holds on 2 of 3 rows (named by the headings)");
    });
  }

  @Test
  void aDifferenceRoundingExplainsIsNoError() {
    // 2,234 + (983) is 1,251 ± 1: 1,252 printed (± 0.5) overlaps it.
    assertThat(services("1,252", "4,062").validate().errors()).isEmpty();
    assertThat(services("1,252", "4,062").validate().withCode(BudgetRules.RELATION_CHECKED))
        .extracting(Finding::message).containsExactly(
            "Checked Net = Gross + Income on 3 rows: holds on 3 (named by the headings)",
            "Checked Total = Leisure + Housing on 3 columns: holds on 3 (named by its label)");
  }

  @Test
  void aTotalThatIsOutIsReportedInItsColumn() {
    ValidationReport report = services("1,251", "4,162").validate();
    // The total's own net, 4,162 + (1,293), no longer gives its printed 2,769 either.
    assertThat(report.errors()).extracting(Finding::code).containsExactly(BudgetRules.DERIVED_MISMATCH,
        BudgetRules.TOTAL_MISMATCH);
    assertThat(report.errors().get(1)).satisfies(f -> {
      assertThat(f.code()).isEqualTo(BudgetRules.TOTAL_MISMATCH);
      assertThat(f.location().field()).contains("Gross");
      assertThat(f.expected()).contains("4,062 (± 1)");
      assertThat(f.actual()).contains("4,162");
    });
  }

  @Test
  void aRelationWithABlankFigureIsNotCheckedThere() {
    PublishedTable t = PublishedTable.builder("t", "T").columns("Gross", "Income", "Net")
        .row("A", "10", "", "10").row("B", "5", "-1", "4").row("C", "1", "-1", "7")
        .relation(NET).build();
    assertThat(t.validate().errors()).hasSize(1);
    assertThat(t.validate().withCode(BudgetRules.RELATION_CHECKED).get(0).message())
        .isEqualTo("Checked Net = Gross + Income on 2 rows: holds on 1 (named by the headings)");
  }

  @Test
  void aLongTotalIsDescribedByItsFirstAndLastRows() {
    PublishedTable.Builder b = PublishedTable.builder("t", "T").columns("Net");
    for (int i = 1; i <= 6; i++) {
      b.row("Line " + i, String.valueOf(i));
    }
    b.row("Total", "30");
    TableRelation sum = TableRelation.ofRows(6, List.of(new Term(1, 0), new Term(1, 1), new Term(1, 2),
        new Term(1, 3), new Term(1, 4), new Term(1, 5)), List.of(0), "named by its label");
    PublishedTable t = b.relation(sum).build();
    assertThat(t.describe(sum)).isEqualTo("Total = the 6 rows from Line 1 to Line 6");
    assertThat(t.validate().errors()).singleElement().satisfies(f -> assertThat(f.message())
        .contains("Total is printed 30, but the 6 rows from Line 1 to Line 6 add up to 21 (± 3)"));
    assertThat(t).hasToString("published-table \"t\": T, 7 rows × 1 column\n  Total = the 6 rows from Line 1 to Line 6"
        + " (named by its label)");
  }

  @Test
  void aRelationMustNameCellsTheTableHas() {
    assertThatThrownBy(() -> PublishedTable.builder("t", "T").columns("A", "B").row("x", "1", "2")
        .relation(TableRelation.ofColumns(2, List.of(new Term(1, 0)), List.of(0), "x")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names a row or column the table does not");
    assertThatThrownBy(() -> TableRelation.ofColumns(0, List.of(new Term(1, 0)), List.of(0), "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("terms include its target");
    assertThatThrownBy(() -> new Term(2, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalTablesAreEqual() {
    assertThat(services("1,252", "4,062")).isEqualTo(services("1,252", "4,062"))
        .hasSameHashCodeAs(services("1,252", "4,062")).isNotEqualTo(services("1,254", "4,062"));
  }

  @Test
  void aBlankPartAddsNothingToATotalButAnAbsentOneLeavesItUnchecked() {
    TableRelation total = TableRelation.ofRows(2, List.of(new Term(1, 0), new Term(1, 1)), List.of(0), "named");
    PublishedTable blank = PublishedTable.builder("t", "T").columns("£000").row("A", "10").row("B", "")
        .row("Total", "12").relation(total).build();
    assertThat(blank.validate().errors()).singleElement().satisfies(f -> assertThat(f.message())
        .contains("gives 10 = 10 (± 0.5)"));
    PublishedTable tbc = PublishedTable.builder("t", "T").columns("£000").row("A", "10").row("B", "")
        .row("Total", "12").absent(1, 0).relation(total).build();
    assertThat(tbc.validate().errors()).isEmpty();
    assertThat(tbc.validate().withCode(BudgetRules.RELATION_CHECKED).get(0).message()).contains("on 0 columns");
    assertThat(tbc).isNotEqualTo(blank);
  }

  @Test
  void theTableKeepsItsCellsAsPrintedAndBlanksAsNoFigure() {
    PublishedTable t = services("1,252", "4,062");

    assertThat(t.id()).isEqualTo("services");
    assertThat(t.kind()).isEqualTo(PublishedTable.KIND).isEqualTo("published-table");
    assertThat(t.title()).isEqualTo("Cost of services");
    assertThat(t.unit()).isEqualTo(AmountUnit.THOUSANDS);
    assertThat(t.rows()).containsExactly("Leisure", "Housing", "Total");
    assertThat(t.columns()).containsExactly("Gross", "Income", "Net");
    assertThat(t.relations()).containsExactly(NET, TOTAL);
    assertThat(t.cell(0, 1)).hasValueSatisfying(c -> {
      assertThat(c.printed()).isEqualTo("(983)");
      // (983) in a £'000 table is minus £983,000.
      assertThat(c.value()).isEqualTo(ReportedAmount.parse("-983", AmountUnit.THOUSANDS));
      assertThat(c.location().field()).contains("Income");
    });
    PublishedTable blank = PublishedTable.builder("t", "T").columns("A", "B").row("x", "1").build();
    assertThat(blank.cell(0, 1)).isEmpty();
    assertThat(blank.cell(0, 0)).isPresent();
  }

  @Test
  void asHtmlTheCellsThatDoNotAddUpAreMarkedWithNumberedNotes() {
    String html = services("1,254", "4,062").toHtml();

    // Leisure's net, and the net column's total that adds it up.
    assertThat(html).contains("data-failing=\"2\"").contains("<caption>Cost of services (£&#39;000)</caption>")
        .contains("<th scope=\"col\">Income</th>").contains("<td class=\"num\">(983)</td>")
        .contains(">1,254<sup>1</sup><span class=\"visually-hidden\"> (does not add up)</span></td>")
        .contains(">2,769<sup>2</sup>").contains("<li>Row &quot;Leisure&quot;: Net is printed 1,254");
    assertThat(html.split("<td class=\"num fail\"", -1)).hasSize(3);
    assertThat(services("1,252", "4,062").toHtml()).contains("data-failing=\"0\"").doesNotContain("class=\"num fail\"")
        .doesNotContain("<ol");
  }

  @Test
  void theViewCountsRowsColumnsAndRelationsOfEachKind() {
    PublishedTable t = services("1,252", "4,062");

    assertThat(t.view().lines())
        .containsExactly("3 rows × 3 columns of figures; 1 column and 1 row relations checked");
    ViewData data = t.view().data();
    assertThat(data.fields()).containsEntry("unit", "£'000").containsEntry("rows", 3L).containsEntry("columns", 3L)
        .containsEntry("precision", "each figure as printed");
    assertThat(data.fields().get("relations")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(2).satisfiesExactly(
        r -> assertThat(((ViewData) r).fields()).isEqualTo(Map.of("relation", "Net = Gross + Income",
            "axis", "columns", "basis", "named by the headings")),
        r -> assertThat(((ViewData) r).fields()).isEqualTo(Map.of("relation", "Total = Leisure + Housing",
            "axis", "rows", "basis", "named by its label")));
  }

  static Stream<Arguments> relationsOutOfTheTable() {
    // The table has 2 rows and 3 columns.
    return Stream.of(
        Arguments.of(TableRelation.ofColumns(3, List.of(new Term(1, 0)), List.of(0), "target past the columns")),
        Arguments.of(TableRelation.ofColumns(2, List.of(new Term(1, 3)), List.of(0), "term past the columns")),
        Arguments.of(TableRelation.ofColumns(2, List.of(new Term(1, 0)), List.of(2), "a row past the rows")),
        Arguments.of(TableRelation.ofColumns(2, List.of(new Term(1, 0)), List.of(-1), "a row before the first")),
        Arguments.of(TableRelation.ofRows(2, List.of(new Term(1, 0)), List.of(0), "target past the rows")),
        Arguments.of(TableRelation.ofRows(1, List.of(new Term(1, 2)), List.of(0), "term past the rows")),
        Arguments.of(TableRelation.ofRows(1, List.of(new Term(1, 0)), List.of(3), "a column past the columns")));
  }

  @ParameterizedTest
  @MethodSource("relationsOutOfTheTable")
  void aRelationMustStayInsideTheTable(TableRelation relation) {
    PublishedTable.Builder b = PublishedTable.builder("t", "T").columns("A", "B", "C").row("x", "1", "2", "3")
        .row("y", "1", "2", "3");
    assertThatThrownBy(() -> b.relation(relation).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names a row or column the table does not have (2 rows, 3 columns)");
  }

  @Test
  void aRelationOnTheLastRowAndColumnIsInsideTheTable() {
    PublishedTable t = PublishedTable.builder("t", "T").columns("A", "B", "C").row("x", "1", "2", "3")
        .row("y", "1", "2", "9")
        .relation(TableRelation.ofColumns(2, List.of(new Term(1, 0), new Term(1, 1)), List.of(0, 1), "cols"))
        .relation(TableRelation.ofRows(1, List.of(new Term(1, 0)), List.of(0, 1, 2), "rows")).build();
    // y: 1 + 2 is not 9; column C: x's 3 is not y's 9.
    assertThat(t.validate().errors()).extracting(f -> f.location().toString())
        .containsExactly("y [C]", "y [C]");
  }

  @Test
  void onlyCellsInsideTheTableCanBeMarkedAbsentAndRowsHaveNoMoreCellsThanColumns() {
    PublishedTable.Builder b = PublishedTable.builder("t", "T").columns("A", "B").row("x", "1", "2");
    assertThatThrownBy(() -> b.absent(1, 0).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No cell 1, 0 to mark absent");
    assertThatThrownBy(() -> PublishedTable.builder("t", "T").columns("A", "B").row("x", "1").absent(0, 2).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No cell 0, 2 to mark absent");
    assertThatThrownBy(() -> b.absent(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.absent(0, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.row("y", "1", "2", "3")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Row y has 3 cells but the table has 2 columns");
    assertThatThrownBy(() -> PublishedTable.builder(" ", "T")).isInstanceOf(IllegalArgumentException.class);
    assertThat(PublishedTable.builder("t", "T").columns("A", "B").row("x", "1").absent(0, 1).build().cell(0, 1))
        .isEmpty();
  }

  static Stream<Arguments> descriptions() {
    return Stream.of(
        Arguments.of(List.of(new Term(1, 0), new Term(-1, 1)), "Total = Line 1 − Line 2"),
        Arguments.of(List.of(new Term(-1, 0), new Term(1, 1)), "Total = − Line 1 + Line 2"),
        // Four terms are still named one by one; five that all add are a range.
        Arguments.of(List.of(new Term(1, 0), new Term(1, 1), new Term(1, 2), new Term(1, 3)),
            "Total = Line 1 + Line 2 + Line 3 + Line 4"),
        Arguments.of(List.of(new Term(1, 0), new Term(1, 1), new Term(1, 2), new Term(1, 3), new Term(1, 4)),
            "Total = the 5 rows from Line 1 to Line 5"),
        Arguments.of(List.of(new Term(1, 0), new Term(1, 1), new Term(1, 2), new Term(1, 3), new Term(-1, 4)),
            "Total = Line 1 + Line 2 + Line 3 + Line 4 − Line 5"));
  }

  @ParameterizedTest
  @MethodSource("descriptions")
  void aRelationReadsAsAnEquationInTheTablesWords(List<Term> terms, String equation) {
    PublishedTable.Builder b = PublishedTable.builder("t", "T").columns("Net");
    for (int i = 1; i <= 5; i++) {
      b.row("Line " + i, String.valueOf(i));
    }
    TableRelation rel = TableRelation.ofRows(5, terms, List.of(0), "named");
    PublishedTable t = b.row("Total", "1").relation(rel).build();
    assertThat(t.describe(rel)).isEqualTo(equation);
    assertThat(PublishedTable.builder("t", "T").columns("", "B").row("x", "1", "1")
        .relation(TableRelation.ofColumns(1, List.of(new Term(1, 0)), List.of(0), "n")).build()
        .describe(TableRelation.ofColumns(1, List.of(new Term(1, 0)), List.of(0), "n"))).isEqualTo("B = (no heading)");
  }

  @Test
  void aTotalWithEveryPartBlankIsNotCheckedAndOnePlaceIsSaidInTheSingular() {
    TableRelation total = TableRelation.ofRows(2, List.of(new Term(1, 0), new Term(1, 1)), List.of(0, 1), "named");
    PublishedTable t = PublishedTable.builder("t", "T").columns("2023", "2024").row("A", "", "10").row("B", "", "")
        .row("Total", "5", "12").relation(total).build();
    // 2023 has no part printed: nothing to check. 2024: 10 + nothing is not 12.
    assertThat(t.validate().errors()).singleElement().satisfies(f -> assertThat(f.message())
        .isEqualTo("Column \"2024\": Total is printed 12, but Total = A + B gives 10 = 10 (± 0.5); the relation holds"
            + " on 0 of 1 columns (named)"));
    assertThat(t.validate().withCode(BudgetRules.RELATION_CHECKED)).extracting(Finding::message)
        .containsExactly("Checked Total = A + B on 1 column: holds on 0 (named)");
  }

  @Test
  void aSumIsShownInTheTablesUnitAtOneMorePlaceThanTheFigure() {
    // A £m table whose total is printed in £k: 1.2 + 0.3 = 1.5 (± 0.1), shown to the thousand as £1,600k is.
    TableRelation total = TableRelation.ofRows(2, List.of(new Term(1, 0), new Term(1, 1)), List.of(0), "named");
    PublishedTable t = PublishedTable.builder("t", "T").unit(AmountUnit.MILLIONS).columns("£m").row("A", "1.2")
        .row("B", "0.3").row("Total", "£1,700k").relation(total).build();
    assertThat(t.validate().errors()).singleElement().satisfies(f -> {
      assertThat(f.expected()).contains("1.500 (± 0.100)");
      assertThat(f.expectedMeasure().orElseThrow().low()).isEqualByComparingTo("1400000");
      assertThat(f.expectedMeasure().orElseThrow().high()).isEqualByComparingTo("1600000");
      assertThat(f.expectedMeasure().orElseThrow().unitCode()).contains("GBP");
    });
  }
}
