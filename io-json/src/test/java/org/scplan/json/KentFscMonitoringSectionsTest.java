package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.scplan.core.BusinessPlan;
import org.scplan.core.FinancialYear;
import org.scplan.core.Rag;
import org.scplan.core.RagStatus;
import org.scplan.performance.actions.ActionCounts;
import org.scplan.performance.actions.ActionPlanMonitoring;
import org.scplan.performance.Dashboard;
import org.scplan.performance.Actual;
import org.scplan.performance.actions.DivisionProgress;
import org.scplan.performance.Indicator;
import org.scplan.performance.IndicatorSet;
import org.scplan.performance.actions.RollUpRule;
import org.scplan.performance.Target;

/**
 * Golden test: the sections of {@code examples/plans/kent-fsc-monitoring-2013-14.json} hold seed
 * 003's business plan dashboard (section 5.3) row by row, and the indicator results its sections 6
 * to 9 quote against their targets (6.14, 6.17, 9.19). The roll-ups and ratings are the ones the
 * performance module's {@code Seed003MonitoringReportTest} pins: SCS 5/18/1/17/0 AMBER, …,
 * directorate 31/105/25/80/0 AMBER.
 */
class KentFscMonitoringSectionsTest {
  private static final BusinessPlan PLAN = ScplanJson.standard().readPlan(ExamplePlans.KENT_FSC_MONITORING_2013_14);
  private static final ActionPlanMonitoring DASHBOARD =
      (ActionPlanMonitoring) PLAN.section("business-plan-dashboard").orElseThrow();
  private static final IndicatorSet QUOTED = (IndicatorSet) PLAN.section("quoted-results").orElseThrow();
  private static final FinancialYear YEAR = FinancialYear.parse("2013-14");

  private static String quoted() {
    return SeedText.read("seed-003-quoted-figures.txt").replace('\n', ' ');
  }

  private static Indicator indicator(String titleStart) {
    return QUOTED.indicators().stream().filter(i -> i.title().startsWith(titleStart)).findFirst().orElseThrow();
  }

  @Test
  void theDashboardIsTranscribedRowByRow() {
    // Section 5.3: a division per line; the totals on the line after their own heading.
    List<List<String>> published = SeedText.read("seed-003-sections-4-3-and-5-3.txt").lines()
        .filter(l -> l.matches("^(\\w+)?\\t\\d+\\t.*"))
        .map(l -> Arrays.stream(l.split("\t")).map(String::strip).filter(c -> !c.isEmpty()).toList())
        .toList();
    List<DivisionProgress> rows = new java.util.ArrayList<>(DASHBOARD.divisions());
    rows.add(DASHBOARD.publishedTotals().orElseThrow());

    assertThat(published).hasSize(5);
    assertThat(DASHBOARD.title()).isEqualTo("Directorate Mid-Year Monitoring – Business Plan Dashboard");
    for (int i = 0; i < published.size(); i++) {
      List<String> row = published.get(i);
      List<String> figures = row.subList(row.size() - 6, row.size());
      DivisionProgress d = rows.get(i);
      assertThat(d.name()).isEqualTo(i < 4 ? row.get(0) : "Directorate Totals");
      assertThat(List.of(String.valueOf(d.priorities().getAsInt()), String.valueOf(d.publishedTotal().getAsInt()),
              String.valueOf(d.counts().completed()), String.valueOf(d.counts().onCourse()),
              String.valueOf(d.counts().delayedOrCancelled()), d.publishedRag().orElseThrow().name()))
          .as(d.name()).isEqualTo(figures);
    }
  }

  @Test
  void theDashboardAddsUpAndEveryRatingIsTheOneTheRollUpGives() {
    assertThat(DASHBOARD.divisions()).extracting(DivisionProgress::name).containsExactly("SCS", "OPPD", "LDMH", "SC");
    assertThat(DASHBOARD.divisions().get(0)).isEqualTo(DivisionProgress.of("SCS", 5, 18, 1, 17, 0, Rag.AMBER));
    DivisionProgress totals = DASHBOARD.totals();
    assertThat(totals.priorities()).hasValue(31);
    assertThat(totals.total()).isEqualTo(105);
    assertThat(totals.counts()).isEqualTo(ActionCounts.of(25, 80, 0));
    assertThat(DASHBOARD.rollUp()).isEqualTo(RollUpRule.KENT);
    for (RollUpRule rule : RollUpRule.values()) {
      ActionPlanMonitoring under = DASHBOARD.withRollUp(rule);
      assertThat(under.divisions()).allSatisfy(d -> assertThat(under.rag(d)).isEqualTo(RagStatus.of(Rag.AMBER)));
      assertThat(under.overall()).as("roll-up %s", rule).isEqualTo(RagStatus.of(Rag.AMBER));
      assertThat(under.validate().isEmpty()).as("roll-up %s", rule).isTrue();
    }
  }

