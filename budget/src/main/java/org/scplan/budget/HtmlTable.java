package org.scplan.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.scplan.core.Finding;
import org.scplan.core.Markup;
import org.scplan.core.PrintedFigures;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedFigure;

/**
 * Writes a budget table as an HTML table with the cells an error is about marked: class
 * {@code fail}, the explanation as the cell's title (shown on hover), a numbered mark, the words
 * "does not add up" for screen readers, and the explanations as a numbered list below the table
 * for print. Not API.
 */
final class HtmlTable {
  /** A cell to draw: its printed text and the errors found at it. */
  record Shown(String text, List<Finding> errors) {}

  /** A row to draw: its name, its kind (a CSS class) and its cells. */
  record Row(String name, String kind, List<Shown> cells) {}

  private HtmlTable() {}

  static String printed(ReportedFigure f) {
    BigDecimal v = f instanceof ReportedAmount a ? a.printed() : f.value();
    return PrintedFigures.grouped(v.setScale(Math.max(0, f.decimals()), RoundingMode.HALF_EVEN));
  }

  static String render(String caption, List<String> headings, List<Row> rows) {
    StringBuilder out = new StringBuilder();
    List<Finding> noted = new ArrayList<>();
    long failing = rows.stream().flatMap(r -> r.cells().stream()).filter(c -> !c.errors().isEmpty()).count();
    out.append("<table class=\"budget\" data-failing=\"").append(failing).append("\">\n<caption>")
        .append(Markup.escape(caption)).append("</caption>\n<thead><tr><th scope=\"col\">Line</th>");
    for (String h : headings) {
      out.append("<th scope=\"col\">").append(Markup.escape(h)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (Row row : rows) {
      out.append("<tr class=\"").append(row.kind()).append("\"><th scope=\"row\">").append(Markup.escape(row.name()))
          .append("</th>");
      for (Shown cell : row.cells()) {
        if (cell.errors().isEmpty()) {
          out.append("<td class=\"num\">").append(Markup.escape(cell.text())).append("</td>");
          continue;
        }
        StringBuilder marks = new StringBuilder();
        for (Finding f : cell.errors()) {
          noted.add(f);
          marks.append("<sup>").append(noted.size()).append("</sup>");
        }
        out.append("<td class=\"num fail\" title=\"").append(Markup.escape(String.join("\n", cell.errors().stream()
            .map(Finding::message).toList()))).append("\">").append(Markup.escape(cell.text())).append(marks)
            .append("<span class=\"visually-hidden\"> (does not add up)</span></td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    if (!noted.isEmpty()) {
      out.append("<ol class=\"notes\">\n");
      for (Finding f : noted) {
        out.append("<li>").append(Markup.escape(f.message())).append("</li>\n");
      }
      out.append("</ol>\n");
    }
    return out.toString();
  }
}
