package org.scplan.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scplan.core.Finding;
import org.scplan.core.FinancialYear;
import org.scplan.core.Polarity;
import org.scplan.core.ValidationReport;

/**
 * Golden tests from seed 001 (Adult Social Care and Health business plan 2018-19), section K,
 * Tables 7 (Key Performance Indicators) and 8 (activity): references such as {@code AH D01} and
 * {@code AH S 24}, baselines marked {@code *}, {@code Placeholder}, full-year cumulative figures
 * {@code FY 11,548} against monthly snapshots, and the mental health lines split into primary and
 * secondary that add up (AH10 813 = AH11 54 + AH12 759).
 */
class Seed001IndicatorTablesTest {
  private static final String SEED = "001-tables-7-8.txt";
  private static final FinancialYear OUTTURN = FinancialYear.parse("2017-18");
  private static final FinancialYear PLAN = FinancialYear.parse("2018-19");
  private static final Pattern GROUP = Pattern.compile("^<b>(\\w+)</b>\\s*-\\s*(.*)$");
  private static final Pattern PART = Pattern.compile("^(.*) - (primary|secondary) mental health$");

  private static IndicatorSet kpis;
  private static IndicatorSet activity;

  @BeforeAll
  static void readTables() {
    List<String> lines = SeedText.lines(SEED);
    int table8 = lines.indexOf(lines.stream().filter(l -> l.startsWith("Ref\tActivity Description")).findFirst()
        .orElseThrow());
    kpis = read(lines.subList(0, table8), IndicatorKind.PERFORMANCE, "Key Performance Indicators");
    activity = read(lines.subList(table8, lines.size()), IndicatorKind.ACTIVITY, "Activity");
  }

  /**
   * Reads one table: a {@code <b>HEADING</b> -} opens a group; a trailing {@code *} marks the
   * 2018-19 figure a baseline; {@code FY} marks a full-year cumulative indicator; a line "... -
   * primary/secondary mental health" is a part of the last line before it that is not.
   */
  private static IndicatorSet read(List<String> lines, IndicatorKind kind, String title) {
    IndicatorSet.Builder set = IndicatorSet.builder().id(kind == IndicatorKind.PERFORMANCE ? "table-7" : "table-8")
        .title(title).addTargetPeriod(PLAN);
    String group = null;
    String whole = null;
    for (String line : lines) {
      if (!line.startsWith("AH")) {
        continue;
      }
      String ref = SeedText.cell(List.of(line.split("\t")), 0);
      String description = SeedText.cell(List.of(line.split("\t")), 1);
      String outturn = SeedText.cell(List.of(line.split("\t")), 2);
      String target = SeedText.cell(List.of(line.split("\t")), 3);
      Matcher g = GROUP.matcher(description);
      if (g.matches()) {
        group = g.group(1);
        description = g.group(2);
      }
      boolean baseline = description.endsWith("*");
      description = description.replaceAll("\\s*\\*$", "");
      boolean fullYear = outturn.startsWith("FY ");
      Indicator.Builder b = Indicator.builder().reference(ref).title(description).kind(kind)
          .unit(outturn.endsWith("%") || target.endsWith("%") ? IndicatorUnit.PERCENTAGE
              : description.startsWith("Intensity of home care") ? IndicatorUnit.average("hours") : IndicatorUnit.COUNT)
          // Only delayed transfers of care has a polarity the plan states: "work to reduce Delayed Transfers of Care".
          .polarity(ref.equals("AH H17") ? Polarity.LOWER_IS_BETTER : Polarity.NONE)
          .frequency(Frequency.MONTHLY)
          .basis(fullYear ? Basis.CUMULATIVE_YEAR_TO_DATE : Basis.SNAPSHOT);
      if (group != null && kind == IndicatorKind.PERFORMANCE) {
        b.group(group);
      }
      Matcher part = PART.matcher(description);
      if (part.matches() && whole != null) {
        b.partOf(whole);
      } else {
        whole = ref;
      }
      if (isPlaceholder(outturn)) {
        b.addActual(Actual.missing(OUTTURN, outturn));
      } else if (!outturn.isEmpty()) {
        b.addActual(Actual.of(OUTTURN.toString(), outturn.replaceFirst("^FY ", "")));
      }
      if (isPlaceholder(target)) {
        b.addTarget(Target.placeholder(PLAN, target));
      } else if (!target.isEmpty()) {
        b.addTarget(baseline ? Target.baseline(PLAN.toString(), target) : Target.of(PLAN.toString(), target));
      }
      set.addIndicator(b.build());
    }
    return set.build();
  }

