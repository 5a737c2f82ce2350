package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.scplan.budget.BudgetLine;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.BudgetRules;
import org.scplan.budget.LineKind;
import org.scplan.budget.PublishedTable;
import org.scplan.budget.SignConvention;
import org.scplan.core.AmountUnit;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.FinancialYear;
import org.scplan.core.PlanSection;
import org.scplan.core.ReadResult;
import org.scplan.core.ReportedAmount;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;

/** Budget tables as analysts paste them, each fixture in {@code src/test/resources/tables}. */
class BudgetTablesTest {
  private static final TableOptions YEAR_2019 = TableOptions.builder().year(FinancialYear.of(2019)).build();

  @Test
  void currencySignsAndBracketedNegativesInACsv() {
    ReadResult<Document> r = Resources.read("tables/brackets-pounds.csv");
    BudgetProfile p = r.sections(BudgetProfile.class).get(0);
    assertThat(p.schema().name()).isEqualTo("gross-income-net");
    assertThat(p.title()).isEqualTo("Adult social care budget 2019/20");
    assertThat(p.year()).isEqualTo(FinancialYear.of(2019));
    assertThat(p.unit()).isEqualTo(AmountUnit.THOUSANDS);
    assertThat(p.line("Older people").orElseThrow().amount("income")).contains(ReportedAmount.parse("-£2,345.6k"));
    assertThat(p.total().orElseThrow().amount("net")).contains(ReportedAmount.parse("£17,000.0k"));
    assertThat(r.validate().codes()).containsExactlyInAnyOrder(CsvRules.SCHEMA_DETECTED, CsvRules.INCOME_SIGN_DETECTED);
    assertThat(r.notes().withCode(CsvRules.INCOME_SIGN_DETECTED).get(0).message())
        .contains("printed negative and added: 3 of the 3 income figures that are not zero are negative");
  }

  @Test
  void aTotalRowInMillionsIsRestatedInTheTablesUnitAndKeepsItsOwnPrecision() {
    ReadResult<Document> r = Resources.read("tables/suffixes.tsv", YEAR_2019);
    BudgetProfile p = r.sections(BudgetProfile.class).get(0);
    assertThat(p.unit()).isEqualTo(AmountUnit.THOUSANDS);
    assertThat(p.decimals("gross")).isEqualTo(1);
    ReportedAmount gross = p.total().orElseThrow().amount("gross").orElseThrow();
    assertThat(gross).isEqualTo(ReportedAmount.parse("£1,234.5m").in(AmountUnit.THOUSANDS));
    assertThat(gross.interval().lower()).isEqualByComparingTo("1234450000");
    assertThat(gross.interval().upper()).isEqualByComparingTo("1234550000");
    assertThat(p.line("Older People").orElseThrow().amount("gross")).contains(ReportedAmount.parse("£600,012.3k"));
    assertThat(r.validate().warnings()).isEmpty();
    assertThat(r.validate().isValid()).isTrue();
  }

  @Test
  void aCoarserFigureIsCheckedWithinItsOwnRoundingAndNoWider() {
    String within = "Division\tGross (£000)\tIncome (£000)\tNet (£000)\n"
        + "Older People\t600,042.3\t-60,000.0\t540,042.3\n"
        + "Learning Disability\t634,487.7\t-40,000.0\t594,487.7\n"
        + "Total\t£1,234.5m\t-£100.0m\t£1,134.5m\n";
    // The lines add up to £1,234,530.0k: £30,000 from the printed £1,234.5m, which stands for
    // £1,234.45m to £1,234.55m: within its own rounding, though not within the column's £50.
    ValidationReport report = TableReader.of(TableOptions.builder().year(FinancialYear.of(2019)).build())
        .read("within.tsv", within).validate();
    assertThat(report.errors()).isEmpty();
    assertThat(report.withCode(BudgetRules.TOTAL_WITHIN_ROUNDING)).hasSize(2).allSatisfy(f ->
        assertThat(f.message()).contains("500k [£1,", "rounding explains up to £50.1k"));
    String beyond = within.replace("600,042.3", "600,082.3").replace("540,042.3", "540,082.3");
    ValidationReport wrong = TableReader.of(TableOptions.builder().year(FinancialYear.of(2019)).build())
        .read("beyond.tsv", beyond).validate();
    assertThat(wrong.errors()).extracting(Finding::code).containsOnly(BudgetRules.TOTAL_MISMATCH).hasSize(2);
    assertThat(wrong.errors().get(0).message()).contains("£1,234,570.0k", "printed as £1,234,500k [£1,234,450k, "
        + "£1,234,550k]");
  }

