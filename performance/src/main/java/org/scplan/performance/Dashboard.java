package org.scplan.performance;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.scplan.core.Markup;
import org.scplan.core.Rag;
import org.scplan.core.ReportingPeriod;
import org.scplan.core.ViewData;
import org.scplan.core.internal.TextTable;

/**
 * An indicator set evaluated for one period: every indicator's {@link Assessment} and the counts of
 * GREEN, AMBER, RED and not rated, with where activity results lie against their expected ranges.
 *
 * <p>Obtained from {@link IndicatorSet#evaluate(ReportingPeriod)}. Its {@link #toString()} is a
 * table for JShell, one indicator a line:
 *
 * <pre>
 * Key Performance Information — 2009-10, rule kent-floor, direction against the previous period
 * REF     INDICATOR                                 RESULT              TARGET  RAG    DIRECTION  NOTE
 * NI 125  Achieving independence for older people…  77% (estimated)     75%     GREEN
 * ...
 * 8 green, 0 amber, 0 red, 3 not rated
 * </pre>
 *
 * <p>The counts always add up: green + amber + red + not rated is the number of assessments. An
 * activity result placed in its range is counted as not rated and also as below, within or above.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Dashboard {
  private final String title;
  private final ReportingPeriod period;
  private final RagRule rule;
  private final ComparedWith comparedWith;
  private final List<Assessment> assessments;
  private final int[] ragCounts = new int[Rag.values().length];
  private final int[] positionCounts = new int[RangePosition.values().length];
  private final int notRated;

  private Dashboard(String title, ReportingPeriod period, RagRule rule, ComparedWith comparedWith,
      List<Assessment> assessments) {
    this.title = title;
    this.period = period;
    this.rule = rule;
    this.comparedWith = comparedWith;
    this.assessments = assessments;
    int unrated = 0;
    for (Assessment a : assessments) {
      if (a.isRated()) {
        ragCounts[a.rag().orElseThrow().ordinal()]++;
      } else {
        unrated++;
      }
      a.position().ifPresent(p -> positionCounts[p.ordinal()]++);
    }
    this.notRated = unrated;
  }

  /**
   * Obtains a dashboard of assessments already made.
   *
   * @param title the dashboard's title, usually the indicator set's
   * @param period the period assessed
   * @param rule the rule the assessments applied
   * @param comparedWith the earlier period directions of travel are measured from
   * @param assessments the assessments, in the order to show them
   * @return the dashboard
   */
  public static Dashboard of(String title, ReportingPeriod period, RagRule rule, ComparedWith comparedWith,
      List<Assessment> assessments) {
    return new Dashboard(requireNonNull(title, "title"), requireNonNull(period, "period"),
        requireNonNull(rule, "rule"), requireNonNull(comparedWith, "comparedWith"), List.copyOf(assessments));
  }

  /**
   * Returns the title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the period assessed.
   *
   * @return the period
   */
  public ReportingPeriod period() {
    return period;
  }

  /**
   * Returns the RAG rule applied.
   *
   * @return the rule
   */
  public RagRule rule() {
    return rule;
  }

  /**
   * Returns the earlier period directions of travel are measured from.
   *
   * @return the comparison
   */
  public ComparedWith comparedWith() {
    return comparedWith;
  }

  /**
   * Returns the assessments, in the indicator set's order.
   *
   * @return the assessments
   */
  public List<Assessment> assessments() {
    return assessments;
  }

  /**
   * Returns the assessment of the indicator with a reference (or, lacking one, a title).
   *
   * @param label the reference, such as {@code NI 125}, or the title
   * @return the assessment
   */
  public Optional<Assessment> assessment(String label) {
    requireNonNull(label, "label");
    return assessments.stream().filter(a -> a.indicator().label().equals(label)).findFirst();
  }

  /**
   * Returns how many results were given a rating.
   *
   * @param rag the rating
   * @return the count
   */
  public int count(Rag rag) {
    return ragCounts[requireNonNull(rag, "rag").ordinal()];
  }

  /**
   * Returns how many results are GREEN.
   *
   * @return the count
   */
  public int green() {
    return count(Rag.GREEN);
  }

  /**
   * Returns how many results are AMBER.
   *
   * @return the count
   */
  public int amber() {
    return count(Rag.AMBER);
  }

  /**
   * Returns how many results are RED.
   *
   * @return the count
   */
  public int red() {
    return count(Rag.RED);
  }

  /**
   * Returns how many indicators were not rated.
   *
   * @return the count
   */
  public int notRated() {
    return notRated;
  }

  /**
   * Returns how many activity results lie in a position against their expected range.
   *
   * @param position the position
   * @return the count
   */
  public int count(RangePosition position) {
    return positionCounts[requireNonNull(position, "position").ordinal()];
  }

  /**
   * Writes the dashboard as an HTML fragment: a {@code <table>} of every assessment (reference,
   * indicator, result, target, RAG and why), the RAG cell classed {@code rag rag-green} (amber, red,
   * or {@code rag-none}) and its rating written in words, so colour is never the only signal. Every
   * text is escaped; the fragment holds no script and no style of its own.
   *
   * @return the dashboard as HTML
   */
  public String toHtml() {
    StringBuilder out = new StringBuilder("<table class=\"dashboard\">\n<caption>")
        .append(Markup.escape(title() + ", " + period() + ": " + summary())).append("</caption>\n")
        .append("<thead><tr><th scope=\"col\">Ref</th><th scope=\"col\">Indicator</th><th scope=\"col\">Result</th>"
            + "<th scope=\"col\">Target</th><th scope=\"col\">RAG</th><th scope=\"col\">Why</th></tr></thead>\n<tbody>\n");
    for (Assessment a : assessments()) {
      Indicator i = a.indicator();
      String rag = a.rag().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).orElse("none");
      out.append("<tr><td>").append(Markup.escape(i.reference().orElse(""))).append("</td><td>")
          .append(Markup.escape(i.title())).append("</td><td class=\"num\">")
          .append(Markup.escape(a.actual().flatMap(Actual::value).map(i.unit()::format).orElse("–")))
          .append("</td><td class=\"num\">")
          .append(Markup.escape(a.target().flatMap(Target::value).map(i.unit()::format).orElse("–")))
          .append("</td><td class=\"rag rag-").append(rag).append("\">")
          .append(Markup.escape(a.rag().map(Rag::name).orElse("not rated"))).append("</td><td>")
          .append(Markup.escape(a.explanation())).append("</td></tr>\n");
    }
    return out.append("</tbody>\n</table>\n").toString();
  }

  /**
   * Returns the counts on one line: {@code 8 green, 0 amber, 0 red, 3 not rated}, followed by
   * {@code ; activity: 1 below, 4 within, 0 above} when any activity result was placed in a range.
   *
   * @return the summary
   */
  public String summary() {
    String s = green() + " green, " + amber() + " amber, " + red() + " red, " + notRated + " not rated";
    int placed = count(RangePosition.BELOW) + count(RangePosition.WITHIN) + count(RangePosition.ABOVE);
    return placed == 0 ? s : s + "; activity: " + count(RangePosition.BELOW) + " below, "
        + count(RangePosition.WITHIN) + " within, " + count(RangePosition.ABOVE) + " above";
  }

  /**
   * Returns the dashboard as a table: a title line, one line per indicator (reference, title,
   * result, target, rating, direction of travel, and a note: a published rating the rule does not
   * give, and why the result is not rated), and the summary.
   *
   * @return the dashboard as text
   */
  @Override
  public String toString() {
    return String.join("\n", lines());
  }

  /** The dashboard as lines of text: the heading, the table's lines, the summary. */
  List<String> lines() {
    TextTable table = TextTable.of("REF", 12, "INDICATOR", 40, "RESULT", 24, "TARGET", 28, "RAG", 5,
        "DIRECTION", 10, "NOTE", 120);
    for (Assessment a : assessments) {
      IndicatorUnit unit = a.indicator().unit();
      String target = a.target().map(t -> switch (t.kind()) {
        case TARGET -> unit.format(t.value().orElseThrow())
            + a.floor().filter(f -> rule.usesFloor()).map(f -> " (floor " + unit.format(f) + ")").orElse("");
        case BASELINE -> "baseline " + unit.format(t.value().orElseThrow());
        case RANGE -> unit.format(t.lower().orElseThrow()) + " to " + unit.format(t.upper().orElseThrow());
        case PLACEHOLDER -> "none yet";
      }).orElse("");
      String published = a.actual().flatMap(Actual::publishedRag).filter(p -> a.rag().map(r -> r != p).orElse(true))
          .map(p -> "published " + p + (a.isRated() ? "" : "; ")).orElse("");
      table.row(a.indicator().reference().orElse(""), a.indicator().title(), a.resultText(), target,
          a.rag().map(Rag::name).orElse("-"), a.direction().map(DirectionOfTravel::label).orElse(""),
          published + a.status().reason().orElse(""));
    }
    String heading = title + " — " + period + ", rule " + rule + ", direction against the "
        + (comparedWith == ComparedWith.PREVIOUS_PERIOD ? "previous period" : "same period last year");
    List<String> lines = new java.util.ArrayList<>();
    lines.add(heading);
    lines.addAll(table.render().lines().toList());
    lines.add(summary());
    return lines;
  }

  /** The dashboard as data: its period, rule, counts and each assessment. */
  ViewData data() {
    List<ViewData> rows = new java.util.ArrayList<>();
    for (Assessment a : assessments) {
      rows.add(ViewData.builder().put("reference", a.indicator().reference().orElse(null))
          .put("indicator", a.indicator().title()).put("result", a.resultText())
          .put("rag", a.rag().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).orElse(null))
          .put("publishedRag", a.actual().flatMap(Actual::publishedRag)
              .map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).orElse(null))
          .put("direction", a.direction().map(DirectionOfTravel::label).orElse(null))
          .put("notRated", a.status().reason().orElse(null)).build());
    }
    return ViewData.builder().put("period", period.toString()).put("rule", rule.name())
        .put("green", green()).put("amber", amber()).put("red", red()).put("notRated", notRated)
        .put("assessments", rows).build();
  }
}
