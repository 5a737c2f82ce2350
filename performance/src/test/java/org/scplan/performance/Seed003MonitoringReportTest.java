package org.scplan.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scplan.core.AmountUnit;
import org.scplan.core.FinancialYear;
import org.scplan.core.Polarity;
import org.scplan.core.Rag;
import org.scplan.core.RagStatus;
import org.scplan.core.ValidationReport;
import org.scplan.performance.actions.ActionCounts;
import org.scplan.performance.actions.ActionPlanMonitoring;
import org.scplan.performance.actions.DivisionProgress;
import org.scplan.performance.actions.RollUpRule;

/**
 * Golden tests from seed 003 (Families and Social Care performance and mid-year business plan
 * monitoring, 5 December 2013): Kent's RAG rule (section 4.3), figures the report quotes against
 * their targets (sections 6.14, 6.17, 9.19), and the business plan dashboard (section 5.3),
 * reproduced exactly.
 */
class Seed003MonitoringReportTest {
  private static final String RULE = "003-sections-4-3-and-5-3.txt";
  private static final String QUOTED = "003-quoted-figures.txt";
  private static final FinancialYear YEAR = FinancialYear.parse("2013-14");

  private static ActionPlanMonitoring dashboard;
  private static List<List<String>> publishedRows;

  /** Reads section 5.3's rows: a division per line, and the totals on the line after their heading. */
  @BeforeAll
  static void readDashboard() {
    List<String> lines = SeedText.lines(RULE);
    publishedRows = lines.stream().filter(l -> l.matches("^(\\w+)?\\t\\d+\\t.*"))
        .map(l -> Arrays.stream(l.split("\t")).map(String::strip).filter(c -> !c.isEmpty()).toList()).toList();
    ActionPlanMonitoring.Builder b = ActionPlanMonitoring.builder().id("mid-year-2013")
        .title("Directorate Mid-Year Monitoring – Business Plan Dashboard");
    for (List<String> row : publishedRows) {
      boolean totals = !Character.isLetter(row.get(0).charAt(0));
      List<String> figures = totals ? row : row.subList(1, row.size());
      DivisionProgress progress = DivisionProgress.of(totals ? "Directorate Totals" : row.get(0),
          Integer.parseInt(figures.get(0)), Integer.parseInt(figures.get(1)), Integer.parseInt(figures.get(2)),
          Integer.parseInt(figures.get(3)), Integer.parseInt(figures.get(4)), Rag.parse(figures.get(5)));
      if (totals) {
        b.publishedTotals(progress);
      } else {
        b.addDivision(progress);
      }
    }
    dashboard = b.build();
  }

  @Test
  void kentsRuleIsTheOneTheReportStates() {
    String text = SeedText.text(RULE);
    assertThat(text).contains("**Green:** Current target achieved or exceeded",
        "**Red:** Performance is below a pre-defined minimum standard",
        "**Amber:** Performance is below current target but above minimum standard.");
    Indicator pi = Indicator.of("PI", "A percentage", IndicatorUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER)
        .withTarget(Target.of(YEAR, new BigDecimal("80.0")).withFloor(new BigDecimal("75.0")));
    // "achieved": equal to target is GREEN; "above minimum standard": equal to the floor is still AMBER.
    assertThat(pi.withActual(Actual.of(YEAR, new BigDecimal("80.0"))).assess(YEAR).rag()).contains(Rag.GREEN);
    assertThat(pi.withActual(Actual.of(YEAR, new BigDecimal("78.5"))).assess(YEAR).explanation())
        .isEqualTo("78.5% vs target 80.0% (higher is better), floor 75.0%: AMBER");
    assertThat(pi.withActual(Actual.of(YEAR, new BigDecimal("75.0"))).assess(YEAR).rag()).contains(Rag.AMBER);
    assertThat(pi.withActual(Actual.of(YEAR, new BigDecimal("74.9"))).assess(YEAR).rag()).contains(Rag.RED);
  }

  @Test
  void quotedFiguresAreRatedByTheirPolarity() {
    String text = SeedText.text(QUOTED);
    // 6.14: "exceeded its target with over 19% of referrals with a previous referral within 12 months against a target of 22%".
    Matcher referrals = Pattern.compile("over (\\d+)% of referrals .* against a target of (\\d+)%").matcher(text);
    assertThat(referrals.find()).isTrue();
    Indicator rereferrals = Indicator.of("SCS re-referrals", "Referrals with a previous referral within 12 months",
            IndicatorUnit.PERCENTAGE, Polarity.LOWER_IS_BETTER)
        .withTarget(Target.of(YEAR.toString(), referrals.group(2) + "%"))
        .withActual(Actual.of(YEAR.toString(), referrals.group(1) + "%"));
    assertThat(rereferrals.assess(YEAR).explanation()).isEqualTo("19% vs target 22% (lower is better), no floor: GREEN");

    // 6.14: "the percentage of children leaving care who were adopted 2013-14 is 25%, above the target of 13%".
    Matcher adopted = Pattern.compile("adopted 2013-14 is (\\d+)%, above the target of (\\d+)%").matcher(text);
    assertThat(adopted.find()).isTrue();
    Indicator adoptions = Indicator.of("SCS adoptions", "Children leaving care who were adopted", IndicatorUnit.PERCENTAGE,
            Polarity.HIGHER_IS_BETTER)
        .withTarget(Target.of(YEAR.toString(), adopted.group(2) + "%"))
        .withActual(Actual.of(YEAR.toString(), adopted.group(1) + "%"));
    assertThat(adoptions.assess(YEAR).explanation()).isEqualTo("25% vs target 13% (higher is better), no floor: GREEN");

    // 9.19: "£132k savings forecasted. Target is £51k."
    Matcher savings = Pattern.compile("(£\\d+k) savings forecasted\\. Target is (£\\d+k)").matcher(text);
    assertThat(savings.find()).isTrue();
    Indicator saving = Indicator.of("SC 12", "Savings", IndicatorUnit.money(AmountUnit.THOUSANDS), Polarity.HIGHER_IS_BETTER)
        .withTarget(Target.of(YEAR.toString(), savings.group(2)))
        .withActual(Actual.forecast(YEAR.toString(), savings.group(1)));
    assertThat(saving.assess(YEAR).explanation())
        .isEqualTo("£132k (forecast) vs target £51k (higher is better), no floor: GREEN");
  }

