package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of the risk sections in {@code io-json/README.md} are true: each section
 * reads without problems and validates against the schema, and the matrix reads as a matrix file.
 */
class RiskReadmeTest {

  /** Returns the {@code json} blocks of the README from the risk registers' heading to the next {@code ##}. */
  static List<String> examples() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("### Risk registers: `risks`");
    assertThat(start).as("the README documents risk registers").isPositive();
    String part = readme.substring(start, readme.indexOf("\n## ", start));
    List<String> blocks = new ArrayList<>();
    for (int i = part.indexOf("```json\n"); i >= 0; i = part.indexOf("```json\n", i + 1)) {
      blocks.add(part.substring(i + "```json\n".length(), part.indexOf("```\n", i + 1)));
    }
    return blocks;
  }

  @Test
  void everyExampleReadsAndValidates() throws IOException {
    List<String> blocks = examples();

    assertThat(blocks).hasSize(4);
    for (String block : blocks) {
      if (block.startsWith("{\n  \"kind\"")) {
        String doc = "{\"format\": \"scplan\", \"version\": 1, \"section\": " + block + "}";
        assertThat(ScplanJson.standard().read("README.md", doc).problems().findings()).as(block).isEmpty();
        assertThat(SchemaCheck.errors(doc)).as(block).isEmpty();
      } else {
        assertThat(RiskMatrixJson.read("README.md", block).problems().findings()).as(block).isEmpty();
        assertThat(RiskRoundTripProperties.matrixSchemaErrors(block)).as(block).isEmpty();
      }
    }
  }

  @Test
  void theContinuityAndEqualityExamplesAreTheExampleFilesOwn() throws IOException {
    String ldmh = Files.readString(ExamplePlans.KENT_LDMH_2013_14);
    String asc = Files.readString(ExamplePlans.KENT_ASC_TRANSFORMATION_2012);

    assertThat(ldmh).contains("\"name\": \"Safeguarding Processes\",", "\"recoveryTime\": \"4 hours\",");
    assertThat(asc).contains("\"characteristic\": \"Gender identity\",", "\"timescale\": \"February 2012 – March 2015.\",");
    assertThat(examples()).anySatisfy(b -> assertThat(b).contains("\"kind\": \"continuity\"", "Safeguarding Processes"))
        .anySatisfy(b -> assertThat(b).contains("\"kind\": \"equality-impact\"", "Gender identity"));
  }
}
