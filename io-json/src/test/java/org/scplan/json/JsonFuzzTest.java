package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Timeout;
import org.scplan.core.Document;
import org.scplan.core.ReadResult;
import org.scplan.core.Severity;

/**
 * Fuzzes the JSON reader with any bytes: it never throws, hangs or runs out of memory; it gives
 * either a document or ERROR problems located in the file; a document it reads validates, and
 * written back it reads as the same document, so nothing read is lost.
 *
 * <p>In {@code mvn verify} this replays {@code JsonFuzzTestInputs/readsAnything/} (the bundled
 * plans and the crashes found so far); with {@code JAZZER_FUZZ=1} it fuzzes (CONTRIBUTING.md,
 * "Fuzzing").
 */
class JsonFuzzTest {
  private static final ScplanJson JSON = ScplanJson.standard();

  @FuzzTest
  @Timeout(10)
  void readsAnything(byte[] input) {
    ReadResult<Document> read = JSON.read("fuzz.json", new ByteArrayInputStream(input));

    assertThat(read.isRead()).isEqualTo(read.problems().isEmpty());
    assertThat(read.value().isPresent()).isEqualTo(read.isRead());
    assertThat(read.problems().findings()).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location().source()).contains("fuzz.json");
    });
    assertThat(read.validate()).isNotNull();
    if (read.isRead()) {
      String written = JSON.write(read.orElseThrow());
      ReadResult<Document> again = JSON.read("written.json", written);
      assertThat(again.problems().findings()).as("reading back\n%s", written).isEmpty();
      assertThat(again.orElseThrow()).as("reading back\n%s", written).isEqualTo(read.orElseThrow());
    }
  }
}