  @Test
  void aResultWorkedOutFromItsNumeratorAndDenominatorIsChecked() {
    // 6.17: "90 children/young people, out of 102 interviewed (88%)".
    Matcher m = Pattern.compile("(\\d+)\\s+children/young people, out of (\\d+) interviewed \\((\\d+)%\\)")
        .matcher(SeedText.text(QUOTED).replace('\n', ' '));
    assertThat(m.find()).isTrue();
    Indicator iro = Indicator.of("IRO", "Children in care who feel they can talk to their IRO", IndicatorUnit.PERCENTAGE,
        Polarity.HIGHER_IS_BETTER);
    Actual published = Actual.of("2012-13", m.group(3) + "%")
        .withRatio(new BigDecimal(m.group(1)), new BigDecimal(m.group(2)));
    assertThat(IndicatorSet.of("iro", "IRO report", iro.withActual(published)).validate().isEmpty()).isTrue();

    Actual misprinted = Actual.of("2012-13", "88%").withRatio(new BigDecimal("89"), new BigDecimal(m.group(2)));
    ValidationReport report = IndicatorSet.of("iro", "IRO report", iro.withActual(misprinted)).validate();
    assertThat(report.withCode(PerformanceRules.ACTUAL_RATIO_MISMATCH)).singleElement()
        .satisfies(f -> assertThat(f.message())
            .isEqualTo("The result 88% for 2012-13 does not follow from 89 / 102, which gives 87.25%"));
  }

  @Test
  void theDashboardAddsUpAndEveryRatingIsTheOneTheRuleGives() {
    assertThat(dashboard.divisions()).extracting(DivisionProgress::name).containsExactly("SCS", "OPPD", "LDMH", "SC");
    DivisionProgress totals = dashboard.totals();
    assertThat(totals.priorities()).hasValue(31);
    assertThat(totals.counts()).isEqualTo(ActionCounts.of(25, 80, 0));
    assertThat(totals.total()).isEqualTo(105);
    assertThat(dashboard.overall()).isEqualTo(RagStatus.of(Rag.AMBER));
    for (RollUpRule rule : RollUpRule.values()) {
      ActionPlanMonitoring under = dashboard.withRollUp(rule);
      assertThat(under.divisions()).allSatisfy(d -> assertThat(under.rag(d)).isEqualTo(RagStatus.of(Rag.AMBER)));
      assertThat(under.overall()).isEqualTo(RagStatus.of(Rag.AMBER));
      assertThat(under.validate().isEmpty()).as("roll-up %s", rule).isTrue();
    }
  }

  @Test
  void theDashboardPrintsAsPublished() {
    List<String> printed = dashboard.toString().lines().toList();
    assertThat(printed.get(0)).isEqualTo("Directorate Mid-Year Monitoring – Business Plan Dashboard (roll-up kent)");
    assertThat(printed.get(1).split("\\s{2,}")).containsExactly("Division", "Total Priorities", "Total Actions",
        "Total Actions completed", "Total Actions on Course", "Total Actions delayed or cancelled", "Overall RAG");
    for (int i = 0; i < publishedRows.size(); i++) {
      List<String> published = publishedRows.get(i);
      List<String> row = Arrays.asList(printed.get(i + 2).split("\\s{2,}"));
      assertThat(row.subList(row.size() - 6, row.size())).as(printed.get(i + 2))
          .isEqualTo(published.subList(published.size() - 6, published.size()));
    }
    assertThat(printed.get(6)).startsWith("Directorate Totals");
  }

  @Test
  void aDashboardThatDoesNotAddUpIsReported() {
    ActionPlanMonitoring wrong = ActionPlanMonitoring.builder().from(dashboard)
        .divisions(List.of(DivisionProgress.of("SCS", 5, 18, 1, 16, 0, Rag.GREEN)))
        .addDivisions(dashboard.divisions().subList(1, 4).toArray(DivisionProgress[]::new))
        .build();
    ValidationReport report = wrong.validate();
    assertThat(report.withCode(PerformanceRules.MONITORING_COUNTS_DO_NOT_ADD_UP)).singleElement()
        .satisfies(f -> assertThat(f.message())
            .isEqualTo("SCS has 18 actions, but 1 completed + 16 on course + 0 delayed or cancelled = 17"));
    assertThat(report.withCode(PerformanceRules.MONITORING_RAG_MISMATCH)).singleElement()
        .satisfies(f -> assertThat(f.toString()).contains("SCS is published GREEN, but the kent roll-up of 17 actions:"
            + " 1 completed, 16 on course, 0 delayed or cancelled gives AMBER"));
    assertThat(report.withCode(PerformanceRules.MONITORING_TOTAL_MISMATCH)).singleElement()
        .satisfies(f -> assertThat(f.message())
            .isEqualTo("Total Actions on Course is published as 80, but the divisions add up to 79"));
  }
}
