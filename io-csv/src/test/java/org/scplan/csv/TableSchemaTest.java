package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scplan.budget.BudgetSchemas;

/**
 * The headings a schema's columns go by ({@link TableSchema}): each column by its label and key,
 * the columns that answer a headline and a schema's only income column by the usual aliases unless
 * one would name another column, the aliases a caller adds, and labels that carry a year matched
 * only with it.
 */
class TableSchemaTest {
  // The usual headings, as the class's Javadoc lists them (an alias is kept as lower-case words).
  private static final List<String> GROSS = List.of("gross", "gross exp", "gross expenditure", "spend", "expenditure",
      "total expenditure");
  private static final List<String> NET = List.of("net", "net cost", "net budget", "net expenditure");
  private static final List<String> FTE = List.of("fte", "ftes", "full time equivalent");
  private static final List<String> INCOME = List.of("income", "total income");

  @Test
  void theColumnsThatAnswerAHeadlineGoByTheUsualHeadings() {
    TableSchema schema = TableSchema.of(BudgetSchemas.GROSS_INCOME_NET);
    assertThat(schema.aliases("gross")).containsAll(GROSS).doesNotContainAnyElementsOf(NET);
    assertThat(schema.aliases("net")).containsAll(NET).doesNotContainAnyElementsOf(GROSS);
    assertThat(schema.aliases("income")).as("the schema's only income column").containsAll(INCOME)
        .doesNotContainAnyElementsOf(GROSS);
    assertThat(schema.aliases("no-such-column")).isEmpty();

    TableSchema staffing = TableSchema.of(BudgetSchemas.KENT_STAFFING_2018);
    assertThat(staffing.aliases("fte")).containsAll(FTE).doesNotContainAnyElementsOf(NET);
    assertThat(staffing.aliases("headcount")).as("answers no headline").isEmpty();
    assertThat(staffing.matches("Full Time Equivalents")).contains("fte");
  }

  @Test
  void incomeAliasesGoOnlyToASchemasOnlyIncomeColumn() {
    TableSchema directorate = TableSchema.of(BudgetSchemas.KENT_DIRECTORATE_2018);
    assertThat(directorate.aliases("income")).containsAll(INCOME);
    assertThat(directorate.aliases("grants")).as("a grant is no income column").isEmpty();
    assertThat(directorate.aliases("staffing")).isEmpty();
    assertThat(directorate.matches("Receipts")).contains("income");

    // The revenue outturn has two income columns: "Income" would name either, so it names neither.
    TableSchema outturn = TableSchema.of(BudgetSchemas.REVENUE_OUTTURN);
    assertThat(outturn.aliases("sales")).isEmpty();
    assertThat(outturn.aliases("other-income")).isEmpty();
    assertThat(outturn.matches("Receipts")).isEmpty();
    assertThat(outturn.matches("Spend")).contains("total-expenditure");
  }

