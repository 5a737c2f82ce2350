package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scplan.budget.BudgetLine;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.SignConvention;
import org.scplan.core.AmountUnit;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.ReadResult;

/**
 * The stages of reading a small budget table, each seen in what the reader gives: the precision of
 * each column ({@link BudgetPrecision}: mixed, given, the usual one for a column with no figures),
 * the unit and own precision of figures ({@link BudgetCells}), the extra columns ({@link BudgetYears}),
 * lines without names and people beside the lines ({@link BudgetTables}), and how income signs are
 * decided ({@link IncomeSigns}, {@link IncomeSign}).
 */
class BudgetStagesTest {
  private static final String TITLE = "Libraries budget 2024-25\n";

  /** The generic schema named, so that a table it leaves figures of unchecked is not read as printed. */
  private static final TableOptions GENERIC = TableOptions.builder().schema(TableSchemas.GROSS_INCOME_NET).build();

  private static ReadResult<Document> read(String text) {
    return TableReader.standard().read("libraries.csv", text);
  }

  private static ReadResult<Document> read(TableOptions options, String text) {
    return TableReader.of(options).read("libraries.csv", text);
  }

  private static BudgetProfile profile(ReadResult<Document> read) {
    assertThat(read.problems().findings()).isEmpty();
    return read.sections(BudgetProfile.class).get(0);
  }

  private static BudgetLine line(ReadResult<Document> read, String name) {
    return profile(read).line(name).orElseThrow();
  }

  @Test
  void aWholeFigureAmongFiguresWithADecimalIsReadAtTheColumnsPrecisionWithANote() {
    ReadResult<Document> r = read(TITLE + "Service,Gross £'000,Income £'000,Net £'000\n"
        + "Central library,12,-2.5,9.5\nBranches,20.5,-0.5,20.0\n");
    assertThat(line(r, "Central library").amount("gross").orElseThrow().decimals()).isEqualTo(1);
    assertThat(r.notes().withCode(CsvRules.PRECISION_MIXED)).singleElement().extracting(Finding::message)
        .asString().contains("Column Gross expenditure of Libraries budget 2024-25 prints figures with 0 to 1");
  }

  @Test
  void aFigureInItsOwnUnitKeepsItsOwnPrecisionAndMakesNoMixture() {
    ReadResult<Document> r = read(TITLE + "Service,Gross £m,Income £m,Net £m\n"
        + "Central library,£2m,-0.5,1.5\nBranches,8.2,-0.2,8.0\n");
    assertThat(line(r, "Central library").amount("gross").orElseThrow().decimals()).isZero();
    assertThat(line(r, "Branches").amount("gross").orElseThrow().decimals()).isEqualTo(1);
    assertThat(r.notes().withCode(CsvRules.PRECISION_MIXED)).isEmpty();
  }

  @Test
  void aFigureFinerThanThePrecisionGivenIsUnreadable() {
    ReadResult<Document> r = read(TableOptions.builder().decimals(0).build(), TITLE
        + "Service,Gross £'000,Income £'000,Net £'000\nCentral library,12.5,-2,10.5\nBranches,20,-1,19\n");
    assertThat(r.problems().withCode(CsvRules.CELL_UNREADABLE)).hasSize(2)
        .allSatisfy(f -> assertThat(f.message()).contains("finer than the precision given (0)"));
  }

  @Test
  void aColumnWithNoFiguresTakesThePrecisionMostColumnsHaveTheFinerOnATie() {
    // Gross at one decimal, net at two: income, left blank, is read at two.
    ReadResult<Document> r = read(GENERIC, TITLE + "Service,Gross £'000,Income £'000,Net £'000\n"
        + "Central library,12.5,,12.50\nBranches,20.5,,20.50\n");
    assertThat(profile(r).decimals("income")).isEqualTo(2);
    ReadResult<Document> most = read(GENERIC, TITLE + "Service,Gross £'000,Income £'000,Net £'000,Other £'000\n"
        + "Central library,12.5,,12.5,1.25\n");
    assertThat(profile(most).decimals("income")).isEqualTo(1);
  }

