package org.scplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scplan.budget.BudgetColumn;
import org.scplan.budget.BudgetSchema;
import org.scplan.budget.SignConvention;
import org.scplan.examples.ScplanCommandTest.JsonOutput;
import org.scplan.examples.ScplanCommandTest.Run;
import org.scplan.json.BudgetSchemaJson;
import org.scplan.json.RiskMatrixJson;
import org.scplan.risk.Axis;
import org.scplan.risk.RiskMatrix;

/** {@code scplan table}: the same report and exit status as {@code scplan check}. */
class TableCommandTest {
  @TempDir
  Path dir;

  /** What a run printed and returned, as {@code ScplanCommandTest} runs the command. */
  private static Run run(String... args) {
    return ScplanCommandTest.run(args);
  }

  Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  /** Seed 001's Table 5, copied untouched from the seed file. */
  Path table5() throws IOException {
    try (InputStream in = TableCommandTest.class.getResourceAsStream("/tables/001-table-5-resources.tsv")) {
      Path p = dir.resolve("table5.tsv");
      Files.write(p, in.readAllBytes());
      return p;
    }
  }

  @Test
  void seed001Table5ReconcilesAndExitsZero() throws IOException {
    Path t = table5();
    Run r = run("table", "--year", "2018-19", "--title", "Table 5: Resources", t.toString());
    assertThat(r.status()).as(r.out() + r.err()).isEqualTo(ScplanCommand.OK);
    assertThat(r.out()).contains(t.toString())
        .contains("  budget \"table-5-resources\": Table 5: Resources")
        .contains("reconciliation: table-5-resources: 14 relations in 24 cells, consistent")
        .contains("result: 0 errors, 0 warnings, 2 infos")
        .contains("[csv.schema.detected]")
        .contains("the headings match built-in schema kent-directorate-2018 best (6 of its 6 columns)")
        .contains("1 table checked: 1 without errors, 0 with errors, 0 unreadable");
    assertThat(r.err()).isEmpty();
  }