  private static boolean isPlaceholder(String cell) {
    return cell.equalsIgnoreCase("Placeholder") || cell.equalsIgnoreCase("Place holder");
  }

  @Test
  void holdsBothTables() {
    assertThat(kpis.indicators()).hasSize(25);
    assertThat(activity.indicators()).hasSize(24);
    assertThat(kpis.indicators()).extracting(Indicator::label).contains("AH D01", "AH S 24", "AH S25");
    Indicator d01 = kpis.indicator("AH D01").orElseThrow();
    assertThat(d01.group()).contains("DEMAND");
    assertThat(d01.title()).isEqualTo("Percentage of information, advice and advocacy or direct provision");
    assertThat(d01.actual(OUTTURN)).contains(Actual.of("2017-18", "87%"));
    assertThat(d01.target(PLAN)).contains(Target.of("2018-19", "80%"));
    assertThat(kpis.indicator("AH O15").flatMap(i -> i.target(PLAN)).flatMap(Target::value))
        .hasValueSatisfying(v -> assertThat(v).hasToString("17.0"));
    assertThat(activity.indicator("AH03").map(Indicator::unit)).contains(IndicatorUnit.average("hours"));
    assertThat(activity.indicator("AH03").flatMap(i -> i.actual(OUTTURN)).flatMap(Actual::value))
        .hasValueSatisfying(v -> assertThat(v).hasToString("10.44"));
  }

  @Test
  void fullYearFiguresAreCumulativeAndTheRestSnapshots() {
    Indicator d04 = kpis.indicator("AH D04").orElseThrow();
    assertThat(d04.basis()).isEqualTo(Basis.CUMULATIVE_YEAR_TO_DATE);
    assertThat(d04.actual(OUTTURN).flatMap(Actual::value)).contains(new BigDecimal("11548"));
    assertThat(d04.target(PLAN).flatMap(Target::value)).contains(new BigDecimal("11315"));
    assertThat(kpis.indicators().stream().filter(i -> i.basis() == Basis.CUMULATIVE_YEAR_TO_DATE)
        .map(Indicator::label)).containsExactly("AH D04", "AH O07", "AH H17", "AH S21", "AH S22", "AH S25");
    assertThat(kpis.indicator("AH D01").map(Indicator::basis)).contains(Basis.SNAPSHOT);
    // A full-year target does not apply to one month of a cumulative indicator.
    assertThat(d04.targetFor(org.scplan.core.CalendarMonth.parse("June 2018"))).isEmpty();
  }

  @Test
  void baselinesAreNotTargetsAndAreNeverRated() {
    for (String ref : List.of("AH S21", "AH S22", "AH S25")) {
      assertThat(kpis.indicator(ref).flatMap(i -> i.target(PLAN)).map(Target::kind)).as(ref)
          .contains(Target.Kind.BASELINE);
    }
    assertThat(activity.indicator("AH01").flatMap(i -> i.target(PLAN))).contains(Target.baseline("2018-19", "40,450"));
    Indicator s21 = kpis.indicator("AH S21").orElseThrow()
        .withActual(Actual.of("2018-19", "10,200")); // a result for 2018-19, for illustration
    assertThat(s21.assess(PLAN).explanation())
        .isEqualTo("10,200 vs baseline 10,348: not rated: a baseline is not a target");
  }

  @Test
  void placeholdersAreKeptAsPublished() {
    Indicator h19 = kpis.indicator("AH H19").orElseThrow();
    assertThat(h19.actual(OUTTURN)).contains(Actual.missing("2017-18", "Placeholder"));
    assertThat(h19.target(PLAN)).contains(Target.placeholder("2018-19", "Placeholder"));
    assertThat(h19.assess(PLAN).status().reason()).contains("Placeholder");
    assertThat(activity.indicator("AH23").flatMap(i -> i.actual(OUTTURN)).flatMap(Actual::note)).contains("Place holder");
    assertThat(kpis.indicator("AH D03").orElseThrow().targets()).isEmpty();
  }

