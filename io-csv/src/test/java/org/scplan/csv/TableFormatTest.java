package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scplan.budget.BudgetRules;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.PlanSection;
import org.scplan.core.ReadResult;
import org.scplan.core.ValueParseException;

/** Telling commas, tabs and semicolons apart, and reading a table separated by semicolons. */
class TableFormatTest {

  @Test
  void aSemicolonTableWithFiguresInThousandsIsSemicolonSeparated() {
    // The commas vary from line to line (none in the headings, one to three in the figures).
    String varying = """
        Service;Gross £'000;Income £'000;Net £'000
        Older people;1,234.5;-234.5;1,000.0
        Learning disability;12,345.6;-345.6;12,000.0
        Mental health;345.6;-45.6;300.0
        Total;13,925.7;-625.7;13,300.0
        """;
    assertThat(TableFormat.detect(varying)).isEqualTo(TableFormat.SEMICOLON);
    // One comma on every line, a title's and a heading's included: as many lines agree on one comma
    // as on three semicolons, until the commas inside the figures are set aside.
    String even = """
        Revenue budget, 2019-20
        Service;Gross, before recharges;Net
        Roads;1,234.5;100.0
        Parks;2,345.6;200.0
        Total;3,580.1;300.0
        """;
    assertThat(TableFormat.detect(even)).isEqualTo(TableFormat.SEMICOLON);
  }

  @Test
  void aCommaTableWithSemicolonsInItsLabelsStaysCsv() {
    String one = """
        Service,Gross,Income,Net
        Adults; older people,10,-5,5
        Parks,10,-5,5
        Total,20,-10,10
        """;
    assertThat(TableFormat.detect(one)).isEqualTo(TableFormat.CSV);
    // Two labels with a semicolon each agree on it, but every line agrees on three commas.
    String two = """
        Service,Gross,Income,Net
        Adults; older people,10,-5,5
        Children; young people,10,-5,5
        Total,20,-10,10
        """;
    assertThat(TableFormat.detect(two)).isEqualTo(TableFormat.CSV);
    // Small figures side by side ("100,200") are not a figure in thousands between semicolons.
    String small = """
        Service,Gross,Net
        Adults; older,100,200
        Children; young,300,400
        Carers; all,500,600
        """;
    assertThat(TableFormat.detect(small)).isEqualTo(TableFormat.CSV);
  }

  @Test
  void separatorsInQuotesDoNotCount() {
    String quotedSemicolons = """
        Service,Gross
        "Adults; older people",10
        "Children; ""young"" people",20
        "Carers;
        and families",30
        """;
    assertThat(TableFormat.detect(quotedSemicolons)).isEqualTo(TableFormat.CSV);
    String quotedCommas = """
        Service;Gross;Net
        "Parks, gardens and open spaces";10;5
        "Roads, bridges, lighting";20;15
        "Waste, recycling";"1,234.5";"1,000.0"
        """;
    assertThat(TableFormat.detect(quotedCommas)).isEqualTo(TableFormat.SEMICOLON);
    // A quote inside a cell is a character, not the start of a quoted cell.
    String inch = """
        Item;Cost;Count
        5" floppy disks, boxed;12.50;3
        3" discs, loose;8.00;4
        """;
    assertThat(TableFormat.detect(inch)).isEqualTo(TableFormat.SEMICOLON);
  }

  @Test
  void aTitleAboveTheTableHoldsNoSeparator() {
    String text = "Adult social care budget 2019/20\r\n\r\nService;Gross;Income;Net\r\nRoads;10;-5;5\r\n"
        + "Parks;10;-5;5\r\nTotal;20;-10;10\r\n";
    assertThat(TableFormat.detect(text)).isEqualTo(TableFormat.SEMICOLON);
  }

  @Test
  void onlyTheFirstTwentyLinesThatAreNotBlankAreLookedAt() {
    String twenty = "Service,Gross\n" + "Roads,10\n".repeat(19);
    assertThat(TableFormat.detect(twenty + "Parks\t10\n")).as("a tab on line 21").isEqualTo(TableFormat.CSV);
    String blanks = "Service,Gross\n" + "Roads,10\n  \r\n\n".repeat(10);
    assertThat(TableFormat.detect(blanks + "Parks\t10\n")).as("a tab on line 12 that is not blank")
        .isEqualTo(TableFormat.TSV);
  }

  @Test
  void twoLinesOfSemicolonsAgreeingAreEnoughEvenWithAsManyCommasInFiguresOfThousands() {
    assertThat(TableFormat.detect("Roads;5\nParks;6\n")).isEqualTo(TableFormat.SEMICOLON);
    // Every line has two semicolons and two commas; the commas are all inside figures of five characters.
    assertThat(TableFormat.detect("Roads;1,234;5,678\nParks;2,345;6,789\n")).isEqualTo(TableFormat.SEMICOLON);
    assertThat(TableFormat.detect("Roads;1,234.5;5,678.0\nParks;2,345.5;6,789.0\n")).isEqualTo(TableFormat.SEMICOLON);
    assertThat(TableFormat.detect("\"Roads \"\"A\"\"\";1;2\n\"Parks\";3;4\n")).as("a doubled quote in a quoted cell")
        .isEqualTo(TableFormat.SEMICOLON);
  }

