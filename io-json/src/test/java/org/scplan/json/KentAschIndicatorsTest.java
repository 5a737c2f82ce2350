package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scplan.core.BusinessPlan;
import org.scplan.core.FinancialYear;
import org.scplan.core.ValidationReport;
import org.scplan.performance.Actual;
import org.scplan.performance.Basis;
import org.scplan.performance.DirectionOfTravel;
import org.scplan.performance.Indicator;
import org.scplan.performance.IndicatorKind;
import org.scplan.performance.IndicatorSet;
import org.scplan.performance.PerformanceRules;
import org.scplan.core.Polarity;
import org.scplan.performance.Target;
import org.scplan.performance.IndicatorUnit;

/**
 * Golden test: the {@code indicators} sections of {@code examples/plans/kent-asch-2018-19.json}
 * hold seed 001's Tables 7 (Key Performance Indicators) and 8 (activity) exactly as published: the
 * 2017-18 outturns, full-year {@code FY} figures as cumulative, the 2018-19 targets, baselines
 * marked {@code *}, and {@code Placeholder} / {@code Place holder} as printed. The findings are the
 * ones the performance module's {@code Seed001IndicatorTablesTest} pins.
 */
class KentAschIndicatorsTest {
  private static final BusinessPlan PLAN = ScplanJson.standard().readPlan(ExamplePlans.KENT_ASCH_2018_19);
  private static final IndicatorSet KPIS = (IndicatorSet) PLAN.section("kpi-2018-19").orElseThrow();
  private static final IndicatorSet ACTIVITY = (IndicatorSet) PLAN.section("activity-2018-19").orElseThrow();
  private static final FinancialYear OUTTURN = FinancialYear.parse("2017-18");
  private static final FinancialYear PLAN_YEAR = FinancialYear.parse("2018-19");

  private static boolean isPlaceholder(String cell) {
    return cell.equalsIgnoreCase("Placeholder") || cell.equalsIgnoreCase("Place holder");
  }

  /** A cell of a tab-separated row, or empty text where the row has none. */
  private static String cell(String[] cells, int i) {
    return i < cells.length ? cells[i].strip() : "";
  }

  @Test
  void bothTablesAreTranscribedRowByRow() {
    List<String> lines = SeedText.read("seed-001-tables-7-8.txt").lines().skip(1).toList();
    int rows = 0;
    IndicatorSet table = KPIS;
    for (String line : lines) {
      if (line.startsWith("Ref\tActivity Description")) {
        table = ACTIVITY;
      }
      if (!line.startsWith("AH")) {
        continue;
      }
      rows++;
      String[] cells = line.split("\t");
      String ref = cell(cells, 0);
      String description = cell(cells, 1).replaceFirst("^<b>\\w+</b>\\s*-\\s*", "");
      Indicator indicator = table.indicator(ref).orElseThrow(() -> new AssertionError("no " + ref));
      assertThat(indicator.title()).as(ref).isEqualTo(description.replaceAll("\\s*\\*$", ""));
      assertThat(indicator.kind()).as(ref)
          .isEqualTo(table == KPIS ? IndicatorKind.PERFORMANCE : IndicatorKind.ACTIVITY);

      String outturn = cell(cells, 2);
      Optional<Actual> actual = indicator.actual(OUTTURN);
      if (isPlaceholder(outturn)) {
        assertThat(actual).as(ref).contains(Actual.missing(OUTTURN, outturn));
      } else {
        assertThat(actual.flatMap(Actual::value)).as(ref).contains(KentKassHqIndicatorsTest.figure(outturn));
      }
      assertThat(indicator.basis()).as(ref)
          .isEqualTo(outturn.startsWith("FY ") ? Basis.CUMULATIVE_YEAR_TO_DATE : Basis.SNAPSHOT);

      String target = cell(cells, 3);
      Optional<Target> planned = indicator.target(PLAN_YEAR);
      if (target.isEmpty()) {
        assertThat(planned).as(ref).isEmpty();
      } else if (isPlaceholder(target)) {
        assertThat(planned).as(ref).contains(Target.placeholder(PLAN_YEAR, target));
      } else {
        assertThat(planned.map(Target::kind)).as(ref)
            .contains(description.endsWith("*") ? Target.Kind.BASELINE : Target.Kind.TARGET);
        assertThat(planned.flatMap(Target::value)).as(ref).contains(KentKassHqIndicatorsTest.figure(target));
      }
    }
    assertThat(rows).isEqualTo(49);
    assertThat(KPIS.indicators()).hasSize(25);
    assertThat(ACTIVITY.indicators()).hasSize(24);
  }