  @Test
  void delayedTransfersOfCareIsLowerIsBetter() {
    Indicator h17 = kpis.indicator("AH H17").orElseThrow();
    assertThat(h17.actual(OUTTURN).flatMap(Actual::value)).contains(new BigDecimal("53973"));
    BigDecimal target = h17.target(PLAN).flatMap(Target::value).orElseThrow();
    assertThat(target).isEqualTo(new BigDecimal("41730"));
    assertThat(DirectionOfTravel.of(h17.polarity(), new BigDecimal("53973"), target))
        .isEqualTo(DirectionOfTravel.IMPROVING);
    assertThat(h17.assess(PLAN).explanation())
        .isEqualTo("no result vs target 41,730 (lower is better), no floor: not rated: no result for 2018-19");
    // Results for 2018-19, for illustration: on target is GREEN, more delays than planned is not.
    assertThat(h17.withActual(Actual.of("2018-19", "41,730")).assess(PLAN).toString()).isEqualTo("AH H17 2018-19:"
        + " 41,730 vs target 41,730 (lower is better), no floor: GREEN; improving since 2017-18 (53,973)");
    assertThat(h17.withActual(Actual.of("2018-19", "45,000")).assess(PLAN).explanation())
        .isEqualTo("45,000 vs target 41,730 (lower is better), no floor: AMBER");
  }

  @Test
  void theMentalHealthBreakdownsAddUp() {
    Indicator ah11 = activity.indicator("AH11").orElseThrow();
    assertThat(ah11.partOf()).contains("AH10");
    assertThat(activity.indicators().stream().filter(i -> i.partOf().isPresent()).map(i -> i.label() + "<" + i.partOf().get()))
        .containsExactly("AH11<AH10", "AH12<AH10", "AH15<AH14", "AH16<AH14", "AH18<AH17", "AH19<AH17",
            "AH21<AH20", "AH22<AH20");
    assertThat(activity.validate().withCode(PerformanceRules.BREAKDOWN_MISMATCH)).isEmpty();

    // AH12 misprinted as 760: the parts no longer add up to AH10's 813.
    List<Indicator> misprinted = new ArrayList<>(activity.indicators());
    Indicator ah12 = activity.indicator("AH12").orElseThrow();
    misprinted.set(misprinted.indexOf(ah12), Indicator.builder().from(ah12).actuals(List.of())
        .addActual(Actual.of("2017-18", "760")).build());
    ValidationReport report = IndicatorSet.builder().from(activity).indicators(misprinted).build().validate();
    List<Finding> mismatches = report.withCode(PerformanceRules.BREAKDOWN_MISMATCH);
    assertThat(mismatches).hasSize(1);
    assertThat(mismatches.get(0).message()).isEqualTo(
        "The parts of AH10 do not add up for 2017-18 result: AH11 + AH12 = 54 + 760 = 814, but AH10 is 813");
    assertThat(mismatches.get(0).location()).hasToString("Activity › AH10 [2017-18 result]");
    assertThat(mismatches.get(0).expected()).contains("813");
  }

  @Test
  void checkingFindsThePerformanceIndicatorsWithNoTargetFor2018To19() {
    ValidationReport report = kpis.validate();
    assertThat(report.isValid()).isTrue();
    assertThat(report.withCode(PerformanceRules.TARGET_MISSING)).extracting(f -> f.location().path().get(2))
        .containsExactly("AH D03", "AH O08", "AH O09", "AH O12", "AH O16");
    assertThat(report.withCode(PerformanceRules.TARGET_MISSING).get(0).message())
        .isEqualTo("AH D03 has no target for 2018-19; give one, or a placeholder that says why there is none");
    assertThat(activity.validate().withCode(PerformanceRules.TARGET_MISSING)).as("activity needs no target").isEmpty();
  }

  @Test
  void theOutturnYearHasNoTargetsToRateAgainst() {
    Dashboard dashboard = kpis.evaluate(OUTTURN);
    assertThat(dashboard.notRated()).isEqualTo(25);
    assertThat(dashboard.assessment("AH D01").orElseThrow().explanation())
        .isEqualTo("87% vs no target for 2017-18: not rated: no target for 2017-18");
  }
}
