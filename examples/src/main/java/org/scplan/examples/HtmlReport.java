package org.scplan.examples;

import java.util.List;
import java.util.Optional;
import org.scplan.budget.BudgetProfile;
import org.scplan.budget.PublishedTable;
import org.scplan.core.BusinessPlan;
import org.scplan.core.Document;
import org.scplan.core.Finding;
import org.scplan.core.PlanSection;
import org.scplan.core.Report;
import org.scplan.core.SectionView;
import org.scplan.core.Severity;
import org.scplan.performance.Indicator;
import org.scplan.performance.IndicatorSet;
import org.scplan.performance.spc.XmrChart;
import org.scplan.performance.spc.XmrSeries;
import org.scplan.risk.RiskRegister;

/**
 * One self-contained HTML file for a run of checks: each file's plan header, its findings grouped by
 * severity with their locations, its budget tables with the cells that do not add up marked (the
 * explanation on hover and, for print, as a numbered note), its indicator dashboards with an XmR
 * chart for every indicator with a series, and its risk registers' heat maps. Inline CSS and SVG
 * only: no script, no font, no image fetched from anywhere. A print stylesheet for A4; every chart
 * has a text alternative, and a RAG rating or a failing cell is said in words as well as colour.
 * Every text from a document is escaped. Not API.
 */
final class HtmlReport {
  /** The fewest values an indicator needs for an XmR chart in the report. */
  static final int CHART_POINTS = 6;

  private final StringBuilder out = new StringBuilder();

  private HtmlReport() {}

  static String write(Report report) {
    HtmlReport html = new HtmlReport();
    html.document(report);
    return html.out.toString();
  }

  private static final String CSS = String.join("\n",
      "body{font-family:Arial,Helvetica,sans-serif;color:#212b32;margin:2em auto;max-width:1100px;padding:0 1em;"
          + "line-height:1.4}",
      "h1{font-size:1.8em}h2{border-bottom:3px solid #005eb8;padding-bottom:.2em;margin-top:2em}",
      "table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:.9em}",
      "th,td{border:1px solid #d8dde0;padding:.25em .5em;vertical-align:top}th{background:#f0f4f5;text-align:left}",
      "td.num{text-align:right;font-variant-numeric:tabular-nums}",
      "tr.total td,tr.subtotal td{font-weight:bold}tr.group td{font-style:italic;background:#fafafa}",
      "td.fail{background:#fde0dc;outline:2px solid #d5281b}td.fail::after{content:' \\2716';color:#d5281b}",
      ".rag{font-weight:bold;text-align:center}.rag-green{background:#c6ecd2}.rag-amber{background:#ffe9a8}",
      ".rag-red{background:#f8c6c0}.rag-none{color:#4c6272}",
      ".verdict{font-weight:bold;padding:.4em .8em;display:inline-block}",
      ".valid{background:#c6ecd2}.invalid{background:#f8c6c0}",
      ".sev-error{color:#d5281b;font-weight:bold}.sev-warning{color:#b35c00;font-weight:bold}.sev-info{color:#4c6272}",
      "pre{background:#f7f7f7;padding:.6em;overflow-x:auto;font-size:.8em}",
      ".chart{margin:1em 0;max-width:100%}.chart svg{max-width:100%;height:auto}",
      "ol.notes{font-size:.85em}","summary h4{display:inline;margin:.4em 0}summary{cursor:pointer;margin:.6em 0}",
      ".visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}",
      "@page{size:A4;margin:15mm}",
      "@media print{body{margin:0;max-width:none;font-size:10pt}h2{page-break-before:always}"
          + "h2:first-of-type{page-break-before:avoid}table,figure,.chart{page-break-inside:avoid}"
          + "a{color:inherit;text-decoration:none}}");

  private void document(Report report) {
    Report.Totals t = report.totals();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>scplan report</title>\n<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n")
        .append("<header>\n<h1>scplan report</h1>\n<p class=\"summary\">")
        .append(t.files()).append(t.files() == 1 ? " file" : " files").append(" checked: ")
        .append(t.read() - t.withErrors()).append(" without errors, ").append(t.withErrors()).append(" with errors, ")
        .append(t.unreadable()).append(" unreadable.</p>\n</header>\n<main>\n");
    for (Report.Entry entry : report.files()) {
      file(entry);
    }
    out.append("</main>\n</body>\n</html>\n");
  }

