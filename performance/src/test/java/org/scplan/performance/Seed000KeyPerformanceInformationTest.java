package org.scplan.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scplan.core.FinancialYear;
import org.scplan.core.Polarity;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;

/**
 * Golden tests from seed 000 (KASS Strategic Headquarters business plan 2010/11), section 5 "KEY
 * PERFORMANCE INFORMATION": targets and estimates for 2009/10, targets for 2010/11, and the
 * placeholders "It is not possible to give targets for 2010/11 as they will not be set until April
 * 2010" and "No target available until April 2010", read from the seed's own table.
 */
class Seed000KeyPerformanceInformationTest {
  private static final String SEED = "000-section-5.txt";
  private static final FinancialYear Y2009 = FinancialYear.parse("2009/10");
  private static final FinancialYear Y2010 = FinancialYear.parse("2010/11");
  private static final Pattern NI = Pattern.compile("^(NI \\d+)\\s*(?:–\\s*)?(.+)$");
  private static final String NOT_POSSIBLE =
      "It is not possible to give targets for 2010/11 as they will not be set until April 2010";

  private static IndicatorSet kpis;

  /**
   * Reads the table. A row that starts with empty cells continues the row before it across a page
   * break (NI 135's placeholder is split "... will not be" / "set until April 2010").
   */
  @BeforeAll
  static void readTable() {
    List<List<String>> rows = new ArrayList<>();
    for (String line : SeedText.lines(SEED)) {
      if (line.startsWith("NI ") || line.startsWith("Number of")) {
        rows.add(new ArrayList<>(Arrays.asList(line.split("\t"))));
      } else if (line.startsWith("\t") && !line.isBlank() && !rows.isEmpty()) {
        String[] cells = line.split("\t");
        List<String> previous = rows.get(rows.size() - 1);
        for (int i = 0; i < cells.length; i++) {
          if (!cells[i].isBlank()) {
            previous.set(i, previous.get(i).strip() + " " + cells[i].strip());
          }
        }
      }
    }
    IndicatorSet.Builder set = IndicatorSet.builder().id("kpi-2010-11").title("Key Performance Information")
        .addTargetPeriod(Y2010);
    for (List<String> row : rows) {
      Matcher m = NI.matcher(row.get(0));
      boolean national = m.matches();
      boolean percentage = row.get(3).endsWith("%");
      Indicator.Builder indicator = Indicator.builder()
          .title(national ? m.group(2) : row.get(0))
          .unit(percentage ? IndicatorUnit.PERCENTAGE : IndicatorUnit.COUNT)
          // The National Indicators here all count success; the "MH Specific" counts of service users judge nothing.
          .polarity(national ? Polarity.HIGHER_IS_BETTER : Polarity.NONE)
          .accountableManager(row.get(1))
          .frequency(Frequency.parse(row.get(2)))
          .source(row.get(6))
          .addTarget(Target.of(Y2009.toString(), row.get(3)))
          .addActual(Actual.estimated(Y2009.toString(), row.get(4)));
      if (national) {
        indicator.reference(m.group(1));
      }
      String target2010 = row.get(5).strip();
      indicator.addTarget(Character.isDigit(target2010.charAt(0))
          ? Target.of(Y2010.toString(), target2010)
          : Target.placeholder(Y2010, target2010));
      set.addIndicator(indicator.build());
    }
    kpis = set.build();
  }

