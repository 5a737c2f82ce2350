package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scplan.core.Finding;
import org.scplan.core.ReadResult;
import org.scplan.risk.Axis;
import org.scplan.risk.Rating;
import org.scplan.risk.RiskMatrices;
import org.scplan.risk.RiskMatrix;
import org.scplan.risk.RiskRules;

/**
 * {@link RiskMatrixJson}: a risk matrix in a file of its own, as {@code scplan table --matrix-file}
 * reads it. The file's root is the matrix, so the load check's pointers are the file's own.
 */
class RiskMatrixJsonTest {
  /** The 4 × 4 of RiskMatrixJson's Javadoc, written out. */
  static final String MY_4X4 = """
      {
        "id": "my-4x4",
        "likelihood": {"name": "Likelihood", "levels": [
          {"number": 1, "label": "Unlikely"}, {"number": 2, "label": "Possible"},
          {"number": 3, "label": "Likely"}, {"number": 4, "label": "Almost certain"}]},
        "impact": {"name": "Impact", "levels": [
          {"number": 1, "label": "Minor"}, {"number": 2, "label": "Moderate"},
          {"number": 3, "label": "Major"}, {"number": 4, "label": "Severe"}]},
        "levels": [{"name": "Low", "colour": "green"}, {"name": "High", "colour": "red"}],
        "bands": [{"level": "Low", "lowest": 1, "highest": 4}, {"level": "High", "lowest": 6, "highest": 16}]
      }
      """;

