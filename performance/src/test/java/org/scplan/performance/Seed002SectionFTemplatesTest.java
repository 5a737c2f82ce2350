package org.scplan.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.core.AcademicTerm;
import org.scplan.core.AcademicYear;
import org.scplan.core.FinancialQuarter;
import org.scplan.core.FinancialYear;
import org.scplan.core.Polarity;
import org.scplan.core.Rag;
import org.scplan.core.ReportingPeriod;

/**
 * Seed 002 (Learning Disability/Mental Health divisional business plan 2013-14), Section F: the
 * table templates for performance indicators (quarterly by financial year with Q1–Q4 targets,
 * termly by academic year {@code Spr 13}…{@code Spr 14}, annually by financial or academic year,
 * each with a floor performance standard and a comparative benchmark) and for activity indicators
 * (upper and lower thresholds per quarter). The templates carry headings but no figures, so the
 * periods are read from the seed's headings and the figures used with them are illustrative.
 */
class Seed002SectionFTemplatesTest {
  private static final String SEED = "002-section-f.txt";
  private static final FinancialYear PLAN = FinancialYear.parse("2013-14");

  private static List<String> cellsAfter(String heading) {
    List<String> lines = SeedText.lines(SEED);
    int at = lines.indexOf(lines.stream().filter(l -> l.startsWith(heading)).findFirst().orElseThrow());
    List<String> cells = new ArrayList<>();
    for (String line : lines.subList(at, Math.min(at + 2, lines.size()))) {
      Arrays.stream(line.split("\t")).map(String::strip).filter(c -> !c.isEmpty()).forEach(cells::add);
    }
    return cells;
  }

  @Test
  void theQuarterlyTemplateHoldsQ1ToQ4TargetsWithAFloor() {
    List<String> headings = cellsAfter("PERFORMANCE INDICATORS – QUARTERLY BY FINANCIAL YEAR");
    assertThat(headings).contains("Floor Performance Standard", "2012/2013 Outturn", "Comparative Benchmark",
        "Q1", "Q2", "Q3", "Q4");
    FinancialYear outturnYear = FinancialYear.parse(headings.get(2).replace(" Outturn", ""));
    assertThat(outturnYear.next()).isEqualTo(PLAN);

    Indicator.Builder b = Indicator.builder().reference("LD 1").title("Quarterly indicator (illustrative figures)")
        .unit(IndicatorUnit.PERCENTAGE).polarity(Polarity.HIGHER_IS_BETTER).frequency(Frequency.QUARTERLY)
        .floor(new BigDecimal("70.0")).benchmark(new BigDecimal("76.5"))
        .addActual(Actual.of(outturnYear, new BigDecimal("74.0")));
    for (String q : List.of("Q1", "Q2", "Q3", "Q4")) {
      b.addTarget(Target.of(ReportingPeriod.parse(q + " " + PLAN), new BigDecimal("75.0")));
    }
    Indicator quarterly = b.addActuals(Actual.of("Q1 2013-14", "75.0%"), Actual.of("Q2 2013-14", "70.0%"),
        Actual.of("Q3 2013-14", "69.9%")).build();
    assertThat(quarterly.targets()).extracting(t -> t.period().toString())
        .containsExactly("Q1 2013-14", "Q2 2013-14", "Q3 2013-14", "Q4 2013-14");
    assertThat(quarterly.assess(PLAN.quarter(1)).rag()).contains(Rag.GREEN);
    assertThat(quarterly.assess(PLAN.quarter(2)).explanation())
        .isEqualTo("70.0% vs target 75.0% (higher is better), floor 70.0%: AMBER");
    assertThat(quarterly.assess(PLAN.quarter(3)).rag()).contains(Rag.RED);
    assertThat(quarterly.assess(PLAN.quarter(4)).status().reason()).contains("no result for Q4 2013-14");
    assertThat(IndicatorSet.of("f", "Section F", quarterly).validate().isEmpty()).isTrue();
  }

