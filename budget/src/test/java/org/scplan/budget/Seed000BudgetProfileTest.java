package org.scplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scplan.budget.SeedTables.cell;
import static org.scplan.budget.SeedTables.number;

import java.math.BigDecimal;
import java.util.ArrayList;
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
 * Golden tests on seed 000 (KASS Headquarters, Annual Business Plan Summary 2010 – 2011): section 2,
 * the budget profile summary in £'000, and section 4, the staffing profile; the executive summary's
 * "£42.336m" and "362.34 FTE".
 */
class Seed000BudgetProfileTest {
  private static final String[] MONEY = {"employees", "running", "contracts", "transfers", "gross",
      "external-income", "internal-income", "controllable"};

  private final BudgetProfile profile = SeedTables.seed000Budget();

  @Test
  void holdsEveryFigureOfSection2AsPublished() {
    List<String[]> rows = SeedTables.seed000BudgetRows();
    assertThat(profile.lineCount()).isEqualTo(rows.size()).isEqualTo(21);
    List<String> keys = profile.schema().keys();
    for (int i = 0; i < rows.size(); i++) {
      String[] printed = SeedTables.seed000Cells(rows.get(i));
      BudgetLine line = profile.line(i);
      assertThat(line.name()).isEqualTo(cell(rows.get(i), 2));
      for (int c = 0; c < keys.size(); c++) {
        if (printed[c].isEmpty()) {
          assertThat(line.isBlank(keys.get(c))).as("%s %s", line.name(), keys.get(c)).isTrue();
        } else {
          ReportedFigure figure = line.figure(keys.get(c)).orElseThrow();
          assertThat(figure.value()).as("%s %s", line.name(), keys.get(c))
              .isEqualByComparingTo(c == 0 || c == 2 ? number(printed[c]) : number(printed[c]).movePointRight(3));
        }
      }
    }
  }

  @Test
  void readsCellsAsReportedFiguresWithTheirIntervals() {
    BudgetLine nursing = profile.line("Older People", "Nursing Care").orElseThrow();
    assertThat(nursing.amount("CONTRACTS & PROJECTS")).contains(ReportedAmount.parse("£7,911.7k"));
    assertThat(nursing.amount("external-income").orElseThrow().interval().lower())
        .isEqualByComparingTo("-8214850");
    BudgetLine totals = profile.total().orElseThrow();
    assertThat(totals.name()).isEqualTo("TOTALS");
    assertThat(totals.number("fte")).contains(ReportedNumber.parse("362.34"));
    assertThat(totals.number("2009/10 FTE")).contains(ReportedNumber.parse("323.36"));
    assertThat(totals.amount("controllable-previous")).contains(ReportedAmount.parse("£28,781.0k"));
    assertThat(totals.amount("gross")).contains(ReportedAmount.parse("£42,336.3k"));
    assertThat(profile.line("Physical Disability", "Residential Care").orElseThrow().amount("gross"))
        .contains(ReportedAmount.parse("£563.4k"));
    assertThat(nursing.path()).containsExactly("Older People", "Nursing Care");
    assertThat(nursing.group().orElseThrow().subtotal().orElseThrow().name()).isEqualTo("Total Older People");
    assertThat(profile.line("Older People").orElseThrow().members()).extracting(BudgetLine::name)
        .containsExactly("Residential Care", "Nursing Care", "Domiciliary Care", "Direct Payments", "Other Services");
  }

  /** Checks the seed's arithmetic with BigDecimal, independently of the reconciler, row by row. */
  @Test
  void theSeedAddsUpExactly() {
    List<String[]> rows = SeedTables.seed000BudgetRows();
    List<BigDecimal[]> members = new ArrayList<>();
    List<BigDecimal[]> topLevel = new ArrayList<>();
    boolean inGroup = false;
    for (String[] row : rows) {
      String[] c = SeedTables.seed000Cells(row);
      if (c[3].isEmpty()) {
        inGroup = true;
        members.clear();
        continue;
      }
      BigDecimal[] money = new BigDecimal[8];
      for (int k = 0; k < 8; k++) {
        money[k] = number(c[3 + k]);
      }
      // gross = employees + running + contracts + transfers; controllable = gross + external + internal
      assertThat(money[0].add(money[1]).add(money[2]).add(money[3])).as(row[2]).isEqualByComparingTo(money[4]);
      assertThat(money[4].add(money[5]).add(money[6])).as(row[2]).isEqualByComparingTo(money[7]);
      String name = cell(row, 2);
      if (name.equals("TOTALS")) {
        assertSums(topLevel, money, name);
      } else if (name.startsWith("Total ")) {
        assertSums(members, money, name);
        topLevel.add(money);
        inGroup = false;
      } else if (inGroup) {
        members.add(money);
      } else {
        topLevel.add(money);
      }
    }
  }

  private static void assertSums(List<BigDecimal[]> parts, BigDecimal[] total, String name) {
    for (int k = 0; k < total.length; k++) {
      BigDecimal sum = BigDecimal.ZERO;
      for (BigDecimal[] p : parts) {
        sum = sum.add(p[k]);
      }
      assertThat(sum).as("%s %s", name, MONEY[k]).isEqualByComparingTo(total[k]);
    }
  }

