package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.ReadResult;
import org.scplan.performance.IndicatorSet;
import org.scplan.performance.PerformanceRules;

/**
 * The strictness catalogue of the {@code indicators} and {@code action-monitoring} sections: for
 * each problem a small document, and the problem's code, JSON pointer, line and column (found in
 * the document's text by the test, {@link StrictReadingTest#at}), and a message that quotes the
 * offending value and says what was expected.
 */
class PerformanceStrictReadingTest {
  private static final ScplanJson JSON = ScplanJson.standard();

  /** An indicators section document with one indicator, more indicator members one per line. */
  static String indicators(String... members) {
    return document("""
        {"format": "scplan", "version": 1, "section": {
          "kind": "indicators",
          "id": "kpi-2010-11",
          "title": "Key Performance Information",
          "indicators": [{
            "reference": "NI 125",
            "title": "Achieving independence for older people through rehabilitation/intermediate care",
            "unit": "%",
            "polarity": "higher-is-better\"""", "    ", "\n  }]\n}}\n", members);
  }

  /** An action-monitoring section document, more section members one per line. */
  static String monitoring(String... members) {
    return document("""
        {"format": "scplan", "version": 1, "section": {
          "kind": "action-monitoring",
          "id": "mid-year-2013",
          "title": "Directorate Mid-Year Monitoring – Business Plan Dashboard\"""", "  ", "\n}}\n", members);
  }

  private static String document(String head, String indent, String tail, String... members) {
    StringBuilder sb = new StringBuilder(head);
    for (String m : members) {
      sb.append(",\n").append(indent).append(m);
    }
    return sb.append(tail).toString();
  }

  private static List<Finding> problems(String doc) {
    return StrictReadingTest.problems(JSON, doc);
  }

  private static void assertProblem(String doc, String code, String pointer, String marker, String message) {
    List<Finding> problems = problems(doc);
    assertThat(problems).as("problems in %s", doc).hasSize(1);
    Finding f = problems.get(0);
    assertThat(f.code()).as("code of %s", f).isEqualTo(code);
    assertThat(f.location().pointer()).as("pointer of %s", f).contains(pointer);
    int[] expected = StrictReadingTest.at(doc, marker);
    assertThat(new int[] {f.location().line(), f.location().column()}).as("line and column of %s", f)
        .containsExactly(expected);
    assertThat(f.message()).as("message").startsWith(message);
  }

  private static final String INDICATOR = "/section/indicators/0";

