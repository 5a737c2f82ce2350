package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scplan.json.KentKassHqBudgetTest.assertCell;
import static org.scplan.json.KentKassHqBudgetTest.cell;
import static org.scplan.json.KentKassHqBudgetTest.kindOf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.budget.BudgetLine;
import org.scplan.budget.BudgetMonitoring;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.BudgetSchemas;
import org.scplan.budget.ReportedVariance;
import org.scplan.budget.Savings;
import org.scplan.core.AmountUnit;
import org.scplan.core.BusinessPlan;
import org.scplan.core.Finding;
import org.scplan.core.FinancialYear;
import org.scplan.core.HeadlineMeasure;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedNumber;
import org.scplan.core.ValidationReport;

/**
 * Golden test: {@code examples/plans/kent-asch-2018-19.json} holds seed 001's Table 5 (resources,
 * £000s), Table 6 (staffing, with its notes) and section B's savings and quarterly variances
 * exactly as published, and {@code scplan check}
 * finds exactly one error in the plan: the foreword's "total net budget of £414m" against Table 5's
 * net cost of 417,018.0, outside the rounding of both.
 *
 * <p>The tables are compared cell by cell with the seed text itself, copied to
 * {@code src/test/resources/org/scplan/json/seed-001-resources.txt}.
 */
class KentAschBudgetTest {
  private static final BusinessPlan PLAN = ScplanJson.standard().readPlan(ExamplePlans.KENT_ASCH_2018_19);
  private static final String SEED = SeedText.read("seed-001-resources.txt");

  private static BudgetProfile section(String id) {
    return (BudgetProfile) PLAN.section(id).orElseThrow();
  }

  private static List<String[]> rows(String from, String to) {
    List<String[]> rows = new ArrayList<>();
    for (String line : SeedText.between(SEED, from, to).split("\n")) {
      if (!line.isBlank()) {
        rows.add(line.replace("<b>", "").replace("</b>", "").split("\t", -1));
      }
    }
    return rows;
  }

  /** Compares a seed table with a profile: line names, kinds and every cell, columns in schema order. */
  private static void assertTranscribed(BudgetProfile profile, List<String[]> data, String grandTotal, AmountUnit unit) {
    List<String> keys = profile.schema().keys();
    assertThat(profile.lineCount()).isEqualTo(data.size());
    for (int i = 0; i < data.size(); i++) {
      String[] row = data.get(i);
      BudgetLine line = profile.line(i);
      String[] figures = Arrays.copyOfRange(row, 1, 1 + keys.size());
      assertThat(line.name()).isEqualTo(cell(row, 0));
      assertThat(line.kind()).isEqualTo(kindOf(line.name(), figures, grandTotal));
      for (int c = 0; c < keys.size(); c++) {
        assertCell(line, keys.get(c), cell(row, c + 1), unit);
      }
    }
  }

  @Test
  void table5IsTranscribedCellByCell() {
    BudgetProfile table5 = section("budget-2018-19");
    List<String[]> rows = rows("Division\tStaffing", "The summary of the staffing");

    assertThat(rows.get(0)).containsExactly("Division", "Staffing", "Non staffing", "Gross expenditure", "Income",
        "Grants", "Net cost");
    assertThat(rows.get(1)).containsOnly("", "£000s");
    assertThat(table5.title()).isEqualTo("Table 5: Resources");
    assertThat(table5.schema()).isEqualTo(BudgetSchemas.KENT_DIRECTORATE_2018);
    assertThat(table5.schema().columns()).extracting(c -> c.label()).containsExactly(
        Arrays.copyOfRange(rows.get(0), 1, 7));
    assertThat(table5.year()).isEqualTo(FinancialYear.of(2018));
    assertThat(table5.orgUnit()).contains(PLAN.unit());
    assertThat(table5.unit()).isEqualTo(AmountUnit.THOUSANDS);
    assertTranscribed(table5, rows.subList(2, rows.size()), "Total", AmountUnit.THOUSANDS);
    assertThat(table5.total().orElseThrow().amount("net-cost")).contains(ReportedAmount.parse("£417,018.0k"));
    assertThat(table5.reconcile().discrepancies()).isEmpty();
  }

