package org.scplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scplan.budget.BudgetLine;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.BudgetSchemas;
import org.scplan.budget.LineKind;
import org.scplan.budget.Reconciliation;
import org.scplan.core.AmountUnit;
import org.scplan.core.BusinessPlan;
import org.scplan.core.Finding;
import org.scplan.core.FinancialYear;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedFigure;
import org.scplan.core.ReportedNumber;
import org.scplan.core.ValidationReport;

/**
 * Golden test: {@code examples/plans/kent-kass-hq-2010-11.json} holds seed 000's section 2 (the
 * budget profile summary, £'000) and section 4 (the staffing profile) exactly as published, and
 * {@code scplan check} finds no error in the plan: "£42.336m" agrees with GROSS EXPENDITURE
 * 42,336.3 within rounding (INFO), and "362.34 FTE" agrees exactly with both tables.
 *
 * <p>The tables are compared cell by cell with the seed text itself, copied to
 * {@code src/test/resources/org/scplan/json/seed-000-budget-and-staffing.txt}.
 */
class KentKassHqBudgetTest {
  private static final BusinessPlan PLAN = ScplanJson.standard().readPlan(ExamplePlans.KENT_KASS_HQ_2010_11);
  private static final String SEED = SeedText.read("seed-000-budget-and-staffing.txt");

  private static BudgetProfile section(String id) {
    return (BudgetProfile) PLAN.section(id).orElseThrow();
  }

  /** The seed's table rows between two headings, split at tabs, blank lines left out. */
  static List<String[]> rows(String from, String to) {
    List<String[]> rows = new ArrayList<>();
    for (String line : SeedText.between(SEED, from, to).split("\n")) {
      if (!line.isBlank()) {
        rows.add(line.replace("<b>", "").replace("</b>", "").split("\t", -1));
      }
    }
    return rows;
  }

  static String cell(String[] row, int i) {
    return i < row.length ? row[i].strip() : "";
  }

  /** Checks one printed cell against the line's figure: blank, or the same figure at the same precision. */
  static void assertCell(BudgetLine line, String column, String printed, AmountUnit unit) {
    if (printed.isEmpty()) {
      assertThat(line.isBlank(column)).as("%s [%s] is blank", line.name(), column).isTrue();
      return;
    }
    ReportedFigure expected = line.profile().schema().column(column).isMoney()
        ? ReportedAmount.parse(printed, unit) : ReportedNumber.parse(printed);
    assertThat(line.figure(column)).as("%s [%s]", line.name(), column).contains(expected);
  }

  /** The kind a seed row plays: a heading without figures, "Total …", the grand total, or an item. */
  static LineKind kindOf(String name, String[] cells, String grandTotal) {
    if (Arrays.stream(cells).allMatch(String::isEmpty)) {
      return LineKind.GROUP;
    }
    if (name.equals(grandTotal)) {
      return LineKind.TOTAL;
    }
    return name.startsWith("Total ") ? LineKind.SUBTOTAL : LineKind.ITEM;
  }

  // ---------------------------------------------------------------------------------------------
  // Section 2: Budget Profile Summary

  @Test
  void section2IsABudgetProfileInThousandsToOneDecimal() {
    BudgetProfile budget = section("budget-2010-11");

    assertThat(budget.title()).isEqualTo("2. BUDGET PROFILE SUMMARY");
    assertThat(budget.schema()).isEqualTo(BudgetSchemas.KENT_CONTROLLABLE_2010);
    assertThat(budget.year()).isEqualTo(FinancialYear.of(2010));
    assertThat(budget.orgUnit()).contains(PLAN.unit());
    assertThat(budget.unit()).isEqualTo(AmountUnit.THOUSANDS);
    assertThat(budget.schema().keys()).allSatisfy(key -> assertThat(budget.decimals(key))
        .isEqualTo(key.startsWith("fte") ? 2 : 1));
    // The CABINET MEMBER column prints "Graham" / "Gibbens" across the first two rows: one name for the table.
    assertThat(budget.notes()).containsExactly("CABINET MEMBER: Graham Gibbens");
    assertThat(budget.coversPlan()).isTrue();
  }

  @Test
  void section2IsTranscribedCellByCell() {
    BudgetProfile budget = section("budget-2010-11");
    List<String[]> rows = rows("2009/10\t\tACTIVITY/BUDGET LINE", "[...]");
    // Three heading rows: years, column names (printed order), units
    assertThat(rows.get(1)).contains("FTE", "EMPLOYEE COSTS", "GROSS EXPENDITURE", "CONTROLLABLE EXPENDITURE");
    List<String[]> data = rows.subList(3, rows.size());
    assertThat(budget.lineCount()).isEqualTo(data.size()).isEqualTo(21);
    // Printed order: 2009/10 FTE, 2009/10 controllable expenditure, line, 2010/11 FTE, eight £'000 columns.
    List<String> printedOrder = List.of("fte-previous", "controllable-previous", "", "fte", "employees", "running",
        "contracts", "transfers", "gross", "external-income", "internal-income", "controllable");
    for (int i = 0; i < data.size(); i++) {
      String[] row = data.get(i);
      BudgetLine line = budget.line(i);
      String name = cell(row, 2);
      assertThat(line.name()).isEqualTo(name);
      String[] figures = new String[printedOrder.size()];
      for (int c = 0; c < figures.length; c++) {
        figures[c] = c == 2 ? "" : cell(row, c);
      }
      assertThat(line.kind()).as("kind of %s", name).isEqualTo(kindOf(name, figures, "TOTALS"));
      for (int c = 0; c < printedOrder.size(); c++) {
        if (c != 2) {
          assertCell(line, printedOrder.get(c), figures[c], AmountUnit.THOUSANDS);
        }
      }
    }
  }

