package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.budget.PublishedTable;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.ReadResult;
import org.scplan.core.Severity;

/**
 * A row that ends before the table's last columns, in a table read as printed: read with its
 * missing cells blank, never refused, and said once a table ({@code csv.row.short}).
 */
class ShortRowsTest {
  private static final String HEADINGS = "Budget 2019-20\nService,Gross,Income,Net\n";

  private static List<Finding> shortRows(ReadResult<Document> read) {
    assertThat(read.isRead()).as("%s", read.problems()).isTrue();
    return read.validate().withCode(CsvRules.ROW_SHORT);
  }

  @Test
  void aRowThatEndsBeforeAColumnOfFiguresIsReadWithItsCellsBlankAndSaidAtTheFirstMissingCell() {
    ReadResult<Document> read = TableReader.standard().read("ragged.csv", HEADINGS + "A,10.0,-2.0\n"
        + "Total,10.0,-2.0,8.0\n");

    assertThat(shortRows(read)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.location().pointer()).contains("D3: row 3, column \"Net\"");
      assertThat(f.location().line()).isEqualTo(3);
      assertThat(f.location().source()).contains("ragged.csv");
      assertThat(f.message()).isEqualTo("Row 3 ends after column 3 \"Income\"; column 4 \"Net\" is read as blank");
    });
    PublishedTable table = (PublishedTable) read.value().orElseThrow().sections().get(0);
    assertThat(table.rows()).containsExactly("A", "Total");
    assertThat(read.validate().errors()).isEmpty();
  }

  @Test
  void aRowThatEndsBeforeTwoColumnsNamesBoth() {
    ReadResult<Document> read = TableReader.standard().read("ragged.csv", HEADINGS + "A,10.0\nB,5.0,-1.0,4.0\n"
        + "Total,15.0,-1.0,4.0\n");

    assertThat(shortRows(read)).singleElement().satisfies(f -> {
      assertThat(f.location().pointer()).contains("C3: row 3, column \"Income\"");
      assertThat(f.message()).isEqualTo("Row 3 ends after column 2 \"Gross\"; columns 3 \"Income\" and 4 \"Net\" are read"
          + " as blank");
    });
    ReadResult<Document> wide = TableReader.standard().read("wide.csv", "Service,A,B,C,D,E,F,G\nX,1\n"
        + "Y,1,2,3,4,5,6,7\nZ,2,2,3,4,5,6,7\n");
    assertThat(shortRows(wide)).singleElement().satisfies(f -> assertThat(f.message()).isEqualTo("Row 2 ends after"
        + " column 2 \"A\"; columns 3 \"B\", 4 \"C\", 5 \"D\", 6 \"E\", 7 \"F\" and 1 more are read as blank"));
  }

  @Test
  void manyShortRowsAreOneFindingThatNamesTheFirstAndCountsThem() {
    StringBuilder text = new StringBuilder(HEADINGS);
    for (int i = 1; i <= 8; i++) {
      text.append("Service ").append(i).append(",10.0,-2.0").append(i == 4 ? ",8.0" : "").append('\n');
    }
    text.append("Total,80.0,-16.0,8.0\n");

    assertThat(shortRows(TableReader.standard().read("many.csv", text.toString()))).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("Row 3 ends after column 3 \"Income\"; column 4 \"Net\" is"
            + " read as blank; in all 7 rows end before a column of figures (rows 3, 4, 5, 7, 8 and 2 more), each read"
            + " with its missing cells blank"));

    ReadResult<Document> two = TableReader.standard().read("two.csv", HEADINGS + "A,10.0,-2.0\nB,5.0,-1.0,4.0\n"
        + "C,1.0,-1.0\nTotal,16.0,-4.0,4.0\n");
    assertThat(shortRows(two)).singleElement().satisfies(f -> assertThat(f.message())
        .endsWith("; in all 2 rows end before a column of figures (rows 3 and 5), each read with its missing cells"
            + " blank"));
  }

  @Test
  void aColumnOfWordsLeftOffIsNotSaid() {
    ReadResult<Document> read = TableReader.standard().read("comments.csv", HEADINGS.replace("Net", "Net,Comment")
        + "A,10.0,-2.0,8.0,on budget\nB,5.0,-1.0,4.0\nTotal,15.0,-3.0,12.0,checked\n");

    assertThat(shortRows(read)).isEmpty();
    assertThat(read.validate().withCode(CsvRules.COLUMN_NOT_FIGURES)).isNotEmpty();
  }

  @Test
  void aRowWithItsLastCellsPrintedBlankIsNotShort() {
    ReadResult<Document> read = TableReader.standard().read("blank.csv", HEADINGS + "A,10.0,-2.0,\n"
        + "Total,10.0,-2.0,8.0\n");

    assertThat(shortRows(read)).isEmpty();
  }

  @Test
  void aSheetHasNoShortRowsWhateverItsRowsHold() {
    // No year is named, so both are read as printed.
    List<List<String>> rows = List.of(List.of("Service", "Gross", "Income", "Net"),
        List.of("A", "10.0", "-2.0"), List.of("Total", "10.0", "-2.0", "8.0"));

    ReadResult<Document> sheet = TableReader.standard().read("book.xlsx", List.of(PrintedSheet.of("Budget", rows)));

    assertThat(sheet.validate().withCode(CsvRules.LAYOUT_DISCOVERED)).isNotEmpty();
    assertThat(shortRows(sheet)).isEmpty();
    // The same cells as a CSV file, whose row ends early, do give the finding.
    String csv = String.join("\n", rows.stream().map(r -> String.join(",", r)).toList()) + "\n";
    assertThat(shortRows(TableReader.standard().read("book.csv", csv))).hasSize(1);
  }
}
