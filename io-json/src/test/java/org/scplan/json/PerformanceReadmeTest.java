package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scplan.core.Document;
import org.scplan.core.PlanSection;
import org.scplan.core.ReadResult;

/**
 * The worked examples of the {@code indicators} and {@code action-monitoring} sections in this
 * module's README read without problems, validate against the schema, and hold what the README
 * says they hold.
 */
class PerformanceReadmeTest {
  private static final Path README = Path.of("README.md");

  /** The first {@code ```json} block after a heading of the README. */
  static String example(String heading) {
    String text;
    try {
      text = Files.readString(README);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int at = text.indexOf("\n" + heading + "\n");
    assertThat(at).as("heading %s in the README", heading).isNotNegative();
    int start = text.indexOf("```json\n", at) + "```json\n".length();
    return text.substring(start, text.indexOf("```", start));
  }

  @ParameterizedTest
  @ValueSource(strings = {"### Indicator sets: `indicators`", "### Monitoring dashboards: `action-monitoring`"})
  void theWorkedExampleReadsAndValidates(String heading) {
    String doc = "{\"format\": \"scplan\", \"version\": 1, \"section\": " + example(heading) + "}";

    ReadResult<Document> result = ScplanJson.standard().read("README.md", doc);

    assertThat(result.problems().findings()).isEmpty();
    assertThat(SchemaCheck.errors(doc)).isEmpty();
    PlanSection section = result.orElseThrow().section().orElseThrow();
    assertThat(heading).contains("`" + section.kind() + "`");
    assertThat(section.validate().errors()).isEmpty();
  }
}