  @Test
  void aUnitInTheTitleIsTheTablesUnit() {
    ReadResult<Document> r = read("Libraries budget 2024-25 (£'000)\nService,Gross,Income,Net\n"
        + "Central library,12.5,-2.5,10.0\n");
    assertThat(profile(r).unit()).isEqualTo(AmountUnit.THOUSANDS);
    assertThat(r.notes().withCode(CsvRules.UNIT_ASSUMED)).isEmpty();
  }

  @Test
  void extraColumnsOfStaffAndSharesHoldNumbersAndTwoOfOneHeadingAreTold() {
    ReadResult<Document> r = read(TITLE + "Service,Gross £'000,Income £'000,Net £'000,FTE,Share %,Other,Other\n"
        + "Central library,12.5,-2.5,10.0,12,40.5,1.0,2.0\nBranches,20.5,-0.5,20.0,30.25,59.5,3.0,4.0\n");
    BudgetLine central = line(r, "Central library");
    assertThat(central.number("fte").orElseThrow().decimals()).isEqualTo(2);
    assertThat(central.number("share").orElseThrow().value()).isEqualByComparingTo("40.5");
    assertThat(central.amount("other").orElseThrow().value()).isEqualByComparingTo("1000");
    assertThat(profile(r).schema().column("other-2").label()).isEqualTo("Other (2)");
    assertThat(central.amount("other-2").orElseThrow().value()).isEqualByComparingTo("2000");
    assertThat(r.notes().withCode(CsvRules.PRECISION_MIXED)).singleElement().extracting(Finding::message)
        .asString().contains("Column FTE ");
  }

  @Test
  void twoHeadingsNamingOneColumnOfTheSchemaAreAProblem() {
    ReadResult<Document> r = read(GENERIC,
        TITLE + "Service,Gross £'000,Income £'000,Net £'000,Net budget £'000\nCentral library,12.5,-2.5,10.0,10.0\n");
    assertThat(r.problems().withCode(CsvRules.HEADER_DUPLICATE)).singleElement().extracting(Finding::message)
        .asString().contains("(column 4) and \"Net budget £'000\" (column 5) both name column");
  }