  @Test
  void publishedFigures() {
    Indicator d01 = KPIS.indicator("AH D01").orElseThrow();
    // "AH D01 <b>DEMAND</b> - Percentage of information, advice and advocacy or direct provision 87% 80%"
    assertThat(d01.group()).contains("DEMAND");
    assertThat(d01.actual(OUTTURN)).contains(Actual.of("2017-18", "87%"));
    assertThat(d01.target(PLAN_YEAR)).contains(Target.of("2018-19", "80%"));
    // "AH D04 Older people and physical disability enabling referrals FY 11,548 11,315"
    Indicator d04 = KPIS.indicator("AH D04").orElseThrow();
    assertThat(d04.basis()).isEqualTo(Basis.CUMULATIVE_YEAR_TO_DATE);
    assertThat(d04.actual(OUTTURN).flatMap(Actual::value)).contains(new BigDecimal("11548"));
    assertThat(d04.target(PLAN_YEAR).flatMap(Target::value)).contains(new BigDecimal("11315"));
    assertThat(KPIS.indicator("AH O15").flatMap(i -> i.target(PLAN_YEAR)).flatMap(Target::value))
        .hasValueSatisfying(v -> assertThat(v).hasToString("17.0"));
    assertThat(KPIS.indicators().stream().filter(i -> i.basis() == Basis.CUMULATIVE_YEAR_TO_DATE)
        .map(Indicator::label)).containsExactly("AH D04", "AH O07", "AH H17", "AH S21", "AH S22", "AH S25");
    assertThat(ACTIVITY.indicator("AH03").map(Indicator::unit)).contains(IndicatorUnit.average("hours"));
    assertThat(ACTIVITY.indicator("AH03").flatMap(i -> i.actual(OUTTURN)).flatMap(Actual::value))
        .hasValueSatisfying(v -> assertThat(v).hasToString("10.44"));
  }

  @Test
  void baselinesAndPlaceholdersAsPublished() {
    for (String ref : List.of("AH S21", "AH S22", "AH S25")) {
      assertThat(KPIS.indicator(ref).flatMap(i -> i.target(PLAN_YEAR)).map(Target::kind)).as(ref)
          .contains(Target.Kind.BASELINE);
    }
    assertThat(ACTIVITY.indicator("AH01").flatMap(i -> i.target(PLAN_YEAR))).contains(Target.baseline("2018-19", "40,450"));
    Indicator h19 = KPIS.indicator("AH H19").orElseThrow();
    assertThat(h19.actual(OUTTURN)).contains(Actual.missing("2017-18", "Placeholder"));
    assertThat(h19.target(PLAN_YEAR)).contains(Target.placeholder("2018-19", "Placeholder"));
    assertThat(ACTIVITY.indicator("AH23").flatMap(i -> i.actual(OUTTURN)).flatMap(Actual::note)).contains("Place holder");
    assertThat(KPIS.indicator("AH D03").orElseThrow().targets()).isEmpty();
  }

  @Test
  void delayedTransfersOfCareIsLowerIsBetterAndPlannedToImprove() {
    Indicator h17 = KPIS.indicator("AH H17").orElseThrow();
    assertThat(h17.group()).contains("HEALTH");
    assertThat(h17.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    BigDecimal outturn = h17.actual(OUTTURN).flatMap(Actual::value).orElseThrow();
    BigDecimal target = h17.target(PLAN_YEAR).flatMap(Target::value).orElseThrow();
    assertThat(List.of(outturn, target)).containsExactly(new BigDecimal("53973"), new BigDecimal("41730"));
    assertThat(DirectionOfTravel.of(h17.polarity(), outturn, target)).isEqualTo(DirectionOfTravel.IMPROVING);
    assertThat(h17.assess(PLAN_YEAR).explanation())
        .isEqualTo("no result vs target 41,730 (lower is better), no floor: not rated: no result for 2018-19");
  }

  @Test
  void theMentalHealthPartsAddUpToTheirWholes() {
    assertThat(ACTIVITY.indicators().stream().filter(i -> i.partOf().isPresent())
        .map(i -> i.label() + "<" + i.partOf().get()))
        .containsExactly("AH11<AH10", "AH12<AH10", "AH15<AH14", "AH16<AH14", "AH18<AH17", "AH19<AH17",
            "AH21<AH20", "AH22<AH20");
    assertThat(ACTIVITY.validate().withCode(PerformanceRules.BREAKDOWN_MISMATCH)).isEmpty();
  }

  @Test
  void checkingFindsTheMissingTargetsAndTheTargetsNoRuleCanRate() {
    ValidationReport report = KPIS.validate(PLAN).plus(ACTIVITY.validate(PLAN));

    assertThat(report.isValid()).isTrue();
    assertThat(report.withCode(PerformanceRules.TARGET_MISSING)).extracting(f -> f.location().path().get(2))
        .containsExactly("AH D03", "AH O08", "AH O09", "AH O12", "AH O16");
    // The tables state no polarity but for delayed transfers of care: every other target is a warning.
    assertThat(report.withCode(PerformanceRules.TARGET_NO_POLARITY)).hasSize(33);
    assertThat(report.codes()).containsOnly(PerformanceRules.TARGET_MISSING, PerformanceRules.TARGET_NO_POLARITY);
  }

  @Test
  void theOutturnYearHasNoTargetsToRateAgainst() {
    assertThat(KPIS.evaluate(OUTTURN).notRated()).isEqualTo(25);
    assertThat(KPIS.evaluate(OUTTURN).assessment("AH D01").orElseThrow().explanation())
        .isEqualTo("87% vs no target for 2017-18: not rated: no target for 2017-18");
  }
}
