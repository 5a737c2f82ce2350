package org.scplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code scplan table} on the tables bundled in examples/tables, pasted from the seeds exactly as
 * they print (the README's "check a pasted table" commands).
 */
class ExampleTablesTest {
  private static final Path TABLES = Path.of("tables");

  private static ScplanCommandTest.Run table(String... args) {
    return ScplanCommandTest.run(Stream.concat(Stream.of("table"), Stream.of(args)).toArray(String[]::new));
  }

  @Test
  void everyBundledTableIsTested() throws IOException {
    try (Stream<Path> files = Files.list(TABLES)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "kent-kass-hq-2010-11-budget.tsv", "kent-asch-2018-19-table-5.tsv",
          "kent-asch-2018-19-table-7-kpis.tsv", "kent-asch-2018-19-table-1-risks.tsv",
          "transposed-revenue-outturn.tsv", "west-norfolk-budget-requirement-2024-25.tsv",
          "maidstone-planning-kpis-q3-2020-21.tsv", "stafford-budget-requirement-2024-25.ods");
    }
  }

  @Test
  void staffordsWorkbookGivesItsPublishedSlipAtItsCell() {
    // Stafford's page prints a Band D council tax requirement of 178.56 where 311.76 - 138.20 = 173.56
    // (its own caption says £173.56); the workbook's notes sheet holds no table.
    ScplanCommandTest.Run r = table("tables/stafford-budget-requirement-2024-25.ods");
    assertThat(r.status()).as(r.out()).isEqualTo(ScplanCommand.ERRORS);
    assertThat(r.out()).contains("Sheet Notes holds no table")
        .contains("at 'Budget requirement'!C4: row 4, column \"Band D Equivalent\"")
        .contains("gives 311.76 − 138.20 = 173.56 (± 0.01)")
        .contains("result: 1 error");
  }

  @Test
  void seed000sBudgetProfileAsPastedReconcilesClean() {
    ScplanCommandTest.Run r = table("tables/kent-kass-hq-2010-11-budget.tsv");
    assertThat(r.status()).isEqualTo(ScplanCommand.OK);
    assertThat(r.out()).contains("reconciliation: kent-kass-hq-2010-11-budget: 62 relations in 209 cells,"
        + " consistent (0 mismatches, 0 within rounding, 0 missing cells)")
        .contains("the headings match built-in schema kent-controllable-2010 best (11 of its 11 columns)")
        .contains("1 table checked: 1 without errors");
  }

  @Test
  void seed001sTable5ReconcilesCleanWithItsYearOrWithoutIt() {
    // With no year, no schema can be dated: the table is read as printed and its arithmetic discovered.
    ScplanCommandTest.Run withoutYear = table("tables/kent-asch-2018-19-table-5.tsv");
    assertThat(withoutYear.status()).as(withoutYear.out()).isEqualTo(ScplanCommand.OK);
    assertThat(withoutYear.out()).contains("csv.layout.discovered")
        .contains("Checked Gross expenditure = Staffing + Non staffing on 4 rows: holds on 4")
        .contains("Checked Net cost = Gross expenditure + Income + Grants on 4 rows: holds on 4");

    ScplanCommandTest.Run r = table("--year", "2018-19", "tables/kent-asch-2018-19-table-5.tsv");
    assertThat(r.status()).isEqualTo(ScplanCommand.OK);
    assertThat(r.out()).contains("14 relations in 24 cells, consistent (0 mismatches, 0 within rounding,"
        + " 0 missing cells)");
  }

  @Test
  void seed001sTable7ReadsAsIndicatorsAndNamesTheKpisWithoutATarget() {
    ScplanCommandTest.Run r = table("--year", "2018-19", "tables/kent-asch-2018-19-table-7-kpis.tsv");
    assertThat(r.status()).isEqualTo(ScplanCommand.OK);
    assertThat(r.out()).contains("indicators \"key-performance-indicators\": Key Performance Indicators")
        .contains("result: 0 errors, 5 warnings");
    for (String kpi : new String[] {"AH D03", "AH O08", "AH O09", "AH O12", "AH O16"}) {
      assertThat(r.out()).contains(kpi);
    }
  }

  @Test
  void seed001sTable1IsARegisterWhoseRisksCarryNoRatings() {
    ScplanCommandTest.Run r = table("tables/kent-asch-2018-19-table-1-risks.tsv");
    assertThat(r.status()).isEqualTo(ScplanCommand.OK);
    assertThat(r.out()).contains("Current ratings of Table 1 on kent-5x5: 0 risks on the matrix, 13 not rated")
        .contains("result: 0 errors, 26 warnings");
  }

  @Test
  void aTransposedTableBecomesOneProfilePerYear() {
    ScplanCommandTest.Run r = table("tables/transposed-revenue-outturn.tsv");
    assertThat(r.status()).isEqualTo(ScplanCommand.OK);
    assertThat(r.out()).contains("budget \"adult-social-care-revenue-estimates-2019-20\"")
        .contains("budget \"adult-social-care-revenue-estimates-2020-21\"")
        .contains("csv.layout.transposed");
  }

  @Test
  void westNorfolksBudgetIsReadAsPrintedAndItsFourPublishedSlipsFound() {
    ScplanCommandTest.Run r = table("tables/west-norfolk-budget-requirement-2024-25.tsv");
    assertThat(r.status()).as(r.out()).isEqualTo(ScplanCommand.ERRORS);
    assertThat(r.out()).contains("result: 4 errors")
        .contains("at D16: row 16, column \"2024/2025 Estimate\"").contains("gives £0 + (£2,199,130) = -2,199,130")
        .contains("at D17: row 17").contains("at B25: row 25").contains("at C25: row 25")
        .contains("2024/2025 Estimate = Gross Expenditure + Gross Income on 23 rows: holds on 22");
  }

  @Test
  void maidstonesKpisAreRatedByItsOwnTenPerCentRule() {
    ScplanCommandTest.Run r = table("--rule", "tolerance-10", "tables/maidstone-planning-kpis-q3-2020-21.tsv");
    assertThat(r.status()).as(r.out()).isEqualTo(ScplanCommand.OK);
    // The page's own summary: green 3, amber 2, red 1 (and three not rated: no target, or annual).
    assertThat(r.out()).contains("3 green, 2 amber, 1 red, 3 not rated");
  }

  @Test
  void theDiscoveredLayoutIsSavedAsASchemaThatReadsTheTableBack(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path schema = dir.resolve("west-norfolk.json");
    ScplanCommandTest.Run saved = table("--save-schema", schema.toString(),
        "tables/west-norfolk-budget-requirement-2024-25.tsv");
    assertThat(saved.err()).contains("is saved as schema discovered-2024-2025");
    assertThat(Files.readString(schema)).contains("\"formula\": \"gross-expenditure + gross-income\"");
    ScplanCommandTest.Run back = table("--schema-file", schema.toString(), "--year", "2024-25",
        "tables/west-norfolk-budget-requirement-2024-25.tsv");
    assertThat(back.out()).contains("budget \"2024-2025\"").contains("budget.derived.mismatch")
        .contains("Contribution To General Fund Balance [2024/2025 Estimate]");
    ScplanCommandTest.Run none = table("--save-schema", dir.resolve("kent.json").toString(),
        "tables/kent-kass-hq-2010-11-budget.tsv");
    assertThat(none.status()).isEqualTo(ScplanCommand.UNREADABLE);
    assertThat(none.err()).contains("no table was read as printed");
  }
}
