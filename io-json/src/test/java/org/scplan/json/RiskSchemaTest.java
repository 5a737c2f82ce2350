package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scplan.risk.RiskMatrices;

/**
 * The JSON Schema's definitions of the risk module's sections ({@code risksSection},
 * {@code riskMatrix}, {@code continuitySection}, {@code equalityImpactSection}): they accept what the
 * reader accepts and refuse what it refuses, and the schema names exactly the built-in matrices.
 */
class RiskSchemaTest {
  private static final String HEAD = "{\"format\": \"scplan\", \"version\": 1, \"section\": ";

  private static String register(String members) {
    return HEAD + "{\"kind\": \"risks\", \"id\": \"r\", \"title\": \"Table 1\", \"matrix\": \"kent-5x5\""
        + (members.isEmpty() ? "" : ", " + members) + "}}";
  }

  private static String risk(String members) {
    return register("\"risks\": [{\"reference\": \"AH0005\"" + (members.isEmpty() ? "" : ", " + members) + "}]");
  }

  private static String continuity(String function) {
    return HEAD + "{\"kind\": \"continuity\", \"id\": \"c\", \"title\": \"CRITICAL FUNCTIONS\", \"criticalFunctions\": ["
        + function + "]}}";
  }

  private static String equality(String members) {
    return HEAD + "{\"kind\": \"equality-impact\", \"id\": \"e\", \"title\": \"Appendix 4\", " + members + "}}";
  }

