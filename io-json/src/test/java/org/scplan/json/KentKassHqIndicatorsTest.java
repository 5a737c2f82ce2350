package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.core.BusinessPlan;
import org.scplan.core.FinancialYear;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;
import org.scplan.performance.Actual;
import org.scplan.performance.Dashboard;
import org.scplan.performance.Frequency;
import org.scplan.performance.Indicator;
import org.scplan.performance.IndicatorSet;
import org.scplan.performance.PerformanceRules;
import org.scplan.core.Polarity;
import org.scplan.performance.Target;
import org.scplan.performance.IndicatorUnit;

/**
 * Golden test: the {@code indicators} section of {@code examples/plans/kent-kass-hq-2010-11.json}
 * holds seed 000's section 5, "KEY PERFORMANCE INFORMATION", exactly as published: 2009/10 targets
 * and estimates, 2010/11 targets, and the placeholders "It is not possible to give targets for
 * 2010/11 as they will not be set until April 2010" and "No target available until April 2010".
 * The dashboards and findings are the ones the performance module's
 * {@code Seed000KeyPerformanceInformationTest} pins.
 */
class KentKassHqIndicatorsTest {
  private static final BusinessPlan PLAN = ScplanJson.standard().readPlan(ExamplePlans.KENT_KASS_HQ_2010_11);
  private static final IndicatorSet KPIS = (IndicatorSet) PLAN.section("kpi-2010-11").orElseThrow();
  private static final FinancialYear Y2009 = FinancialYear.parse("2009/10");
  private static final FinancialYear Y2010 = FinancialYear.parse("2010/11");
  private static final String NOT_POSSIBLE =
      "It is not possible to give targets for 2010/11 as they will not be set until April 2010";

  /** A table cell's figure as an exact decimal, its printed decimals kept: {@code 83.4%} is 83.4. */
  static BigDecimal figure(String cell) {
    return new BigDecimal(cell.strip().replaceFirst("^FY ", "").replace("%", "").replace(",", ""));
  }

  /**
   * The rows of section 5's table, seed text copied to {@code src/test/resources}: a row that starts
   * with empty cells continues the one before it across the page break.
   */
  static List<List<String>> publishedRows() {
    List<List<String>> rows = new ArrayList<>();
    for (String line : SeedText.read("seed-000-section-5.txt").lines().skip(1).toList()) {
      if (line.startsWith("NI ") || line.startsWith("Number of")) {
        rows.add(new ArrayList<>(Arrays.asList(line.split("\t"))));
      } else if (line.startsWith("\t") && !line.isBlank()) {
        String[] cells = line.split("\t");
        List<String> previous = rows.get(rows.size() - 1);
        for (int i = 0; i < cells.length; i++) {
          if (!cells[i].isBlank()) {
            previous.set(i, previous.get(i).strip() + " " + cells[i].strip());
          }
        }
      }
    }
    return rows;
  }