  @Test
  void section2GroupsOlderPeopleAndPhysicalDisabilityWithTheirSubtotals() {
    BudgetProfile budget = section("budget-2010-11");

    BudgetLine olderPeople = budget.line("Older People").orElseThrow();
    assertThat(olderPeople.members()).extracting(BudgetLine::name).containsExactly("Residential Care",
        "Nursing Care", "Domiciliary Care", "Direct Payments", "Other Services");
    assertThat(olderPeople.subtotal().orElseThrow().name()).isEqualTo("Total Older People");
    assertThat(budget.line("Physical Disability").orElseThrow().members()).hasSize(5);
    assertThat(budget.line("Physical Disability", "Supported Accommodation").orElseThrow().amount("gross"))
        .contains(ReportedAmount.parse("£83.9k"));
    assertThat(budget.lines()).filteredOn(l -> l.group().isEmpty()).extracting(BudgetLine::name).containsExactly(
        "Older People", "Physical Disability", "All Adults Assessment & Related", "No Recourse to Public Funds",
        "Strategic Management", "Strategic Business Support", "Support Services Purchased from CED",
        "Specific Grants", "TOTALS");
  }

  @Test
  void theComparativesAreOnTheTotalsLineOnly() {
    BudgetProfile budget = section("budget-2010-11");
    BudgetLine totals = budget.total().orElseThrow();

    assertThat(totals.name()).isEqualTo("TOTALS");
    assertThat(totals.number("2009/10 FTE")).contains(ReportedNumber.parse("323.36"));
    assertThat(totals.amount("2009/10 CONTROLLABLE EXPENDITURE")).contains(ReportedAmount.parse("£28,781.0k"));
    assertThat(totals.number("FTE")).contains(ReportedNumber.parse("362.34"));
    assertThat(budget.lines()).filteredOn(l -> l.kind() != LineKind.TOTAL)
        .allSatisfy(l -> assertThat(l.isBlank("fte-previous") && l.isBlank("controllable-previous")
            && l.isBlank("fte")).as(l.name()).isTrue());
  }

  @Test
  void section2AddsUp() {
    Reconciliation reconciliation = section("budget-2010-11").reconcile();

    assertThat(reconciliation.isConsistent()).isTrue();
    assertThat(reconciliation.discrepancies()).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Section 4: Staffing Profile

  @Test
  void section4IsTranscribedWithBothYearsAndTheExternallyFundedMemo() {
    BudgetProfile staffing = section("staffing-2010-11");
    List<String[]> rows = rows("\t2009/10\t2010/11", "Since the publication");
    List<String[]> data = rows.subList(1, rows.size());

    assertThat(staffing.title()).isEqualTo("4. STAFFING PROFILE");
    assertThat(staffing.schema()).isEqualTo(BudgetSchemas.KENT_STAFFING_2010);
    assertThat(staffing.schema().keys()).allSatisfy(key -> assertThat(staffing.decimals(key)).isEqualTo(2));
    assertThat(staffing.lineCount()).isEqualTo(data.size()).isEqualTo(4);
    for (int i = 0; i < data.size(); i++) {
      String[] row = data.get(i);
      BudgetLine line = staffing.line(i);
      assertThat(line.name()).isEqualTo(row[0]);
      assertCell(line, "2009/10", cell(row, 1), AmountUnit.POUNDS);
      assertCell(line, "2010/11", cell(row, 2), AmountUnit.POUNDS);
    }
    assertThat(staffing.lines()).extracting(BudgetLine::kind)
        .containsExactly(LineKind.ITEM, LineKind.ITEM, LineKind.TOTAL, LineKind.MEMO);
    assertThat(staffing.line(3).name()).isEqualTo("Of the above total, the estimated FTE which are externally funded");
    assertThat(staffing.reconcile().discrepancies()).isEmpty();
  }

  @Test
  void section4KeepsTheNotesPrintedBelowIt() {
    String printed = SeedText.between(SEED, "Since the publication", null);

    assertThat(section("staffing-2010-11").notes()).hasSize(6)
        .allSatisfy(note -> assertThat(printed).contains(note))
        .startsWith(printed.lines().findFirst().orElseThrow(), "In this plan the figures have varied as a result of:")
        .endsWith("Area Benefit Officers - transfer of posts from East/West Areas");
  }

  // ---------------------------------------------------------------------------------------------
  // scplan check

  @Test
  void checkFindsNoErrorAndOnlyTheGrossHeadlineWithinRounding() {
    ValidationReport report = PLAN.validate();

    assertThat(report.errors()).isEmpty();
    List<Finding> budget = report.filter(f -> f.code().startsWith("budget."));
    assertThat(budget).hasSize(1);
    Finding gross = budget.get(0);
    assertThat(gross.code()).isEqualTo("budget.headline.within-rounding");
    assertThat(gross.location().path()).containsExactly("2. BUDGET PROFILE SUMMARY", "TOTALS");
    assertThat(gross.location().field()).contains("GROSS EXPENDITURE");
    assertThat(gross.message()).contains("£42.336m").contains("£42,336.3k").contains("within rounding");
  }

  @Test
  void theFteHeadlineAgreesWithBothTables() {
    ReportedFigure headline = PLAN.headline(org.scplan.core.HeadlineMeasure.FTE).orElseThrow().figure();

    assertThat(headline).isEqualTo(ReportedNumber.parse("362.34"));
    assertThat(section("budget-2010-11").total().orElseThrow().number("fte")).contains((ReportedNumber) headline);
    assertThat(section("staffing-2010-11").total().orElseThrow().number("fte")).contains((ReportedNumber) headline);
  }
}
