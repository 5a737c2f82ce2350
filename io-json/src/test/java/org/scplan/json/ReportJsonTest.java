package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.budget.BudgetProfile;
import org.scplan.core.CalendarMonth;
import org.scplan.core.FinancialYear;
import org.scplan.core.Rag;
import org.scplan.core.Report;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;
import org.scplan.performance.Actual;
import org.scplan.performance.Dashboard;
import org.scplan.performance.Indicator;
import org.scplan.performance.IndicatorKind;
import org.scplan.performance.IndicatorSet;
import org.scplan.core.Polarity;
import org.scplan.performance.spc.SpcOptions;
import org.scplan.performance.Target;
import org.scplan.performance.IndicatorUnit;
import org.scplan.performance.spc.XmrChart;
import org.scplan.performance.spc.XmrObservation;
import org.scplan.performance.spc.XmrSeries;

/**
 * {@link ReportJson}: a dashboard and an XmR chart written as JSON and parsed back with Jackson,
 * every number read as an exact decimal and compared with the figure worked out by hand.
 */
class ReportJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
  private static final FinancialYear YEAR = FinancialYear.parse("2013-14");

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  static void assertDecimal(JsonNode node, String expected) {
    assertThat(node.isNumber()).as("%s is a number", node).isTrue();
    assertThat(node.decimalValue()).as("%s", node).isEqualTo(new BigDecimal(expected));
  }

  /** One indicator of each outcome: GREEN, AMBER (published), RED, a placeholder, an activity range. */
  private static Dashboard dashboard() {
    Indicator green = Indicator.of("NI 125", "Achieving independence for older people through rehabilitation/"
            + "intermediate care", IndicatorUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER)
        .withActual(Actual.of("2012-13", "70%"))
        .withTarget(Target.of("2013-14", "75%")).withActual(Actual.estimated("2013-14", "77%"));
    Indicator amber = Indicator.of("PI 1", "Reviews completed on time", IndicatorUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER)
        .withTarget(Target.of(YEAR, new BigDecimal("80.0")).withFloor(new BigDecimal("75.0")))
        .withActual(Actual.of("2013-14", "78.5%").withPublishedRag(Rag.AMBER));
    Indicator red = Indicator.of("PI 2", "Carers assessed", IndicatorUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER)
        .withTarget(Target.of(YEAR, new BigDecimal("80.0")).withFloor(new BigDecimal("75.0")))
        .withActual(Actual.of("2013-14", "74.9%"));
    Indicator placeholder = Indicator.of("NI 130", "Social Care clients receiving self directed support", IndicatorUnit.COUNT,
            Polarity.HIGHER_IS_BETTER)
        .withTarget(Target.placeholder("2013-14", "No target available until April 2013"));
    Indicator activity = Indicator.builder().from(Indicator.of("AH02", "Older people in homecare", IndicatorUnit.COUNT,
            Polarity.NONE)).kind(IndicatorKind.ACTIVITY).build()
        .withTarget(Target.range("2013-14", "4,300", "4,500")).withActual(Actual.of("2013-14", "4,434"));
    return IndicatorSet.of("kpi", "Key Performance Indicators", green, amber, red, placeholder, activity)
        .evaluate(YEAR);
  }

  @Test
  void aDashboardGivesItsCountsAndEveryAssessment() {
    JsonNode report = parse(ReportJson.write(dashboard()));

    assertThat(names(report)).containsExactly("format", "version", "report", "title", "period", "rule",
        "comparedWith", "counts", "summary", "assessments");
    assertThat(SchemaCheck.reportErrors(ReportJson.write(dashboard()))).isEmpty();
    assertThat(report.get("report").asText()).isEqualTo("dashboard");
    assertThat(report.get("period").asText()).isEqualTo("2013-14");
    assertThat(report.get("rule").asText()).isEqualTo("kent-floor");
    assertThat(report.get("comparedWith").asText()).isEqualTo("previous-period");
    JsonNode counts = report.get("counts");
    assertThat(List.of(counts.get("indicators").intValue(), counts.get("green").intValue(),
        counts.get("amber").intValue(), counts.get("red").intValue(), counts.get("notRated").intValue(),
        counts.get("belowRange").intValue(), counts.get("withinRange").intValue(),
        counts.get("aboveRange").intValue())).containsExactly(5, 1, 1, 1, 2, 0, 1, 0);
    assertThat(report.get("summary").asText())
        .isEqualTo("1 green, 1 amber, 1 red, 2 not rated; activity: 0 below, 1 within, 0 above");
    assertThat(report.get("assessments")).hasSize(5);
  }

  @Test
  void anAssessmentGivesItsResultTargetRatingAndDirection() {
    JsonNode assessments = parse(ReportJson.write(dashboard())).get("assessments");

    JsonNode ni125 = assessments.get(0);
    assertThat(ni125.get("indicator").asText()).isEqualTo("NI 125");
    assertThat(ni125.get("unit").asText()).isEqualTo("%");
    assertThat(ni125.get("polarity").asText()).isEqualTo("higher-is-better");
    assertThat(ni125.get("result").get("status").asText()).isEqualTo("estimated");
    assertDecimal(ni125.get("result").get("value"), "77");
    assertDecimal(ni125.get("target").get("value"), "75");
    assertThat(ni125.get("rag").asText()).isEqualTo("green");
    assertThat(ni125.has("notRated")).isFalse();
    assertThat(ni125.get("direction").asText()).isEqualTo("improving");
    assertThat(ni125.get("earlier").get("period").asText()).isEqualTo("2012-13");
    assertDecimal(ni125.get("earlier").get("value"), "70");
    assertThat(ni125.get("explanation").asText())
        .isEqualTo("77% (estimated) vs target 75% (higher is better), no floor: GREEN");

    JsonNode pi1 = assessments.get(1);
    assertDecimal(pi1.get("result").get("value"), "78.5");
    assertDecimal(pi1.get("target").get("value"), "80.0");
    assertDecimal(pi1.get("floor"), "75.0");
    assertThat(pi1.get("result").get("publishedRag").asText()).isEqualTo("amber");
    assertThat(pi1.get("rag").asText()).isEqualTo("amber");
    assertThat(pi1.get("explanation").asText()).isEqualTo("78.5% vs target 80.0% (higher is better), floor 75.0%: AMBER");

    assertThat(assessments.get(2).get("rag").asText()).isEqualTo("red");
    assertDecimal(assessments.get(2).get("result").get("value"), "74.9");

    JsonNode ni130 = assessments.get(3);
    assertThat(ni130.has("rag")).isFalse();
    assertThat(ni130.has("result")).isFalse();
    assertThat(ni130.get("target").get("kind").asText()).isEqualTo("placeholder");
    assertThat(ni130.get("notRated").asText()).isEqualTo("No target available until April 2013");

    JsonNode ah02 = assessments.get(4);
    assertThat(ah02.get("position").asText()).isEqualTo("within");
    assertThat(ah02.get("target").get("kind").asText()).isEqualTo("range");
    assertDecimal(ah02.get("target").get("lower"), "4300");
    assertDecimal(ah02.get("target").get("upper"), "4500");
    assertThat(ah02.get("notRated").asText()).isEqualTo("within the expected range");
  }

  /**
   * Twelve baseline months alternating 10 and 14 (mean 12, every moving range 4, so limits 12 ± 10.64
   * and near limits 12 ± 7.0933…), then 25 in April 2017, outside the limits, and May 2017 missing.
   */
  private static XmrChart chart() {
    List<XmrObservation> points = new ArrayList<>();
    CalendarMonth month = CalendarMonth.of(2016, 4);
    for (int i = 0; i < 12; i++, month = month.next()) {
      points.add(XmrObservation.of(month, i % 2 == 0 ? 10 : 14));
    }
    points.add(XmrObservation.of(month, 25));
    points.add(XmrObservation.missing(month.next(), "not submitted"));
    XmrSeries series = XmrSeries.of(Polarity.HIGHER_IS_BETTER, points).withName("NI 125").withTarget(20);
    return XmrChart.of(series, SpcOptions.defaults().withFixedLimitsAfter(12).withMinimumPoints(12));
  }

  @Test
  void anXmrChartGivesItsSeriesOptionsAndVerdicts() {
    JsonNode report = parse(ReportJson.write(chart()));

    assertThat(names(report)).containsExactly("format", "version", "report", "name", "direction", "target",
        "options", "summary", "variation", "assurance", "segments", "points", "findings");
    assertThat(SchemaCheck.reportErrors(ReportJson.write(chart()))).isEmpty();
    assertThat(report.get("report").asText()).isEqualTo("xmr-chart");
    assertThat(report.get("direction").asText()).isEqualTo("higher-is-better");
    assertDecimal(report.get("target"), "20");
    JsonNode options = report.get("options");
    assertThat(options.get("screening").booleanValue()).isFalse();
    assertThat(options.get("fixedAfter").intValue()).isEqualTo(12);
    assertThat(options.get("trendLength").intValue()).isEqualTo(7);
    assertThat(options.get("shiftLength").intValue()).isEqualTo(7);
    assertThat(options.get("minimumPoints").intValue()).isEqualTo(12);
    assertThat(report.get("variation").get("verdict").asText()).isEqualTo("improvement");
    assertThat(report.get("variation").get("point").asText()).isEqualTo("April 2017");
    assertThat(report.get("variation").get("signal").asText()).isEqualTo("outside-limits");
    assertThat(report.get("assurance").get("verdict").asText()).isEqualTo("hit-and-miss");
    assertDecimal(report.get("assurance").get("target"), "20");
  }

  @Test
  void anXmrChartGivesTheLimitsOfEachSegmentAndPoint() {
    JsonNode report = parse(ReportJson.write(chart()));

    JsonNode segment = report.get("segments").get(0);
    assertThat(segment.get("values").intValue()).isEqualTo(13);
    assertThat(segment.get("baselineValues").intValue()).isEqualTo(12);
    assertThat(segment.get("movingRanges").intValue()).isEqualTo(11);
    assertDecimal(segment.get("mean"), "12");
    assertDecimal(segment.get("averageMovingRange"), "4");
    assertDecimal(segment.get("lower"), "1.36");
    assertDecimal(segment.get("upper"), "22.64");
    assertDecimal(segment.get("lowerNear"), "4.90666666666666666667");
    assertDecimal(segment.get("upperNear"), "19.09333333333333333333");

    JsonNode points = report.get("points");
    assertThat(points).hasSize(14);
    JsonNode first = points.get(0);
    assertThat(first.get("label").asText()).isEqualTo("April 2016");
    assertDecimal(first.get("value"), "10");
    assertThat(first.has("movingRange")).isFalse();
    assertThat(first.get("baseline").booleanValue()).isTrue();
    assertThat(first.get("sideOfMean").intValue()).isEqualTo(-1);
    assertThat(first.get("variation").asText()).isEqualTo("common-cause");
    assertThat(first.has("rules")).isFalse();

    JsonNode outlier = points.get(12);
    assertThat(outlier.get("period").asText()).isEqualTo("April 2017");
    assertDecimal(outlier.get("value"), "25");
    assertDecimal(outlier.get("movingRange"), "11");
    assertThat(outlier.get("baseline").booleanValue()).isFalse();
    assertDecimal(outlier.get("upper"), "22.64");
    assertThat(outlier.get("sideOfMean").intValue()).isEqualTo(1);
    assertThat(outlier.get("rules")).extracting(JsonNode::asText).containsExactly("outside-limits");
    assertThat(outlier.get("variation").asText()).isEqualTo("improvement");

    JsonNode missing = points.get(13);
    assertThat(missing.has("value")).isFalse();
    assertThat(missing.get("missing").asText()).isEqualTo("not submitted");
    assertThat(missing.has("variation")).isFalse();
  }

  @Test
  void anXmrChartGivesItsFindings() {
    JsonNode findings = parse(ReportJson.write(chart())).get("findings");

    assertThat(findings).anySatisfy(f -> {
      assertThat(f.get("code").asText()).isEqualTo("spc.value.missing");
      assertThat(f.get("severity").asText()).isEqualTo("warning");
      assertThat(f.get("location").get("text").asText()).isEqualTo("NI 125 › May 2017 [value]");
      assertThat(f.get("location").get("path").get(1).asText()).isEqualTo("May 2017");
      assertThat(f.get("message").asText()).isEqualTo("No value for May 2017: not submitted");
    });
  }

  @Test
  void numbersAreExactDecimalsNeverInExponentForm() {
    String text = ReportJson.write(chart());

    assertThat(text).doesNotContainPattern("[0-9][eE][+-]?[0-9]").doesNotContain("null").endsWith("}\n");
    assertThat(text).contains("\"upperNear\": 19.09333333333333333333");
  }

  @Test
  void theReportFormatsSchemaIsAValidJsonSchema() {
    assertThat(SchemaCheck.reportMetaSchemaErrors()).isEmpty();
  }

  @Test
  void aCheckReportOfEveryExamplePlanFollowsTheSchemaAndCarriesItsFiguresAsNumbers() {
    List<Report.Entry> entries = new ArrayList<>();
    for (java.nio.file.Path file : ExamplePlans.all()) {
      entries.add(Report.check(file, ScplanJson.standard().read(file)));
    }
    entries.add(Report.check(java.nio.file.Path.of("no-such-plan.json"),
        ScplanJson.standard().read(java.nio.file.Path.of("no-such-plan.json"))));
    Report report = Report.of(entries);
    String json = ReportJson.write(report, Severity.INFO);

    assertThat(SchemaCheck.reportErrors(json)).as(json).isEmpty();
    JsonNode root = parse(json);
    assertThat(names(root)).containsExactly("format", "version", "report", "valid", "files", "totals", "exitStatus");
    assertThat(root.get("valid").booleanValue()).isFalse();
    assertThat(root.get("format").asText()).isEqualTo("scplan-report");
    assertThat(root.get("exitStatus").intValue()).isEqualTo(2);
    assertThat(root.get("totals").get("files").intValue()).isEqualTo(ExamplePlans.all().size() + 1);
    assertThat(root.get("totals").get("unreadable").intValue()).isEqualTo(1);
    JsonNode asch = null;
    for (JsonNode f : root.get("files")) {
      if (f.get("file").asText().endsWith("kent-asch-2018-19.json")) {
        asch = f;
      }
    }
    assertThat(asch).isNotNull();
    assertThat(asch.get("sha256").asText()).hasSize(64);
    assertThat(asch.get("valid").booleanValue()).isFalse();
    assertThat(asch.get("size").longValue()).isEqualTo(
        ExamplePlans.text(ExamplePlans.KENT_ASCH_2018_19).getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    // The plan's "£414m" against Table 5's £417,018.0k: both sides as numbers in pounds, with intervals.
    JsonNode error = null;
    for (JsonNode f : asch.get("findings")) {
      if (f.get("severity").asText().equals("error")) {
        error = f;
      }
    }
    assertThat(error).isNotNull();
    assertThat(error.get("code").asText()).isEqualTo("budget.headline.mismatch");
    assertDecimal(error.get("expected").get("value"), "417018000");
    assertDecimal(error.get("actual").get("value"), "414000000");
    assertDecimal(error.get("actual").get("low"), "413500000");
    assertThat(asch.get("sections").get(0).get("view").isObject()).isTrue();
    assertThat(error.get("location").get("text").asText()).isNotBlank();
  }

  @Test
  void aReconciliationFindingGivesBothSidesAsNumbersWithTheirIntervals() {
    org.scplan.budget.BudgetSchema schema = org.scplan.budget.BudgetSchema.of("gin", "Gross, income, net",
        org.scplan.budget.SignConvention.INCOME_NEGATIVE, org.scplan.budget.BudgetColumn.spend("gross", "Gross"),
        org.scplan.budget.BudgetColumn.income("income", "Income"),
        org.scplan.budget.BudgetColumn.derived("net", "Net budget", "gross + income"));
    BudgetProfile p = BudgetProfile.builder("t", "T", schema)
        .year(YEAR).unit(org.scplan.core.AmountUnit.THOUSANDS).decimals(1)
        .line("A", "10.0", "-2.0", "8.0").line("B", "5.0", "-1.0", "4.0").total("Total", "15.0", "-3.0", "12.5")
        .build();
    Report report = Report.of(List.of(new Report.Entry("t.json", -1, "",
        org.scplan.core.ReadResult.of("t.json", org.scplan.core.Document.of(p), ValidationReport.empty()),
        p.validate())));
    String json = ReportJson.write(report, Severity.INFO);
    assertThat(SchemaCheck.reportErrors(json)).as(json).isEmpty();
    JsonNode finding = parse(json).get("files").get(0).get("findings").get(0);
    assertThat(finding.get("code").asText()).isEqualTo("budget.total.mismatch");
    assertDecimal(finding.get("expected").get("value"), "12000");
    assertDecimal(finding.get("expected").get("low"), "11900");
    assertDecimal(finding.get("expected").get("high"), "12100");
    assertDecimal(finding.get("actual").get("value"), "12500");
    assertDecimal(finding.get("actual").get("low"), "12450");
    assertThat(finding.get("actual").get("unit").asText()).isEqualTo("GBP");
    assertThat(finding.get("location").get("path").get(1).asText()).isEqualTo("Total");
    assertThat(finding.get("location").get("field").asText()).isEqualTo("Net budget");
  }
}
