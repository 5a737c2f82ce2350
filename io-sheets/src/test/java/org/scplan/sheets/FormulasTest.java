package org.scplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scplan.sheets.TestWorkbooks.XCell.formula;
import static org.scplan.sheets.TestWorkbooks.XCell.number;
import static org.scplan.sheets.TestWorkbooks.XCell.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.ReadResult;
import org.scplan.sheets.TestWorkbooks.XCell;

/**
 * A sheet's formulas as relations it states: seed 001's Table 5 (Kent ASCH 2018-19, £'000) as a
 * finance team would keep it, gross = staffing + non-staffing on each line and the totals summed.
 */
class FormulasTest {
  private static final String F = "#,##0.0";

  @TempDir
  Path dir;

  private static XCell[][] table5(XCell totalNonStaffing, XCell oppdGross) {
    return new XCell[][] {
        {text("Division"), text("Staffing"), text("Non staffing"), text("Gross expenditure")},
        {text("Strategic Management & Directorate Budgets"), number("4401.6", F), number("42742.1", F),
            formula("B2+C2", "47143.7", F)},
        {text("Disabled Children, Adult Learning Disability and Mental Health"), number("38211.4", F),
            number("206922.5", F), formula("B3+C3", "245133.9", F)},
        {text("Older People & Physical Disability"), number("42474.7", F), number("219949.4", F), oppdGross},
        {text("Total"), formula("SUM(B2:B4)", "85087.7", F), totalNonStaffing, formula("SUM(D2:D4)", "554701.7", F)}};
  }

  private ReadResult<Document> read(XCell[][] rows) throws IOException {
    Path file = dir.resolve("table5.xlsx");
    TestWorkbooks.writeXlsx(file, "Table 5", rows);
    return WorkbookReader.standard().read(file);
  }

  @Test
  void formulasThatHoldAreCountedAndNothingElseIsSaid() throws IOException {
    ReadResult<Document> read = read(table5(formula("SUM(C2:C4)", "469614", F), formula("B4+C4", "262424.1", F)));

    assertThat(read.validate().errors()).isEmpty();
    assertThat(read.notes().withCode(SheetRules.FORMULA_CHECKED)).extracting(Finding::message)
        .containsExactly("Sheet Table 5 states 6 relations by its formulas (sums and differences of its cells): 6 hold");
    assertThat(read.notes().withCode(SheetRules.FORMULA_TYPED_OVER)).isEmpty();
  }

  @Test
  void aTotalTypedOverBetweenFormulasIsAWarningWithTheFormulaItWouldHave() throws IOException {
    ReadResult<Document> read = read(table5(number("469614.0", F), formula("B4+C4", "262424.1", F)));

    List<Finding> typed = read.notes().withCode(SheetRules.FORMULA_TYPED_OVER);
    assertThat(typed).singleElement().satisfies(f -> {
      assertThat(f.location().cell().orElseThrow().reference()).isEqualTo("'Table 5'!C5");
      assertThat(f.message()).contains("holds the number 469,614.0 typed in, where 'Table 5'!B5 and 'Table 5'!D5")
          .contains("(here =SUM(C2:C4), which gives 469,614.0)");
    });
  }

  @Test
  void aStaleFormulaIsAnErrorAtItsCell() throws IOException {
    // OPPD's gross cached as 262,442.1 (the figure mistyped in budget's README example): its formula,
    // B4+C4, gives 262,424.1 on the printed figures.
    ReadResult<Document> read = read(table5(formula("SUM(C2:C4)", "469614", F), formula("B4+C4", "262442.1", F)));

    // The total's cached 554,701.7 was not recalculated either: on the figures printed above it,
    // 262,442.1 among them, its SUM gives 554,719.7.
    List<Finding> mismatch = read.validate().withCode(SheetRules.FORMULA_MISMATCH);
    assertThat(mismatch).extracting(f -> f.location().cell().orElseThrow().reference())
        .containsExactlyInAnyOrder("'Table 5'!D4", "'Table 5'!D5");
    assertThat(mismatch).anySatisfy(f -> assertThat(f.message()).contains("holds =B4+C4, which the figures it names"
        + " give as 262,424.1 (± 0.1), but it prints 262,442.1"));
  }

