package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scplan.budget.BudgetSchema;
import org.scplan.core.Document;
import org.scplan.core.FinancialYear;
import org.scplan.core.ReadResult;
import org.scplan.core.Severity;
import org.scplan.core.ValueParseException;
import org.scplan.performance.RagRule;
import org.scplan.risk.RiskMatrices;

/**
 * How a table is read: the defaults of {@link TableOptions}, the options and {@link TableLimits}
 * refused as invalid, and the words the command line and plans name a kind of table, a treatment of
 * year columns by.
 */
class TableOptionsTest {

  @Test
  void theDefaultsDetectEverythingAndReadLeniently() {
    TableOptions d = TableOptions.defaults();
    assertThat(d.kind()).isEmpty();
    assertThat(d.schema()).isEmpty();
    assertThat(d.incomeSign()).isEqualTo(IncomeSign.AUTO);
    assertThat(d.yearColumns()).isEqualTo(YearColumns.SEPARATE_PROFILES);
    assertThat(d.rule()).isEqualTo(RagRule.kentFloor());
    assertThat(d.matrix()).isEqualTo(RiskMatrices.kent5x5());
    assertThat(d.commandLine()).isFalse();
    assertThat(d.strict()).isFalse();
    assertThat(d.limits()).isEqualTo(TableLimits.standard());
  }

  @Test
  void strictReadingMakesAColumnOfWordsAmongTheFiguresAnError() {
    TableOptions year = TableOptions.builder().year(FinancialYear.of(2019)).build();
    ReadResult<Document> lenient = Resources.read("tables/unmatched.csv", year);
    assertThat(lenient.notes().withCode(CsvRules.COLUMN_NOT_FIGURES)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    ReadResult<Document> strict = Resources.read("tables/unmatched.csv",
        TableOptions.builder().from(year).strict(true).build());
    assertThat(strict.validate().withCode(CsvRules.COLUMN_NOT_FIGURES)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void theFieldsAColumnMayBeMappedToAreNamedInLowerCaseWithHyphens() {
    assertThat(TableOptions.INDICATOR_FIELDS).contains("reference", "title", "value", "target");
    assertThat(TableOptions.RISK_FIELDS).contains("likelihood", "impact", "target-likelihood", "target-impact");
    assertThat(TableOptions.fieldName(Vocabulary.RiskField.TARGET_LIKELIHOOD)).isEqualTo("target-likelihood");
  }

  @ParameterizedTest
  @ValueSource(ints = {-12, 0, 12})
  void aPrecisionFromMinusTwelveToTwelveDecimalsIsValid(int decimals) {
    assertThat(TableOptions.builder().decimals(decimals).build().decimals()).contains(decimals);
  }

  @ParameterizedTest
  @ValueSource(ints = {-13, 13})
  void aPrecisionBeyondTwelveDecimalsIsRefused(int decimals) {
    assertThatThrownBy(() -> TableOptions.builder().decimals(decimals).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Invalid precision");
  }

  @Test
  void aBlankIdTitleOrColumnMappingIsRefused() {
    assertThatThrownBy(() -> TableOptions.builder().id(" ").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> TableOptions.builder().title("").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title");
    assertThatThrownBy(() -> TableOptions.builder().putColumn(" ", "gross").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank heading or key");
    assertThatThrownBy(() -> TableOptions.builder().putColumn("Spend", "").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank heading or key");
    TableOptions given = TableOptions.builder().id("t5").title("Table 5").putColumn("Spend", "gross").build();
    assertThat(given.id()).contains("t5");
    assertThat(given.title()).contains("Table 5");
    assertThat(given.columns()).containsEntry("Spend", "gross");
  }

  @Test
  void theStandardLimitsAreThoseDocumented() {
    TableLimits standard = TableLimits.standard();
    assertThat(standard.maxBytes()).isEqualTo(256L * 1024 * 1024).isEqualTo(TableReader.MAX_BYTES);
    assertThat(standard.maxRows()).isEqualTo(2_000_000);
    assertThat(standard.maxColumns()).isEqualTo(1000).isEqualTo(BudgetSchema.MAX_COLUMNS);
    assertThat(standard.maxCellChars()).isEqualTo(100_000);
    assertThat(standard.withMaxBytes(1).withMaxRows(2).withMaxColumns(2).withMaxCellChars(100))
        .isEqualTo(new TableLimits(1, 2, 2, 100));
  }

  @ParameterizedTest(name = "{0} {1} {2} {3}")
  @CsvSource({
      "0,   2,       2,    100",
      "1,   1,       2,    100",
      "1,   2,       1,    100",
      "1,   2,       1001, 100",
      "1,   2,       2,    99"})
  void limitsBelowTheLeastOrColumnsBeyondASchemasAreRefused(long bytes, int rows, int columns, int chars) {
    assertThatThrownBy(() -> new TableLimits(bytes, rows, columns, chars)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLeastAndMostLimitsAreValid() {
    assertThat(new TableLimits(1, 2, 2, 100).maxColumns()).isEqualTo(2);
    assertThat(new TableLimits(1, 2, BudgetSchema.MAX_COLUMNS, 100).maxColumns()).isEqualTo(1000);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"budget, BUDGET", "Budgets, BUDGET", "indicators, INDICATORS", "KPI, INDICATORS",
      "performance, INDICATORS", "risks, RISKS", "register, RISKS"})
  void aKindOfTableIsNamedByItsLabelOrTheWordsPlansUse(String text, TableKind kind) {
    assertThat(TableKind.parse(text)).isEqualTo(kind);
  }

  @Test
  void eachKindIsLabelledAsTheScplanFormatNamesSections() {
    assertThat(TableKind.BUDGET.label()).isEqualTo("budget");
    assertThat(TableKind.INDICATORS.label()).isEqualTo("indicators");
    assertThat(TableKind.RISKS.label()).isEqualTo("risks");
    assertThatThrownBy(() -> TableKind.parse("ledger")).isInstanceOf(ValueParseException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"separate, SEPARATE_PROFILES", "profiles, SEPARATE_PROFILES", "comparatives, COMPARATIVES",
      "Comparative, COMPARATIVES"})
  void aTreatmentOfYearColumnsIsNamedByItsWords(String text, YearColumns columns) {
    assertThat(YearColumns.parse(text)).isEqualTo(columns);
  }
}