  @Test
  void footnotesBlanksDashesAndPlaceholders() {
    ReadResult<Document> r = Resources.read("tables/footnotes-blanks.tsv", YEAR_2019);
    BudgetProfile p = r.sections(BudgetProfile.class).get(0);
    assertThat(p.schema().keys()).containsExactly("gross", "income", "net", "last-year-net", "share-of-net");
    assertThat(p.schema().column("share-of-net").isMoney()).isFalse();
    assertThat(p.schema().column("last-year-net").label()).isEqualTo("Last year net");
    BudgetLine older = p.line("Older People").orElseThrow();
    assertThat(older.amount("gross")).contains(ReportedAmount.parse("£1,234.5k"));
    BudgetLine mentalHealth = p.line("Mental Health").orElseThrow();
    assertThat(mentalHealth.amount("gross")).contains(ReportedAmount.parse("£800.0k"));
    assertThat(mentalHealth.isBlank("income")).as("TBC is absent, not zero").isTrue();
    assertThat(mentalHealth.amount("net")).contains(ReportedAmount.parse("£800.0k"));
    BudgetLine carers = p.line("Carers").orElseThrow();
    assertThat(carers.amount("income")).as("a dash is nil").contains(ReportedAmount.parse("£0.0k"));
    assertThat(carers.isBlank("last-year-net")).as("N/A is absent").isTrue();
    assertThat(p.line("Placeholder line").orElseThrow().kind()).isEqualTo(LineKind.ITEM);
    ValidationReport report = r.validate();
    assertThat(report.isValid()).as(report.toString()).isTrue();
    assertThat(report.withCode("budget.cell.missing")).extracting(f -> f.location().toString())
        .containsExactly("tables/footnotes-blanks.tsv C4: row 4, column \"Income\" (line 4, column 24)"
            + " footnotes-blanks › Mental Health [Income]");
  }

  @Test
  void poundsRoundedToThousandsAreReadToTheNearestThousand() {
    ReadResult<Document> r = Resources.read("tables/pounds-thousands.csv");
    BudgetProfile p = r.sections(BudgetProfile.class).get(0);
    assertThat(p.unit()).isEqualTo(AmountUnit.POUNDS);
    assertThat(p.decimals("gross")).isEqualTo(-3);
    assertThat(r.notes().withCode(CsvRules.PRECISION_INFERRED).get(0).message())
        .contains("Gross expenditure, Income, Net budget", "whole multiple of £1,000", "nearest £1,000");
    ValidationReport report = r.validate();
    assertThat(report.isValid()).isTrue();
    assertThat(report.withCode("budget.total.within-rounding")).hasSize(1);

    ReadResult<Document> exact = Resources.read("tables/pounds-thousands.csv", TableOptions.builder().decimals(0).build());
    assertThat(exact.sections(BudgetProfile.class).get(0).decimals("gross")).isZero();
    assertThat(exact.notes().withCode(CsvRules.PRECISION_INFERRED)).isEmpty();
    assertThat(exact.validate().errors()).extracting(Finding::code)
        .containsExactly("budget.total.mismatch", "budget.derived.mismatch");
  }

