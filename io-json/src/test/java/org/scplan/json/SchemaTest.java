package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped JSON Schema ({@code scplan-v1.schema.json}): it is a valid 2020-12 schema, it accepts
 * the documents the reader accepts, and it refuses documents the reader refuses. (That generated
 * plans validate is a property in {@link PlanRoundTripProperties}; that the example files validate
 * is in {@link ExamplePlansTest}.)
 */
class SchemaTest {
  private static final String HEAD = "{\"format\": \"scplan\", \"version\": 1, ";
  private static final String UNIT = "\"unit\": {\"id\": \"ldmh\", \"name\": \"Learning Disability/Mental Health\","
      + " \"level\": \"division\"}";
  private static final String PLAN = "\"plan\": {\"title\": \"Divisional Business Plan 2013-14\", " + UNIT
      + ", \"year\": \"2013-14\"";

  /** A minimal valid plan document with extra plan members. */
  private static String plan(String members) {
    return HEAD + PLAN + (members.isEmpty() ? "" : ", " + members) + "}}";
  }

  @Test
  void isAValidJsonSchema202012() {
    assertThat(SchemaCheck.metaSchemaErrors()).isEmpty();
    assertThat(SchemaCheck.schemaText()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        Arguments.of("a minimal plan", plan("")),
        Arguments.of("every year form the reader reads",
            plan("\"lastYear\": \"2015/16\"").replace("\"2013-14\"", "\"2013 – 2014\"")),
        Arguments.of("a person as a name or with a title",
            plan("\"portfolioHolder\": {\"name\": \"Graham Gibbens\", \"title\": \"Cabinet Member\"},"
                + " \"directors\": [\"Penny Southern\"]")),
        Arguments.of("an undated, unlettered milestone and a decision without a forward-plan answer",
            plan("\"priorities\": [{\"title\": \"Prevention\", \"milestones\": [{\"description\": \"Social care provision\"}],"
                + " \"keyDecisions\": [{\"description\": \"Change to day services\"}]}]")),
        Arguments.of("nested actions",
            plan("\"priorities\": [{\"title\": \"P\", \"actions\": [{\"number\": \"1\", \"description\": \"Heading\","
                + " \"actions\": [{\"number\": \"1.1\", \"description\": \"Sub\", \"start\": \"Ongoing\"}]}]}]")),
        Arguments.of("empty lists written out", plan("\"priorities\": [], \"headlines\": [], \"sections\": []")),
        Arguments.of("a section of a kind the schema does not define",
            HEAD + "\"section\": {\"kind\": \"note\", \"id\": \"n1\", \"anything\": [1, 2.50]}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void acceptsValidDocuments(String what, String json) {
    assertThat(SchemaCheck.errors(json)).isEmpty();
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("another format", "{\"format\": \"other\", \"version\": 1, \"plan\": {}}"),
        Arguments.of("version 2", plan("").replace("\"version\": 1", "\"version\": 2")),
        Arguments.of("neither plan nor section", "{\"format\": \"scplan\", \"version\": 1}"),
        Arguments.of("an unknown top-level member", plan("").replace(HEAD, HEAD + "\"extra\": true, ")),
        Arguments.of("an unknown plan member", plan("\"titel\": \"x\"")),
        Arguments.of("a missing title", plan("").replace("\"title\": \"Divisional Business Plan 2013-14\", ", "")),
        Arguments.of("a null member", plan("\"status\": null")),
        Arguments.of("blank text", plan("\"status\": \"  \"")),
        Arguments.of("a number for text", plan("\"source\": 12")),
        Arguments.of("an unknown level", plan("").replace("\"division\"", "\"divison\"")),
        Arguments.of("a year that is no financial year", plan("").replace("\"2013-14\"", "\"2013\"")),
        Arguments.of("an unknown headline measure", plan("\"headlines\": [{\"measure\": \"net\", \"figure\": \"£414m\"}]")),
        Arguments.of("a money FTE", plan("\"headlines\": [{\"measure\": \"fte\", \"figure\": \"£757.2\"}]")),
        Arguments.of("a person with an unknown member", plan("\"directors\": [{\"name\": \"A\", \"role\": \"B\"}]")),
        Arguments.of("Yes for a forward-plan boolean",
            plan("\"priorities\": [{\"title\": \"P\", \"keyDecisions\": [{\"description\": \"D\", \"inForwardPlan\": \"Yes\"}]}]")),
        Arguments.of("an unknown member deep in the actions",
            plan("\"priorities\": [{\"title\": \"P\", \"actions\": [{\"description\": \"H\","
                + " \"actions\": [{\"description\": \"S\", \"officer\": \"X\"}]}]}]")),
        Arguments.of("officers as one string", plan("\"priorities\": [{\"title\": \"P\", \"actions\": [{\"description\": \"H\","
            + " \"accountableOfficers\": \"Chris Beaney/Mark Walker\"}]}]")),
        Arguments.of("a milestone without a description", plan("\"priorities\": [{\"title\": \"P\", \"milestones\": [{\"letter\": \"A\"}]}]")),
        Arguments.of("a section without a kind", HEAD + "\"section\": {\"id\": \"b\"}}"),
        Arguments.of("both plan and section", plan("").replace("}}", "}, \"section\": {\"kind\": \"note\"}}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void refusesWhatTheReaderRefuses(String what, String json) {
    assertThat(SchemaCheck.errors(json)).as("schema errors").isNotEmpty();
    assertThat(ScplanJson.standard().read("invalid.json", json).problems().errors()).as("reader problems").isNotEmpty();
  }
}
