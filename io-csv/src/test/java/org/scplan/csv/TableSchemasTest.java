package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.budget.BudgetColumn;
import org.scplan.budget.BudgetSchema;
import org.scplan.budget.BudgetSchemas;
import org.scplan.budget.ColumnKind;
import org.scplan.budget.Formula;
import org.scplan.budget.PublishedTable;
import org.scplan.budget.Quantity;
import org.scplan.budget.SignConvention;
import org.scplan.budget.TableRelation;
import org.scplan.core.Location;

/**
 * The schemas a table can be read with ({@link TableSchemas}): the built-in ones by name, and the
 * schema discovered from a table read as printed, which reads the council's next table the same way.
 */
class TableSchemasTest {

  @Test
  void everyBuiltInSchemaIsNamedAndTheGenericOnesCarryExtraColumns() {
    assertThat(TableSchemas.names()).containsExactlyElementsOf(BudgetSchemas.names())
        .endsWith("gross-income-net", "gross-net");
    assertThat(TableSchemas.all()).extracting(TableSchema::name).containsExactlyElementsOf(TableSchemas.names());
    assertThat(TableSchemas.named("kent-directorate-2018")).isEqualTo(TableSchema.of(
        BudgetSchemas.KENT_DIRECTORATE_2018));
    assertThat(TableSchemas.named("kent-directorate-2018").carriesExtraColumns()).isFalse();
    assertThat(TableSchemas.named("gross-income-net")).isSameAs(TableSchemas.GROSS_INCOME_NET);
    assertThat(TableSchemas.named("gross-net")).isSameAs(TableSchemas.GROSS_NET);
    assertThat(TableSchemas.GROSS_INCOME_NET.carriesExtraColumns()).isTrue();
  }