  @Test
  void aTransposedTableWithYearsAcrossGivesAProfilePerYear() {
    ReadResult<Document> r = Resources.read("tables/transposed.tsv");
    assertThat(r.sections(BudgetProfile.class)).hasSize(2);
    BudgetProfile first = r.sections(BudgetProfile.class).get(0);
    assertThat(first.schema().name()).isEqualTo("revenue-outturn");
    assertThat(first.schema().signConvention()).isEqualTo(SignConvention.INCOME_POSITIVE);
    assertThat(first.year()).isEqualTo(FinancialYear.of(2019));
    assertThat(first.title()).isEqualTo("Adult Social Care revenue estimates 2019-20");
    assertThat(first.id()).isEqualTo("adult-social-care-revenue-estimates-2019-20");
    assertThat(first.lineCount()).isEqualTo(1);
    BudgetLine line = first.line(0);
    assertThat(line.name()).isEqualTo("Adult Social Care revenue estimates");
    assertThat(line.amount("employees")).contains(ReportedAmount.parse("£1,234.5k"));
    assertThat(line.amount("sales")).contains(ReportedAmount.parse("£734.5k"));
    assertThat(r.sections(BudgetProfile.class).get(1).line(0).amount("net")).contains(ReportedAmount.parse("£4,100.0k"));
    assertThat(r.notes().withCode(CsvRules.LAYOUT_TRANSPOSED)).hasSize(1);
    assertThat(r.validate().isValid()).isTrue();
    assertThat(r.validate().filter(f -> f.code().startsWith("budget."))).isEmpty();

    ReadResult<Document> wrongFigure = TableReader.standard().read("t.tsv",
        Resources.text("tables/transposed.tsv").replace("Net current expenditure\t4,000.0", "Net current expenditure\t4,100.0"));
    Finding mismatch = wrongFigure.validate().errors().get(0);
    assertThat(mismatch.code()).isEqualTo("budget.derived.mismatch");
    assertThat(mismatch.location().path()).containsExactly("Adult Social Care revenue estimates 2019-20",
        "Adult Social Care revenue estimates");
  }

  @Test
  void transposedCanBeChosenAndACellIsLocatedWhereTheFileHasIt() {
    String text = Resources.text("tables/transposed.tsv").replace("\t734.5\t", "\t73x.5\t");
    ReadResult<Document> r = TableReader.of(TableOptions.builder().transposed(true).build()).read("t.tsv", text);
    assertThat(r.isRead()).isFalse();
    Finding problem = r.problems().findings().get(0);
    assertThat(problem.code()).isEqualTo(CsvRules.CELL_UNREADABLE);
    assertThat(problem.location().pointer()).contains("B6: row 6, column \"2019-20\"");
    assertThat(problem.location().line()).isEqualTo(6);
  }

  @Test
  void severalYearsSideBySideGiveAProfilePerYearOrComparatives() {
    ReadResult<Document> r = Resources.read("tables/years-side-by-side.csv");
    assertThat(r.sections(BudgetProfile.class)).extracting(BudgetProfile::year).containsExactly(FinancialYear.of(2019),
        FinancialYear.of(2020));
    assertThat(r.sections(BudgetProfile.class)).extracting(BudgetProfile::id).containsExactly("years-side-by-side-2019-20",
        "years-side-by-side-2020-21");
    assertThat(r.sections(BudgetProfile.class).get(1).total().orElseThrow().amount("net")).contains(ReportedAmount.parse("£1,350.0"));
    assertThat(r.validate().isValid()).isTrue();
    assertThat(r.notes().withCode(CsvRules.UNIT_ASSUMED)).hasSize(1);
    assertThat(r.notes().findings()).extracting(Finding::code).containsExactlyInAnyOrder(CsvRules.SCHEMA_DETECTED,
        CsvRules.UNIT_ASSUMED,
        CsvRules.INCOME_SIGN_DETECTED, CsvRules.INCOME_SIGN_DETECTED);
    for (BudgetProfile profile : r.sections(BudgetProfile.class)) {
      assertThat(r.notes().withCode(CsvRules.INCOME_SIGN_DETECTED))
          .anyMatch(f -> f.message().contains("Income in " + profile.title() + " "));
    }

    ReadResult<Document> c = Resources.read("tables/years-side-by-side.csv",
        TableOptions.builder().yearColumns(YearColumns.COMPARATIVES).unit(AmountUnit.THOUSANDS).build());
    assertThat(c.sections(BudgetProfile.class)).hasSize(1);
    BudgetProfile p = c.sections(BudgetProfile.class).get(0);
    assertThat(p.year()).isEqualTo(FinancialYear.of(2020));
    assertThat(p.schema().keys()).containsExactly("gross", "income", "net", "gross-2019-20", "income-2019-20",
        "net-2019-20");
    assertThat(p.schema().column("net-2019-20").comparativeOf()).contains("net");
    assertThat(p.total().orElseThrow().amount("net-2019-20")).contains(ReportedAmount.parse("£1,200.0k"));
    assertThat(c.validate().isValid()).isTrue();
  }

