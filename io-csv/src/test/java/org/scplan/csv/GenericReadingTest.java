package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.PublishedTable;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.ReadResult;

/**
 * How {@link BudgetTables} chooses between a generic schema's reading of a table and the table read
 * as printed: the printed reading stands when it explains every figure the generic one leaves wrong,
 * or when the table holds a second row of headings; otherwise the generic reading stands with its own
 * findings, located at their cells. A generic schema carries extra columns only beside two of its own.
 */
class GenericReadingTest {
  private static ReadResult<Document> read(String text) {
    return TableReader.standard().read("leisure.csv", text);
  }

  @Test
  void aTableWhoseNetCostCountsGrantsIsReadAsPrintedWithNoneOfTheGenericReadingsNotes() {
    // Net cost = gross + income + grants: gross-income-net, the only schema with room for the staff,
    // would find every net cost wrong.
    StringBuilder text = new StringBuilder("Leisure budget 2024-25\n"
        + "Service,Gross expenditure £'000,Income £'000,Grants £'000,Net cost £'000,FTE\n");
    for (int i = 1; i <= 6; i++) {
      text.append("Centre ").append(i).append(',').append(100 + i).append(".0,-").append(i).append(".0,-2.0,")
          .append(98).append(".0,3.5\n");
    }
    ReadResult<Document> r = read(text.toString());
    assertThat(r.sections(PublishedTable.class)).hasSize(1);
    assertThat(r.validate().errors()).isEmpty();
    assertThat(r.notes().withCode(CsvRules.LAYOUT_DISCOVERED)).singleElement().extracting(Finding::message)
        .asString().contains("as the generic gross-income-net reading leaves 6 figures unexplained or unchecked");
    assertThat(r.notes().withCode(CsvRules.SCHEMA_DETECTED)).isEmpty();
    assertThat(r.notes().withCode(CsvRules.INCOME_SIGN_DETECTED)).isEmpty();
  }

  @Test
  void aWrongFigureThePrintedReadingCannotExplainEitherLeavesTheGenericReadingAndItsCell() {
    ReadResult<Document> r = read("Leisure budget 2024-25\nService,Gross £'000,Income £'000,Net £'000\n"
        + "Pool,100.0,-10.0,90.0\nGym,50.0,-5.0,46.0\nTotal,150.0,-15.0,135.0\n");
    assertThat(r.sections(BudgetProfile.class)).hasSize(1);
    assertThat(r.notes().withCode(CsvRules.LAYOUT_DISCOVERED)).isEmpty();
    assertThat(r.notes().withCode(CsvRules.SCHEMA_DETECTED)).hasSize(1);
    assertThat(r.validate().errors()).isNotEmpty().allSatisfy(f -> assertThat(f.location().pointer())
        .hasValueSatisfying(at -> assertThat(at).containsPattern("[B-D][45]")));
  }

  @Test
  void aSecondRowOfHeadingsBelowTheFiguresIsASecondTableOnThePage() {
    ReadResult<Document> r = read("Leisure budget 2024-25\nService,Gross £'000,Income £'000,Net £'000\n"
        + "Pool,100.0,-10.0,90.0\nGym,50.0,-5.0,45.0\nService,2023 to 2024 budget £m\nPool,0.1\n");
    assertThat(r.notes().withCode(CsvRules.LAYOUT_DISCOVERED)).anySatisfy(f -> assertThat(f.message())
        .contains("as it holds a second row of headings below its figures"));
  }

  @Test
  void aRowOfWordsBelowTheFiguresIsNoRowOfHeadings() {
    ReadResult<Document> r = read("Leisure budget 2024-25\nService,Gross £'000,Income £'000,Net £'000\n"
        + "Pool,100.0,-10.0,90.0\nGym,50.0,-5.0,45.0\nSports hall,see note,,\nTotal,150.0,-15.0,135.0\n");
    assertThat(r.notes().withCode(CsvRules.LAYOUT_DISCOVERED)).noneSatisfy(f -> assertThat(f.message())
        .contains("second row of headings"));
  }

  @Test
  void aGenericSchemaCarriesAnExtraColumnOnlyBesideTwoOfItsOwn() {
    TableOptions generic = TableOptions.builder().schema(TableSchemas.GROSS_INCOME_NET).build();
    ReadResult<Document> two = TableReader.of(generic).read("l.csv", "Leisure budget 2024-25\n"
        + "Service,Gross £'000,Net £'000,Staff £'000\nPool,100.0,90.0,40.0\nGym,50.0,45.0,20.0\n");
    assertThat(two.problems().findings()).isEmpty();
    assertThat(two.sections(BudgetProfile.class).get(0).line("Pool").orElseThrow().amount("staff")).isPresent();
    ReadResult<Document> one = TableReader.of(generic).read("l.csv", "Leisure budget 2024-25\n"
        + "Service,Net £'000,Staff £'000\nPool,90.0,40.0\nGym,45.0,20.0\n");
    assertThat(one.problems().withCode(CsvRules.HEADER_UNMATCHED)).singleElement().extracting(Finding::message)
        .asString().contains("\"Staff £'000\" (column 3) matches no column of schema gross-income-net");
  }

  @ParameterizedTest(name = "{0} rows")
  @ValueSource(ints = {4990, 5010})
  void aLargeTableInPoundsBecauseNothingNamesAUnitSaysSo(int rows) {
    // Above 5,000 rows the reading judges the table by its head first and drops that reading's notes;
    // the note that the unit is assumed must survive it, as it does below.
    StringBuilder text = new StringBuilder("Highways budget 2024-25\nService,Gross,Income,Net\n");
    for (int i = 1; i <= rows; i++) {
      text.append("Road ").append(i).append(",\"15,000\",\"-3,000\",\"12,000\"\n");
    }
    ReadResult<Document> r = read(text.toString());
    assertThat(r.sections(BudgetProfile.class)).hasSize(1);
    assertThat(r.notes().withCode(CsvRules.UNIT_ASSUMED)).hasSize(1);
  }
}