  @Test
  void formulasAreParsedOnlyWhereTheyAreSumsAndDifferences() {
    assertThat(Formulas.parse("=SUM(B2:B6)-B7+1000")).isPresent();
    assertThat(Formulas.parse("$B$2+C2")).isPresent();
    assertThat(Formulas.parse("B2*C2")).isEmpty();
    assertThat(Formulas.parse("VLOOKUP(A1,Sheet2!A:B,2)")).isEmpty();
    assertThat(Formulas.parse("B2+")).isEmpty();
    assertThat(Formulas.relative("SUM(B2:B4)", 5, 2)).isEqualTo("SUM(R[-3]C[0]:R[-1]C[0])");
    assertThat(Formulas.at("SUM(R[-3]C[0]:R[-1]C[0])", 5, 3)).isEqualTo("SUM(C2:C4)");
    assertThat(OdsSheets.openFormula("of:=SUM([.B2:.B6])-[.B7]")).isEqualTo("SUM(B2:B6)-B7");
  }

  @Test
  void aFigureStoredAsTextInAColumnOfNumbersIsAWarning() throws IOException {
    XCell[][] rows = table5(formula("SUM(C2:C4)", "469614", F), formula("B4+C4", "262424.1", F));
    rows[2][1] = text("38,211.4");
    ReadResult<Document> read = read(rows);

    assertThat(read.notes().withCode(SheetRules.NUMBER_AS_TEXT)).singleElement().satisfies(f -> {
      assertThat(f.location().cell().orElseThrow().reference()).isEqualTo("'Table 5'!B3");
      assertThat(f.message()).contains("holds 38,211.4 as text, in a column of numbers");
    });
    assertThat(read.validate().errors()).isEmpty();
  }

  @Test
  void hiddenRowsAndMergedCellsAreSaid() throws IOException {
    XCell[][] rows = table5(formula("SUM(C2:C4)", "469614", F), formula("B4+C4", "262424.1", F));
    Path file = dir.resolve("layout.xlsx");
    TestWorkbooks.writeXlsx(file, "Table 5", rows, java.util.Set.of(3), List.of("B1:C1"));

    ReadResult<Document> read = WorkbookReader.standard().read(file);

    assertThat(read.notes().withCode(SheetRules.ROWS_HIDDEN)).singleElement().satisfies(f -> {
      assertThat(f.location().cell().orElseThrow().reference()).isEqualTo("'Table 5'!A3");
      assertThat(f.message()).isEqualTo("Sheet Table 5 hides row 3: a reader of the sheet does not see it, but its"
          + " cells are read and its figures count in the table's totals");
    });
    assertThat(read.notes().withCode(SheetRules.CELLS_MERGED)).extracting(Finding::message)
        .containsExactly("Sheet Table 5 merges cells B1:C1; a merged range is read at its first cell, the rest of it"
            + " as blank");
  }

  @Test
  void anOdsSheetSaysItsHiddenRowsColumnsAndMergesToo() throws IOException {
    String content = TestWorkbooks.odsContent(
        "<table:table table:name=\"Budget\"><table:table-column table:number-columns-repeated=\"2\"/>"
        + "<table:table-column table:visibility=\"collapse\"/>"
        + "<table:table-row><table:table-cell table:number-columns-spanned=\"3\"><text:p>Budget requirement</text:p>"
        + "</table:table-cell><table:covered-table-cell table:number-columns-repeated=\"2\"/></table:table-row>"
        + "<table:table-row><table:table-cell><text:p>Budget Requirement</text:p></table:table-cell>"
        + "<table:table-cell><text:p>15,371</text:p></table:table-cell><table:table-cell><text:p>311.76</text:p>"
        + "</table:table-cell></table:table-row>"
        + "<table:table-row table:visibility=\"collapse\"><table:table-cell><text:p>Less Business Rates Retention"
        + "</text:p></table:table-cell><table:table-cell><text:p>6,814</text:p></table:table-cell><table:table-cell>"
        + "<text:p>138.20</text:p></table:table-cell></table:table-row>"
        + "</table:table>");
    Path file = dir.resolve("layout.ods");
    TestWorkbooks.writeOds(file, content);

    ReadResult<Document> read = WorkbookReader.standard().read(file);

    assertThat(read.notes().withCode(SheetRules.ROWS_HIDDEN)).extracting(Finding::message).singleElement().asString()
        .startsWith("Sheet Budget hides row 3:");
    assertThat(read.notes().withCode(SheetRules.COLUMNS_HIDDEN)).extracting(Finding::message).singleElement()
        .asString().startsWith("Sheet Budget hides column C:");
    assertThat(read.notes().withCode(SheetRules.CELLS_MERGED)).extracting(Finding::message).singleElement()
        .asString().startsWith("Sheet Budget merges cells A1:C1;");
  }
}
