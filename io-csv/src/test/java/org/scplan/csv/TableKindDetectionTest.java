package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.FinancialYear;
import org.scplan.core.Polarity;
import org.scplan.core.Rag;
import org.scplan.core.ReadResult;
import org.scplan.performance.RagRule;

/**
 * What a table holds, as {@link TableReader} decides it: the kind given; a budget when a schema is
 * named; else the headings only indicator or risk tables have, with a note; else what the other
 * options imply; else a budget. Notes under a table are left out of it.
 */
class TableKindDetectionTest {
  private static final String INDICATORS = "Ref,Indicator,Actual 2018/19,Target 2018/19\nPI01,Rooms let,80,75\nPI02,Calls answered,90,95\n";
  private static final String RISKS = "Ref,Risk,Likelihood,Impact\nR1,Flooding,3,4\nR2,Cyber attack,2,5\n";
  /** Headings that tell nothing: columns of quarters. */
  private static final String QUARTERS = "Name,Q1,Q2\nRooms let,80,75\nCalls answered,90,95\n";

  private static ReadResult<Document> read(TableOptions options, String text) {
    return TableReader.of(options).read("table.csv", text);
  }

  private static String kindNote(ReadResult<Document> r) {
    return r.notes().withCode(CsvRules.KIND_DETECTED).stream().map(Finding::message).findFirst().orElse("");
  }

  @Test
  void headingsThatOnlyIndicatorTablesHaveMakeAnIndicatorTableWithANote() {
    ReadResult<Document> r = read(TableOptions.defaults(), INDICATORS);
    assertThat(Resources.kind(r)).as("%s", r).contains(TableKind.INDICATORS);
    assertThat(kindNote(r)).startsWith("The headings read as an indicator table (").contains("\"Target 2018/19\"")
        .endsWith("); give TableOptions.kind to read it otherwise");
  }

  @Test
  void headingsThatOnlyRiskRegistersHaveMakeARiskRegisterWithANote() {
    ReadResult<Document> r = read(TableOptions.defaults(), RISKS);
    assertThat(Resources.kind(r)).as("%s", r).contains(TableKind.RISKS);
    assertThat(kindNote(r)).startsWith("The headings read as a risk register (").contains("\"Likelihood\"",
        "\"Impact\"");
  }

  @Test
  void theKindGivenOrANamedSchemaComesBeforeTheHeadings() {
    ReadResult<Document> given = read(TableOptions.builder().kind(TableKind.RISKS).build(), RISKS);
    assertThat(Resources.kind(given)).contains(TableKind.RISKS);
    assertThat(kindNote(given)).as("nothing was detected").isEmpty();
    ReadResult<Document> schema = read(TableOptions.builder().schema(TableSchemas.GROSS_INCOME_NET)
        .year(FinancialYear.of(2019)).build(), INDICATORS);
    assertThat(kindNote(schema)).isEmpty();
    assertThat(Resources.kind(schema)).isNotEqualTo(java.util.Optional.of(TableKind.INDICATORS));
  }

  /** Whether a table was read as an indicator table: its columns of quarters are results that name no period. */
  private static boolean readAsIndicators(TableOptions options) {
    return read(options, QUARTERS).problems().findings().stream()
        .anyMatch(f -> f.message().contains("give the period of the results and targets"));
  }

  @Test
  void withoutTellingHeadingsTheOptionsOfAnIndicatorTableDecide() {
    assertThat(readAsIndicators(TableOptions.defaults())).isFalse();
    assertThat(kindNote(read(TableOptions.defaults(), QUARTERS))).isEmpty();
    assertThat(readAsIndicators(TableOptions.builder().polarity(Polarity.HIGHER_IS_BETTER).build())).isTrue();
    assertThat(readAsIndicators(TableOptions.builder().rule(RagRule.tolerance(10)).build())).isTrue();
    assertThat(readAsIndicators(TableOptions.builder().putStatusMap("lg", Rag.GREEN).build())).isTrue();
    assertThat(readAsIndicators(TableOptions.builder().putColumn("Q1", "value").build())).isTrue();
    assertThat(readAsIndicators(TableOptions.builder().asAt(LocalDate.of(2024, 3, 31)).build())).isFalse();
  }

  @Test
  void withoutTellingHeadingsTheOptionsOfARiskRegisterDecide() {
    assertThat(Resources.kind(read(TableOptions.builder().asAt(LocalDate.of(2024, 3, 31)).build(), QUARTERS)))
        .contains(TableKind.RISKS);
    assertThat(Resources.kind(read(TableOptions.builder().putColumn("Q1", "likelihood").build(), QUARTERS)))
        .contains(TableKind.RISKS);
    assertThat(Resources.kind(read(TableOptions.builder().matrix(org.scplan.risk.RiskMatrices.named("npsa-5x5"))
        .build(), QUARTERS))).contains(TableKind.RISKS);
    assertThat(Resources.kind(read(TableOptions.defaults(), QUARTERS))).isNotEqualTo(
        java.util.Optional.of(TableKind.RISKS));
  }

  @Test
  void aRowOfOneCellOfWordsBelowTheTableIsANoteAboutIt() {
    String table = "Service,Gross £'000,Income £'000,Net £'000\nRoads,10.0,-2.0,8.0\nTotal,10.0,-2.0,8.0\n\n"
        + "Note: figures in £'000\n,Source: the budget book\n";
    ReadResult<Document> r = read(TableOptions.builder().year(FinancialYear.of(2019)).build(), table);
    assertThat(r.isRead()).as("%s", r).isTrue();
    assertThat(r.notes().withCode(CsvRules.NOTE_BELOW)).extracting(Finding::message).containsExactly(
        "Row 5 below the table is a note about it, not a row of it: \"Note: figures in £'000\"",
        "Row 6 below the table is a note about it, not a row of it: \"Source: the budget book\"");
    String figure = "Service,Gross £'000,Income £'000,Net £'000\nRoads,10.0,-2.0,8.0\nTotal,10.0,-2.0,8.0\n12.5\n";
    assertThat(read(TableOptions.builder().year(FinancialYear.of(2019)).build(), figure).notes()
        .withCode(CsvRules.NOTE_BELOW)).as("a lone figure is kept").isEmpty();
  }

  @Test
  void aTableOfBlankRowsIsEmpty() {
    ReadResult<Document> r = read(TableOptions.defaults(), ",,\n , \n");
    assertThat(r.problems().findings()).extracting(Finding::message).containsExactly("The table is empty");
  }

  @Test
  void theSectionIsNamedAfterTheFileWithoutItsFolderOrExtension() {
    assertThat(TableReader.baseName("reports/2019/table5.tsv")).isEqualTo("table5");
    assertThat(TableReader.baseName("C:\\budgets\\adults.csv")).isEqualTo("adults");
    assertThat(TableReader.baseName(".csv")).isEqualTo(".csv");
    assertThat(TableReader.baseName("a.b.csv")).isEqualTo("a.b");
    assertThat(TableReader.baseName("folder/")).isEqualTo("table");
    assertThat(TableReader.of(TableOptions.defaults()).toString()).startsWith("TableReader ");
    assertThat(TableReader.standard().withHeadRows(5).options()).isSameAs(TableReader.standard().options());
  }
}