  @Test
  void referralsWithAPreviousReferral() {
    // 6.14: "over 19% of referrals with a previous referral within 12 months against a target of 22%"
    Matcher m = Pattern.compile("over (\\d+)% of referrals .* against a target of (\\d+)%").matcher(quoted());
    assertThat(m.find()).isTrue();
    Indicator rereferrals = indicator("Referrals with a previous referral");

    assertThat(rereferrals.actual(YEAR).flatMap(Actual::value)).contains(new BigDecimal(m.group(1)));
    assertThat(rereferrals.target(YEAR).flatMap(Target::value)).contains(new BigDecimal(m.group(2)));
    assertThat(rereferrals.source()).contains("SCS Performance Scorecard-Disability Area (EK, WK and Sensory) September 2013");
    assertThat(rereferrals.assess(YEAR).explanation()).isEqualTo("19% vs target 22% (lower is better), no floor: GREEN");
  }

  @Test
  void childrenLeavingCareWhoWereAdopted() {
    // 6.14: "the percentage of children leaving care who were adopted 2013-14 is 25%, above the target of 13%"
    Matcher m = Pattern.compile("adopted 2013-14 is (\\d+)%, above the target of (\\d+)%").matcher(quoted());
    assertThat(m.find()).isTrue();
    Indicator adopted = indicator("Children with complex needs and disabilities leaving care");

    assertThat(adopted.actual(YEAR).flatMap(Actual::value)).contains(new BigDecimal(m.group(1)));
    assertThat(adopted.target(YEAR).flatMap(Target::value)).contains(new BigDecimal(m.group(2)));
    assertThat(adopted.assess(YEAR).explanation()).isEqualTo("25% vs target 13% (higher is better), no floor: GREEN");
  }

  @Test
  void childrenWhoCanTalkToTheirIroFollowFromTheirNumeratorAndDenominator() {
    // 6.17: "90 children/young people, out of 102 interviewed (88%)"
    Matcher m = Pattern.compile("(\\d+)\\s+children/young people, out of (\\d+) interviewed \\((\\d+)%\\)")
        .matcher(quoted());
    assertThat(m.find()).isTrue();
    Actual result = indicator("Children in care who felt they could talk to their IRO").actual(FinancialYear.parse("2012-13"))
        .orElseThrow();

    assertThat(List.of(result.value().orElseThrow(), result.numerator().orElseThrow(), result.denominator().orElseThrow()))
        .containsExactly(new BigDecimal(m.group(3)), new BigDecimal(m.group(1)), new BigDecimal(m.group(2)));
    assertThat(QUOTED.validate(PLAN).isEmpty()).isTrue();
  }

  @Test
  void savingsForecastAgainstTarget() {
    // 9.19: "£132k savings forecasted. Target is £51k."
    Matcher m = Pattern.compile("(£\\d+k) savings forecasted\\. Target is (£\\d+k)").matcher(quoted());
    assertThat(m.find()).isTrue();
    Indicator savings = indicator("Savings");

    assertThat(savings.actual(YEAR)).contains(Actual.forecast("2013-14", m.group(1)));
    assertThat(savings.target(YEAR)).contains(Target.of("2013-14", m.group(2)));
    assertThat(savings.assess(YEAR).explanation())
        .isEqualTo("£132k (forecast) vs target £51k (higher is better), no floor: GREEN");
  }

  @Test
  void theQuotedResultsDashboardRatesTheThreeWithTargetsGreen() {
    Dashboard dashboard = QUOTED.evaluate(YEAR);
    assertThat(dashboard.summary()).isEqualTo("3 green, 0 amber, 0 red, 1 not rated");

    JsonNode report = ReportJsonTest.parse(ReportJson.write(dashboard));
    JsonNode savings = report.get("assessments").get(3);
    assertThat(savings.get("unit").asText()).isEqualTo("£'000");
    assertThat(savings.get("result").get("status").asText()).isEqualTo("forecast");
    ReportJsonTest.assertDecimal(savings.get("result").get("value"), "132000");
    ReportJsonTest.assertDecimal(savings.get("target").get("value"), "51000");
    assertThat(savings.get("rag").asText()).isEqualTo("green");
    assertThat(report.get("assessments").get(2).get("notRated").asText()).isEqualTo("no target for 2013-14");
  }

  @Test
  void thePlanChecksClean() {
    assertThat(PLAN.validate().findings()).isEmpty();
  }
}
