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
        .doesNotContain("<svg onload").doesNotContainPattern("<[^>]*\\son[a-z]+=");
    assertThat(count(html, "<td class=\"num fail\"")).isPositive();
  }

  @Test
  void everyBundledPlanHasAReport() throws IOException {
    try (var files = Files.list(PLANS)) {
      List<Path> plans = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      for (Path plan : plans) {
        Path out = dir.resolve(plan.getFileName() + ".html");
        ScplanCommandTest.Run r = ScplanCommandTest.run("report", "-o", out.toString(), plan.toString());
        assertThat(r.status()).as(plan.toString()).isIn(ScplanCommand.OK, ScplanCommand.ERRORS);
        assertThat(Files.readString(out)).as(plan.toString()).contains("<h2>").endsWith("</html>\n");
      }
    }
  }
}