  @Test
  void table6IsTranscribedCellByCellWithItsNotes() {
    BudgetProfile table6 = section("staffing-2018-19");
    List<String[]> rows = rows("Division\tA/C", "Note:");

    assertThat(rows.get(0)).containsExactly("Division", "A/C", "H/C inc CRSS", "FTE");
    assertThat(table6.title()).isEqualTo("Table 6: Staffing");
    assertThat(table6.schema()).isEqualTo(BudgetSchemas.KENT_STAFFING_2018);
    assertThat(table6.decimals("assignments")).isZero();
    assertThat(table6.decimals("headcount")).isZero();
    assertThat(table6.decimals("fte")).isEqualTo(1);
    assertTranscribed(table6, rows.subList(1, rows.size()), "Directorate Total", AmountUnit.POUNDS);
    assertThat(table6.notes()).containsExactlyElementsOf(
        SeedText.between(SEED, "Total FTEs may include", null).lines().filter(l -> !l.isBlank()).toList());
    // "Total FTEs may include rounding errors": 43.0 + 1,042.2 + 1,234.0 is 2,319.2 all the same.
    assertThat(table6.reconcile().discrepancies()).isEmpty();
  }

  @Test
  void checkFindsExactlyOneErrorTheNetBudgetHeadlineAgainstTable5() {
    ValidationReport report = PLAN.validate();

    assertThat(report.errors()).hasSize(1);
    // Table 1's risks carry no ratings or owners (warnings, see RiskSectionsOfTheExamplesTest); the
    // budget sections add the error and the savings left unaccounted for (a warning).
    assertThat(report.filter(f -> f.code().startsWith("budget."))).extracting(Finding::code)
        .containsExactly("budget.headline.mismatch", "budget.savings.unaccounted");
    Finding mismatch = report.errors().get(0);
    assertThat(mismatch.code()).isEqualTo("budget.headline.mismatch");
    assertThat(mismatch.location().path()).containsExactly("Table 5: Resources", "Total");
    assertThat(mismatch.location().field()).contains("Net cost");
    assertThat(mismatch.message()).contains("£414m [£413.5m, £414.5m]")
        .contains("£417,018.0k [£417,017.95k, £417,018.05k]").contains("£3,018.0k less");
  }

  @Test
  void budgetMonitoringIsSectionBPriority1() {
    String said = SEED.lines().filter(l -> l.contains("target savings of")).findFirst().orElseThrow();
    String quarters = SEED.lines().filter(l -> l.contains("Reported variances")).findFirst().orElseThrow();
    BudgetMonitoring monitoring = (BudgetMonitoring) PLAN.section("budget-2017-18").orElseThrow();

    assertThat(said).contains("savings of £16.3m out of the target savings of £22.8m")
        .contains("reprofiling of savings of £4.7m");
    assertThat(monitoring.year()).contains(FinancialYear.of(2017));
    assertThat(monitoring.savings()).containsExactly(Savings.of("Medium Term Financial Plan savings",
        ReportedAmount.parse("£22.8m"), ReportedAmount.parse("£16.3m"), ReportedAmount.parse("£4.7m")));
    assertThat(quarters).contains("Quarter 1, Quarter 2, and Quarter 3 budget positions were +£7m, £1.5m and £0.1m");
    assertThat(monitoring.variances()).containsExactly(
        ReportedVariance.of("Quarter 1", ReportedAmount.parse("+£7m")),
        ReportedVariance.of("Quarter 2", ReportedAmount.parse("£1.5m")),
        ReportedVariance.of("Quarter 3", ReportedAmount.parse("£0.1m")));
    assertThat(monitoring.validate().findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("budget.savings.unaccounted");
      assertThat(f.message()).contains("leave £1.8m [£1.65m, £1.95m] unaccounted for");
    });
  }

  @Test
  void theHeadlinesAreTheForewordsFigures() {
    String foreword = SEED.lines().filter(l -> l.contains("total net budget of")).findFirst().orElseThrow();

    assertThat(foreword).contains("total net budget of £414m for 2018-19").contains("2,319.2 FTE");
    assertThat(PLAN.headline(HeadlineMeasure.NET_BUDGET).orElseThrow().figure())
        .isEqualTo(ReportedAmount.parse("£414m"));
    assertThat(section("staffing-2018-19").total().orElseThrow().number("FTE"))
        .contains((ReportedNumber) PLAN.headline(HeadlineMeasure.FTE).orElseThrow().figure());
  }
}