  @Test
  void sectionFiveIsTranscribedRowByRow() {
    List<List<String>> rows = publishedRows();
    assertThat(KPIS.title()).isEqualTo("Key Performance Information");
    assertThat(KPIS.targetPeriods()).containsExactly(Y2010);
    assertThat(KPIS.indicators()).hasSize(rows.size()).hasSize(11);
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      Indicator indicator = KPIS.indicators().get(i);
      String printed = indicator.reference().map(r -> r + " ").orElse("") + indicator.title();
      assertThat(row.get(0).replace(" – ", " ")).as("row %s", i).isEqualTo(printed);
      assertThat(indicator.accountableManager()).as(printed).contains(row.get(1));
      assertThat(indicator.frequency().map(Frequency::label)).as(printed).contains(row.get(2).toLowerCase());
      assertThat(indicator.target(Y2009).flatMap(Target::value)).as(printed).contains(figure(row.get(3)));
      assertThat(indicator.actual(Y2009)).as(printed).hasValueSatisfying(a -> {
        assertThat(a.status()).isEqualTo(Actual.Status.ESTIMATED);
        assertThat(a.value()).contains(figure(row.get(4)));
      });
      Target t2010 = indicator.target(Y2010).orElseThrow();
      if (Character.isDigit(row.get(5).strip().charAt(0))) {
        assertThat(t2010.value()).as(printed).contains(figure(row.get(5)));
      } else {
        assertThat(t2010.kind()).as(printed).isEqualTo(Target.Kind.PLACEHOLDER);
        assertThat(t2010.note()).as(printed).contains(row.get(5).strip());
      }
      assertThat(indicator.source()).as(printed).contains(row.get(6).strip());
      assertThat(indicator.unit()).as(printed).isEqualTo(row.get(3).endsWith("%") ? IndicatorUnit.PERCENTAGE : IndicatorUnit.COUNT);
    }
  }

  @Test
  void publishedFigures() {
    Indicator ni125 = KPIS.indicator("NI 125").orElseThrow();
    // "NI 125 – Achieving independence for older people through rehabilitation/intermediate care
    //  Steph Abbott  Monthly  75%  77%  79%  LAA/ National Indicator"
    assertThat(ni125.title()).isEqualTo("Achieving independence for older people through rehabilitation/intermediate care");
    assertThat(ni125.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(ni125.target(Y2009)).contains(Target.of("2009/10", "75%"));
    assertThat(ni125.actual(Y2009)).contains(Actual.estimated("2009/10", "77%"));
    assertThat(ni125.target(Y2010)).contains(Target.of("2010/11", "79%"));
    assertThat(KPIS.indicator("NI 132").flatMap(i -> i.target(Y2009)).flatMap(Target::value))
        .hasValueSatisfying(v -> assertThat(v).hasToString("83.4"));
    assertThat(KPIS.indicator("NI 136").flatMap(i -> i.actual(Y2009))).contains(Actual.estimated("2009/10", "34300"));
    assertThat(KPIS.indicator("NI 145").flatMap(Indicator::frequency)).contains(Frequency.QUARTERLY);
    assertThat(KPIS.indicators().subList(8, 11)).allSatisfy(i -> {
      assertThat(i.reference()).isEmpty();
      assertThat(i.source()).contains("MH Specific");
      assertThat(i.polarity()).isEqualTo(Polarity.NONE);
    });
  }

  @Test
  void placeholdersKeepTheirReasonsAsPublished() {
    for (String ref : List.of("NI 130", "NI 132", "NI 133", "NI 135", "NI 136", "NI 145", "NI 146")) {
      assertThat(KPIS.indicator(ref).flatMap(i -> i.target(Y2010))).as(ref)
          .contains(Target.placeholder(Y2010, NOT_POSSIBLE));
    }
    // NI 135's reason is split across a page break, "... will not be" / "set until April 2010", and joined.
    assertThat(KPIS.indicators().subList(8, 11)).allSatisfy(i ->
        assertThat(i.target(Y2010)).contains(Target.placeholder(Y2010, "No target available until April 2010")));
  }

  @Test
  void theEstimatesFor2009To10AreRatedAsThePerformanceModulePinsThem() {
    Dashboard dashboard = KPIS.evaluate(Y2009);

    assertThat(dashboard.summary()).isEqualTo("8 green, 0 amber, 0 red, 3 not rated");
    assertThat(dashboard.assessment("NI 125").orElseThrow().explanation())
        .isEqualTo("77% (estimated) vs target 75% (higher is better), no floor: GREEN");
    assertThat(dashboard.assessment("NI 130").orElseThrow().explanation())
        .isEqualTo("3,000 (estimated) vs target 2,342 (higher is better), no floor: GREEN");
    assertThat(dashboard.assessment("NI 133").orElseThrow().explanation())
        .isEqualTo("95% (estimated) vs target 95% (higher is better), no floor: GREEN");
    assertThat(dashboard.assessments().get(8).explanation()).isEqualTo("192 (estimated) vs target 187 (no polarity):"
        + " not rated: the indicator has no polarity, so no result is better or worse than its target");
  }

  @Test
  void for2010To11NothingIsRatedAndEachSaysWhy() {
    Dashboard dashboard = KPIS.evaluate(Y2010);

    assertThat(dashboard.summary()).isEqualTo("0 green, 0 amber, 0 red, 11 not rated");
    assertThat(dashboard.assessment("NI 125").orElseThrow().explanation())
        .isEqualTo("no result vs target 79% (higher is better), no floor: not rated: no result for 2010-11");
    assertThat(dashboard.assessment("NI 135").orElseThrow().explanation())
        .isEqualTo("no result vs no target for 2010-11: not rated: " + NOT_POSSIBLE);
  }

  @Test
  void checkingFindsOnlyTheTargetsNoRuleCanRate() {
    ValidationReport report = KPIS.validate(PLAN);

    assertThat(report.isValid()).isTrue();
    assertThat(report.codes()).containsExactly(PerformanceRules.TARGET_NO_POLARITY);
    assertThat(report.findings()).hasSize(3).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(report.findings()).extracting(f -> f.location().path().get(1))
        .containsExactly(KPIS.indicators().get(8).title(), KPIS.indicators().get(9).title(),
            KPIS.indicators().get(10).title());
  }

  @Test
  void theDashboardReportGivesThePublishedFigures() {
    JsonNode report = ReportJsonTest.parse(ReportJson.write(KPIS.evaluate(Y2009)));

    assertThat(report.get("counts").get("green").intValue()).isEqualTo(8);
    assertThat(report.get("counts").get("notRated").intValue()).isEqualTo(3);
    JsonNode ni132 = report.get("assessments").get(2);
    assertThat(ni132.get("indicator").asText()).isEqualTo("NI 132");
    ReportJsonTest.assertDecimal(ni132.get("target").get("value"), "83.4");
    ReportJsonTest.assertDecimal(ni132.get("result").get("value"), "85");
    assertThat(ni132.get("result").get("status").asText()).isEqualTo("estimated");
    assertThat(ni132.get("rag").asText()).isEqualTo("green");
  }
}
