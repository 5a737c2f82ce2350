package org.scplan.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scplan.sheets.TestWorkbooks.XCell.formula;
import static org.scplan.sheets.TestWorkbooks.XCell.number;
import static org.scplan.sheets.TestWorkbooks.XCell.text;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scplan.budget.PublishedTable;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.ReadResult;
import org.scplan.csv.CsvRules;
import org.scplan.sheets.TestWorkbooks.XCell;

/**
 * A page of a council's budget book as its finance team keeps it in a workbook: Stockport
 * Council's "Cost of all services" (What your Council Tax pays for, 2024/25, section 5; £m to three
 * decimals, stockport.gov.uk), with its title block, the two years either side of the services,
 * net = gross − income and the totals as formulas, the financing below, and a note under it all.
 */
class RealLayoutsTest {
  private static final String M = "#,##0.000;(#,##0.000)";
  private static final String SHEET = "Cost of all services";

  /** Gross and income, 2023/24 then 2024/25, as published. */
  private static final String[][] SERVICES = {
      {"Children’s and Education Services", "312.216", "253.975", "349.713", "278.552"},
      {"Adult Social Care", "194.337", "70.269", "209.674", "76.721"},
      {"Public Health", "19.404", "2.370", "20.781", "2.598"},
      {"Cultural, Environmental and Planning Services", "60.686", "8.231", "64.752", "8.403"},
      {"Housing Benefits and Services", "74.330", "74.166", "75.752", "75.454"},
      {"Highways, Roads and Transport Services", "39.046", "6.521", "37.276", "7.332"},
      {"Central Services/Corporate Costs", "29.904", "27.795", "30.029", "28.959"}};

  /** The financing, 2023/24 then 2024/25, as published. */
  private static final String[][] FINANCING = {
      {"Business Rates", "58.938", "63.343"}, {"Grants in Lieu of Business Rates", "28.238", "30.197"},
      {"Business Rates: Green Plant and Machinery", "0.000", "0.124"}, {"Social Care Grant", "18.578", "24.458"},
      {"Social Care Market Sustainability Grant", "3.005", "5.614"}, {"Services Grant", "1.938", "0.335"},
      {"New Homes Bonus Grant", "0.134", "0.024"}, {"Better Care Fund Allocation", "6.619", "6.619"},
      {"Collection Fund Surplus", "9.634", "7.883"}, {"Collection Fund Deficit Deferral", "-2.119", "0.000"},
      {"Contribution from Earmarked Reserves", "1.746", "2.896"}};

  @TempDir
  Path dir;

  /** The page, row by row (row 1 first, so G31 is {@code [30][6]}). */
  private static XCell[][] page() {
    List<XCell[]> rows = new ArrayList<>();
    rows.add(new XCell[] {text("Stockport Council")});
    rows.add(new XCell[] {text("What your Council Tax pays for")});
    rows.add(new XCell[] {text("5. Cost of all services")});
    rows.add(new XCell[] {text("The table shows the cost of all services provided by the council and its financing.")});
    rows.add(new XCell[] {});
    rows.add(new XCell[] {text("2023/24"), text("2023/24"), text("2023/24"), text("Services"), text("2024/25"),
        text("2024/25"), text("2024/25")});
    rows.add(new XCell[] {text("Gross Expenditure £m"), text("Income £m"), text("Net Expenditure £m"), null,
        text("Gross Expenditure £m"), text("Income £m"), text("Net Expenditure £m")});
    for (String[] s : SERVICES) { // rows 8 to 14
      int r = rows.size() + 1;
      rows.add(new XCell[] {number(s[1], M), number(s[2], M), formula("A" + r + "-B" + r, minus(s[1], s[2]), M),
          text(s[0]), number(s[3], M), number(s[4], M), formula("E" + r + "-F" + r, minus(s[3], s[4]), M)});
    }
    XCell[] cost = new XCell[7]; // row 15
    cost[3] = text("Cost of Services");
    for (int c : new int[] {0, 1, 2, 4, 5, 6}) {
      String col = Formulas.letters(c + 1);
      cost[c] = formula("SUM(" + col + "8:" + col + "14)", column(c).toPlainString(), M);
    }
    rows.add(cost);
    rows.add(new XCell[] {null, null, number("23.810", M), text("Capital Financing Costs"), null, null,
        number("26.103", M)});
    rows.add(new XCell[] {null, null, formula("C15+C16", "310.406", M), text("Net Revenue Budget"), null, null,
        formula("G15+G16", "336.061", M)});
    rows.add(new XCell[] {});
    rows.add(new XCell[] {null, null, null, text("Financed by")});
    for (String[] f : FINANCING) { // rows 20 to 30
      rows.add(new XCell[] {null, null, number(f[1], M), text(f[0]), null, null, number(f[2], M)});
    }
    rows.add(new XCell[] {null, null, formula("C17-SUM(C20:C30)", "183.695", M), text("Council Tax Requirement"),
        null, null, formula("G17-SUM(G20:G30)", "194.568", M)}); // row 31
    rows.add(new XCell[] {});
    rows.add(new XCell[] {text("Note: figures in £ million; a figure in brackets is a deficit.")});
    return rows.toArray(XCell[][]::new);
  }