  @Test
  void groupsSubtotalsTheGrandTotalAndAMemoLine() {
    ReadResult<Document> r = Resources.read("tables/groups.csv");
    BudgetProfile p = r.sections(BudgetProfile.class).get(0);
    assertThat(p.lines()).extracting(BudgetLine::kind).containsExactly(LineKind.GROUP, LineKind.ITEM, LineKind.ITEM,
        LineKind.SUBTOTAL, LineKind.GROUP, LineKind.ITEM, LineKind.ITEM, LineKind.SUBTOTAL, LineKind.ITEM,
        LineKind.TOTAL, LineKind.MEMO);
    assertThat(p.line("Disability", "Home care")).isPresent();
    assertThat(p.total().orElseThrow().name()).isEqualTo("Grand total");
    assertThat(r.validate().isValid()).isTrue();
    assertThat(r.validate().filter(f -> f.severity() != Severity.INFO)).isEmpty();
    assertThat(p.reconcile().relations()).as("net on 9 lines of figures, 3 columns on 2 subtotals and the total")
        .isEqualTo(9 + 9);

    // A misprinted subtotal fails its own line's formula, its group's sum and the grand total's sum,
    // each finding naming the cell it was printed in as well as the line and column of the profile.
    ReadResult<Document> wrong = TableReader.standard().read("g.csv", Resources.text("tables/groups.csv")
        .replace("Total Disability,110.0,-11.0,99.0", "Total Disability,110.0,-11.0,98.0"));
    assertThat(wrong.validate().errors()).extracting(f -> f.code() + " " + f.location()).containsExactlyInAnyOrder(
        "budget.derived.mismatch g.csv D10: row 10, column \"Net\" (line 10, column 30)"
            + " Budget 2019-20 › Disability › Total Disability [Net budget]",
        "budget.total.mismatch g.csv D10: row 10, column \"Net\" (line 10, column 30)"
            + " Budget 2019-20 › Disability › Total Disability [Net budget]",
        "budget.total.mismatch g.csv D12: row 12, column \"Net\" (line 12, column 25)"
            + " Budget 2019-20 › Grand total [Net budget]");
  }

  @Test
  void subtotalsWithoutHeadingsMakeGroupsOfTheLinesAboveThem() {
    BudgetProfile p = Resources.read("tables/subtotals-without-headings.csv").sections(BudgetProfile.class).get(0);
    assertThat(p.lines()).extracting(BudgetLine::kind).containsExactly(LineKind.GROUP, LineKind.ITEM, LineKind.ITEM,
        LineKind.SUBTOTAL, LineKind.GROUP, LineKind.ITEM, LineKind.ITEM, LineKind.SUBTOTAL, LineKind.TOTAL);
    assertThat(p.line("community", "Home care")).isPresent();
    assertThat(p.reconcile().isConsistent()).isTrue();
  }

  @Test
  void badCellsAreNamedByRowColumnAndText() {
    ReadResult<Document> r = Resources.read("tables/bad-cells.tsv", TableOptions.builder().year(FinancialYear.of(2018)).build());
    assertThat(r.isRead()).isFalse();
    assertThat(r.sections(PlanSection.class)).isEmpty();
    assertThat(r.problems().findings()).hasSize(2);
    Finding first = r.problems().findings().get(0);
    assertThat(first.code()).isEqualTo(CsvRules.CELL_UNREADABLE);
    assertThat(first.location().source()).contains("tables/bad-cells.tsv");
    assertThat(first.location().pointer()).contains("C4: row 4, column \"Non staffing\"");
    assertThat(first.location().line()).isEqualTo(4);
    assertThat(first.location().column()).isEqualTo(21);
    assertThat(first.message()).isEqualTo("Row 4, column \"Non staffing\": cannot read \"12,34x\": expected three"
        + " digits after a thousands separator at position 6");
    assertThat(first.actual()).contains("\"12,34x\"");
    Finding second = r.problems().findings().get(1);
    assertThat(second.location().pointer()).contains("B5: row 5, column \"Staffing\"");
    assertThat(second.message()).contains("\"Gibbens\"");
    assertThat(r.validate()).isEqualTo(r.problems());
  }