  @Test
  void readsAMatrixFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("my-4x4.json"), MY_4X4);

    ReadResult<RiskMatrix> result = RiskMatrixJson.read(file);

    assertThat(result.problems().findings()).isEmpty();
    RiskMatrix expected = RiskMatrix.builder().id("my-4x4")
        .likelihood(Axis.numbered("Likelihood", "Unlikely", "Possible", "Likely", "Almost certain"))
        .impact(Axis.numbered("Impact", "Minor", "Moderate", "Major", "Severe"))
        .addLevel("Low", "green").addLevel("High", "red")
        .addBand("Low", 1, 4).addBand("High", 6, 16)
        .build();
    assertThat(result.value()).contains(expected);
    assertThat(result.orElseThrow().describe(Rating.of(2, 3))).isEqualTo("6 High (L2 × I3)");
    assertThat(result.source()).isEqualTo(file.toString());
  }

  @Test
  void writesAndReadsBackEveryBuiltInMatrix(@TempDir Path dir) {
    for (RiskMatrix matrix : RiskMatrices.all()) {
      Path file = dir.resolve(matrix.id() + ".json");
      RiskMatrixJson.write(matrix, file);

      assertThat(RiskMatrixJson.read(file).value()).as(matrix.id()).contains(matrix);
    }
  }

  @Test
  void theWrittenKentMatrixIsItsDefinition() {
    assertThat(RiskMatrixJson.write(RiskMatrices.kent5x5())).startsWith("""
        {
          "id": "kent-5x5",
          "title": "Kent County Council risk matrix",
          "likelihood": {
            "name": "Likelihood",
            "levels": [
              {
                "number": 1,
                "label": "Very unlikely"
              },
        """).endsWith("""
          "bands": [
            {
              "level": "Low",
              "lowest": 1,
              "highest": 6
            },
            {
              "level": "Medium",
              "lowest": 8,
              "highest": 15
            },
            {
              "level": "High",
              "lowest": 16,
              "highest": 25
            }
          ]
        }
        """).doesNotContain("formula");
  }

  @Test
  void loadCheckProblemsCarryTheFilesOwnPointersAndTheBandsLine() {
    String json = MY_4X4.replace("\"lowest\": 6", "\"lowest\": 8");

    List<Finding> problems = RiskMatrixJson.read("my-4x4.json", json).problems().findings();

    // 6 (L2 × I3) can occur and falls between the bands; 5 and 7 cannot occur on a 4 × 4 product.
    assertThat(problems).extracting(Finding::code).containsExactly(RiskRules.MATRIX_BAND_GAP);
    assertThat(problems).allSatisfy(f -> {
      assertThat(f.location().source()).contains("my-4x4.json");
      assertThat(f.location().pointer()).contains("/bands");
      assertThat(f.location().line()).isEqualTo(StrictReadingTest.at(json, "\"bands\"")[0]);
    });
    assertThat(problems.get(0).message()).isEqualTo("Score 6 can occur (L2 × I3, likelihood × impact) but no band covers"
        + " it (it lies between band Low 1–4 and band High 8–16)");
  }

  @Test
  void aBandNamingAnUndefinedLevelPointsAtTheBand() {
    String json = MY_4X4.replace("{\"level\": \"High\"", "{\"level\": \"Severe\"");

    Finding f = RiskMatrixJson.read("my-4x4.json", json).problems().findings().get(0);

    assertThat(f.code()).isEqualTo(RiskRules.MATRIX_LEVEL_UNDEFINED);
    assertThat(f.location().pointer()).contains("/bands/1");
    assertThat(new int[] {f.location().line(), f.location().column()})
        .containsExactly(StrictReadingTest.at(json, "{\"level\": \"Severe\""));
    assertThat(f.location().field()).contains("level");
    assertThat(f.message()).isEqualTo("Band Severe 6–16 names level \"Severe\", which the matrix does not define (it"
        + " defines Low, High)");
  }

  @Test
  void aNameIsNotAMatrixFile() {
    Finding f = single(RiskMatrixJson.read("kent.json", "\"kent-5x5\"\n"));

    assertThat(f.code()).isEqualTo(JsonRules.WRONG_TYPE);
    assertThat(f.location().pointer()).contains("");
    assertThat(f.location().line()).isEqualTo(1);
    assertThat(f.message()).isEqualTo("expected a risk matrix (an object), found text \"kent-5x5\"");
  }

  @Test
  void aScplanDocumentIsNotAMatrixFile() {
    String json = "{\"format\": \"scplan\", \"version\": 1, \"section\": {\"kind\": \"risks\"}}";

    List<Finding> problems = RiskMatrixJson.read("plan.json", json).problems().findings();

    assertThat(problems.get(0).code()).isEqualTo(JsonRules.UNKNOWN_MEMBER);
    assertThat(problems.get(0).message()).startsWith("unknown member \"format\" in a risk matrix; expected one of: id,"
        + " title, likelihood, impact, levels, formula, bands, grid");
    assertThat(problems).extracting(Finding::code).contains(JsonRules.MISSING_MEMBER);
  }

  @Test
  void anEmptyFile() {
    Finding f = single(RiskMatrixJson.read("empty.json", ""));

    assertThat(f.code()).isEqualTo(JsonRules.SYNTAX);
    assertThat(f.message()).isEqualTo("the file is empty; expected a risk matrix, an object starting {\"id\":");
  }

  @Test
  void contentAfterTheMatrix() {
    String json = MY_4X4 + "{}\n";

    Finding f = single(RiskMatrixJson.read("my-4x4.json", json));

    assertThat(f.code()).isEqualTo(JsonRules.SYNTAX);
    assertThat(f.location().line()).isEqualTo(json.strip().split("\n").length);
    assertThat(f.message()).isEqualTo("expected the end of the file after the document, found an object");
  }

  @Test
  void aFileThatIsNotThere(@TempDir Path dir) {
    Finding f = single(RiskMatrixJson.read(dir.resolve("no-such-matrix.json")));

    assertThat(f.code()).isEqualTo(JsonRules.IO);
    assertThat(f.message()).isEqualTo("could not open the file: no such file");
  }

  @Test
  void aMatrixFileValidatesAgainstTheSchema() {
    assertThat(RiskRoundTripProperties.matrixSchemaErrors(MY_4X4)).isEmpty();
    assertThat(RiskRoundTripProperties.matrixSchemaErrors(MY_4X4.replace("\"my-4x4\"", "\"My 4x4\""))).isNotEmpty();
  }

  private static Finding single(ReadResult<RiskMatrix> result) {
    assertThat(result.isRead()).isFalse();
    assertThat(result.problems().findings()).hasSize(1);
    return result.problems().findings().get(0);
  }
}
