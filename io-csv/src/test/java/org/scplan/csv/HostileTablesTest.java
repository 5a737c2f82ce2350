package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scplan.budget.BudgetLine;
import org.scplan.budget.BudgetProfile;
import org.scplan.core.Document;
import org.scplan.core.FinancialYear;
import org.scplan.core.Finding;
import org.scplan.core.ReadResult;

/**
 * Hostile tables: each limit is a problem that names the limit and the place, whatever the table
 * holds, and can be changed; formula-like cells written by {@link TableWriter} are neutralised and
 * read back as written.
 */
class HostileTablesTest {
  @TempDir
  Path dir;

  private static final TableOptions GROSS_INCOME_NET = TableOptions.builder().schema(TableSchemas.GROSS_INCOME_NET)
      .year(FinancialYear.of(2018)).id("hostile").build();

  private static Finding problem(ReadResult<Document> read) {
    assertThat(read.isRead()).as("%s", read).isFalse();
    return read.problems().errors().get(0);
  }

  @Test
  void formulaLikeNamesAreWrittenNeutralisedAndReadBackAsThemselves() {
    String table = "Service\tGross\tIncome\tNet\n"
        + "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"\t10\t-5\t5\n"
        + "+cmd|' /C calc'!A0\t10\t-5\t5\n"
        + "@SUM(1+1)\t10\t-5\t5\n"
        + "-Less recharges\t10\t-5\t5\n"
        + "Total\t40\t-20\t20\n";
    BudgetProfile profile = TableReader.of(GROSS_INCOME_NET).read("hostile.tsv", table)
        .sections(BudgetProfile.class).get(0);
    assertThat(profile.lines()).extracting(BudgetLine::name).contains("=HYPERLINK(\"http://evil.example\",\"click\")",
        "+cmd|' /C calc'!A0", "@SUM(1+1)", "-Less recharges");

    for (TableFormat format : TableFormat.values()) {
      String written = TableWriter.of(format).write(profile);
      List<String> firstCells = written.lines().skip(3).map(l -> l.split(String.valueOf(format.separator()), -1)[0])
          .toList();
      assertThat(firstCells).as(written).allSatisfy(c -> assertThat(c.replace("\"", "")).doesNotStartWith("=")
          .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@"));
      assertThat(written).contains("'+cmd|' /C calc'!A0").contains("'@SUM(1+1)").contains("'-Less recharges")
          .contains("-5"); // a negative figure stays a figure
      assertThat(TableReader.of(GROSS_INCOME_NET).read("back", written).sections(BudgetProfile.class))
          .as(written).containsExactly(profile);
    }
  }

  @Test
  void aCellLongerThanTheLimitIsNamedByItsRowAndColumn() {
    String table = "Service,Gross\nRoads,10\nParks," + "9".repeat(100_001) + "\nTotal,20\n";
    Finding f = problem(TableReader.standard().read("long.csv", table));
    assertThat(f.code()).isEqualTo(CsvRules.FILE_UNREADABLE);
    assertThat(f.location().cell().orElseThrow().reference()).isEqualTo("B3");
    assertThat(f.location().line()).isEqualTo(3);
    assertThat(f.message()).isEqualTo("Row 3, column 2 holds a cell of more than 100,000 characters; cells of at most"
        + " 100,000 characters are read");
    assertThat(TableReader.of(TableOptions.builder().limits(TableLimits.standard().withMaxCellChars(200_000)).build())
        .read("long.csv", table).problems().codes()).doesNotContain(CsvRules.FILE_UNREADABLE);
  }

  @Test
  void rowsAndColumnsBeyondTheLimitsAreNamed() {
    TableOptions small = TableOptions.builder().limits(TableLimits.standard().withMaxRows(5).withMaxColumns(3)).build();
    Finding wide = problem(TableReader.of(small).read("wide.csv", "A,B,C\n1,2,3,4\n"));
    assertThat(wide.code()).isEqualTo(CsvRules.FILE_UNREADABLE);
    assertThat(wide.message()).isEqualTo("Row 2 has more than 3 cells; a table may have at most 3 columns");
    assertThat(wide.location().cell().orElseThrow().row()).isEqualTo(2);
    Finding tall = problem(TableReader.of(small).read("tall.csv", "A,B\n1,2\n3,4\n5,6\n7,8\n9,10\n11,12\n"));
    assertThat(tall.message()).startsWith("The table has more than 5 rows");
    assertThat(tall.location().cell().orElseThrow().row()).isEqualTo(6);
  }

  @Test
  void aFileLargerThanTheLimitOrAWorkbookNamedAsATableIsRefusedWithoutReadingIt() throws IOException {
    Path csv = dir.resolve("big.csv");
    Files.writeString(csv, "Service,Gross\n" + "Roads,10\n".repeat(200), StandardCharsets.UTF_8);
    Finding big = problem(TableReader.of(TableOptions.builder().limits(TableLimits.standard().withMaxBytes(1000))
        .build()).read(csv));
    assertThat(big.code()).isEqualTo(CsvRules.FILE_UNREADABLE);
    assertThat(big.message()).isEqualTo("The file is 1,814 bytes, larger than the 1,000 bytes a table may have");

    Path zip = dir.resolve("budget.csv");
    Files.write(zip, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
    assertThat(problem(TableReader.standard().read(zip)).message()).startsWith("The file is a zip package");
    Path ole2 = dir.resolve("budget.tsv");
    Files.write(ole2, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1});
    assertThat(problem(TableReader.standard().read(ole2)).message()).startsWith("The file is an encrypted workbook");
  }
}
