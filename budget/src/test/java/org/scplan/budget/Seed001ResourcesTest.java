package org.scplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scplan.budget.SeedTables.cell;
import static org.scplan.budget.SeedTables.number;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.core.BusinessPlan;
import org.scplan.core.Finding;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedFigure;
import org.scplan.core.ReportedNumber;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;

/**
 * Golden tests on seed 001 (Adult Social Care and Health Directorate Business Plan 2018-19): Table 5
 * (resources, £000s), Table 6 (staffing) and the foreword's "total net budget of £414m" and
 * "2,319.2 FTE".
 */
class Seed001ResourcesTest {

  @Test
  void table5HoldsEveryFigureAsPublished() {
    BudgetProfile table5 = SeedTables.seed001Table5();
    List<String[]> rows = SeedTables.seed001Table5Rows();
    assertThat(table5.lineCount()).isEqualTo(4);
    List<String> keys = table5.schema().keys();
    for (int i = 0; i < rows.size(); i++) {
      BudgetLine line = table5.line(i);
      assertThat(line.name()).isEqualTo(cell(rows.get(i), 0));
      for (int c = 0; c < keys.size(); c++) {
        ReportedAmount figure = line.amount(keys.get(c)).orElseThrow();
        assertThat(figure.value()).as("%s %s", line.name(), keys.get(c))
            .isEqualByComparingTo(number(cell(rows.get(i), c + 1)).movePointRight(3));
      }
    }
    assertThat(table5.total().orElseThrow().amount("Net cost")).contains(ReportedAmount.parse("£417,018.0k"));
    assertThat(table5.total().orElseThrow().amount("grants")).contains(ReportedAmount.parse("-£16,185.0k"));
  }

  /** Staffing + Non staffing = Gross; Gross + Income + Grants = Net cost; the Total sums the divisions. */
  @Test
  void table5AddsUpExactly() {
    List<String[]> rows = SeedTables.seed001Table5Rows();
    BigDecimal[] sums = new BigDecimal[6];
    java.util.Arrays.fill(sums, BigDecimal.ZERO);
    for (String[] row : rows) {
      BigDecimal[] v = new BigDecimal[6];
      for (int c = 0; c < 6; c++) {
        v[c] = number(cell(row, c + 1));
      }
      assertThat(v[0].add(v[1])).as(row[0]).isEqualByComparingTo(v[2]);
      assertThat(v[2].add(v[3]).add(v[4])).as(row[0]).isEqualByComparingTo(v[5]);
      if (cell(row, 0).equals("Total")) {
        for (int c = 0; c < 6; c++) {
          assertThat(sums[c]).isEqualByComparingTo(v[c]);
        }
      } else {
        for (int c = 0; c < 6; c++) {
          sums[c] = sums[c].add(v[c]);
        }
      }
    }
    Reconciliation r = SeedTables.seed001Table5().reconcile();
    assertThat(r.report().findings()).isEmpty();
    assertThat(r.relations()).isEqualTo(4 * 2 + 6);
  }

  @Test
  void table6AddsUpAndItsFteIsReadAtOneDecimal() {
    BudgetProfile table6 = SeedTables.seed001Table6();
    List<String[]> rows = SeedTables.seed001Table6Rows();
    List<String> keys = table6.schema().keys();
    for (int i = 0; i < rows.size(); i++) {
      for (int c = 0; c < keys.size(); c++) {
        ReportedFigure figure = table6.line(i).figure(keys.get(c)).orElseThrow();
        assertThat(figure.value()).isEqualByComparingTo(number(cell(rows.get(i), c + 1)));
      }
    }
    BudgetLine total = table6.total().orElseThrow();
    assertThat(total.name()).isEqualTo("Directorate Total");
    assertThat(total.number("A/C")).contains(ReportedNumber.parse("3,176"));
    assertThat(total.number("H/C inc CRSS")).contains(ReportedNumber.parse("2,915"));
    assertThat(total.number("FTE")).contains(ReportedNumber.parse("2,319.2"));
    assertThat(table6.notes()).containsExactly("Total FTEs may include rounding errors.");
    // 51 + 1,395 + 1,730 = 3,176; 48 + 1,288 + 1,579 = 2,915; 43.0 + 1,042.2 + 1,234.0 = 2,319.2
    assertThat(number("51").add(number("1,395")).add(number("1,730"))).isEqualByComparingTo("3176");
    assertThat(number("48").add(number("1,288")).add(number("1,579"))).isEqualByComparingTo("2915");
    assertThat(number("43.0").add(number("1,042.2")).add(number("1,234.0"))).isEqualByComparingTo("2319.2");
    Reconciliation r = table6.reconcile();
    assertThat(r.relations()).isEqualTo(3);
    assertThat(r.report().findings()).isEmpty();
  }

  @Test
  void thePlanHasExactlyOneErrorTheNetBudgetHeadline() {
    BusinessPlan plan = SeedTables.seed001Plan();
    ValidationReport report = plan.validate();
    assertThat(report.errors()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(BudgetRules.HEADLINE_MISMATCH);
      assertThat(f.location().path()).containsExactly("Table 5: Resources", "Total");
      assertThat(f.location().field()).contains("Net cost");
      assertThat(f.message()).contains("net budget", "£414m [£413.5m, £414.5m]",
          "£417,018.0k [£417,017.95k, £417,018.05k]", "the headline is £3,018.0k less", "rounding explains up to £500.05k");
      assertThat(f.expected()).contains("£417,018.0k [£417,017.95k, £417,018.05k]");
      assertThat(f.actual()).contains("£414m [£413.5m, £414.5m]");
    });
    // "2,319.2 FTE" agrees with Table 6 exactly; nothing else is found.
    assertThat(report.findings()).hasSize(1);
    assertThat(report.count(Severity.ERROR)).isEqualTo(1);
  }

  @Test
  void aTableOfOneDivisionIsNotHeldAgainstTheDirectorateHeadline() {
    BusinessPlan plan = SeedTables.seed001Plan();
    BudgetProfile division = SeedTables.seed001Table5().withCoversPlan(false);
    assertThat(division.validate(plan).findings()).isEmpty();
  }

  @Test
  void theDirectorateIsNotHeldAgainstAFteHeadlineThatTheResourcesTableCannotAnswer() {
    BusinessPlan plan = SeedTables.seed001Plan();
    ValidationReport report = SeedTables.seed001Table5().validate(plan);
    assertThat(report.findings()).extracting(Finding::code).containsExactly(BudgetRules.HEADLINE_MISMATCH);
  }
}