  @Test
  void raggedRowsAreProblemsNamingTheRowAndColumn() {
    ReadResult<Document> r = Resources.read("tables/ragged.tsv", TableOptions.builder().year(FinancialYear.of(2018)).build());
    assertThat(r.isRead()).isFalse();
    assertThat(r.problems().findings()).extracting(Finding::code).containsOnly(CsvRules.ROW_RAGGED);
    assertThat(r.problems().findings()).extracting(f -> f.location().pointer().orElseThrow())
        .containsExactly("G3: row 3, column \"Net cost\"", "H4: row 4, column 8");
    assertThat(r.problems().findings().get(0).message()).startsWith("Row 3 has 6 cells but the heading row (row 1)"
        + " has 7");
  }

  @Test
  void aHeadingThatMatchesNoSchemaIsReadAsPrintedUnlessASchemaIsNamed() {
    ReadResult<Document> r = Resources.read("tables/unmatched.csv", YEAR_2019);
    assertThat(r.isRead()).as(r.toString()).isTrue();
    assertThat(r.sections(PlanSection.class)).singleElement().isInstanceOf(PublishedTable.class);
    Finding f = r.notes().withCode(CsvRules.COLUMN_NOT_FIGURES).get(0);
    assertThat(f.location().pointer()).contains("E1: row 1, column \"Colour\"");
    assertThat(f.message()).isEqualTo("Column 5 \"Colour\" holds 2 cells of words, not figures; they are not checked");

    ReadResult<Document> named = Resources.read("tables/unmatched.csv", TableOptions.builder().year(FinancialYear.of(2019))
        .schema(TableSchemas.named("kent-directorate-2018")).build());
    assertThat(named.problems().findings()).extracting(Finding::message).containsExactly(
        "Heading \"Colour\" (column 5) matches no column of schema kent-directorate-2018; its columns are Staffing,"
            + " Non staffing, Gross expenditure, Income, Grants, Net cost");
  }

  @Test
  void anExplicitColumnMappingAndAliasesMatchOtherHeadings() {
    String text = "Service,Spend 19/20,Receipts,Bottom line\nA,10.0,-2.0,8.0\nTotal,10.0,-2.0,8.0\n";
    ReadResult<Document> unmapped = TableReader.of(YEAR_2019).read("m.csv", text);
    assertThat(unmapped.sections(PlanSection.class)).singleElement().isInstanceOf(PublishedTable.class);
    ReadResult<Document> mapped = TableReader.of(TableOptions.builder().from(YEAR_2019)
        .putColumn("Spend 19/20", "gross").putColumn("Bottom line", "net").build()).read("m.csv", text);
    assertThat(mapped.isRead()).as(mapped.toString()).isTrue();
    assertThat(mapped.sections(BudgetProfile.class).get(0).schema().name()).isEqualTo("gross-income-net");
    assertThat(mapped.sections(BudgetProfile.class).get(0).total().orElseThrow().amount("net")).contains(ReportedAmount.parse("£8.0"));

    TableSchema aliased = TableSchemas.GROSS_INCOME_NET.withAliases("gross", "Spend 19/20").withAliases("net",
        "Bottom line");
    ReadResult<Document> viaAliases = TableReader.of(TableOptions.builder().from(YEAR_2019).schema(aliased).build())
        .read("m.csv", text);
    assertThat(viaAliases.sections(BudgetProfile.class)).isEqualTo(mapped.sections(BudgetProfile.class));
  }

