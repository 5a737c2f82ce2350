package org.scplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scplan.core.Finding;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;
import org.scplan.csv.PrintedSheet;
import org.scplan.sheets.Formulas.Interval;
import org.scplan.sheets.Formulas.Term;

/**
 * A sheet's formulas read as the relations they state, on sheets given cell by cell: signs and
 * column letters of a formula, the rounding interval of a printed figure, what a SUM leaves out and
 * how large a range it reads, formulas moved from cell to cell, the totals typed over in each place
 * a total can stand (between formulas across or down, or at the edge of a block), and figures
 * stored as text among numbers.
 */
class FormulaRelationsTest {

  /**
   * A sheet named Budget from its cells: {@code =B2+C2 30} a formula and the figure it prints,
   * {@code 'text} or words a text cell, any other figure a number typed in.
   */
  private static SheetCells sheet(String[][] cells) {
    List<List<String>> rows = new ArrayList<>();
    Map<Long, String> formulas = new HashMap<>();
    CellKeys constants = new CellKeys();
    CellKeys texts = new CellKeys();
    for (int r = 0; r < cells.length; r++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < cells[r].length; c++) {
        String cell = cells[r][c];
        long key = SheetCells.key(r + 1, c + 1);
        if (cell.startsWith("=")) {
          int space = cell.lastIndexOf(' ');
          formulas.put(key, cell.substring(1, space));
          row.add(cell.substring(space + 1));
        } else if (cell.startsWith("'") || !cell.isEmpty() && !Character.isDigit(cell.charAt(0))) {
          texts.add(key);
          row.add(cell.startsWith("'") ? cell.substring(1) : cell);
        } else {
          if (!cell.isEmpty()) {
            constants.add(key);
          }
          row.add(cell);
        }
      }
      rows.add(row);
    }
    return new SheetCells(PrintedSheet.of("Budget", rows), formulas, constants, texts, null);
  }

  /** Two years of three lines, each line's total across and each year's total down. */
  private static String[][] budget() {
    return new String[][] {
        {"Item", "2023", "2024", "Total"},
        {"Care", "10", "20", "=B2+C2 30"},
        {"Roads", "5", "7", "=B3+C3 12"},
        {"Parks", "1", "2", "=B4+C4 3"},
        {"Total", "=SUM(B2:B4) 16", "=SUM(C2:C4) 29", "=SUM(D2:D4) 45"}};
  }

  private static ValidationReport check(String[][] cells) {
    return Formulas.check("budget.xlsx", sheet(cells));
  }

  @Test
  void leadingAndRepeatedSignsMultiply() {
    assertThat(Formulas.parse("=-B2+C2").orElseThrow()).extracting(Term::sign).containsExactly(-1, 1);
    assertThat(Formulas.parse("=B2--C2").orElseThrow()).extracting(Term::sign).containsExactly(1, 1);
    assertThat(Formulas.parse("=B2+-C2").orElseThrow()).extracting(Term::sign).containsExactly(1, -1);
    assertThat(Formulas.parse("=+B2").orElseThrow()).extracting(Term::sign).containsExactly(1);
  }

  @ParameterizedTest(name = "column {0} is {1}")
  @CsvSource({"A,1", "B,2", "Z,26", "AA,27", "AZ,52", "BA,53", "ZZ,702", "AAA,703", "XFD,16384"})
  void columnLettersCountInBase26FromA(String letters, int column) {
    assertThat(Formulas.column(letters)).isEqualTo(column);
    assertThat(Formulas.letters(column)).isEqualTo(letters);
  }

  @Test
  void aPrintedFigureHoldsEveryValueThatPrintsAsIt() {
    assertThat(Formulas.figure("12.3")).contains(new Interval(new BigDecimal("12.3"), new BigDecimal("0.05")));
    assertThat(Formulas.figure("1,234")).contains(new Interval(new BigDecimal("1234"), new BigDecimal("0.5")));
    assertThat(Formulas.figure("")).contains(new Interval(BigDecimal.ZERO, BigDecimal.ZERO));
    assertThat(Formulas.figure("-")).contains(new Interval(BigDecimal.ZERO, BigDecimal.ZERO));
    assertThat(Formulas.figure("n/a")).isEmpty();
  }

  @Test
  void intervalsOverlapUpToTheirRoundingTogether() {
    Interval printed = new Interval(new BigDecimal("10.0"), new BigDecimal("0.05"));
    assertThat(printed.overlaps(new Interval(new BigDecimal("10.1"), new BigDecimal("0.05")))).isTrue();
    assertThat(printed.overlaps(new Interval(new BigDecimal("9.9"), new BigDecimal("0.05")))).isTrue();
    assertThat(printed.overlaps(new Interval(new BigDecimal("10.2"), new BigDecimal("0.05")))).isFalse();
  }

  @Test
  void aSumLeavesOutWordsButASingleCellOfWordsIsNoFigure() {
    SheetCells s = sheet(new String[][] {{"Care", "n/a", "5", "7"}});
    assertThat(evaluate("SUM(B1:D1)", s).value()).isEqualByComparingTo("12");
    assertThat(evaluate("SUM(B1,C1)", s).value()).isEqualByComparingTo("5");
    assertThat(evaluate("SUM(B1:B2)", s).value()).isEqualByComparingTo("0");
    assertThat(evaluate("SUM(C1:D1)-1", s).value()).isEqualByComparingTo("11");
    assertThat(Formulas.evaluate(Formulas.parse("B1+C1").orElseThrow(), s)).isEmpty();
    assertThat(Formulas.evaluate(Formulas.parse("SUM(B1)").orElseThrow(), s)).isEmpty();
  }

  @Test
  void aSumOfACellWithDigitsInItsWordsIsNoFigure() {
    SheetCells s = sheet(new String[][] {{"Care", "note 3", "5"}});
    assertThat(Formulas.evaluate(Formulas.parse("SUM(B1:C1)").orElseThrow(), s)).isEmpty();
  }

  private static Interval evaluate(String formula, SheetCells sheet) {
    return Formulas.evaluate(Formulas.parse(formula).orElseThrow(), sheet).orElseThrow();
  }

  @ParameterizedTest(name = "{0}: read {1}")
  @CsvSource({
      "SUM(A2:A100001),true",
      "SUM(A1:A100001),false",
      "SUM(B2:C50001),true",
      "SUM(B1:C50001),false",
      "SUM(A100001:A2),true"})
  void aSumReadsRangesOfUpToAHundredThousandCells(String formula, boolean read) {
    SheetCells s = sheet(new String[][] {{"Total", "1"}});
    Optional<Interval> value = Formulas.evaluate(Formulas.parse(formula).orElseThrow(), s);
    assertThat(value.isPresent()).isEqualTo(read);
  }

  @ParameterizedTest(name = "{0} at row {1}, column {2} is {3}")
  @CsvSource({
      "R[-1]C[0],2,1,A1",
      "R[-2]C[0],2,1,#REF!",
      "R[0]C[-1],1,2,A1",
      "R[0]C[-2],1,2,#REF!",
      "R[0]C[2],1,1,C1",
      "R[3]C[-1],2,27,Z5"})
  void aRelativeFormulaIsWrittenForAnotherCell(String relative, int row, int column, String at) {
    assertThat(Formulas.at(relative, row, column)).isEqualTo(at);
  }

  @Test
  void formulasThatHoldAreCountedFirstAndNoneTypedOver() {
    ValidationReport report = check(budget());
    assertThat(report.findings()).extracting(Finding::code).containsExactly(SheetRules.FORMULA_CHECKED);
    assertThat(report.findings().get(0).message())
        .isEqualTo("Sheet Budget states 6 relations by its formulas (sums and differences of its cells): 6 hold");
  }

  @Test
  void oneRelationIsSaidInTheSingular() {
    ValidationReport report = check(new String[][] {{"Care", "10", "20", "=B1+C1 30"}});
    assertThat(report.findings()).extracting(Finding::message)
        .containsExactly("Sheet Budget states 1 relation by its formulas (sums and differences of its cells): 1 hold");
  }

  @Test
  void formulasThatAreNoSumsStateNoRelation() {
    assertThat(check(new String[][] {{"Care", "10", "20", "=B1*C1 200"}}).findings()).isEmpty();
  }

  @ParameterizedTest(name = "{0} typed over: {2}")
  @CsvSource(delimiter = '|', value = {
      "D3|12|Budget!D2 and Budget!D4 on either side|=B3+C3, which gives 12",
      "D4|3|Budget!D3 and Budget!D2 next to it|=B4+C4, which gives 3",
      "D2|30|Budget!D3 and Budget!D4 next to it|=B2+C2, which gives 30",
      "B5|16|Budget!C5 and Budget!D5 next to it|=SUM(B2:B4), which gives 16",
      "D5|45|Budget!C5 and Budget!B5 next to it|=SUM(D2:D4), which gives 45",
      "C5|29|Budget!B5 and Budget!D5 on either side|=SUM(C2:C4), which gives 29",
  })
  void aTotalTypedOverWhereItsNeighboursHoldItsFormulaIsAWarning(String cell, String typed, String neighbours,
      String here) {
    String[][] cells = budget();
    int row = Integer.parseInt(cell.substring(1));
    int column = Formulas.column(cell.substring(0, 1));
    cells[row - 1][column - 1] = typed;

    ValidationReport report = check(cells);
    List<Finding> found = report.withCode(SheetRules.FORMULA_TYPED_OVER);

    assertThat(report.findings().get(0).code()).isEqualTo(SheetRules.FORMULA_CHECKED);

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location().cell().orElseThrow().reference()).isEqualTo("Budget!" + cell);
      assertThat(f.message()).isEqualTo("Cell Budget!" + cell + " holds the number " + typed + " typed in, where "
          + neighbours + " hold the formula it would have (here " + here + "): a total typed over stops adding up"
          + " when its parts change");
    });
  }

  @Test
  void aTotalBelowTwoFormulasThatAreNotOneShapeIsNotTypedOver() {
    String[][] cells = budget();
    cells[3][3] = "3";
    cells[2][3] = "=B3+C3+0 12";
    assertThat(check(cells).withCode(SheetRules.FORMULA_TYPED_OVER)).isEmpty();
  }

  @Test
  void aFigureStoredAsTextAmongTwoNumbersIsAWarning() {
    ValidationReport report = check(new String[][] {{"Care", "10"}, {"Roads", "'7"}, {"Parks", "=B1+2 12"}});
    assertThat(report.withCode(SheetRules.NUMBER_AS_TEXT)).singleElement().satisfies(f -> assertThat(
        f.location().cell().orElseThrow().reference()).isEqualTo("Budget!B2"));
    assertThat(check(new String[][] {{"Care", "10"}, {"Roads", "'7"}}).withCode(SheetRules.NUMBER_AS_TEXT)).isEmpty();
  }
}