  private void file(Report.Entry entry) {
    Optional<Document> document = entry.document();
    String heading = document.flatMap(Document::plan).map(BusinessPlan::title)
        .orElse(document.map(d -> d.sections().size() == 1 ? d.sections().get(0).title() : entry.file())
            .orElse(entry.file()));
    out.append("<section class=\"file\">\n<h2>").append(esc(heading)).append("</h2>\n<p class=\"source\">File: <code>")
        .append(esc(entry.file())).append("</code></p>\n");
    document.flatMap(Document::plan).ifPresent(this::planHeader);
    int errors = entry.findings().count(Severity.ERROR);
    boolean valid = entry.isRead() && errors == 0;
    out.append("<p class=\"verdict ").append(valid ? "valid" : "invalid").append("\">")
        .append(!entry.isRead() ? "Could not be read" : valid ? "No errors" : errors + (errors == 1 ? " error" : " errors"))
        .append(" — ").append(esc(entry.findings().summary())).append("</p>\n");
    findings(entry.findings().findings(), entry.file());
    for (PlanSection section : document.map(Document::sections).orElse(List.of())) {
      section(section);
    }
    out.append("</section>\n");
  }

  private void planHeader(BusinessPlan plan) {
    out.append("<dl class=\"plan\">\n");
    item("Unit", plan.unit().name());
    item("Year", plan.lastYear().map(l -> plan.year() + " to " + l).orElse(plan.year().toString()));
    plan.status().ifPresent(s -> item("Status", s));
    plan.portfolioHolder().ifPresent(p -> item("Portfolio holder", p.toString()));
    item("Contents", plan.priorities().size() + " priorities, " + plan.allActions().size() + " actions, "
        + plan.sections().size() + " sections");
    out.append("</dl>\n");
  }

  private void item(String term, String value) {
    out.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
  }

  private void findings(List<Finding> findings, String file) {
    out.append("<h3>Findings</h3>\n");
    if (findings.isEmpty()) {
      out.append("<p>None.</p>\n");
      return;
    }
    for (Severity severity : Severity.values()) {
      List<Finding> of = findings.stream().filter(f -> f.severity() == severity).toList();
      if (of.isEmpty()) {
        continue;
      }
      String name = severity.name().toLowerCase(java.util.Locale.ROOT);
      // Errors open; warnings and notes folded, so a board pack leads with what is wrong.
      out.append(severity == Severity.ERROR ? "<details open>" : "<details>").append("<summary><h4 class=\"sev-")
          .append(name).append("\">").append(capital(name)).append(of.size() == 1 ? "" : "s")
          .append(" (").append(of.size()).append(")</h4></summary>\n<table class=\"findings findings-").append(name)
          .append("\">\n<thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Where</th><th scope=\"col\">What</th>"
              + "</tr></thead>\n<tbody>\n");
      for (Finding f : of) {
        out.append("<tr class=\"finding\" data-code=\"").append(esc(f.code())).append("\"><td><code>")
            .append(esc(f.code())).append("</code></td><td>").append(esc(where(f, file))).append("</td><td>")
            .append(esc(f.message())).append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n</details>\n");
    }
  }

  /** A finding's place without the file's name, which heads the file's part of the report. */
  private static String where(Finding f, String file) {
    String s = f.location().toString();
    return s.startsWith(file + " ") ? s.substring(file.length() + 1) : s;
  }

  private void section(PlanSection section) {
    out.append("<h3 class=\"section\" data-kind=\"").append(esc(section.kind())).append("\">")
        .append(esc(section.title())).append("</h3>\n");
    if (section instanceof BudgetProfile profile) {
      budget(profile);
    } else if (section instanceof PublishedTable table) {
      published(table);
    } else if (section instanceof IndicatorSet set) {
      indicators(set);
    } else if (section instanceof RiskRegister register) {
      out.append("<figure class=\"chart heat-map\">").append(register.toSvg()).append("<figcaption>")
          .append(esc(register.title())).append(": heat map of current ratings, with arrows to their targets")
          .append("</figcaption></figure>\n");
      view(section);
    } else {
      view(section);
    }
  }

  private void view(PlanSection section) {
    out.append("<pre class=\"view\">").append(esc(String.join("\n", SectionView.of(section).lines())))
        .append("</pre>\n");
  }

  private void budget(BudgetProfile profile) {
    out.append(profile.toHtml());
  }

  private void published(PublishedTable table) {
    out.append(table.toHtml());
    view(table);
  }



  private void indicators(IndicatorSet set) {
    Optional<org.scplan.core.ReportingPeriod> latest = set.latestPeriod();
    if (latest.isEmpty()) {
      view(set);
      return;
    }
    out.append(set.evaluate(latest.get()).toHtml());
    for (Indicator i : set.indicators()) {
      XmrSeries series = i.xmrSeries();
      if (series.observations().stream().filter(o -> o.value().isPresent()).count() >= CHART_POINTS) {
        XmrChart chart = XmrChart.of(series);
        out.append("<figure class=\"chart xmr\">").append(chart.toSvg()).append("<figcaption>")
            .append(esc(chart.summary())).append("</figcaption></figure>\n");
      }
    }
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Escapes text for HTML content and attribute values. */
  static String esc(String text) {
    return org.scplan.core.Markup.escape(text);
  }

}