  @Test
  void incomePrintedPositiveIsDetectedAndTheFormulaSubtractsIt() {
    String text = "Budget 2019-20\nService,Gross,Income,Net\nA,10.0,2.0,8.0\nB,5.0,1.0,4.0\nTotal,15.0,3.0,12.0\n";
    ReadResult<Document> r = TableReader.standard().read("p.csv", text);
    BudgetProfile p = r.sections(BudgetProfile.class).get(0);
    assertThat(p.schema().signConvention()).isEqualTo(SignConvention.INCOME_POSITIVE);
    assertThat(p.schema().column("net").formula().orElseThrow()).hasToString("gross - income");
    assertThat(r.validate().isValid()).isTrue();
    assertThat(r.notes().withCode(CsvRules.INCOME_SIGN_DETECTED).get(0).message())
        .contains("printed positive and subtracted: 3 of the 3 income figures");

    ReadResult<Document> forced = TableReader.of(TableOptions.builder().incomeSign(IncomeSign.NEGATIVE).build())
        .read("p.csv", text);
    assertThat(forced.notes().withCode(CsvRules.INCOME_SIGN_DETECTED)).isEmpty();
    assertThat(forced.validate().withCode("budget.derived.mismatch")).hasSize(3);
    assertThat(forced.validate().withCode("budget.income.unexpected-sign")).isNotEmpty();
  }

  @Test
  void aFileSavedAsWindows1252IsReadWithANote() {
    String text = "Budget 2019-20\nService,Gross £,Income £,Net £\nA,10,-2,8\nTotal,10,-2,8\n";
    byte[] bytes = text.getBytes(Charset.forName("windows-1252"));
    assertThat(bytes).contains((byte) 0xa3);
    ReadResult<Document> r = TableReader.standard().read("w.csv", bytes);
    assertThat(r.isRead()).isTrue();
    assertThat(r.sections(BudgetProfile.class).get(0).unit()).isEqualTo(AmountUnit.POUNDS);
    assertThat(r.notes().withCode(CsvRules.FILE_ENCODING)).hasSize(1);
    byte[] bom = ("\ufeff" + text).getBytes(StandardCharsets.UTF_8);
    assertThat(TableReader.standard().read("b.csv", bom).notes().withCode(CsvRules.FILE_ENCODING)).isEmpty();
    assertThat(TableReader.standard().read("b.csv", bom).sections(BudgetProfile.class)).isEqualTo(r.sections(BudgetProfile.class));
  }

  @Test
  void emptyAndHeadingOnlyTablesAndAMissingYearAreProblems() {
    assertThat(TableReader.standard().read("e.csv", "").problems().findings()).extracting(Finding::code)
        .containsExactly(CsvRules.TABLE_EMPTY);
    assertThat(TableReader.standard().read("h.csv", "Service,Gross,Income,Net\n").problems().findings())
        .extracting(Finding::code).containsExactly(CsvRules.TABLE_EMPTY);
    // A table that names no year is still read and checked: its arithmetic needs no year.
    ReadResult<Document> noYear = TableReader.standard().read("y.csv",
        "Service,Gross,Income,Net\nA,1,0,1\nB,5,-2,3\nC,4,-1,3\nTotal,10,-3,7\n");
    assertThat(noYear.isRead()).as(noYear.toString()).isTrue();
    assertThat(noYear.sections(PlanSection.class)).singleElement().isInstanceOf(PublishedTable.class);
    assertThat(noYear.notes().withCode(CsvRules.LAYOUT_DISCOVERED).get(0).message()).contains("names no year");
    assertThat(noYear.validate().errors()).isEmpty();
    assertThat(((PublishedTable) noYear.sections(PlanSection.class).get(0)).relations()).hasSize(2);
    ReadResult<Document> unclosed = TableReader.standard().read("q.csv", "Service,Gross\n\"A,1\nB,2\n");
    assertThat(unclosed.problems().findings()).extracting(Finding::code).containsExactly(CsvRules.SYNTAX);
  }