  private static String minus(String a, String b) {
    return new BigDecimal(a).subtract(new BigDecimal(b)).toPlainString();
  }

  /** A services column's total: columns A, B, E, F as printed; C and G their differences. */
  private static BigDecimal column(int c) {
    BigDecimal sum = BigDecimal.ZERO;
    for (String[] s : SERVICES) {
      sum = sum.add(switch (c) {
        case 0 -> new BigDecimal(s[1]);
        case 1 -> new BigDecimal(s[2]);
        case 2 -> new BigDecimal(minus(s[1], s[2]));
        case 4 -> new BigDecimal(s[3]);
        case 5 -> new BigDecimal(s[4]);
        default -> new BigDecimal(minus(s[3], s[4]));
      });
    }
    return sum;
  }

  private ReadResult<Document> read(XCell[][] page) throws IOException {
    Path file = dir.resolve("stockport-cost-of-all-services.xlsx");
    TestWorkbooks.writeXlsx(file, SHEET, page);
    return WorkbookReader.standard().read(file);
  }

  @Test
  void thePublishedPageAddsUpAndItsFormulasHold() throws IOException {
    // The published totals: the services' figures sum to the printed Cost of Services.
    assertThat(column(0)).isEqualByComparingTo("729.923");
    assertThat(column(6)).isEqualByComparingTo("309.958");

    ReadResult<Document> read = read(page());

    assertThat(read.isRead()).as(read.problems().toString()).isTrue();
    assertThat(read.validate().errors()).isEmpty();
    PublishedTable table = (PublishedTable) read.value().orElseThrow().sections().get(0);
    assertThat(table.rows()).contains("Cost of Services", "Net Revenue Budget", "Council Tax Requirement",
        "Collection Fund Deficit Deferral");
    assertThat(read.validate().infos()).extracting(Finding::message)
        .anyMatch(m -> m.startsWith("Checked Cost of Services = the 7 rows") && m.contains("holds on 6"))
        .anyMatch(m -> m.startsWith("Checked Council Tax Requirement = Net Revenue Budget − Business Rates")
            && m.contains("holds on 2"));
    // The formulas are relations the sheet states: 14 differences, 6 sums, 2 net budgets, 2 requirements.
    assertThat(read.notes().withCode(SheetRules.FORMULA_CHECKED)).extracting(Finding::message)
        .containsExactly("Sheet " + SHEET + " states 24 relations by its formulas (sums and differences of its cells):"
            + " 24 hold");
    assertThat(read.notes().withCode(SheetRules.FORMULA_TYPED_OVER)).isEmpty();
    // The note under the table is said, at its cell, and not read as figures.
    assertThat(read.notes().withCode(CsvRules.NOTE_BELOW)).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("Row 33 below the table is a note"));
  }

  @Test
  void aFormulaWhoseCachedFigureIsStaleIsAnErrorAtItsCell() throws IOException {
    // The 2024/25 requirement's formula still shows a figure from before a grant was revised.
    XCell[][] page = page();
    page[30][6] = formula("G17-SUM(G20:G30)", "194.658", M);

    ReadResult<Document> read = read(page);

    assertThat(read.validate().errors()).extracting(f -> f.code() + " " + f.location())
        .anyMatch(w -> w.startsWith(SheetRules.FORMULA_MISMATCH) && w.contains("'" + SHEET + "'!G31"));
  }

  @Test
  void aTotalTypedOverBetweenFormulasIsAWarningAtItsCell() throws IOException {
    // 2024/25's net Cost of Services typed in (correctly, for now) where its neighbours are sums.
    XCell[][] page = page();
    page[14][6] = number("309.958", M);

    ReadResult<Document> read = read(page);

    assertThat(read.validate().errors()).isEmpty();
    assertThat(read.notes().withCode(SheetRules.FORMULA_TYPED_OVER)).singleElement().satisfies(f -> {
      assertThat(f.location().toString()).contains("'" + SHEET + "'!G15");
      assertThat(f.message()).contains("SUM(G8:G14)");
    });
  }
}
