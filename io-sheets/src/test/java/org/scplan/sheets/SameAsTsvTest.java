package org.scplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.ReadResult;
import org.scplan.csv.CsvRules;
import org.scplan.csv.TableReader;

/**
 * Every seed table and every real table of io-csv's corpus, saved as a spreadsheet program saves it
 * (figures as numbers with the format that prints them, in .xlsx and in .ods), gives the same
 * findings at the same cells as its TSV: the workbook is one more source for the same pipeline.
 */
class SameAsTsvTest {
  private static final Path CSV_TESTS = Path.of("..", "io-csv", "src", "test", "resources");

  @TempDir
  Path dir;

  static Stream<Path> tables() throws IOException {
    try (Stream<Path> seeds = Files.list(CSV_TESTS.resolve("seeds"));
        Stream<Path> corpus = Files.list(CSV_TESTS.resolve("corpus"))) {
      return Stream.concat(seeds.toList().stream(), corpus.toList().stream())
          .filter(p -> p.toString().endsWith(".tsv")).sorted().toList().stream();
    }
  }

  /**
   * The table pipeline's findings as the comparison sees them: code, severity and cell, the sheet's
   * name left out. The workbook's own findings ({@code sheets.…}) are left out too: a figure this
   * test cannot save as a number with a format ({@code £1.2m}, {@code 1,234*}) is saved as text, and
   * is rightly flagged as a number stored as text.
   */
  static List<String> findings(ReadResult<Document> read) {
    return read.validate().findings().stream().filter(f -> !f.code().startsWith("sheets."))
        .map(SameAsTsvTest::key).sorted().toList();
  }

  private static String key(Finding f) {
    String cell = f.location().cell().map(c -> c.reference() == null ? "row " + c.row()
        : c.reference().substring(c.reference().indexOf('!') + 1)).orElse("-");
    return f.severity() + " " + f.code() + " " + cell;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void aTableSavedAsAWorkbookGivesTheFindingsOfItsTsv(Path tsv) throws IOException {
    List<List<String>> rows = Files.readAllLines(tsv, StandardCharsets.UTF_8).stream()
        .map(line -> Arrays.asList(line.split("\t", -1))).toList();
    Path xlsx = dir.resolve("table.xlsx");
    Path ods = dir.resolve("table.ods");
    TestWorkbooks.writeXlsx(xlsx, "Table", rows);
    TestWorkbooks.writeOds(ods, "Table", rows);

    // What only a file has: its encoding and size, and rows that end before the last columns (a
    // sheet's rows all reach its last column, blank cells included, so the workbooks must give none).
    List<String> expected = findings(TableReader.standard().read(tsv)).stream()
        .filter(f -> !f.contains("csv.file.") && !f.contains(" " + CsvRules.ROW_SHORT + " ")).toList();

    assertThat(findings(WorkbookReader.standard().read(xlsx))).as("xlsx").isEqualTo(expected);
    assertThat(findings(WorkbookReader.standard().read(ods))).as("ods").isEqualTo(expected);
  }
}