  @Test
  void holdsEveryLineOfTheTableAsPublished() {
    assertThat(kpis.indicators()).extracting(Indicator::label).containsExactly("NI 125", "NI 130", "NI 132",
        "NI 133", "NI 135", "NI 136", "NI 145", "NI 146",
        "Number of supported residents with mental health problems in residential/ nursing care",
        "Number of service users in receipt of domiciliary care as at 31 st March",
        "Number of service users receiving a Direct Payments as at 31 st March");
    Indicator ni125 = kpis.indicator("NI 125").orElseThrow();
    assertThat(ni125.title())
        .isEqualTo("Achieving independence for older people through rehabilitation/intermediate care");
    assertThat(ni125.accountableManager()).contains("Steph Abbott");
    assertThat(ni125.frequency()).contains(Frequency.MONTHLY);
    assertThat(ni125.source()).contains("LAA/ National Indicator");
    assertThat(ni125.target(Y2009)).contains(Target.of("2009/10", "75%"));
    assertThat(ni125.target(Y2010)).contains(Target.of("2010/11", "79%"));
    assertThat(ni125.actual(Y2009)).contains(Actual.estimated("2009/10", "77%"));
    assertThat(kpis.indicator("NI 145").flatMap(Indicator::frequency)).contains(Frequency.QUARTERLY);
    assertThat(kpis.indicator("NI 132").flatMap(i -> i.target(Y2009)).flatMap(Target::value))
        .hasValueSatisfying(v -> assertThat(v).hasToString("83.4"));
    assertThat(kpis.indicator("NI 136").flatMap(i -> i.actual(Y2009)).flatMap(Actual::value))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("34300"));
  }

  @Test
  void placeholdersKeepTheirReasonAsPublished() {
    for (String ref : List.of("NI 130", "NI 132", "NI 133", "NI 135", "NI 136", "NI 145", "NI 146")) {
      Target t = kpis.indicator(ref).flatMap(i -> i.target(Y2010)).orElseThrow();
      assertThat(t.kind()).as(ref).isEqualTo(Target.Kind.PLACEHOLDER);
      assertThat(t.note()).as(ref).contains(NOT_POSSIBLE);
    }
    assertThat(kpis.indicators().subList(8, 11)).allSatisfy(i ->
        assertThat(i.target(Y2010).flatMap(Target::note)).contains("No target available until April 2010"));
  }

  @Test
  void estimatesFor2009To10AreHeldAgainstThatYearsTargets() {
    Dashboard dashboard = kpis.evaluate(Y2009);
    assertThat(dashboard.assessment("NI 125").orElseThrow().explanation())
        .isEqualTo("77% (estimated) vs target 75% (higher is better), no floor: GREEN");
    assertThat(dashboard.assessment("NI 130").orElseThrow().explanation())
        .isEqualTo("3,000 (estimated) vs target 2,342 (higher is better), no floor: GREEN");
    assertThat(dashboard.assessment("NI 132").orElseThrow().explanation())
        .isEqualTo("85% (estimated) vs target 83.4% (higher is better), no floor: GREEN");
    // Equal to target is GREEN.
    assertThat(dashboard.assessment("NI 133").orElseThrow().explanation())
        .isEqualTo("95% (estimated) vs target 95% (higher is better), no floor: GREEN");
    assertThat(dashboard.assessment("NI 146").orElseThrow().explanation())
        .isEqualTo("40% (estimated) vs target 9.5% (higher is better), no floor: GREEN");
    assertThat(dashboard.assessments().get(8).explanation()).isEqualTo("192 (estimated) vs target 187 (no polarity):"
        + " not rated: the indicator has no polarity, so no result is better or worse than its target");
    assertThat(dashboard.summary()).isEqualTo("8 green, 0 amber, 0 red, 3 not rated");
  }

  @Test
  void for2010To11NothingCanBeRatedAndEachSaysWhy() {
    Dashboard dashboard = kpis.evaluate(Y2010);
    assertThat(dashboard.summary()).isEqualTo("0 green, 0 amber, 0 red, 11 not rated");
    assertThat(dashboard.assessment("NI 125").orElseThrow().explanation())
        .isEqualTo("no result vs target 79% (higher is better), no floor: not rated: no result for 2010-11");
    assertThat(dashboard.assessment("NI 135").orElseThrow().explanation())
        .isEqualTo("no result vs no target for 2010-11: not rated: " + NOT_POSSIBLE);
    assertThat(dashboard.assessments().get(10).status().reason()).contains("No target available until April 2010");
    assertThat(dashboard.toString()).contains("NI 135", NOT_POSSIBLE, "0 green, 0 amber, 0 red, 11 not rated");
  }

  @Test
  void checkingFindsOnlyTheTargetsNoRuleCanRate() {
    ValidationReport report = kpis.validate();
    assertThat(report.isValid()).isTrue();
    assertThat(report.codes()).containsExactly(PerformanceRules.TARGET_NO_POLARITY);
    assertThat(report.findings()).hasSize(3).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(report.findings().get(0).message()).isEqualTo("Number of supported residents with mental health"
        + " problems in residential/ nursing care has a target (187 for 2009-10) but no polarity, so no result can"
        + " be rated against it");
  }
}
