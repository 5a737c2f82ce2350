package org.scplan.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.BudgetRules;
import org.scplan.budget.BudgetSchemas;
import org.scplan.core.AmountUnit;
import org.scplan.core.CalendarMonth;
import org.scplan.core.Document;
import org.scplan.core.FinancialQuarter;
import org.scplan.core.FinancialYear;
import org.scplan.core.Polarity;
import org.scplan.core.Rag;
import org.scplan.core.ReadResult;
import org.scplan.core.Report;
import org.scplan.core.Severity;
import org.scplan.csv.TableReader;
import org.scplan.json.ReportJson;
import org.scplan.json.ScplanJson;
import org.scplan.performance.Actual;
import org.scplan.performance.Indicator;
import org.scplan.performance.IndicatorSet;
import org.scplan.performance.IndicatorUnit;
import org.scplan.performance.Target;
import org.scplan.performance.spc.XmrChart;
import org.scplan.performance.spc.XmrSeries;
import org.scplan.risk.HeatMap;
import org.scplan.risk.Rating;
import org.scplan.risk.RatingKind;
import org.scplan.risk.Risk;
import org.scplan.risk.RiskMatrices;
import org.scplan.risk.RiskRegister;

/**
 * The tasks a council developer most often has, written against scplan's published artifacts
 * only (imported through the BOM): if a jar is broken, a transitive dependency is missing or the
 * API leans on an internal class, this does not compile or does not pass.
 */
class CouncilApplicationTest {
  private static final Path PLANS = Path.of("examples", "plans");

  @Test
  void checkABudgetTableBuiltInCode() {
    BudgetProfile budget = BudgetProfile.builder("asc-2024", "Adult social care 2024-25", BudgetSchemas.GROSS_INCOME_NET)
        .year(FinancialYear.of(2024)).unit(AmountUnit.THOUSANDS)
        .line("Older people", "10,000.0", "-2,000.0", "8,000.0")
        .line("Learning disability", "5,000.0", "-1,000.0", "4,000.0")
        .total("Total", "15,000.0", "-3,000.0", "12,500.0")
        .build();
    // The printed net total, 12,500.0, is neither the lines' sum nor gross + income.
    assertEquals(List.of(BudgetRules.TOTAL_MISMATCH, BudgetRules.DERIVED_MISMATCH),
        budget.validate().errors().stream().map(f -> f.code()).toList());
  }

  @Test
  void readAndCheckAPlanFileAndReportItAsJson() {
    Path file = PLANS.resolve("kent-asch-2018-19.json");
    ReadResult<Document> read = ScplanJson.standard().read(file);
    assertTrue(read.isRead());
    assertEquals(1, read.validate().errors().size());
    Report report = Report.of(List.of(Report.check(file, read)));
    assertEquals(Report.ERRORS, report.exitStatus());
    String json = ReportJson.write(report, Severity.ERROR);
    assertTrue(json.contains("\"format\": \"scplan-report\""), json);
    assertTrue(json.contains("budget.headline.mismatch"), json);
  }

  @Test
  void readATableAsPublished() {
    ReadResult<Document> read = TableReader.standard().read("spend.csv",
        "What we spend,£m\nSchools,10.0\nRoads,5.5\nTotal,15.9\n");
    assertTrue(read.isRead());
    assertEquals(1, read.validate().errors().size(), read.validate().toString());
  }

  @Test
  void rateAKpiSetForAQuarter() {
    FinancialQuarter q1 = FinancialQuarter.parse("Q1 2013-14");
    Indicator reviews = Indicator.of("PI 1", "Reviews completed on time", IndicatorUnit.PERCENTAGE,
            Polarity.HIGHER_IS_BETTER)
        .withTarget(Target.of(q1, new BigDecimal("80.0")).withFloor(new BigDecimal("75.0")))
        .withActual(Actual.of("Q1 2013-14", "78.5%"));
    IndicatorSet kpis = IndicatorSet.of("kpis", "Key performance indicators", reviews);
    assertEquals(1, kpis.evaluate(q1).amber());
    assertEquals(Rag.AMBER, reviews.assess(q1).rag().orElseThrow());
  }

  @Test
  void scoreARiskRegisterOnACouncilsMatrix() {
    RiskRegister register = RiskRegister.builder().id("directorate").title("Directorate risk register")
        .matrix(RiskMatrices.named("kent-5x5"))
        .addRisk(Risk.of("AH0005", "Financial pressures", "Pressures on public sector funding")
            .withCurrent(Rating.of(4, 5)).withTarget(Rating.of(3, 4)))
        .build();
    assertEquals("High", register.matrix().level(register.risks().get(0).current().orElseThrow()).name());
    assertEquals(1, HeatMap.of(register, RatingKind.CURRENT).total());
  }

  @Test
  void drawAnXmrChart() {
    XmrSeries ae = XmrSeries.from(CalendarMonth.of(2016, 4), Polarity.HIGHER_IS_BETTER,
        0.9004, 0.9028, 0.9056, 0.9029, 0.9098, 0.9065, 0.8905, 0.8838, 0.8618, 0.8514, 0.8753, 0.9001,
        0.9052, 0.8970, 0.9073, 0.9035).withName("A&E 4-hour performance").withTarget(0.95);
    XmrChart chart = XmrChart.of(ae);
    assertTrue(chart.summary().startsWith("16 points"), chart.summary());
    assertTrue(ReportJson.write(chart).contains("\"report\": \"xmr-chart\""));
  }
}
