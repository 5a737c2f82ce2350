package org.scplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.budget.TableRelation.Term;
import org.scplan.core.AmountUnit;
import org.scplan.core.Finding;
import org.scplan.core.ValidationReport;

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
}
