package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema's {@code indicatorsSection} and {@code actionMonitoringSection}: they accept what the
 * reader accepts, written by hand with defaults left out, and refuse what the reader refuses.
 * (Written sections validate by {@link PerformanceSectionProperties}; the example files by
 * {@link ExamplePlansTest}.)
 */
class PerformanceSchemaTest {
  private static String indicators(String... members) {
    return PerformanceStrictReadingTest.indicators(members);
  }

  private static String monitoring(String... members) {
    return PerformanceStrictReadingTest.monitoring(members);
  }

  static Stream<Arguments> valid() {
    return Stream.of(
        Arguments.of("an indicator with the defaults left out", indicators()),
        Arguments.of("every kind of target",
            indicators("\"targets\": [{\"period\": \"2010/11\", \"value\": 79}, {\"period\": \"Q1 2013-14\","
                + " \"kind\": \"target\", \"value\": 80.0, \"floor\": 75.0, \"note\": \"n\"}, {\"period\": \"2018-19\","
                + " \"kind\": \"baseline\", \"value\": 10348}, {\"period\": \"Q2 2013-14\", \"kind\": \"range\","
                + " \"lower\": 4300, \"upper\": 4500}, {\"period\": \"2011-12\", \"kind\": \"placeholder\","
                + " \"note\": \"Placeholder\"}]")),
        Arguments.of("every status of result",
            indicators("\"actuals\": [{\"period\": \"2017-18\", \"value\": 53973}, {\"period\": \"2009/10\","
                + " \"status\": \"estimated\", \"value\": 77}, {\"period\": \"2012-13\", \"value\": 88,"
                + " \"numerator\": 90, \"denominator\": 102, \"publishedRag\": \"green\"}, {\"period\": \"2016-17\","
                + " \"status\": \"missing\", \"note\": \"Placeholder\"}]")),
        Arguments.of("a rule as the reader also reads it",
            indicators().replace("\"id\": \"kpi-2010-11\",", "\"id\": \"kpi-2010-11\",\n  \"rule\": \"Tolerance-10%\",")),
        Arguments.of("a dashboard whose rows list their actions",
            monitoring("\"rollUp\": \"worst-of\"", "\"divisions\": [{\"name\": \"SCS\", \"priorities\": 5,"
                + " \"actions\": [{\"number\": \"1.1\", \"status\": \"on-course\"}, {\"description\": \"Review\","
                + " \"status\": \"not-started\", \"publishedRag\": \"amber\"}]}]")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void acceptsWhatTheReaderAccepts(String what, String doc) {
    assertThat(ScplanJson.standard().read("kpi.json", doc).problems().findings()).as("reader problems").isEmpty();
    assertThat(SchemaCheck.errors(doc)).as("schema errors").isEmpty();
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("an unknown indicator member", indicators("\"frequncy\": \"monthly\"")),
        Arguments.of("an indicator without a polarity", indicators().replace(",\n    \"polarity\": \"higher-is-better\"", "")),
        Arguments.of("an unknown polarity", indicators().replace("\"higher-is-better\"", "\"up\"")),
        Arguments.of("a rule that is no rule", indicators().replace("\"id\": \"kpi-2010-11\",",
            "\"id\": \"kpi-2010-11\",\n  \"rule\": \"tolerance-ten\",")),
        Arguments.of("a target as text", indicators("\"targets\": [{\"period\": \"2010-11\", \"value\": \"79%\"}]")),
        Arguments.of("a target without a value", indicators("\"targets\": [{\"period\": \"2010-11\"}]")),
        Arguments.of("a range with a value", indicators("\"targets\": [{\"period\": \"Q1 2013-14\", \"kind\": \"range\","
            + " \"lower\": 4300, \"upper\": 4500, \"value\": 4400}]")),
        Arguments.of("a range without its upper threshold",
            indicators("\"targets\": [{\"period\": \"Q1 2013-14\", \"kind\": \"range\", \"lower\": 4300}]")),
        Arguments.of("thresholds on a target",
            indicators("\"targets\": [{\"period\": \"Q1 2013-14\", \"value\": 4400, \"upper\": 4500}]")),
        Arguments.of("a placeholder without its reason",
            indicators("\"targets\": [{\"period\": \"2010-11\", \"kind\": \"placeholder\"}]")),
        Arguments.of("a floor on a baseline", indicators("\"targets\": [{\"period\": \"2018-19\", \"kind\": \"baseline\","
            + " \"value\": 10348, \"floor\": 9000}]")),
        Arguments.of("a result without a value", indicators("\"actuals\": [{\"period\": \"2017-18\"}]")),
        Arguments.of("a missing result with a value", indicators("\"actuals\": [{\"period\": \"2017-18\","
            + " \"status\": \"missing\", \"value\": 0, \"note\": \"Placeholder\"}]")),
        Arguments.of("a missing result without its reason",
            indicators("\"actuals\": [{\"period\": \"2017-18\", \"status\": \"missing\"}]")),
        Arguments.of("a numerator without its denominator",
            indicators("\"actuals\": [{\"period\": \"2012-13\", \"value\": 88, \"numerator\": 90}]")),
        Arguments.of("a published rating in capitals",
            indicators("\"actuals\": [{\"period\": \"2012-13\", \"value\": 88, \"publishedRag\": \"GREEN\"}]")),
        Arguments.of("a negative count", monitoring("\"divisions\": [{\"name\": \"SCS\", \"completed\": -1,"
            + " \"onCourse\": 17, \"delayedOrCancelled\": 0}]")),
        Arguments.of("some of the counts", monitoring("\"divisions\": [{\"name\": \"SCS\", \"completed\": 1,"
            + " \"onCourse\": 17}]")),
        Arguments.of("a count with decimals", monitoring("\"divisions\": [{\"name\": \"SCS\", \"totalActions\": 18.5}]")),
        Arguments.of("a row without a name", monitoring("\"totals\": {\"priorities\": 31}")),
        Arguments.of("progress that names no action",
            monitoring("\"divisions\": [{\"name\": \"SCS\", \"actions\": [{\"status\": \"on-course\"}]}]")),
        Arguments.of("an unknown roll-up", monitoring("\"rollUp\": \"worst\"")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void refusesWhatTheReaderRefuses(String what, String doc) {
    assertThat(SchemaCheck.errors(doc)).as("schema errors").isNotEmpty();
    assertThat(ScplanJson.standard().read("kpi.json", doc).problems().errors()).as("reader problems").isNotEmpty();
  }
}