  @Test
  void reconcilesWithoutAnyFinding() {
    Reconciliation r = profile.reconcile();
    assertThat(r.report().findings()).isEmpty();
    assertThat(r.discrepancies()).isEmpty();
    // Two formulas on each of the 19 lines with figures; 8 money columns on each of the two
    // subtotals and the grand total (FTE and the comparatives are printed on TOTALS only).
    assertThat(r.relations()).isEqualTo(19 * 2 + 3 * 8);
    assertThat(r.cells()).isEqualTo(19 * 11);
    assertThat(profile.validate().findings()).isEmpty();
  }

  @Test
  void theStaffingProfileAddsUpAndKeepsTheExternallyFundedMemoOutOfTheTotal() {
    BudgetProfile staffing = SeedTables.seed000Staffing();
    assertThat(staffing.lines()).extracting(BudgetLine::kind)
        .containsExactly(LineKind.ITEM, LineKind.ITEM, LineKind.TOTAL, LineKind.MEMO);
    BudgetLine memo = staffing.line(3);
    assertThat(memo.number("2010/11")).contains(ReportedNumber.parse("34.15"));
    assertThat(memo.number("2009/10")).contains(ReportedNumber.parse("30.62"));
    assertThat(staffing.total().orElseThrow().number("fte")).contains(ReportedNumber.parse("362.34"));
    // 24.92 + 298.44 = 323.36 and 27.83 + 334.51 = 362.34, exactly.
    Reconciliation r = staffing.reconcile();
    assertThat(r.relations()).isEqualTo(2);
    assertThat(r.report().findings()).isEmpty();
    assertThat(staffing.validate().findings()).isEmpty();
  }

  @Test
  void thePlanHasNoErrorsAndTheGrossHeadlineAgreesWithinRounding() {
    BusinessPlan plan = SeedTables.seed000Plan();
    ValidationReport report = plan.validate();
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings()).isEmpty();
    // "£42.336m" stands for [£42,335,500, £42,336,500]; 42,336.3 (£'000) for [£42,336,250, £42,336,350].
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(BudgetRules.HEADLINE_WITHIN_ROUNDING);
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.location().path()).containsExactly("2. Budget profile summary", "TOTALS");
      assertThat(f.location().field()).contains("GROSS EXPENDITURE");
      assertThat(f.message()).contains("£42.336m [£42.3355m, £42.3365m]", "£42,336.3k [£42,336.25k, £42,336.35k]",
          "£0.3k less");
    });
  }

  @Test
  void theFteHeadlineIsHeldAgainstBothTablesAndAgreesExactly() {
    BusinessPlan plan = SeedTables.seed000Plan();
    for (BudgetProfile p : plan.sections(BudgetProfile.class)) {
      ValidationReport report = p.validate(plan);
      assertThat(report.filter(f -> f.location().field().orElse("").contains("FTE")
          || f.location().field().orElse("").equals("2010/11"))).isEmpty();
    }
  }

  @Test
  void aWrongTotalIsAnErrorThatNamesTheLineTheColumnAndTheFigures() {
    BudgetProfileBuilder b = BudgetProfile.builder("budget-2010-11", "2. Budget profile summary",
            BudgetSchemas.KENT_CONTROLLABLE_2010)
        .year(profile.year()).unit(profile.unit()).decimals(1).decimals("fte", 2).decimals("fte-previous", 2);
    for (String[] row : SeedTables.seed000BudgetRows()) {
      String[] cells = SeedTables.seed000Cells(row);
      if (cell(row, 2).equals("Nursing Care")) {
        cells[5] = "7,912.7"; // contracts & projects printed 1.0 too high
      }
      SeedTables.addRow(b, cell(row, 2), cells, "TOTALS");
    }
    ValidationReport report = b.build().reconcile().report();
    // The cell takes part in the line's gross expenditure and in the group's contracts subtotal.
    assertThat(report.errors()).extracting(Finding::code)
        .containsExactly(BudgetRules.DERIVED_MISMATCH, BudgetRules.TOTAL_MISMATCH);
    Finding gross = report.errors().get(0);
    assertThat(gross.location().path()).containsExactly("2. Budget profile summary", "Older People", "Nursing Care");
    assertThat(gross.location().field()).contains("GROSS EXPENDITURE");
    assertThat(gross.location().toString())
        .isEqualTo("2. Budget profile summary › Older People › Nursing Care [GROSS EXPENDITURE]");
    assertThat(gross.expected()).contains("£7,912.7k [£7,912.5k, £7,912.9k]");
    assertThat(gross.actual()).contains("£7,911.7k [£7,911.65k, £7,911.75k]");
    assertThat(gross.message()).contains("EMPLOYEE COSTS + RUNNING COSTS + CONTRACTS & PROJECTS",
        "£1.0k less", "rounding explains up to £0.25k");
    Finding subtotal = report.errors().get(1);
    assertThat(subtotal.location().toString())
        .isEqualTo("2. Budget profile summary › Older People › Total Older People [CONTRACTS & PROJECTS]");
    assertThat(subtotal.expected()).contains("£10,156.7k [£10,156.45k, £10,156.95k]");
    assertThat(subtotal.actual()).contains("£10,155.7k [£10,155.65k, £10,155.75k]");
  }
}
