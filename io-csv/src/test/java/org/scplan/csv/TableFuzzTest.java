package org.scplan.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import org.scplan.core.Document;
import org.scplan.core.ReadResult;
import org.scplan.core.Severity;

/**
 * Fuzzes the table reader with any bytes, as a CSV or TSV file: it never throws, hangs or runs
 * out of memory on a small file; it gives either sections or ERROR problems located in the file,
 * and what it reads validates.
 *
 * <p>In {@code mvn verify} this replays {@code TableFuzzTestInputs/readsAnyTable/} (tables of the
 * examples and fixtures, and the crashes found so far); with {@code JAZZER_FUZZ=1} it fuzzes
 * (CONTRIBUTING.md, "Fuzzing").
 */
class TableFuzzTest {
  private static final TableReader TABLES = TableReader.standard();

  @FuzzTest
  @Timeout(10)
  void readsAnyTable(byte[] input) {
    ReadResult<Document> read = TABLES.read("fuzz.csv", input);

    assertThat(read.isRead()).isEqualTo(read.problems().isEmpty());
    assertThat(read.value().isPresent()).isEqualTo(read.isRead());
    assertThat(read.problems().findings()).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location().source()).contains("fuzz.csv");
      // A few kilobytes never need more memory than a test has: running out is a fault, not the file's.
      assertThat(f.code()).isNotEqualTo(CsvRules.FILE_TOO_LARGE);
    });
    assertThat(read.validate()).isNotNull();
  }
}
