package org.scplan.performance.spc;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scplan.core.ValidationReport;

/**
 * An XmR chart of an indicator's series, by NHS England's "Making Data Count" method: for each
 * point its moving range, the mean and process limits of its segment, the special-cause rules
 * that flag it and its classification; a verdict on the latest value (variation) and on meeting
 * the target (assurance); and findings about the series itself.
 *
 * <pre>{@code
 * XmrChart chart = XmrChart.of(series);                       // Making Data Count defaults
 * XmrChart fixed = XmrChart.of(series, SpcOptions.defaults().withFixedLimitsAfter(12));
 * chart.variation()     // special cause concern at March 2019 (shift below the mean)
 * chart.assurance()     // consistently fails: the target 0.95 is above the upper process limit 0.9204 ...
 * chart                 // the whole chart as a text table
 * }</pre>
 *
 * <h2>Method</h2>
 *
 * <p>Each segment (the whole series, or the part from one rebase to the next) has a mean of its
 * baseline values (all of them, or the first N when the limits are fixed) and an average of the
 * moving ranges between consecutive baseline values. The process limits are mean ± 2.66 × average
 * moving range; the near limits are two thirds of the way out. The {@linkplain SpcRule rules}, in
 * precedence order, are: a point strictly outside the limits; a trend of 7 points each strictly
 * higher (or lower) than the one before; 2 of 3 consecutive points on one side of the mean beyond
 * the near limit (but inside the process limit); a shift of 7 points on one side of the mean, a
 * point exactly on the mean breaking it. Runs never cross a rebase.
 *
 * <p>A missing value takes no part: it is in no mean or moving range, and runs pass over it, so it
 * neither breaks a run nor counts towards one. The moving range of the value after it is
 * undefined, since it would span two periods. Missing values, gaps between periods, short
 * segments and the like are reported as {@linkplain #findings() findings} ({@link SpcRules}); the
 * chart never throws for odd data.
 *
 * <p>Decisions are exact: no flag depends on rounding (see {@link XmrLimits}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class XmrChart {
  private final XmrSeries series;
  private final SpcOptions options;
  private final List<XmrPoint> points;
  private final List<XmrSegment> segments;
  private final VariationVerdict variation;
  private final AssuranceVerdict assurance;
  private final ValidationReport findings;
  private final int decimals;

  XmrChart(XmrSeries series, SpcOptions options, List<XmrPoint> points, List<XmrSegment> segments,
      VariationVerdict variation, AssuranceVerdict assurance, ValidationReport findings, int decimals) {
    this.series = series;
    this.options = options;
    this.points = points;
    this.segments = segments;
    this.variation = variation;
    this.assurance = assurance;
    this.findings = findings;
    this.decimals = decimals;
  }

  /**
   * Obtains the chart of a series with the default options (NHS England's "Making Data Count"
   * method: no screening, limits from all values, runs of 7, at least 13 values).
   *
   * @param series the series
   * @return the chart
   */
  public static XmrChart of(XmrSeries series) {
    return of(series, SpcOptions.defaults());
  }

  /**
   * Obtains the chart of a series.
   *
   * @param series the series
   * @param options how to draw it
   * @return the chart
   */
  public static XmrChart of(XmrSeries series, SpcOptions options) {
    requireNonNull(series, "series");
    requireNonNull(options, "options");
    return XmrEngine.chart(series, options);
  }

  /**
   * Returns the series the chart is drawn from.
   *
   * @return the series
   */
  public XmrSeries series() {
    return series;
  }

  /**
   * Returns the options the chart is drawn with.
   *
   * @return the options
   */
  public SpcOptions options() {
    return options;
  }

  /**
   * Returns the points, one per observation of the series, in order.
   *
   * @return the points
   */
  public List<XmrPoint> points() {
    return points;
  }

  /**
   * Returns the point with a label.
   *
   * @param label the label: {@code March 2017}
   * @return the first point with that label, or empty if there is none
   */
  public Optional<XmrPoint> point(String label) {
    requireNonNull(label, "label");
    String l = label.strip();
    return points.stream().filter(p -> p.label().equals(l)).findFirst();
  }

  /**
   * Returns the segments, in order: one, unless the chart is rebased.
   *
   * @return the segments
   */
  public List<XmrSegment> segments() {
    return segments;
  }

  /**
   * Returns the verdict on the latest value: common cause, or a special cause and which.
   *
   * @return the variation verdict
   */
  public VariationVerdict variation() {
    return variation;
  }

  /**
   * Returns the verdict on meeting the target, from the latest segment's limits.
   *
   * @return the assurance verdict
   */
  public AssuranceVerdict assurance() {
    return assurance;
  }

  /**
   * Returns what the chart found about its series: missing values, gaps, too few points, limits
   * that could not be computed.
   *
   * @return the findings
   */
  public ValidationReport findings() {
    return findings;
  }

  /**
   * Returns a one-line summary: {@code 36 points; variation: special cause concern at March 2019
   * (...); assurance: none: no target}.
   *
   * @return the summary
   */
  public String summary() {
    return points.size() + (points.size() == 1 ? " point" : " points")
        + (segments.size() > 1 ? " in " + segments.size() + " segments" : "")
        + "; variation: " + variation + "; assurance: " + assurance;
  }

  /**
   * Returns the chart as a text table for reading in JShell: one row per point with its value,
   * moving range, mean and limits, a small plot of where the value lies between the limits, its
   * classification and the rules that flag it; then the verdicts and findings.
   *
   * @return the chart as text
   */
  public String render() {
    return XmrText.render(this, decimals);
  }

  /**
   * Draws the chart as SVG in NHS England's Making Data Count style, as NHSRplotthedots draws it:
   * the values, each segment's mean and process limits, the target, every point coloured (and
   * shaped) by its variation, and the variation and assurance icons; a title and a description for
   * assistive technology, a tooltip on every point. A pure function of the chart: the same bytes
   * every run, no fonts or images fetched. The conventions and where they come from are in
   * performance/SPC.md.
   *
   * @return the chart as an SVG document
   */
  public String toSvg() {
    return XmrSvg.draw(this, decimals);
  }

  /**
   * Checks whether another object is the chart of an equal series with equal options.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof XmrChart o && o.series.equals(series) && o.options.equals(options);
  }

  /**
   * Returns a hash code.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(series, options);
  }

  /**
   * Returns the chart {@linkplain #render() rendered} as text.
   *
   * @return the chart as text
   */
  @Override
  public String toString() {
    return render();
  }
}