  @Test
  void anAliasThatIsAnotherColumnsLabelOrKeyIsNotUsed() {
    // Kent's divisional plans print both a "Net Expenditure" and a "Net Cost" column; net cost answers
    // the net budget, but "net expenditure" is the other column's label.
    TableSchema divisional = TableSchema.of(BudgetSchemas.KENT_DIVISIONAL_2013);
    assertThat(divisional.aliases("net-cost")).doesNotContain("net expenditure")
        .containsAll(NET.stream().filter(a -> !a.equals("net expenditure")).toList());
    assertThat(divisional.matches("Net Expenditure")).contains("net-expenditure");
    assertThat(divisional.matches("Net budget")).contains("net-cost");
    assertThat(divisional.aliases("service-income")).containsAll(INCOME);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Gross Exp £m           | gross",
      "GROSS EXPENDITURE      | gross",
      "Net budget (£000)      | net",
      "net                    | net",
      "Income                 | income",
      "Total income           | income"})
  void aHeadingNamesAColumnByItsWordsWhateverItsCaseAndUnit(String heading, String key) {
    assertThat(TableSchemas.GROSS_INCOME_NET.matches(heading)).contains(key);
  }

  @Test
  void aLabelThatCarriesAYearIsMatchedOnlyWithThatYear() {
    TableSchema controllable = TableSchema.of(BudgetSchemas.KENT_CONTROLLABLE_2010);
    assertThat(controllable.hasLabelsWithYears()).isTrue();
    assertThat(controllable.matchesWithYear("2009/10 FTE")).contains("fte-previous");
    assertThat(controllable.matchesWithYear("2009-10 Controllable expenditure")).contains("controllable-previous");
    assertThat(controllable.matchesWithYear("2010/11 FTE")).isEmpty();
    assertThat(controllable.matches("FTE")).contains("fte");

    TableSchema generic = TableSchemas.GROSS_INCOME_NET;
    assertThat(generic.hasLabelsWithYears()).isFalse();
    assertThat(generic.matchesWithYear("2019/20 Gross expenditure")).isEmpty();
  }

  @Test
  void aCallersAliasesAreAddedToTheColumnsOwn() {
    TableSchema schema = TableSchema.of(BudgetSchemas.KENT_DIRECTORATE_2018)
        .withAliases("non-staffing", "Running costs", "Other costs");
    assertThat(schema.aliases("non-staffing")).containsExactly("Running costs", "Other costs");
    assertThat(schema.matches("Running Costs £'000")).contains("non-staffing");
    assertThat(schema.withAliases("income", "Fees").aliases("income")).containsAll(INCOME).endsWith("Fees");
    assertThat(schema.name()).isEqualTo("kent-directorate-2018");
    assertThat(schema.schema()).isSameAs(BudgetSchemas.KENT_DIRECTORATE_2018);
    assertThat(schema.carriesExtraColumns()).isFalse();
  }

  @Test
  void anAliasNeedsTheKeyOfAColumnOfTheSchema() {
    TableSchema schema = TableSchema.of(BudgetSchemas.KENT_DIRECTORATE_2018);
    assertThatThrownBy(() -> schema.withAliases("running", "Running costs"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no column with key running");
    assertThatThrownBy(() -> schema.withAliases("Non staffing", "Running costs")).as("a label is no key")
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void twoTableSchemasAreEqualWhenTheirSchemaAliasesAndExtraColumnsAre() {
    TableSchema plain = TableSchema.of(BudgetSchemas.GROSS_NET);
    assertThat(plain).isEqualTo(TableSchema.of(BudgetSchemas.GROSS_NET))
        .hasSameHashCodeAs(TableSchema.of(BudgetSchemas.GROSS_NET));
    assertThat(plain).isNotEqualTo(TableSchemas.GROSS_NET).as("generic: carries extra columns");
    assertThat(plain).isNotEqualTo(plain.withAliases("gross", "Outlay"));
    assertThat(plain).isNotEqualTo(TableSchema.of(BudgetSchemas.GROSS_INCOME_NET));
    assertThat(plain).isNotEqualTo("gross-net");
    assertThat(TableSchemas.GROSS_NET.carriesExtraColumns()).isTrue();
    assertThat(TableSchemas.GROSS_NET.withAliases("net", "Bottom line").carriesExtraColumns()).isTrue();
  }

  @Test
  void theSchemaAsTextNamesEachColumnAndTheHeadingsItAlsoGoesBy() {
    String text = TableSchemas.GROSS_INCOME_NET.toString();
    assertThat(text).startsWith("Table schema gross-income-net: Gross expenditure, income and net budget"
        + " (other numeric columns carried as memo columns)\n  Gross expenditure (gross");
    assertThat(text.lines().skip(1)).allSatisfy(l -> assertThat(l).contains(" also "));
    assertThat(text.lines().skip(1).map(l -> l.substring(l.indexOf(" also ") + 6)).toList())
        .containsExactly(String.join(", ", schemaAliases("gross")), String.join(", ", schemaAliases("income")),
            String.join(", ", schemaAliases("net")));
    assertThat(text.lines()).hasSize(4);
    String staffing = TableSchema.of(BudgetSchemas.KENT_STAFFING_2018).toString();
    assertThat(staffing).doesNotContain("memo columns");
    assertThat(staffing.lines().filter(l -> l.contains(" also "))).as(staffing).hasSize(1);
  }

  private static List<String> schemaAliases(String key) {
    return TableSchemas.GROSS_INCOME_NET.aliases(key);
  }
}