  @Test
  void aColumnOfPercentageChangesAddsInNoTotalWhateverItsHeading() {
    // As Hampshire prints "Increase on": the change from one year to the next, in per cent, with no %.
    String text = "Service,2023/24,2024/25,Increase on\nA,200,210,5.0\nB,400,380,-5.0\nC,100,130,30.0\n"
        + "Total,700,720,2.9\n";
    ReadResult<Document> r = TableReader.standard().read("change.csv", text);
    assertThat(r.isRead()).as(r.toString()).isTrue();
    assertThat(r.validate().errors()).as(r.validate().toString()).isEmpty();
    assertThat(r.notes().withCode(CsvRules.LAYOUT_DISCOVERED).get(0).message())
        .contains("column \"Increase on\" is the change in per cent from \"2023/24\" to \"2024/25\"");
    ReadResult<Document> wrong = TableReader.standard().read("change.csv", text.replace("720,2.9", "730,2.9"));
    assertThat(wrong.validate().errors()).extracting(f -> f.location().pointer().orElseThrow())
        .singleElement().asString().startsWith("C5");
  }

  @Test
  void councilTaxBandsAndTitlesOverMoneyDoNotMakeRiskOrIndicatorTables() {
    // "Band D Equivalent" is a council tax band, not a risk's; a title naming "measures" over figures
    // in £ is no KPI table. Both are tables of figures whose arithmetic is checked.
    ReadResult<Document> bands = TableReader.standard().read("cannock.tsv", "2024/25\tBand D Equivalent\t\n£m\t£\t\n"
        + "13.695\t456.26\tBudget Requirement\n6.371\t212.26\tBusiness Rates Retention\n"
        + "7.324\t244.00\tAmount to be raised from Council Tax\n");
    assertThat(Resources.kind(bands)).contains(TableKind.BUDGET);
    ReadResult<Document> measures = TableReader.standard().read("asc.tsv", "Table 1a: reporting measures, 2021-22 to 2023-24\n"
        + "\t2021-22\t2022-23\t2023-24\nTotal Expenditure\t£26.86\t£28.37\t£32.01\n"
        + "Long Term Support\t£16.57\t£18.43\t£21.40\nOther support\t£10.29\t£9.94\t£10.61\n");
    assertThat(Resources.kind(measures)).contains(TableKind.BUDGET);
    ReadResult<Document> performance = TableReader.standard().read("perf.tsv", "Performance: 2011/12\n\tApr\tMay\tJune\n"
        + "Calls answered\t12,274\t12,973\t12,747\nCalls made\t14,195\t14,766\t14,315\n");
    assertThat(Resources.kind(performance)).as("a title tells, where the figures are not money").contains(TableKind.INDICATORS);
  }

  @Test
  void aBudgetIsHeldAgainstTheRowsBelowThatFundIt() {
    // As Hampshire prints it: the budget, then what funds it, in each year's column.
    String text = "Service,2011/12,2012/13\nGross expenditure,\"1,913\",\"1,752\"\nFees and charges,-169,-168\n"
        + "Specific grants,-934,-837\nReserves and balances,-94,-35\nBudget,716,712\nFormula Grant,186,177\n"
        + "Collection Fund,4,4\nCouncil tax payer,526,530\n";
    ReadResult<Document> r = TableReader.standard().read("funding.csv", text);
    assertThat(r.validate().errors()).as(r.validate().toString()).isEmpty();
    assertThat(r.validate().withCode(BudgetRules.RELATION_CHECKED)).extracting(Finding::message)
        .anyMatch(m -> m.startsWith("Checked Budget = Formula Grant + Collection Fund + Council tax payer"));
    ReadResult<Document> wrong = TableReader.standard().read("funding.csv", text.replace("526,530", "526,560"));
    assertThat(wrong.validate().errors()).extracting(f -> f.location().pointer().orElseThrow())
        .singleElement().asString().startsWith("C6");
  }