  @Test
  void aLineWithFiguresButNoNameIsNamedByItsRowOrIsTheTotalWhenLast() {
    ReadResult<Document> r = read(TITLE + "Service,Gross £'000,Income £'000,Net £'000\n"
        + "Central library,12.5,-2.5,10.0\n,1.0,0.0,1.0\nBranches,20.5,-0.5,20.0\n,34.0,-3.0,31.0\n");
    BudgetProfile p = profile(r);
    assertThat(p.line("Row 4")).isPresent();
    assertThat(p.total()).hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("Total"));
    assertThat(r.notes().withCode(CsvRules.ROW_NO_NAME)).singleElement().extracting(Finding::message)
        .asString().contains("Row 4 has figures but no name");
  }

  @Test
  void thePeopleBesideTheLinesMayStandInTheFirstColumn() {
    ReadResult<Document> r = read(TITLE + "Lead officer,Service,Gross £'000,Income £'000,Net £'000\n"
        + "A. Smith,Central library,12.5,-2.5,10.0\nB. Jones,Branches,20.5,-0.5,20.0\n");
    assertThat(line(r, "Branches").responsible()).contains("B. Jones");
  }

  @Test
  void aTieOfIncomeSignsLeavesTheSchemasOwnConvention() {
    for (SignConvention own : SignConvention.values()) {
      assertThat(IncomeSigns.decideSign(2, 2, own)).isEqualTo(own);
      assertThat(IncomeSigns.decideSign(3, 2, own)).isEqualTo(SignConvention.INCOME_NEGATIVE);
      assertThat(IncomeSigns.decideSign(2, 3, own)).isEqualTo(SignConvention.INCOME_POSITIVE);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"negative, NEGATIVE", "Pos, POSITIVE", "AUTO, AUTO", "detect, AUTO"})
  void anIncomeSignIsReadByItsNameOrAlias(String text, IncomeSign sign) {
    assertThat(IncomeSign.parse(text)).isEqualTo(sign);
  }

  /** A revenue outturn return turned on its side: its rows name the schema's columns. */
  private static final String SIDEWAYS = "Culture revenue estimates 2024-25\n£'000\tLibraries\tMuseums\n"
      + "Employees\t1,234.5\t300.0\nRunning expenses\t4,000.0\t700.0\nTotal expenditure\t5,234.5\t1,000.0\n"
      + "Sales, fees and charges\t734.5\t100.0\nOther income\t500.0\t50.0\nNet current expenditure\t4,000.0\t850.0\n";

  @Test
  void aTableOnItsSideWithLinesAcrossSaysSoAndLocatesAWrongFigureInItsColumn() {
    ReadResult<Document> r = TableReader.standard().read("culture.tsv", SIDEWAYS);
    BudgetProfile p = profile(r);
    assertThat(p.lines()).extracting(BudgetLine::name).containsExactly("Libraries", "Museums");
    assertThat(r.notes().withCode(CsvRules.LAYOUT_TRANSPOSED)).singleElement().extracting(Finding::message)
        .asString().endsWith("its columns are lines");
    assertThat(r.validate().errors()).isEmpty();
    ReadResult<Document> wrong = TableReader.standard().read("culture.tsv", SIDEWAYS.replace("\t850.0", "\t860.0"));
    assertThat(wrong.validate().errors()).singleElement()
        .satisfies(f -> assertThat(f.location().pointer()).hasValueSatisfying(at -> assertThat(at)
            .contains("column \"Museums\"")));
  }

  @Test
  void aTableOnItsSideWithYearsAcrossSaysSo() {
    ReadResult<Document> r = TableReader.standard().read("culture.tsv", SIDEWAYS.replace("2024-25", "")
        .replace("Libraries\tMuseums", "2023-24\t2024-25"));
    assertThat(r.sections(BudgetProfile.class)).hasSize(2);
    assertThat(r.notes().withCode(CsvRules.LAYOUT_TRANSPOSED)).singleElement().extracting(Finding::message)
        .asString().endsWith("its columns are years");
  }

  @Test
  void anEmptyFirstColumnIsPassedOverForTheNames() {
    // As a table copied out of a PDF often is: a column with no heading and nothing in it.
    ReadResult<Document> r = read(TITLE + ",Service,Gross £'000,Income £'000,Net £'000\n"
        + ",Central library,12.5,-2.5,10.0\n,Branches,20.5,-0.5,20.0\n");
    assertThat(profile(r).lines()).extracting(BudgetLine::name).containsExactly("Central library", "Branches");
  }

  @Test
  void anExtraColumnOfPercentagesHoldsNumbers() {
    ReadResult<Document> r = read(TITLE + "Service,Gross £'000,Income £'000,Net £'000,Change\n"
        + "Central library,12.5,-2.5,10.0,2.5%\nBranches,20.5,-0.5,20.0,-1.0%\n");
    assertThat(line(r, "Central library").number("change").orElseThrow().value()).isEqualByComparingTo("2.5");
  }

  @Test
  void aColumnOfFiguresWithoutAHeadingIsNamedByItsNumberWhenASchemaIsNamed() {
    ReadResult<Document> r = read(TableOptions.builder().schema(TableSchemas.named("revenue-outturn")).build(),
        TITLE + "Service,Employees,Running expenses,,Total expenditure\nCentral library,10.0,2.5,7.0,12.5\n");
    assertThat(r.problems().withCode(CsvRules.HEADER_UNMATCHED)).singleElement().extracting(Finding::message)
        .asString().startsWith("Column 4 holds figures but has no heading");
  }
}