  /** An OpenDocument workbook of one sheet, each cell's displayed text as given. */
  Path ods(String name, String sheet, String... rows) throws IOException {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><office:document-content"
        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
        + "<table:table table:name=\"" + sheet + "\">");
    for (String row : rows) {
      xml.append("<table:table-row>");
      for (String cell : row.split("\t", -1)) {
        xml.append("<table:table-cell><text:p>").append(cell.replace("&", "&amp;")).append("</text:p></table:table-cell>");
      }
      xml.append("</table:table-row>");
    }
    xml.append("</table:table></office:spreadsheet></office:body></office:document-content>");
    Path p = dir.resolve(name);
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(p))) {
      zip.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
      zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void aWorkbookIsReadSheetBySheetAndItsFindingsNameTheirCells() throws IOException {
    // Stafford Borough Council's analysis of its budget requirement 2024/25, as its page prints it.
    Path book = ods("stafford.ods", "Budget 2024", "Analysis Type\tBudget 2024/25\tBand D Equivalent",
        "Budget Requirement\t15,371\t311.76", "Less Business Rates Retention\t6,814\t138.20",
        "Council Tax Requirement\t8,557\t178.56");

    Run r = run("table", book.toString());

    assertThat(r.status()).as(r.out() + r.err()).isEqualTo(ScplanCommand.ERRORS);
    assertThat(r.out()).contains("at 'Budget 2024'!C4: row 4, column \"Band D Equivalent\"")
        .contains("311.76 − 138.20 = 173.56");
    Run missing = run("table", "--sheet", "Capital", book.toString());
    assertThat(missing.status()).isEqualTo(ScplanCommand.UNREADABLE);
    assertThat(missing.out()).contains("sheets.sheet.missing").contains("its sheets are Budget 2024");
    Run renamed = run("table", file("budget.xlsx", "Service,Gross\nRoads,10\n").toString());
    assertThat(renamed.status()).isEqualTo(ScplanCommand.UNREADABLE);
    assertThat(renamed.out()).contains("sheets.workbook.unreadable").contains("not a zip package");
  }

  @Test
  void aTableThatDoesNotAddUpExitsOneWithTheBudgetFinding() throws IOException {
    String wrong = new String(Files.readAllBytes(table5()), StandardCharsets.UTF_8).replace("43,477.2", "43,477.9");
    Path t = file("wrong.tsv", wrong);
    Run r = run("table", "--year", "2018-19", "--schema", "kent-directorate-2018", "--income-sign", "negative",
        t.toString());
    assertThat(r.status()).isEqualTo(ScplanCommand.ERRORS);
    assertThat(r.out()).contains("ERROR   budget.derived.mismatch")
        .contains("at G3: row 3, column \"Net cost\" (line 3, column 123) wrong › Strategic Management & Directorate"
            + " Budgets (including monies to be allocated) [Net cost]")
        .contains("ERROR   budget.total.mismatch")
        .doesNotContain("csv.schema.detected");
  }

  @Test
  void anUnreadableCellExitsTwoNamingRowAndColumn() throws IOException {
    Path t = file("bad.csv", "Budget 2019-20\nService,Gross,Income,Net\nA,\"12,34x\",-2.0,8.0\nTotal,10.0,-2.0,8.0\n");
    Run r = run("table", t.toString());
    assertThat(r.status()).isEqualTo(ScplanCommand.UNREADABLE);
    assertThat(r.out()).contains("cannot read: 1 problem")
        .contains("ERROR   csv.cell.unreadable")
        .contains("at B3: row 3, column \"Gross\" (line 3, column 3)")
        .contains("Row 3, column \"Gross\": cannot read \"12,34x\": expected three digits after a thousands separator"
            + " at position 6")
        .contains("1 table checked: 0 without errors, 0 with errors, 1 unreadable");
  }

  @Test
  void aShortRowAndAnUnknownHeadingAreReadAsPrintedNotRefused() throws IOException {
    Path ragged = file("ragged.csv", "Budget 2019-20\nService,Gross,Income,Net\nA,10.0,-2.0\nTotal,10.0,-2.0,8.0\n");
    Run r = run("table", ragged.toString());
    assertThat(r.status()).as(r.out()).isEqualTo(ScplanCommand.OK);
    assertThat(r.out()).contains("csv.layout.discovered").doesNotContain("csv.row.ragged").contains("csv.row.short")
        .contains("(at D3: row 3, column \"Net\"")
        .contains("Row 3 ends after column 3 \"Income\"; column 4 \"Net\" is read as blank");
    Path unmatched = file("colour.csv", "Budget 2019-20\nService,Gross,Income,Net,Colour\nA,10.0,-2.0,8.0,blue\n");
    Run u = run("table", unmatched.toString());
    assertThat(u.status()).as(u.out()).isEqualTo(ScplanCommand.OK);
    assertThat(u.out()).contains("csv.column.not-figures").contains("(at E2: row 2, column \"Colour\")")
        .contains("Column 5 \"Colour\" holds 1 cell of words, not figures; it is not checked");
    Path extra = file("extra.csv", "Budget 2019-20\nService,Gross,Income,Net\nA,10.0,-2.0,8.0,99\n");
    Run e = run("table", extra.toString());
    assertThat(e.status()).as(e.out()).isEqualTo(ScplanCommand.UNREADABLE);
    assertThat(e.out()).contains("csv.row.ragged");
  }

  @Test
  void severalYearsSideBySideAreReportedAsTheSectionsOfOneTable() throws IOException {
    Path t = file("years.csv", """
        Service,2019/20 Gross £'000,2019/20 Income £'000,2019/20 Net £'000,2020/21 Gross £'000,2020/21 Income £'000,2020/21 Net £'000
        Older People,"1,000.0",-200.0,800.0,"1,100.0",-200.0,900.0
        Total,"1,000.0",-200.0,800.0,"1,100.0",-200.0,900.0
        """);
    Run r = run("table", t.toString());
    assertThat(r.status()).isEqualTo(ScplanCommand.OK);
    assertThat(r.out()).contains("  2 sections").contains("  budget \"years-2019-20\": years 2019-20")
        .contains("  budget \"years-2020-21\": years 2020-21")
        .contains("1 table checked: 1 without errors, 0 with errors, 0 unreadable");
  }

  @Test
  void indicatorAndRiskTablesWithTheirOptions() throws IOException {
    Path kpis = file("kpis.csv", "Ref,Indicator,Actual,Target,RAG\nPI 1,Delayed transfers,120,100,Green\n");
    Run lower = run("table", "--period", "2018-19", "--polarity", "lower", kpis.toString());
    assertThat(lower.status()).isEqualTo(ScplanCommand.ERRORS);
    assertThat(lower.out()).contains("  indicators \"kpis\": kpis").contains("performance.rag.mismatch");
    Run tolerance = run("table", "--period", "2018-19", "--polarity", "lower", "--rule", "tolerance-20",
        kpis.toString());
    assertThat(tolerance.out()).contains("performance.rag.mismatch").contains("gives 120 vs target 100");
    Path rule = file("rule.txt", "tolerance-20\n");
    Run fromFile = run("table", "--period", "2018-19", "--polarity", "lower", "--rule-file", rule.toString(),
        kpis.toString());
    assertThat(fromFile.out()).isEqualTo(tolerance.out());
    Run missingRule = run("table", "--rule-file", dir.resolve("none.txt").toString(), kpis.toString());
    assertThat(missingRule.status()).isEqualTo(ScplanCommand.UNREADABLE);
    assertThat(missingRule.err()).startsWith("scplan table: --rule-file");
    Path risks = file("risks.csv", "Ref,Risk,Owner,Likelihood,Impact,Score\nR1,Flooding,Ann,4,5,16\n");
    Run r = run("table", "--matrix", "kent-5x5", "--as-at", "2018-09-30", risks.toString());
    assertThat(r.status()).isEqualTo(ScplanCommand.ERRORS);
    assertThat(r.out()).contains("  risks \"risks\": risks").contains("ERROR   csv.risk.score-mismatch")
        .contains("2: row 2, column \"Score\"");
  }

  @Test
  void jsonOutputIsTheSameShapeAsCheck() throws IOException {
    Path bad = file("bad.csv", "Budget 2019-20\nService,Gross,Income,Net\nA,\"12,34x\",-2.0,8.0\n");
    Run r = run("table", "--json", table5().toString(), "--year", "2018-19", bad.toString());
    assertThat(r.status()).isEqualTo(ScplanCommand.UNREADABLE);
    JsonOutput json = JsonOutput.of(r.out());
    assertThat(json.codes()).containsExactly("csv.schema.detected", "csv.income-sign.detected", "csv.cell.unreadable");
    assertThat(json.exitStatus()).isEqualTo(ScplanCommand.UNREADABLE);
    assertThat(r.out()).contains("\"kind\": \"budget\"").contains("\"reference\": \"B3\"", "\"row\": 3", "\"column\": 2",
        "\"heading\": \"Gross\"", "\"text\": \"" + bad + " B3: row 3, column \\\"Gross\\\" (line 3, column 3)\"");
  }

  @Test
  void theJsonReportOpensWithWhatWasDecidedAsData() throws IOException {
    Run r = run("table", "--json", table5().toString(), "--year", "2018-19");
    String out = r.out();
    assertThat(JsonOutput.of(out).exitStatus()).isZero();
    assertThat(out.indexOf("\"readAs\"")).isPositive().isLessThan(out.indexOf("\"sections\""));
    assertThat(out.indexOf("\"sections\"")).isLessThan(out.indexOf("\"findings\""));
    String opening = out.substring(out.indexOf("\"readAs\""), out.indexOf("\"findings\""));
    assertThat(opening).contains("\"code\": \"csv.income-sign.detected\"", "\"kind\": \"budget\"",
        "\"schema\": \"kent-directorate-2018\"", "\"year\": \"2018-19\"", "\"unit\": \"£'000\"", "\"net-cost\": 1",
        "\"incomeSign\": \"negative, added\"", "\"relation\": \"Net cost = gross + income + grants\"");
    Path printed = file("printed.csv", "What we spend,£m\nSchools,10.0\nRoads,5.5\nTotal,15.5\n");
    String discovered = run("table", "--json", printed.toString()).out();
    assertThat(discovered.substring(0, discovered.indexOf("\"summary\""))).contains(
        "\"kind\": \"published-table\"", "\"precision\": \"each figure as printed\"",
        "\"relation\": \"Total = Schools + Roads\"", "\"basis\": \"named by its label\"");
  }


  @Test
  void commandLineMistakesExitTwoWithAMessage() throws IOException {
    Path t = table5();
    String[][] mistakes = {{"table"}, {"table", "--unit", "dollars", t.toString()}, {"table", "--year"},
        {"table", "--schema", "nope", t.toString()}, {"table", "--precision", "x", t.toString()},
        {"table", "--frob", "1", t.toString()}, {"table", "--matrix", "9x9", t.toString()},
        {"table", "--column", "Gross", t.toString()}, {"table", "--schema", "gross-net", "--schema-file", "s.json",
            t.toString()},
        {"table", "--as-at", "30/09/2018", t.toString()}};
    for (String[] args : mistakes) {
      Run r = run(args);
      assertThat(r.status()).as(String.join(" ", args)).isEqualTo(ScplanCommand.UNREADABLE);
      assertThat(r.err()).as(String.join(" ", args)).startsWith("scplan table: ").doesNotContain("Exception");
    }
    assertThat(run("table", "--schema", "nope", t.toString()).err()).contains("gross-income-net");
  }

  @Test
  void aSchemaOfOnesOwnIsReadFromJson() throws IOException {
    BudgetSchema mine = BudgetSchema.of("my-council-2024", "My council's service budget",
        SignConvention.INCOME_NEGATIVE,
        BudgetColumn.spend("pay", "Pay"), BudgetColumn.spend("non-pay", "Non pay"),
        BudgetColumn.derived("gross", "Gross", "pay + non-pay"), BudgetColumn.income("fees", "Fees"),
        BudgetColumn.derived("net", "Net", "gross + fees"));
    Path schema = file("mine.json", BudgetSchemaJson.write(mine));
    Path table = file("mine.csv", "Budget 2024-25 (£'000)\nService,Pay,Non pay,Gross,Fees,Net\n"
        + "Day care,10.0,5.0,15.0,-1.0,14.0\nTotal,10.0,5.0,15.0,-1.0,14.5\n");
    Run r = run("table", "--schema-file", schema.toString(), table.toString());
    assertThat(r.status()).as(r.out() + r.err()).isEqualTo(ScplanCommand.ERRORS);
    assertThat(r.out()).contains("ERROR   budget.derived.mismatch")
        .contains("at F4: row 4, column \"Net\" (line 4, column 26) Budget 2024-25 (£'000) › Total [Net]")
        .doesNotContain("csv.schema.detected");

    Path broken = file("broken.json", "{\"name\": \"x\"}");
    Run b = run("table", "--schema-file", broken.toString(), table.toString());
    assertThat(b.status()).isEqualTo(ScplanCommand.UNREADABLE);
    assertThat(b.out()).contains(broken.toString()).contains("cannot read").contains("json.missing-member");
  }

  @Test
  void aMatrixOfOnesOwnIsReadFromJson() throws IOException {
    RiskMatrix threeByThree = RiskMatrix.builder().id("my-3x3")
        .likelihood(Axis.numbered("Likelihood", "Low", "Medium", "High"))
        .impact(Axis.numbered("Impact", "Low", "Medium", "High"))
        .addLevel("Green", "green").addLevel("Amber", "amber").addLevel("Red", "red")
        .addBand("Green", 1, 2).addBand("Amber", 3, 4).addBand("Red", 6, 9).build();
    Path matrix = file("m.json", RiskMatrixJson.write(threeByThree));
    Path risks = file("risks.csv", "Ref,Risk,Owner,Likelihood,Impact,Level\nR1,Flooding,Ann,3,3,Amber\n");
    Run r = run("table", "--matrix-file", matrix.toString(), risks.toString());
    assertThat(r.status()).isEqualTo(ScplanCommand.ERRORS);
    assertThat(r.out()).contains("ERROR   csv.risk.band-mismatch").contains("matrix my-3x3 puts L3 × I3 (score 9) in Red");
    Run off = run("table", "--matrix-file", matrix.toString(), file("off.csv",
        "Ref,Risk,Owner,Likelihood,Impact\nR1,Flooding,Ann,4,5\n").toString());
    assertThat(off.out()).contains("risk.rating.off-matrix");
  }

  @Test
  void helpListsTheSchemasRulesAndMatricesByName() {
    Run r = run("table", "--help");
    assertThat(r.status()).isEqualTo(ScplanCommand.OK);
    String help = r.out().replaceAll("\\s+", " ");
    assertThat(help).contains("Usage: scplan table")
        .contains("kent-controllable-2010,").contains("kent-directorate-2018,").contains("gross-income-net,")
        .contains("gross-net").contains("kent-floor (default), tolerance-N").contains("margin-N")
        .contains("kent-5x5,").contains("npsa-5x5,").contains("example-5x5-grid")
        .contains("--income-sign=SIGN negative, positive or auto").contains("target-likelihood");
  }

  @Test
  void garbageNeverProducesAStackTrace() throws IOException {
    String[] inputs = {"", "\u0000\u0001", ",,,\n,,,", "\"unclosed", "a\tb\n1\t2\t3\t4\n", "Total\n1\n"};
    for (int i = 0; i < inputs.length; i++) {
      Run r = run("table", file("g" + i + ".csv", inputs[i]).toString());
      assertThat(r.status()).as(inputs[i]).isNotEqualTo(ScplanCommand.INTERNAL);
      assertThat(r.out() + r.err()).as(inputs[i]).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void columnMappingAndStatusCodesReadAKpiTableOfACouncilsOwnWords() throws IOException {
    Path kpis = file("own-words.csv", """
        Measure,Where we are 2020/21,Where we want to be 2020/21,Status
        Missed bins per 100k,45,50,lg
        Calls answered %,78%,90%,lr
        Homes built,410,400,la
        """);
    Run plain = run("table", "--kind", "indicators", kpis.toString());
    assertThat(plain.status()).isEqualTo(ScplanCommand.UNREADABLE);
    assertThat(plain.out()).contains("cannot read \"lg\" as a RAG status")
        .contains("a council's own codes are given with --status-map");
    Run codes = run("table", "--kind", "indicators", "--status-map", "lg=green,la=amber,lr=red", kpis.toString());
    assertThat(codes.out()).contains("csv.column.unknown").contains("Where we are 2020/21");
    Run mapped = run("table", "--column", "Where we are 2020/21=value", "--column", "Where we want to be 2020/21=target",
        "--status-map", "lg=green,la=amber,lr=red", "--polarity", "higher", kpis.toString());
    assertThat(mapped.status()).as(mapped.out()).isEqualTo(ScplanCommand.ERRORS);
    // Missed bins: 45 against 50 with higher taken as better is below target, yet printed green.
    assertThat(mapped.out()).contains("performance.rag.mismatch").doesNotContain("csv.column.unknown");
    Run wrongField = run("table", "--column", "Status=colour", "--kind", "indicators", kpis.toString());
    assertThat(wrongField.status()).isEqualTo(ScplanCommand.UNREADABLE);
    assertThat(wrongField.out()).contains("names no field of an indicator table").contains("status, target, title");
    Run badCodes = run("table", "--status-map", "lg=greenish", kpis.toString());
    assertThat(badCodes.status()).isEqualTo(ScplanCommand.UNREADABLE);
    assertThat(badCodes.err()).contains("--status-map").contains("lg=greenish");
  }

  @Test
  void strictMakesAnUnknownHeadingAnError() throws IOException {
    Path risks = file("strict.csv", "Ref,Risk,Likelihood,Impact,Last Qrt\nR1,Flooding,4,5,20\n");
    Run lenient = run("table", risks.toString());
    assertThat(lenient.status()).as(lenient.out()).isEqualTo(ScplanCommand.OK);
    assertThat(lenient.out()).contains("[csv.column.unknown]");
    Run strict = run("table", "--strict", risks.toString());
    assertThat(strict.status()).as(strict.out()).isEqualTo(ScplanCommand.ERRORS);
    assertThat(strict.out()).contains("ERROR   csv.column.unknown").contains("\"Last Qrt\"");
  }

  @Test
  void aTableTooLargeForTheHeapIsRefusedWithExitTwoNotAnInternalError() throws Exception {
    StringBuilder sb = new StringBuilder("Service,Gross £'000,Income £'000,Net £'000\n");
    for (int i = 1; i <= 200_000; i++) {
      sb.append("Service line ").append(i).append(",\"1,234.5\",-234.5,\"1,000.0\"\n");
    }
    Path big = file("big.csv", sb.toString());
    String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(launcher, "-Xmx40m", "-cp", System.getProperty("java.class.path"),
        ScplanCommand.class.getName(), "table", big.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isEqualTo(ScplanCommand.UNREADABLE);
    assertThat(out).contains("csv.file.too-large").contains("JDK_JAVA_OPTIONS=-Xmx").doesNotContain("internal error")
        .doesNotContain("OutOfMemoryError");
  }
}