  @Test
  void inOneColumnALineThatIsTheSumOfTwoAboveByChanceIsNoTotal() {
    // Freshford's cemetery budget: the gates' £600 is the boundary's £250 and the wall's £350 by chance.
    String text = "Budget for 2019/20\nStreet Lighting\t\nSupply\t£1,418\nMaintenance\t£948\n"
        + "New Lamps inc installation\t£3,668\nReplacement photocells\t£0\nTotal (Street Lighting)\t£6,033\n"
        + "Cemetery\t\nCemetery Headstones\t£1,000\nCemetary Boundary Maintenance\t£250\n"
        + "Cemetary Wall Maintenance\t£350\nCemetary Gates\t£600\nCemetery Grass cutting\t£1,735\n"
        + "Cemetery Tree cutting\t£500\nTotal (Cemetery)\t£4,435\n";
    ReadResult<Document> r = TableReader.standard().read("cemetery.tsv", text);
    assertThat(r.validate().errors()).as(r.validate().toString()).isEmpty();
    ReadResult<Document> wrong = TableReader.standard().read("cemetery.tsv", text.replace("£4,435", "£4,535"));
    assertThat(wrong.validate().errors()).extracting(f -> f.location().pointer().orElseThrow())
        .singleElement().asString().startsWith("B15");
  }

  @Test
  void aRowOfPoundSignsUnderActualHeadingsMakesATableOfMoney() {
    // Medbourne's precept: "ACTUAL" headings over a row of £ signs are a budget's actuals, not KPIs.
    ReadResult<Document> r = TableReader.standard().read("precept.tsv", "Payments\n"
        + "\tACTUAL 2012 - 2013\tPRECEPT 2013 - 2014\tACTUAL 01.04.13 to 10.11.13\n\t£\t£\t£\n"
        + "Mower Fuel\t37.88\t50.00\t24.81\nGrass cutting\t400.00\t450.00\t300.00\n"
        + "TOTAL\t437.88\t500.00\t324.81\n");
    assertThat(Resources.kind(r)).contains(TableKind.BUDGET);
    assertThat(r.validate().errors()).as(r.validate().toString()).isEmpty();
  }

  @Test
  void aMissingFileIsAProblemNotAnException() {
    ReadResult<Document> r = TableReader.standard().read(java.nio.file.Path.of("no-such-table.csv"));
    assertThat(r.isRead()).isFalse();
    assertThat(r.problems().findings().get(0).message()).isEqualTo("Could not open the file: no such file");
  }

  @Test
  void aFigureTooLargeForABudgetTableIsAProblem() {
    ReadResult<Document> r = TableReader.of(YEAR_2019).read("big.csv",
        "Service,Gross,Income,Net\nA,\"99,999,999,999,999,999.0\",0.0,1.0\n");
    assertThat(r.problems().findings()).extracting(Finding::code).containsExactly(CsvRules.CELL_UNREADABLE);
    assertThat(r.problems().findings().get(0).message()).contains("too large for a budget table");
  }

  @Test
  void notesBelowATableAreSaidAndLeftOutButALoneFigureIsKept() {
    String table = String.join("\n", "Service\tGross\tIncome\tNet", "Care\t20\t-5\t15", "Homes\t10\t-2\t8",
        "Total\t30\t-7\t23", "", "Note 1: income includes the Better Care Fund.", "\t\t\tSource: budget book 2024/25", "");
    ReadResult<Document> read = TableReader.standard().read("notes.tsv", table);

    assertThat(read.isRead()).as(read.problems().toString()).isTrue();
    assertThat(read.validate().errors()).isEmpty();
    assertThat(read.notes().withCode(CsvRules.NOTE_BELOW)).extracting(Finding::message).containsExactly(
        "Row 6 below the table is a note about it, not a row of it: \"Note 1: income includes the Better Care Fund.\"",
        "Row 7 below the table is a note about it, not a row of it: \"Source: budget book 2024/25\"");

    // A figure alone under the net column is no note: it stays in the table, and so does all above it.
    ReadResult<Document> lone = TableReader.standard().read("lone.tsv", table.replace("Source: budget book 2024/25", "23"));
    assertThat(lone.notes().withCode(CsvRules.NOTE_BELOW)).isEmpty();
    assertThat(((PublishedTable) lone.value().orElseThrow().sections().get(0)).rows()).hasSize(4);
  }
}
