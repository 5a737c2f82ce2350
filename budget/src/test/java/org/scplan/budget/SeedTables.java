package org.scplan.budget;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scplan.core.AmountUnit;
import org.scplan.core.BusinessPlan;
import org.scplan.core.FinancialYear;
import org.scplan.core.HeadlineFigure;
import org.scplan.core.HeadlineMeasure;
import org.scplan.core.OrgLevel;
import org.scplan.core.OrgUnit;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedNumber;

/**
 * The seed tables, read from verbatim copies of the seed text in {@code src/test/resources/seeds}.
 * The tables are tab-separated as published; a row without figures is a group heading, a row named
 * "Total …" closes its group, and the last row is the grand total.
 */
final class SeedTables {
  private static final Pattern MONEY_M = Pattern.compile("£[0-9.,]+m");
  private static final Pattern FTE = Pattern.compile("([0-9.,]+) FTE");

  private SeedTables() {}

  static String text(String resource) {
    try (InputStream in = SeedTables.class.getResourceAsStream("/seeds/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource seeds/" + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of a seed table, cells split at tabs, bold markup removed, trailing cells kept. */
  static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    for (String line : text(resource).split("\n")) {
      if (!line.isBlank()) {
        rows.add(line.replace("<b>", "").replace("</b>", "").split("\t", -1));
      }
    }
    return rows;
  }

  static String cell(String[] row, int i) {
    return i < row.length ? row[i].strip() : "";
  }

  static BigDecimal number(String printed) {
    return new BigDecimal(printed.replace(",", ""));
  }

  /** Seed 000, section 2: the data rows (after the three heading rows). */
  static List<String[]> seed000BudgetRows() {
    List<String[]> rows = rows("000-section-2-budget-profile.tsv");
    return rows.subList(3, rows.size());
  }

  /** The seed 000 row's cells in the order of the kent-controllable-2010 schema. */
  static String[] seed000Cells(String[] row) {
    // Printed order: 2009/10 FTE, 2009/10 controllable, line name, FTE, eight money columns, cabinet member.
    String[] cells = new String[11];
    cells[0] = cell(row, 0);
    cells[1] = cell(row, 1);
    for (int c = 2; c < 11; c++) {
      cells[c] = cell(row, c + 1);
    }
    return cells;
  }

  static BudgetProfile seed000Budget() {
    BudgetProfileBuilder b = BudgetProfile.builder("budget-2010-11", "2. Budget profile summary",
            BudgetSchemas.named("kent-controllable-2010"))
        .year(FinancialYear.of(2010)).unit(AmountUnit.THOUSANDS).decimals(1)
        .decimals("fte", 2).decimals("fte-previous", 2)
        .note("Cabinet member: Graham Gibbens");
    for (String[] row : seed000BudgetRows()) {
      addRow(b, cell(row, 2), seed000Cells(row), "TOTALS");
    }
    return b.build();
  }

  /** Adds a seed row: a heading opens a group, "Total …" closes it, the grand total's name is given. */
  static void addRow(BudgetProfileBuilder b, String name, String[] cells, String grandTotal) {
    if (Arrays.stream(cells).allMatch(String::isEmpty)) {
      b.group(name);
    } else if (name.equals(grandTotal)) {
      b.total(name, cells);
    } else if (name.startsWith("Total ")) {
      b.subtotal(name, cells);
    } else {
      b.line(name, cells);
    }
  }

  static BudgetProfile seed000Staffing() {
    BudgetProfileBuilder b = BudgetProfile.builder("staffing-2010-11", "4. Staffing profile",
            BudgetSchemas.named("kent-staffing-2010"))
        .year(FinancialYear.of(2010)).decimals(2);
    List<String[]> rows = rows("000-section-4-staffing.tsv");
    for (String[] row : rows.subList(1, rows.size())) {
      String[] cells = {cell(row, 1), cell(row, 2)};
      if (row[0].startsWith("Of the above total")) {
        b.memo(row[0], cells);
      } else {
        addRow(b, row[0], cells, "TOTAL");
      }
    }
    return b.build();
  }

  static BusinessPlan seed000Plan() {
    String summary = text("000-executive-summary.txt");
    return plan("Annual Business Plan Summary 2010 – 2011", OrgUnit.of("kass-hq", "KASS Headquarters", OrgLevel.SERVICE),
        2010, HeadlineFigure.of(HeadlineMeasure.GROSS_EXPENDITURE, ReportedAmount.parse(find(MONEY_M, summary))),
        HeadlineFigure.of(HeadlineMeasure.FTE, ReportedNumber.parse(find(FTE, summary))),
        seed000Budget(), seed000Staffing());
  }

  private static BusinessPlan plan(String title, OrgUnit unit, int year, HeadlineFigure money, HeadlineFigure fte,
      BudgetProfile... sections) {
    return BusinessPlan.builder().title(title).unit(unit).year(FinancialYear.of(year))
        .addHeadline(money).addHeadline(fte).addSections(sections).build();
  }

  /** Seed 001, table 5: the data rows (after the two heading rows). */
  static List<String[]> seed001Table5Rows() {
    List<String[]> rows = rows("001-table-5-resources.tsv");
    return rows.subList(2, rows.size());
  }

  static BudgetProfile seed001Table5() {
    BudgetProfileBuilder b = BudgetProfile.builder("table-5", "Table 5: Resources",
            BudgetSchemas.named("kent-directorate-2018"))
        .year(FinancialYear.of(2018)).unit(AmountUnit.THOUSANDS).decimals(1);
    for (String[] row : seed001Table5Rows()) {
      addRow(b, cell(row, 0), Arrays.copyOfRange(row, 1, 7), "Total");
    }
    return b.build();
  }

  static List<String[]> seed001Table6Rows() {
    List<String[]> rows = rows("001-table-6-staffing.tsv");
    return rows.subList(1, rows.size());
  }

  static BudgetProfile seed001Table6() {
    BudgetProfileBuilder b = BudgetProfile.builder("table-6", "Table 6: Staffing",
            BudgetSchemas.named("kent-staffing-2018"))
        .year(FinancialYear.of(2018)).decimals(0).decimals("fte", 1)
        .note(text("001-foreword-and-notes.txt").lines().filter(l -> l.startsWith("Total FTEs")).findFirst()
            .orElseThrow());
    for (String[] row : seed001Table6Rows()) {
      addRow(b, cell(row, 0), Arrays.copyOfRange(row, 1, 4), "Directorate Total");
    }
    return b.build();
  }

  static BusinessPlan seed001Plan() {
    String foreword = text("001-foreword-and-notes.txt");
    return plan("Adult Social Care and Health Directorate Business Plan 2018-19",
        OrgUnit.of("asch", "Adult Social Care and Health", OrgLevel.DIRECTORATE), 2018,
        HeadlineFigure.of(HeadlineMeasure.NET_BUDGET, ReportedAmount.parse(find(MONEY_M, foreword))),
        HeadlineFigure.of(HeadlineMeasure.FTE, ReportedNumber.parse(find(FTE, foreword))),
        seed001Table5(), seed001Table6());
  }

  static String find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("No " + pattern + " in the seed text");
    }
    return m.groupCount() > 0 ? m.group(1) : m.group();
  }
}