  @Test
  void anUnknownNameIsRefusedListingTheNames() {
    assertThatThrownBy(() -> TableSchemas.named("kent-2099")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kent-2099").hasMessageContaining("kent-directorate-2018, ")
        .hasMessageContaining("gross-net");
  }

  /** A table as printed: net derived twice (the first relation kept), headings of the same words. */
  private static PublishedTable leisure(String title) {
    return PublishedTable.builder("leisure", title)
        .columns("Gross £'000", "Income £'000", "Net £'000", "Net (£000)", "2019/20", "Net")
        .row("Sports centres", java.util.Arrays.asList(amount("1,000"), amount("-400"), amount("600"), amount("600"),
            null))
        .row("Parks", List.of(amount("500"), amount("-100"), amount("400"), amount("400"), amount("380")))
        .relation(TableRelation.ofColumns(2, List.of(new TableRelation.Term(1, 0), new TableRelation.Term(1, 1)),
            List.of(0, 1), "adds up on every row"))
        .relation(TableRelation.ofColumns(2, List.of(new TableRelation.Term(1, 3)), List.of(0, 1), "equal"))
        .relation(TableRelation.ofColumns(3, List.of(new TableRelation.Term(1, 0), new TableRelation.Term(-1, 4)),
            List.of(1), "a chance"))
        .relation(TableRelation.ofRows(1, List.of(new TableRelation.Term(1, 0)), List.of(0), "a row relation"))
        .build();
  }

  private static PublishedTable.Cell amount(String printed) {
    return new PublishedTable.Cell(org.scplan.core.ReportedAmount.parse(printed,
        org.scplan.core.AmountUnit.THOUSANDS), printed, Location.of("leisure"));
  }

  @Test
  void aDiscoveredSchemaHasAColumnForEachColumnOfFiguresKeyedAfterItsHeading() {
    BudgetSchema schema = TableSchemas.discovered(leisure("Leisure services 2019-20")).schema();
    assertThat(schema.name()).isEqualTo("discovered-leisure-services-2019-20");
    assertThat(schema.title()).isEqualTo("As Leisure services 2019-20 was printed");
    assertThat(schema.signConvention()).isEqualTo(SignConvention.INCOME_NEGATIVE);
    assertThat(schema.keys()).as("headings of the same words are numbered; a heading of no words is the column's place")
        .containsExactly("gross", "income", "net", "net-2", "column-5", "net-3");
    assertThat(schema.columns()).extracting(BudgetColumn::label)
        .containsExactly("Gross £'000", "Income £'000", "Net £'000", "Net (£000)", "2019/20", "Net");
  }

  @Test
  void eachColumnRelationBecomesTheDerivedColumnsFormulaTheFirstWhereThereAreTwo() {
    BudgetSchema schema = TableSchemas.discovered(leisure("Leisure")).schema();
    assertThat(schema.column("net").kind()).isEqualTo(ColumnKind.DERIVED);
    assertThat(schema.column("net").formula()).contains(Formula.parse("gross + income"));
    assertThat(schema.column("net-2").formula()).contains(Formula.parse("gross - column-5"));
    assertThat(schema.columns()).filteredOn(c -> c.kind() != ColumnKind.DERIVED).extracting(BudgetColumn::key)
        .as("every column not derived is a summand").containsExactly("gross", "income", "column-5", "net-3")
        .allSatisfy(k -> assertThat(schema.column(k).kind()).isEqualTo(ColumnKind.SPEND));
  }

  @Test
  void aColumnOfAmountsIsMoneyWhereverItsFirstFigureIs() {
    BudgetSchema schema = TableSchemas.discovered(leisure("Leisure")).schema();
    assertThat(schema.columns()).allSatisfy(c -> assertThat(c.isMoney()).as(c.key()).isTrue());
    assertThat(schema.column("column-5").quantity()).as("its first figure, below a blank, is money")
        .isEqualTo(Quantity.MONEY);
  }

  @Test
  void aLongTitleGivesANameOfAtMostSixtyCharacters() {
    // Cut at sixty characters, the name would end with the hyphen before "public".
    String title = "Revenue budget for the directorate of adult care and public health 2019-20";
    assertThat(TableSchemas.discovered(leisure(title)).name())
        .isEqualTo("discovered-revenue-budget-for-the-directorate-of-adult-care");
    assertThat(TableSchemas.discovered(leisure("Table 5:")).name()).isEqualTo("discovered-table-5");
  }

  @Test
  void aColumnOfPlainNumbersBesideColumnsOfMoneyIsANumber() {
    // Net is Gross + Income in £'000; Staff FTE is a number of its own (it was refused as a column of
    // spending that holds numbers).
    PublishedTable staffed = PublishedTable.builder("staff", "Staff")
        .columns("Gross £'000", "Income £'000", "Net £'000", "Staff FTE")
        .row("A", List.of(amount("10"), amount("-2"), amount("8"), new PublishedTable.Cell(
            org.scplan.core.ReportedNumber.of(new java.math.BigDecimal("3.5")), "3.5", Location.of("staff"))))
        .relation(TableRelation.ofColumns(2, List.of(new TableRelation.Term(1, 0), new TableRelation.Term(1, 1)),
            List.of(0), "adds up on every row"))
        .build();
    BudgetSchema schema = TableSchemas.discovered(staffed).schema();
    assertThat(schema.columns()).extracting(BudgetColumn::kind, BudgetColumn::quantity).containsExactly(
        tuple(ColumnKind.SPEND, Quantity.MONEY), tuple(ColumnKind.SPEND, Quantity.MONEY),
        tuple(ColumnKind.DERIVED, Quantity.MONEY), tuple(ColumnKind.MEMO, Quantity.NUMBER));
  }

  @Test
  void aColumnOfNumbersDerivedFromNumbersIsADerivedNumberAndReadsTheTableAgain() {
    // Total FTE = Permanent FTE + Agency FTE beside money: the schema was refused, as a formula over
    // plain numbers had no place in a budget schema.
    String csv = "Service,Gross £'000,Income £'000,Net £'000,Permanent FTE,Agency FTE,Total FTE\n"
        + "Care homes,1000,-400,600,12.5,2.0,14.5\nDay care,500,-100,400,8.0,1.5,9.5\n"
        + "Home care,800,-300,500,20.0,4.0,24.0\nTotal,2300,-800,1500,40.5,7.5,48.0\n";
    org.scplan.core.ReadResult<org.scplan.core.Document> read = TableReader.standard().read("staff.csv", csv);
    PublishedTable table = read.value().orElseThrow().sections(PublishedTable.class).get(0);
    BudgetSchema schema = TableSchemas.discovered(table).schema();
    assertThat(schema.column("total-fte").kind()).isEqualTo(ColumnKind.DERIVED);
    assertThat(schema.column("total-fte").quantity()).isEqualTo(Quantity.NUMBER);
    assertThat(schema.column("total-fte").formula().orElseThrow()).hasToString("permanent-fte + agency-fte");
    assertThat(schema.column("permanent-fte").kind()).isEqualTo(ColumnKind.MEMO);

    TableReader bySchema = TableReader.of(TableOptions.builder().schema(TableSchema.of(schema)).year(
        org.scplan.core.FinancialYear.of(2024)).build());
    assertThat(bySchema.read("staff.csv", csv).validate().errors()).isEmpty();
    assertThat(bySchema.read("staff.csv", csv.replace("9.5", "9.0")).validate().errors())
        .as("a wrong total FTE on a row").isNotEmpty();
  }
}
