package org.scplan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scplan.core.BusinessPlan;
import org.scplan.json.ScplanJson;
import org.scplan.performance.IndicatorSet;

/** {@code scplan report}: one self-contained HTML file whose counts agree with the model. */
class ReportCommandTest {
  static final Path PLANS = Path.of("..", "examples", "plans");
  static final Path TABLES = Path.of("..", "examples", "tables");

  @TempDir
  Path dir;

  static int count(String html, String regex) {
    Matcher m = Pattern.compile(regex).matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /**
   * The event-handler attributes of the HTML's tags (onerror=, onload=, …): attribute values are
   * blanked first, so escaped text inside a tooltip, which is harmless, is not counted.
   */
  static List<String> eventHandlers(String html) {
    Matcher tags = Pattern.compile("<[a-zA-Z][^>]*>").matcher(html);
    List<String> found = new java.util.ArrayList<>();
    while (tags.find()) {
      String tag = tags.group().replaceAll("\"[^\"]*\"|'[^']*'", "\"\"");
      Matcher on = Pattern.compile("\\s(on[a-zA-Z]+)\\s*=").matcher(tag);
      while (on.find()) {
        found.add(on.group(1) + " in " + tags.group());
      }
    }
    return found;
  }

  @Test
  void theKentAdultSocialCarePlanIsAReportWithItsDashboardsAndItsError() throws IOException {
    Path plan = PLANS.resolve("kent-asch-2018-19.json");
    Path out = dir.resolve("asch.html");

    ScplanCommandTest.Run r = ScplanCommandTest.run("report", "-o", out.toString(), plan.toString());

    assertThat(r.status()).as(r.out() + r.err()).isEqualTo(ScplanCommand.ERRORS);
    String html = Files.readString(out);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2>Directorate Business Plan 2018 - 19</h2>")
        .contains("budget.headline.mismatch").doesNotContain("<script").doesNotContain("src=\"http")
        .doesNotContain("href=\"http");
    BusinessPlan model = ScplanJson.standard().readPlan(plan);
    int assessed = IndicatorSet.allIn(model).stream().filter(s -> s.latestPeriod().isPresent())
        .mapToInt(s -> s.evaluate(s.latestPeriod().get()).assessments().size()).sum();
    assertThat(count(html, "<td class=\"rag rag-")).isEqualTo(assessed).isPositive();
    assertThat(count(html, "<svg ")).isEqualTo(1); // the register's heat map
  }

  @Test
  void aTableThatDoesNotAddUpHasItsFailingCellsMarked() throws IOException {
    Path out = dir.resolve("tables.html");
    ScplanCommandTest.Run r = ScplanCommandTest.run("report", "-o", out.toString(),
        TABLES.resolve("west-norfolk-budget-requirement-2024-25.tsv").toString(),
        TABLES.resolve("stafford-budget-requirement-2024-25.ods").toString());

    assertThat(r.status()).isEqualTo(ScplanCommand.ERRORS);
    String html = Files.readString(out);
    // West Norfolk's four published slips and Stafford's one, each a marked cell with a numbered note.
    assertThat(count(html, "<td class=\"num fail\"")).isEqualTo(5);
    assertThat(html).contains("data-failing=\"4\"").contains("data-failing=\"1\"")
        .contains("gives 311.76 − 138.20 = 173.56 (± 0.01)");
  }

  @Test
  void everyTextFromADocumentIsEscaped() throws IOException {
    String attack = "<script>alert(1)</script>\\\"><img src=x onerror=alert(2)><svg onload=alert(3)>";
    Path plan = dir.resolve("hostile.json");
    Files.writeString(plan, """
        {"format": "scplan", "version": 1, "plan": {
          "title": "%1$s", "unit": {"id": "x", "name": "%1$s", "level": "division"}, "year": "2013-14",
          "status": "%1$s",
          "priorities": [{"number": "1", "title": "%1$s", "actions": [{"number": "1.1", "description": "%1$s"}]}],
          "sections": [
            {"kind": "budget", "id": "b", "title": "%1$s", "schema": "gross-income-net", "year": "2013-14",
             "unit": "thousands", "decimals": 0,
             "lines": [{"item": "%1$s", "cells": [10, -2, 20]}, {"total": "%1$s total", "cells": [10, -2, 20]}]},
            {"kind": "indicators", "id": "k", "title": "%1$s", "rule": "kent-floor", "targetPeriods": ["2018-19"],
             "indicators": [{"reference": "%1$s", "title": "%1$s", "group": "%1$s", "kind": "performance",
               "unit": "%%", "polarity": "higher-is-better", "frequency": "monthly", "basis": "snapshot",
               "targets": [{"period": "2018-19", "value": 80}],
               "actuals": [{"period": "2017-18", "value": 70, "note": "%1$s"},
                 {"period": "Apr 2018", "value": 71}, {"period": "May 2018", "value": 73},
                 {"period": "Jun 2018", "value": 72}, {"period": "Jul 2018", "value": 74},
                 {"period": "Aug 2018", "value": 75}, {"period": "Sep 2018", "value": 73},
                 {"period": "Oct 2018", "status": "missing", "note": "%1$s"}]}]},
            {"kind": "risks", "id": "r", "title": "%1$s", "matrix": "kent-5x5",
             "risks": [{"reference": "R1", "title": "%1$s", "description": "%1$s", "owner": "%1$s",
                        "current": "L3 × I3", "target": "L2 × I2"}]}
          ]}}
        """.formatted(attack));
    Path out = dir.resolve("hostile.html");

    ScplanCommandTest.Run r = ScplanCommandTest.run("report", "-o", out.toString(), plan.toString());

    String html = Files.readString(out);
    assertThat(r.status()).as(r.out() + r.err() + html.substring(0, Math.min(3000, html.length())))
        .isIn(ScplanCommand.OK, ScplanCommand.ERRORS);
    assertThat(html).contains("&lt;script&gt;").doesNotContain("<script").doesNotContain("<img")
        .doesNotContain("<svg onload");
    assertThat(eventHandlers(html)).isEmpty();
    assertThat(eventHandlers("<p title=\"x onload=1\"><img src=x onerror=alert(2)>")).hasSize(1);
    assertThat(count(html, "<td class=\"num fail\"")).isPositive();
    assertThat(count(html, "<svg ")).as("the indicator's XmR chart and the register's heat map").isEqualTo(2);
  }

  @Test
  void everyTextFromATableIsEscapedToo() throws IOException {
    String attack = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
    Path table = dir.resolve("pasted");
    Files.writeString(table, String.join("\n", "Budget " + attack, "Service\tGross\tIncome\tNet",
        attack + "\t10\t-2\t8", "B\t12\t-2\t10", "Care " + attack + "\t20\t-5\t19", "Total\t42\t-9\t37", ""));
    Path out = dir.resolve("table.html");

    ScplanCommandTest.Run r = ScplanCommandTest.run("report", "--table", "--title", "Title " + attack,
        "--unit", "£'000", "-o", out.toString(), table.toString());

    String html = Files.readString(out);
    assertThat(r.status()).as(r.out() + r.err()).isEqualTo(ScplanCommand.ERRORS);
    assertThat(html).contains("Title &lt;script&gt;").contains("Care &lt;script&gt;").doesNotContain("<script")
        .doesNotContain("<img");
    assertThat(eventHandlers(html)).isEmpty();
    // Care's net 20 − 5 = 15 (± 1) is printed 19, and the total's 42 − 9 = 33 (± 1) is printed 37.
    assertThat(count(html, "<td class=\"num fail\"")).isEqualTo(2);
  }

  @Test
  void aTableIsReadWithTheSameOptionsAsScplanTable() throws IOException {
    Path kass = TABLES.resolve("kent-kass-hq-2010-11-budget.tsv");
    Path out = dir.resolve("kass.html");

    ScplanCommandTest.Run asTable = ScplanCommandTest.run("table", "--json", "--year", "2010-11", kass.toString());
    ScplanCommandTest.Run asReport = ScplanCommandTest.run("report", "--year", "2010-11", "-o", out.toString(),
        kass.toString());
    ScplanCommandTest.Run mistaken = ScplanCommandTest.run("report", "--precision", "many", kass.toString());

    assertThat(asReport.status()).isEqualTo(asTable.status());
    assertThat(Files.readString(out)).contains("2010-11");
    assertThat(mistaken.status()).isEqualTo(ScplanCommand.UNREADABLE);
    assertThat(mistaken.err()).contains("--precision needs a whole number of decimal places");
  }

  @Test
  void everyBundledPlanHasAReport() throws IOException {
    try (var files = Files.list(PLANS)) {
      List<Path> plans = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      for (Path plan : plans) {
        Path out = dir.resolve(plan.getFileName() + ".html");
        ScplanCommandTest.Run r = ScplanCommandTest.run("report", "-o", out.toString(), plan.toString());
        assertThat(r.status()).as(plan.toString()).isIn(ScplanCommand.OK, ScplanCommand.ERRORS);
        String html = Files.readString(out);
        assertThat(html).as(plan.toString()).contains("<h2>").endsWith("</html>\n");
        // Accessibility basics: headings in order (never a level skipped on the way down), and every
        // chart an image with a title and a description.
        Matcher h = Pattern.compile("<h([1-6])[ >]").matcher(html);
        int previous = 0;
        while (h.find()) {
          int level = Integer.parseInt(h.group(1));
          assertThat(level).as(plan + ": a heading at " + h.start()).isLessThanOrEqualTo(previous + 1);
          previous = level;
        }
        assertThat(previous).as(plan.toString()).isPositive();
        assertThat(count(html, "<svg ")).as(plan.toString())
            .isEqualTo(count(html, "<svg [^>]*role=\"img\"[^>]*>\\s*<title id=[^>]+>[^<]+</title>\\s*<desc id=[^>]+>[^<]+</desc>"));
        Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (ids.find()) {
          assertThat(seen.add(ids.group(1))).as(plan + ": id " + ids.group(1) + " is given twice").isTrue();
        }

      }
    }
  }
}