  static Stream<Arguments> indicatorProblems() {
    return Stream.of(
        Arguments.of("a misspelt member",
            indicators("\"frequncy\": \"monthly\""), JsonRules.UNKNOWN_MEMBER, INDICATOR + "/frequncy", "\"monthly\"",
            "unknown member \"frequncy\" in an indicator (did you mean \"frequency\"?); expected one of: reference,"
                + " title, group, kind, unit, polarity, frequency, basis"),
        Arguments.of("an indicator without a unit",
            indicators().replace("\"unit\": \"%\",\n    ", ""), JsonRules.MISSING_MEMBER, INDICATOR,
            "{\n    \"reference\"", "an indicator needs the member \"unit\""),
        Arguments.of("a unit that cannot be read",
            indicators().replace("\"%\"", "\"percent of people\""), JsonRules.INVALID_VALUE, INDICATOR + "/unit",
            "\"percent of people\"", "expected a unit: %, count, count of <things>, per <n> [population], average"
                + " <quantity>, £, £'000, £m or ratio, found text \"percent of people\""),
        Arguments.of("a polarity in other words",
            indicators().replace("\"higher-is-better\"", "\"up\""), JsonRules.INVALID_VALUE, INDICATOR + "/polarity",
            "\"up\"", "expected one of higher-is-better, lower-is-better, none, found text \"up\""),
        Arguments.of("a basis in other words",
            indicators("\"basis\": \"FY\""), JsonRules.INVALID_VALUE, INDICATOR + "/basis", "\"FY\"",
            "expected one of snapshot, cumulative-year-to-date, rolling-12-months, in-period, found text \"FY\""),
        Arguments.of("a blank reference",
            indicators().replace("\"NI 125\"", "\" \""), JsonRules.INVALID_VALUE, INDICATOR + "/reference", "\" \"",
            "expected text that is not blank, found blank text"),
        Arguments.of("a period that is no period",
            indicators("\"targets\": [{\"period\": \"2010\", \"value\": 79}]"), JsonRules.INVALID_VALUE,
            INDICATOR + "/targets/0/period", "\"2010\"", "expected a reporting period, found text \"2010\""),
        Arguments.of("a target as printed text",
            indicators("\"targets\": [{\"period\": \"2010-11\", \"value\": \"79%\"}]"), JsonRules.WRONG_TYPE,
            INDICATOR + "/targets/0/value", "\"79%\"", "expected a number, found text \"79%\""),
        Arguments.of("a target in exponent form",
            indicators("\"targets\": [{\"period\": \"2010-11\", \"value\": 7.9e1}]"), JsonRules.INVALID_VALUE,
            INDICATOR + "/targets/0/value", "7.9e1",
            "expected a plain decimal number without an exponent, found the number 7.9e1"),
        Arguments.of("a target without its figure",
            indicators("\"targets\": [{\"period\": \"2010-11\"}]"), JsonRules.MISSING_MEMBER,
            INDICATOR + "/targets/0", "{\"period\": \"2010-11\"}", "a target needs the member \"value\": the target figure"),
        Arguments.of("a range with a value",
            indicators("\"targets\": [{\"period\": \"Q1 2013-14\", \"kind\": \"range\", \"lower\": 4300, \"upper\": 4500,"
                + " \"value\": 4400}]"), JsonRules.INVALID_VALUE, INDICATOR + "/targets/0/value", "4400",
            "unexpected member \"value\" (the number 4400): a range has a lower and an upper threshold instead"),
        Arguments.of("a range without its upper threshold",
            indicators("\"targets\": [{\"period\": \"Q1 2013-14\", \"kind\": \"range\", \"lower\": 4300}]"),
            JsonRules.MISSING_MEMBER, INDICATOR + "/targets/0", "{\"period\": \"Q1",
            "a range needs the member \"upper\": the upper threshold"),
        Arguments.of("thresholds on a target",
            indicators("\"targets\": [{\"period\": \"Q1 2013-14\", \"value\": 4400, \"upper\": 4500}]"),
            JsonRules.INVALID_VALUE, INDICATOR + "/targets/0/upper", "4500",
            "unexpected member \"upper\" (the number 4500): only a range has thresholds"),
        Arguments.of("a placeholder without its reason",
            indicators("\"targets\": [{\"period\": \"2010/11\", \"kind\": \"placeholder\"}]"), JsonRules.MISSING_MEMBER,
            INDICATOR + "/targets/0", "{\"period\": \"2010/11\"",
            "a placeholder needs the member \"note\": the reason there is no target yet, as published"),
        Arguments.of("a floor on a baseline",
            indicators("\"targets\": [{\"period\": \"2018-19\", \"kind\": \"baseline\", \"value\": 10348,"
                + " \"floor\": 9000.0}]"), JsonRules.INVALID_VALUE, INDICATOR + "/targets/0/floor", "9000.0",
            "unexpected member \"floor\" (the number 9000.0): only a target has a floor, not a baseline"),
        Arguments.of("an unknown kind of target",
            indicators("\"targets\": [{\"period\": \"2018-19\", \"kind\": \"base line\", \"value\": 10348}]"),
            JsonRules.INVALID_VALUE, INDICATOR + "/targets/0/kind", "\"base line\"",
            "expected one of target, baseline, range, placeholder, found text \"base line\""),
        Arguments.of("a result without its figure",
            indicators("\"actuals\": [{\"period\": \"2017-18\"}]"), JsonRules.MISSING_MEMBER, INDICATOR + "/actuals/0",
            "{\"period\": \"2017-18\"}",
            "a result needs the member \"value\": the figure (or give \"status\": \"missing\" and a note)"),
        Arguments.of("a missing result with a value",
            indicators("\"actuals\": [{\"period\": \"2017-18\", \"status\": \"missing\", \"value\": 0,"
                + " \"note\": \"Placeholder\"}]"), JsonRules.INVALID_VALUE, INDICATOR + "/actuals/0/value", "0,",
            "unexpected member \"value\" (the number 0): a missing result has no value"),
        Arguments.of("a missing result without its reason",
            indicators("\"actuals\": [{\"period\": \"2017-18\", \"status\": \"missing\"}]"), JsonRules.MISSING_MEMBER,
            INDICATOR + "/actuals/0", "{\"period\": \"2017-18\"",
            "a missing result needs the member \"note\": the reason there is no figure, as published"),
        Arguments.of("a numerator without its denominator",
            indicators("\"actuals\": [{\"period\": \"2012-13\", \"value\": 88, \"numerator\": 90}]"),
            JsonRules.MISSING_MEMBER, INDICATOR + "/actuals/0", "{\"period\": \"2012-13\"",
            "a result with a numerator needs the member \"denominator\": give both or neither"),
        Arguments.of("a published rating in capitals",
            indicators("\"actuals\": [{\"period\": \"2012-13\", \"value\": 88, \"publishedRag\": \"GREEN\"}]"),
            JsonRules.INVALID_VALUE, INDICATOR + "/actuals/0/publishedRag", "\"GREEN\"",
            "expected one of red, amber, green, found text \"GREEN\""),
        Arguments.of("a status in other words",
            indicators("\"actuals\": [{\"period\": \"2009/10\", \"value\": 77, \"status\": \"estimate\"}]"),
            JsonRules.INVALID_VALUE, INDICATOR + "/actuals/0/status", "\"estimate\"",
            "expected one of reported, provisional, estimated, forecast, missing, found text \"estimate\""),
        Arguments.of("a rule that cannot be read",
            indicators().replace("\"title\": \"Key Performance Information\",",
                "\"title\": \"Key Performance Information\",\n  \"rule\": \"tolerance-ten\","),
            JsonRules.INVALID_VALUE, "/section/rule", "\"tolerance-ten\"",
            "expected a RAG rule: kent-floor, tolerance-<percent> (such as tolerance-10) or margin-<amount> (such as"
                + " margin-2.5), found text \"tolerance-ten\""),
        Arguments.of("a set without an id",
            indicators().replace("\"id\": \"kpi-2010-11\",\n  ", ""), JsonRules.MISSING_MEMBER, "/section",
            "{\n  \"kind\"", "an indicator set needs the member \"id\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("indicatorProblems")
  void indicatorsCatalogue(String what, String doc, String code, String pointer, String marker, String message) {
    assertProblem(doc, code, pointer, marker, message);
  }

  private static final String SCS = "\"divisions\": [{\"name\": \"SCS\", \"priorities\": 5, \"totalActions\": 18,"
      + " \"completed\": 1, \"onCourse\": 17, \"delayedOrCancelled\": 0, \"publishedRag\": \"amber\"}]";

  static Stream<Arguments> monitoringProblems() {
    return Stream.of(
        Arguments.of("a negative count",
            monitoring(SCS.replace("\"completed\": 1", "\"completed\": -1")), JsonRules.INVALID_VALUE,
            "/section/divisions/0/completed", "-1",
            "expected a number of completed actions (0 or more), found the number -1"),
        Arguments.of("some of the counts",
            monitoring("\"divisions\": [{\"name\": \"SCS\", \"completed\": 1, \"onCourse\": 17}]"),
            JsonRules.MISSING_MEMBER, "/section/divisions/0", "{\"name\": \"SCS\"",
            "a monitoring row needs the member \"delayedOrCancelled\": give the counts completed, onCourse and"
                + " delayedOrCancelled together, or none to count the listed actions"),
        Arguments.of("a count as printed text",
            monitoring(SCS.replace("\"totalActions\": 18", "\"totalActions\": \"18\"")), JsonRules.WRONG_TYPE,
            "/section/divisions/0/totalActions", "\"18\"", "expected a whole number, found text \"18\""),
        Arguments.of("a count with decimals",
            monitoring(SCS.replace("\"onCourse\": 17", "\"onCourse\": 17.0")), JsonRules.WRONG_TYPE,
            "/section/divisions/0/onCourse", "17.0", "expected a whole number, found the number 17.0"),
        Arguments.of("a count too large",
            monitoring(SCS.replace("\"priorities\": 5", "\"priorities\": 3000000000")), JsonRules.NUMBER_TOO_LONG,
            "/section/divisions/0/priorities", "3000000000",
            "expected a whole number from -2147483648 to 2147483647, found the number 3000000000"),
        Arguments.of("a roll-up rule in other words",
            monitoring("\"rollUp\": \"worst\""), JsonRules.INVALID_VALUE, "/section/rollUp", "\"worst\"",
            "expected one of kent, worst-of, found text \"worst\""),
        Arguments.of("a row without a name",
            monitoring("\"totals\": {\"priorities\": 31, \"totalActions\": 105}"), JsonRules.MISSING_MEMBER,
            "/section/totals", "{\"priorities\": 31", "a monitoring row needs the member \"name\""),
        Arguments.of("progress that names no action",
            monitoring("\"divisions\": [{\"name\": \"SCS\", \"actions\": [{\"status\": \"on-course\"}]}]"),
            JsonRules.MISSING_MEMBER, "/section/divisions/0/actions/0", "{\"status\"",
            "an action's progress needs the member \"number\" or \"description\": which action it is"),
        Arguments.of("a status in other words",
            monitoring("\"divisions\": [{\"name\": \"SCS\", \"actions\": [{\"number\": \"1.1\", \"status\": \"done\"}]}]"),
            JsonRules.INVALID_VALUE, "/section/divisions/0/actions/0/status", "\"done\"",
            "expected one of completed, on-course, not-started, delayed, stopped, found text \"done\""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("monitoringProblems")
  void actionMonitoringCatalogue(String what, String doc, String code, String pointer, String marker, String message) {
    assertProblem(doc, code, pointer, marker, message);
  }

  @Test
  void everyBadResultInASeriesIsReportedAndTheRestAreRead() {
    String doc = indicators("\"actuals\": [\n      {\"period\": \"April 2016\", \"value\": 0.9004},\n"
        + "      {\"period\": \"May 2016\", \"value\": \"0.9028\"},\n"
        + "      {\"period\": \"June 2016\", \"value\": 0.9056},\n"
        + "      {\"period\": \"Julyy 2016\", \"value\": 0.9029}\n    ]");

    List<Finding> problems = problems(doc);

    assertThat(problems).extracting(Finding::code, f -> f.location().pointer().orElseThrow(), f -> f.location().line())
        .containsExactly(
            org.assertj.core.api.Assertions.tuple(JsonRules.WRONG_TYPE, INDICATOR + "/actuals/1/value",
                StrictReadingTest.at(doc, "\"0.9028\"")[0]),
            org.assertj.core.api.Assertions.tuple(JsonRules.INVALID_VALUE, INDICATOR + "/actuals/3/period",
                StrictReadingTest.at(doc, "\"Julyy 2016\"")[0]));
  }

  @Test
  void aProblemInAPlansSectionIsLocatedInThePlan() {
    String doc = StrictReadingTest.plan("\"sections\": [" + indicators("\"basis\": \"YTD\"")
        .replace("{\"format\": \"scplan\", \"version\": 1, \"section\": ", "").replaceAll("}\n$", "") + "]");

    List<Finding> problems = problems(doc);

    assertThat(problems).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(JsonRules.INVALID_VALUE);
      assertThat(f.location().pointer()).contains("/plan/sections/0/indicators/0/basis");
      assertThat(new int[] {f.location().line(), f.location().column()})
          .containsExactly(StrictReadingTest.at(doc, "\"YTD\""));
    });
  }

  @Test
  void aFaultOfTheDocumentReadsCleanlyAndValidationReportsIt() {
    // A floor above a higher-is-better target is a fault in what the plan says, not in the file.
    String doc = indicators("\"targets\": [{\"period\": \"Q2 2013-14\", \"value\": 75.0, \"floor\": 80.0}]");

    ReadResult<Document> result = JSON.read("kpi.json", doc);

    assertThat(result.problems().findings()).isEmpty();
    IndicatorSet set = (IndicatorSet) result.orElseThrow().section().orElseThrow();
    assertThat(set.validate().codes()).containsExactly(PerformanceRules.FLOOR_WRONG_SIDE);
  }

  @Test
  void membersMayComeInAnyOrder() {
    String inOrder = indicators("\"targets\": [{\"period\": \"Q1 2013-14\", \"kind\": \"range\", \"lower\": 4300,"
        + " \"upper\": 4500}]", "\"actuals\": [{\"period\": \"2017-18\", \"status\": \"missing\", \"note\": \"Placeholder\"}]");
    String reordered = indicators("\"actuals\": [{\"note\": \"Placeholder\", \"status\": \"missing\", \"period\": \"2017-18\"}]",
        "\"targets\": [{\"upper\": 4500, \"lower\": 4300, \"kind\": \"range\", \"period\": \"Q1 2013-14\"}]")
        .replace("\"unit\": \"%\",\n    \"polarity\": \"higher-is-better\"", "\"polarity\": \"higher-is-better\",\n"
            + "    \"unit\": \"%\"");

    assertThat(JSON.read("kpi.json", reordered).orElseThrow()).isEqualTo(JSON.read("kpi.json", inOrder).orElseThrow());
  }
}