  @Test
  void theSchemaNamesExactlyTheBuiltInMatrices() {
    Matcher m = Pattern.compile("\"enum\": \\[(\"kent-5x5\"[^\\]]*)\\]").matcher(SchemaCheck.schemaText());
    assertThat(m.find()).isTrue();
    List<String> names = new ArrayList<>();
    for (String quoted : m.group(1).split(",\\s*")) {
      names.add(quoted.replace("\"", ""));
    }
    assertThat(names).isEqualTo(RiskMatrices.names());
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        Arguments.of("a register with every member", register("\"level\": \"directorate\", \"asAt\": \"2018-09-30\","
            + " \"reviewFrequency\": \"half-yearly\"")),
        Arguments.of("every matrix by name", register("").replace("kent-5x5", "example-5x5-grid")),
        Arguments.of("ratings as text, in the forms Rating.parse reads, and as objects",
            risk("\"inherent\": \"L5 × I5\", \"current\": \"l4xi5\", \"target\": {\"likelihood\": 3, \"impact\": 4}")),
        Arguments.of("a risk with no reference", register("\"risks\": [{\"description\": \"Demand outstrips resources\"}]")),
        Arguments.of("actions, escalations, treatment, review and status",
            risk("\"actions\": [{\"description\": \"D\", \"owner\": \"O\", \"due\": \"March 2019\", \"status\": \"in-progress\"}],"
                + " \"escalations\": [{\"date\": \"June 2017\", \"from\": \"directorate\", \"to\": \"corporate\"}],"
                + " \"treatment\": \"treat\", \"reviewFrequency\": \"quarterly\", \"lastReviewed\": \"March 2018\","
                + " \"status\": \"closed\"")),
        Arguments.of("an inline grid matrix with bands left empty", register("").replace("\"kent-5x5\"",
            "{\"id\": \"g\", \"likelihood\": {\"name\": \"L\", \"levels\": [{\"number\": 1, \"label\": \"A\"}]},"
                + " \"impact\": {\"name\": \"I\", \"levels\": [{\"number\": 1, \"label\": \"B\"}]},"
                + " \"levels\": [{\"name\": \"Low\", \"colour\": \"green\"}], \"formula\": \"sum\", \"bands\": [],"
                + " \"grid\": [{\"likelihood\": 1, \"levels\": [\"Low\"]}]}")),
        Arguments.of("recovery times as plans print them", continuity("{\"name\": \"F\", \"recoveryTime\": \"24 hrs\","
            + " \"maximumTolerableDisruption\": \"2 Days\", \"dependencies\": [\"G\"]}")),
        Arguments.of("people as a name or with a title", equality("\"responsibleOwner\": \"Mark Lobban\","
            + " \"completedBy\": {\"name\": \"Samantha Sheppard\", \"title\": \"Efficiency Manager\"}")),
        Arguments.of("a screening row and an action plan row", equality("\"assessments\": [{\"characteristic\":"
            + " \"Age\", \"affectedDifferently\": true, \"positiveImpact\": \"high\", \"negativeImpact\": \"unknown\"}],"
            + " \"actions\": [{\"characteristic\": \"Age\", \"owner\": \"Mark Lobban\"}]")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void acceptsWhatTheReaderAccepts(String what, String json) {
    assertThat(SchemaCheck.errors(json)).as("schema errors").isEmpty();
    assertThat(ScplanJson.standard().read("valid.json", json).problems().findings()).as("reader problems").isEmpty();
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("an unknown matrix name", register("").replace("kent-5x5", "kent5x5")),
        Arguments.of("no matrix", register("").replace(", \"matrix\": \"kent-5x5\"", "")),
        Arguments.of("an asAt date as published", register("\"asAt\": \"30 September 2018\"")),
        Arguments.of("a register level in capitals", register("\"level\": \"Directorate\"")),
        Arguments.of("a member of another kind", register("\"criticalFunctions\": []")),
        Arguments.of("a rating with a zero", risk("\"current\": \"L0 × I5\"")),
        Arguments.of("a rating in words", risk("\"current\": \"high\"")),
        Arguments.of("a rating object with a score", risk("\"current\": {\"likelihood\": 4, \"impact\": 5, \"score\": 20}")),
        Arguments.of("a rating number above 99", risk("\"target\": {\"likelihood\": 100, \"impact\": 1}")),
        Arguments.of("a risk with neither reference, title nor description", register("\"risks\": [{\"owner\": \"X\"}]")),
        Arguments.of("an unknown risk member", risk("\"rating\": \"L4 × I5\"")),
        Arguments.of("an action status in words", risk("\"actions\": [{\"description\": \"D\", \"status\": \"On course\"}]")),
        Arguments.of("an escalation without a register", risk("\"escalations\": [{\"date\": \"June 2017\", \"from\": \"directorate\"}]")),
        Arguments.of("an inline matrix with an id that is no name", register("").replace("\"kent-5x5\"",
            "{\"id\": \"My matrix\", \"likelihood\": {\"name\": \"L\", \"levels\": [{\"number\": 1, \"label\": \"A\"}]},"
                + " \"impact\": {\"name\": \"I\", \"levels\": [{\"number\": 1, \"label\": \"B\"}]},"
                + " \"levels\": [{\"name\": \"Low\", \"colour\": \"green\"}], \"bands\": [{\"level\": \"Low\", \"lowest\": 1,"
                + " \"highest\": 1}]}")),
        Arguments.of("a recovery time in words", continuity("{\"name\": \"F\", \"recoveryTime\": \"four hours\"}")),
        Arguments.of("a critical function without a name", continuity("{\"recoveryTime\": \"4 hours\"}")),
        Arguments.of("an impact in capitals", equality("\"assessments\": [{\"characteristic\": \"Age\", \"negativeImpact\": \"High\"}]")),
        Arguments.of("Yes for a yes-or-no answer", equality("\"assessments\": [{\"characteristic\": \"Age\","
            + " \"promotesEqualOpportunity\": \"Yes\"}]")),
        Arguments.of("an action plan row without its characteristic", equality("\"actions\": [{\"owner\": \"Mark Lobban\"}]")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void refusesWhatTheReaderRefuses(String what, String json) {
    assertThat(SchemaCheck.errors(json)).as("schema errors").isNotEmpty();
    assertThat(ScplanJson.standard().read("invalid.json", json).problems().errors()).as("reader problems").isNotEmpty();
  }
}