  @Test
  void aTabWinsAndOneLineOfSemicolonsIsNotATable() {
    assertThat(TableFormat.detect("Service\tGross;Net\nRoads\t1;2\nParks\t3;4\n")).isEqualTo(TableFormat.TSV);
    assertThat(TableFormat.detect("Service;Gross\n")).isEqualTo(TableFormat.CSV);
    assertThat(TableFormat.detect("")).isEqualTo(TableFormat.CSV);
    assertThat(TableFormat.detect("Service,Gross\nRoads,10\n")).isEqualTo(TableFormat.CSV);
  }

  @ParameterizedTest
  @CsvSource({"csv, CSV", "comma, CSV", "TSV, TSV", "tab, TSV", "semicolon, SEMICOLON", "Semicolons, SEMICOLON",
      "ssv, SEMICOLON"})
  void aFormatIsNamedByItsNameOrAnAlias(String name, TableFormat format) {
    assertThat(TableFormat.parse(name)).isEqualTo(format);
  }

  @Test
  void anUnknownFormatNamesTheFormats() {
    assertThatThrownBy(() -> TableFormat.parse("pipes")).isInstanceOf(ValueParseException.class)
        .hasMessageContaining("csv, tsv or semicolon");
    assertThat(TableFormat.SEMICOLON.separator()).isEqualTo(';');
  }

  /** The same table, its figures in thousands, saved with commas (figures quoted) and with semicolons. */
  private static final String COMMAS = """
      Adult social care budget 2019/20
      Service,Gross £'000,Income £'000,Net £'000
      Older people,"1,234.5",-234.5,"1,000.0"
      Learning disability,"12,345.6",-345.6,"12,000.0"
      Total,"13,580.1",-580.1,"13,100.0"
      """;

  @Test
  void aSemicolonTableReadsAsTheSameTableInCommas() {
    String semicolons = COMMAS.replace(",", ";").replace("\"1;234.5\"", "1,234.5").replace("\"12;345.6\"", "12,345.6")
        .replace("\"13;580.1\"", "13,580.1").replace("\"1;000.0\"", "1,000.0").replace("\"12;000.0\"", "12,000.0")
        .replace("\"13;100.0\"", "13,100.0");
    assertThat(semicolons).contains("Older people;1,234.5;-234.5;1,000.0");

    ReadResult<Document> commas = TableReader.standard().read("budget", COMMAS);
    ReadResult<Document> read = TableReader.standard().read("budget", semicolons);

    assertThat(read.sections(PlanSection.class)).isNotEmpty().isEqualTo(commas.sections(PlanSection.class));
    // The total is wrong in both (12,000.0 + 1,000.0 is not 13,100.0), found at the same cell.
    assertThat(findings(read)).contains(BudgetRules.TOTAL_MISMATCH + " D5: row 5, column \"Net £'000\"")
        .isEqualTo(findings(commas));
    assertThat(read.validate().findings()).extracting(Finding::message)
        .isEqualTo(commas.validate().findings().stream().map(Finding::message).toList());
  }

  /** Each finding's code and cell, the cell as the report names it. */
  private static List<String> findings(ReadResult<Document> read) {
    return read.validate().findings().stream().map(f -> f.code() + " " + f.location().pointer().orElse("")).toList();
  }

  @Test
  void aDecimalCommaIsAFigureThatCannotBeReadAndTheFindingSaysWhy() {
    String text = """
        Service;Gross;Income;Net
        Roads;1234,5;-5;1229,5
        Parks;10;-5;5
        Total;1244,5;-10;1234,5
        """;
    assertThat(TableFormat.detect(text)).isEqualTo(TableFormat.SEMICOLON);

    ReadResult<Document> read = TableReader.standard().read("europe.csv", text);

    // Read as printed (no year is named), the figures that can be read are checked; these are not.
    List<Finding> unreadable = read.validate().withCode(CsvRules.CELL_UNREADABLE);
    assertThat(unreadable.get(0).location().pointer()).contains("B2: row 2, column \"Gross\"");
    assertThat(unreadable.get(0).message()).isEqualTo("Row 2, column \"Gross\": cannot read \"1234,5\": expected a"
        + " decimal point, not a decimal comma (a figure printed in a European locale is not read: \"1234,5\" would be"
        + " \"1234.5\"); the cell is left out of every relation");
    assertThat(unreadable).extracting(f -> f.location().cell().orElseThrow().reference())
        .containsExactly("B2", "D2", "B4", "D4");
  }
}
