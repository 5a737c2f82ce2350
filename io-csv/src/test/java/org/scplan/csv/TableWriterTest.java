package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scplan.budget.BudgetProfile;
import org.scplan.core.FinancialYear;

/**
 * A profile written as a council publishes it ({@link TableWriter}): a zero printed without a sign,
 * negatives with a minus or in brackets, and the officer responsible for each line in a column of its
 * own when any line names one.
 */
class TableWriterTest {
  private static final TableReader READER = TableReader.of(TableOptions.builder().year(FinancialYear.of(2019))
      .schema(TableSchemas.GROSS_INCOME_NET).id("asc").build());

  private static BudgetProfile read(String text) {
    return READER.read("asc.csv", text).sections(BudgetProfile.class).get(0);
  }

  @Test
  void aZeroIsPrintedWithoutASignAndANegativeWithAMinusOrInBrackets() {
    BudgetProfile p = read("Adult social care\nService,Gross,Income,Net\nRoads,10.0,0.0,10.0\nParks,5.0,-2.0,3.0\n"
        + "Total,15.0,-2.0,13.0\n");
    String minus = TableWriter.of(TableFormat.CSV).write(p);
    assertThat(minus).contains("\nRoads,10.0,0.0,10.0\n", "\nParks,5.0,-2.0,3.0\n");
    String brackets = TableWriter.of(TableFormat.CSV).withBracketedNegatives(true).write(p);
    assertThat(brackets).contains("\nRoads,10.0,0.0,10.0\n", "\nParks,5.0,(2.0),3.0\n");
    assertThat(TableWriter.of(TableFormat.TSV).withBracketedNegatives(true).toString())
        .isEqualTo("TableWriter TSV (negatives in brackets)");
    assertThat(TableWriter.of(TableFormat.CSV).toString()).isEqualTo("TableWriter CSV");
  }

  @Test
  void theOfficerResponsibleHasAColumnOnlyWhenALineNamesOne() {
    BudgetProfile p = read("Adult social care\nService,Gross,Income,Net,Responsible\nRoads,10.0,0.0,10.0,Jo Bloggs\n"
        + "Parks,5.0,-2.0,3.0,\nTotal,15.0,-2.0,13.0,\n");
    String written = TableWriter.of(TableFormat.CSV).write(p);
    assertThat(written.lines().skip(1).findFirst().orElseThrow()).endsWith(",Responsible");
    assertThat(written).contains("\nRoads,10.0,0.0,10.0,Jo Bloggs\n", "\nParks,5.0,-2.0,3.0,\n");
    String without = TableWriter.of(TableFormat.CSV).write(read("Adult social care\nService,Gross,Income,Net\n"
        + "Roads,10.0,0.0,10.0\nTotal,10.0,0.0,10.0\n"));
    assertThat(without).doesNotContain("Responsible");
  }
}