  @Test
  void theTermlyTemplateRunsByAcademicYear() {
    List<String> headings = cellsAfter("PERFORMANCE INDICATOR – TERMLY BY ACADEMIC YEAR");
    assertThat(headings).contains("Aut 12 Outturn", "Spr 13", "Sum 13", "Aut 13", "Spr 14");
    AcademicTerm outturn = AcademicTerm.parse(headings.get(2).replace(" Outturn", ""));
    List<AcademicTerm> terms = headings.subList(headings.indexOf("Spr 13"), headings.size()).stream()
        .map(AcademicTerm::parse).toList();
    assertThat(terms).containsExactly(outturn.next(), outturn.next().next(), outturn.next().next().next(),
        outturn.next().next().next().next());
    assertThat(terms.get(0).year()).isEqualTo(AcademicYear.of(2012));
    assertThat(terms.get(2).year()).isEqualTo(AcademicYear.of(2013));

    Indicator termly = Indicator.builder().reference("LD 2").title("Termly indicator (illustrative figures)")
        .unit(IndicatorUnit.PERCENTAGE).polarity(Polarity.HIGHER_IS_BETTER).frequency(Frequency.TERMLY)
        .addActual(Actual.of(outturn, new BigDecimal("60")))
        .addTarget(Target.of(terms.get(0), new BigDecimal("62")))
        .addActual(Actual.of(terms.get(0), new BigDecimal("63")))
        .build();
    assertThat(termly.assess(terms.get(0)).toString())
        .isEqualTo("LD 2 Spring 2013: 63% vs target 62% (higher is better), no floor: GREEN; improving since Autumn 2012 (60%)");
  }

  @Test
  void theAnnualTemplatesRunByFinancialOrAcademicYear() {
    List<String> financial = cellsAfter("PERFORMANCE INDICATOR - ANNUALLY BY FINANCIAL YEAR");
    assertThat(financial).contains("2012/13 Outturn", "Target 2013/14", "Target 2014/15");
    assertThat(ReportingPeriod.parse(financial.get(financial.size() - 2).replace("Target ", ""))).isEqualTo(PLAN);
    assertThat(ReportingPeriod.parse(financial.get(financial.size() - 1).replace("Target ", ""))).isEqualTo(PLAN.next());

    List<String> academic = cellsAfter("PERFORMANCE INDICATOR - ANNUALLY BY ACADEMIC YEAR");
    assertThat(academic).contains("2012 Outturn", "Target 2013", "Target 2014");
    // "Target 2013" is the academic year whose results are known in 2013: AY 2012-13.
    AcademicYear target2013 = AcademicYear.of(Integer.parseInt(academic.get(academic.size() - 2).replace("Target ", "")) - 1);
    assertThat(target2013).hasToString("AY 2012-13");
    assertThat(Frequency.ANNUALLY_BY_ACADEMIC_YEAR.matches(target2013)).isTrue();
  }

  @Test
  void activityIndicatorsHaveAnUpperAndLowerThresholdPerQuarter() {
    List<String> lines = SeedText.lines(SEED);
    List<String> headings = cellsAfter("ACTIVITY INDICATOR");
    assertThat(headings).contains("Expected range for activity", "Threshold", "Q1", "Q2", "Q3", "Q4");
    assertThat(lines.stream().filter(l -> l.strip().equals("Upper"))).hasSize(2);
    assertThat(lines.stream().filter(l -> l.strip().equals("Lower"))).hasSize(2);

    Indicator.Builder b = Indicator.builder().reference("LD A1").title("Activity (illustrative figures)")
        .kind(IndicatorKind.ACTIVITY).unit(IndicatorUnit.count("clients")).polarity(Polarity.NONE)
        .frequency(Frequency.QUARTERLY);
    for (FinancialQuarter q : PLAN.quarters()) {
      b.addTarget(Target.range(q, new BigDecimal("100"), new BigDecimal("120")));
    }
    Indicator a = b.addActuals(Actual.of("Q1 2013-14", "99"), Actual.of("Q2 2013-14", "100"),
        Actual.of("Q3 2013-14", "120"), Actual.of("Q4 2013-14", "121")).build();
    IndicatorSet set = IndicatorSet.of("f-activity", "Activity indicators", a);
    assertThat(PLAN.quarters().stream().map(q -> set.evaluate(q).assessments().get(0).position().orElseThrow()))
        .containsExactly(RangePosition.BELOW, RangePosition.WITHIN, RangePosition.WITHIN, RangePosition.ABOVE);
    assertThat(set.evaluate(PLAN.quarter(4)).summary())
        .isEqualTo("0 green, 0 amber, 0 red, 1 not rated; activity: 0 below, 0 within, 1 above");
    assertThat(set.evaluate(PLAN.quarter(4)).assessments().get(0).direction()).contains(DirectionOfTravel.INCREASING);
  }
}
