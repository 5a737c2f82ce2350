package org.scplan.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scplan.core.CalendarMonth;
import org.scplan.core.Polarity;
import org.scplan.performance.spc.SpcOptions;
import org.scplan.performance.spc.SpcVariation;
import org.scplan.performance.spc.XmrChart;
import org.scplan.performance.spc.XmrLimits;
import org.scplan.performance.spc.XmrObservation;
import org.scplan.performance.spc.XmrPoint;
import org.scplan.performance.spc.XmrSegment;
import org.scplan.performance.spc.XmrSeries;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Where an XmR chart puts things: each value at its period across the plot and its height on one
 * scale with the limits, the mean and the target, so that a point beyond a limit is drawn beyond
 * the limit's line. The plot is the 720 × 360 chart less its margins (64 left, 96 right, 40 top,
 * 64 bottom), and the scale leaves 8% of the range free above and below what it shows.
 */
class XmrSvgGeometryTest {
  private static final double LEFT = 64;
  private static final double PLOT_WIDTH = 720 - 64 - 96;
  private static final double TOP = 40;
  private static final double PLOT_HEIGHT = 360 - 40 - 64;
  /** Coordinates are written to one decimal place. */
  private static final double ROUNDING = 0.051;

  /** England's A&E 4-hour performance, April 2016 to March 2019 (performance/SPC.md), target 95%. */
  private static final XmrSeries AE = XmrSeries.from(CalendarMonth.of(2016, 4), Polarity.HIGHER_IS_BETTER,
      0.9004, 0.9028, 0.9056, 0.9029, 0.9098, 0.9065, 0.8905, 0.8838, 0.8618, 0.8514, 0.8753, 0.9001,
      0.9052, 0.8970, 0.9073, 0.9035, 0.9030, 0.8967, 0.8994, 0.8877, 0.8499, 0.8530, 0.8504, 0.8462,
      0.8857, 0.9039, 0.9076, 0.8932, 0.8973, 0.8894, 0.8901, 0.8760, 0.8645, 0.8435, 0.8423, 0.8660)
      .withName("A&E 4-hour performance").withTarget(0.95);

  static Stream<Arguments> charts() {
    return Stream.of(
        Arguments.of("A&E with a target above every value", XmrChart.of(AE)),
        Arguments.of("A&E, limits fixed after a year", XmrChart.of(AE, SpcOptions.defaults().withFixedLimitsAfter(12))),
        Arguments.of("A&E with a target below every value", XmrChart.of(AE.withTarget(0.80))),
        Arguments.of("a falling count, lower is better, target 30", XmrChart.of(XmrSeries.from(CalendarMonth.of(2020, 4),
            Polarity.LOWER_IS_BETTER, 40, 42, 39, 41, 40, 43, 38, 40, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21).withTarget(30))));
  }

  /** The scale, from what the chart shows: its values, each point's limits and the target. */
  private static DoubleUnaryOperator scale(XmrChart chart) {
    List<Double> shown = new ArrayList<>();
    for (XmrPoint p : chart.points()) {
      p.value().ifPresent(v -> shown.add(v.doubleValue()));
      p.limits().ifPresent(l -> {
        shown.add(l.lower().doubleValue());
        shown.add(l.upper().doubleValue());
      });
    }
    chart.series().target().ifPresent(t -> shown.add(t.doubleValue()));
    double lo = shown.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double hi = shown.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    double yMin = lo - 0.08 * (hi - lo);
    double yMax = hi + 0.08 * (hi - lo);
    return v -> TOP + PLOT_HEIGHT * (yMax - v) / (yMax - yMin);
  }

  private static double x(XmrChart chart, int i) {
    return LEFT + PLOT_WIDTH * i / (chart.points().size() - 1);
  }

  private static List<Element> withClass(Document d, String cls) {
    NodeList all = d.getElementsByTagName("*");
    return IntStream.range(0, all.getLength()).mapToObj(i -> (Element) all.item(i))
        .filter(e -> (" " + e.getAttribute("class") + " ").contains(" " + cls + " ")).toList();
  }

  private static double at(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  private static double[][] points(Element e) {
    return Stream.of(e.getAttribute("points").trim().split(" ")).map(p -> p.split(","))
        .map(p -> new double[] {Double.parseDouble(p[0]), Double.parseDouble(p[1])}).toArray(double[][]::new);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void eachValueIsDrawnAtItsPeriodAndOnTheScaleOfTheLimits(String name, XmrChart chart) throws Exception {
    Document svg = XmrSvgTest.parse(chart.toSvg());
    DoubleUnaryOperator y = scale(chart);
    List<XmrPoint> points = chart.points();

    double[][] line = points(withClass(svg, "values").get(0));
    assertThat(line.length).isEqualTo(points.size());
    List<Element> marks = withClass(svg, "point");
    for (int i = 0; i < points.size(); i++) {
      double px = x(chart, i);
      double py = y.applyAsDouble(points.get(i).value().orElseThrow().doubleValue());
      assertThat(line[i][0]).as("x of %s", points.get(i).label()).isCloseTo(px, within(ROUNDING));
      assertThat(line[i][1]).as("y of %s", points.get(i).label()).isCloseTo(py, within(ROUNDING));
      assertThat(py).isBetween(TOP, TOP + PLOT_HEIGHT);
      Element mark = marks.get(i);
      SpcVariation v = points.get(i).variation().orElse(SpcVariation.COMMON_CAUSE);
      if (mark.getTagName().equals("circle")) {
        assertThat(v).isEqualTo(SpcVariation.COMMON_CAUSE);
        assertThat(at(mark, "cx")).isCloseTo(px, within(ROUNDING));
        assertThat(at(mark, "cy")).isCloseTo(py, within(ROUNDING));
      } else {
        // A triangle's apex points up for an improvement, down for a concern; a diamond for neutral.
        double[][] shape = points(mark);
        assertThat(shape[0][0]).isCloseTo(px, within(ROUNDING));
        double apex = shape[0][1] - py;
        switch (v) {
          case IMPROVEMENT -> assertThat(apex).isCloseTo(-6, within(0.11));
          case CONCERN -> assertThat(apex).isCloseTo(6, within(0.11));
          default -> assertThat(apex).isCloseTo(-5, within(0.11));
        }
        if (shape.length == 3) {
          assertThat(shape[1][0] - shape[2][0]).isCloseTo(11, within(0.11));
          assertThat(shape[1][1]).isCloseTo(py - 4 * Math.signum(apex), within(0.11));
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void theMeanAndLimitsOfEachSegmentSpanItsPointsAtTheirValues(String name, XmrChart chart) throws Exception {
    Document svg = XmrSvgTest.parse(chart.toSvg());
    DoubleUnaryOperator y = scale(chart);
    List<XmrSegment> segments = chart.segments().stream().filter(s -> s.limits().isPresent()).toList();
    List<Element> means = withClass(svg, "mean");
    List<Element> uppers = withClass(svg, "upper-limit");
    List<Element> lowers = withClass(svg, "lower-limit");
    assertThat(means).hasSameSizeAs(segments);
    for (int s = 0; s < segments.size(); s++) {
      XmrSegment segment = segments.get(s);
      XmrLimits l = segment.limits().orElseThrow();
      for (Element[] e : List.of(new Element[] {means.get(s)}, new Element[] {uppers.get(s)},
          new Element[] {lowers.get(s)})) {
        assertThat(at(e[0], "x1")).isCloseTo(x(chart, segment.firstPoint()), within(ROUNDING));
        assertThat(at(e[0], "x2")).isCloseTo(x(chart, segment.lastPoint()), within(ROUNDING));
        assertThat(at(e[0], "y2")).isEqualTo(at(e[0], "y1"));
      }
      assertThat(at(means.get(s), "y1")).isCloseTo(y.applyAsDouble(l.mean().doubleValue()), within(ROUNDING));
      assertThat(at(uppers.get(s), "y1")).isCloseTo(y.applyAsDouble(l.upper().doubleValue()), within(ROUNDING));
      assertThat(at(lowers.get(s), "y1")).isCloseTo(y.applyAsDouble(l.lower().doubleValue()), within(ROUNDING));
    }
    Element target = withClass(svg, "target").get(0);
    assertThat(at(target, "x1")).isEqualTo(LEFT);
    assertThat(at(target, "x2")).isEqualTo(LEFT + PLOT_WIDTH);
    assertThat(at(target, "y1")).isCloseTo(y.applyAsDouble(chart.series().target().orElseThrow().doubleValue()),
        within(ROUNDING));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void theAxesAreLabelledFromBottomToTopAndEveryFewPeriods(String name, XmrChart chart) throws Exception {
    Document svg = XmrSvgTest.parse(chart.toSvg());
    DoubleUnaryOperator y = scale(chart);

    List<Element> yTicks = withClass(svg, "y-tick");
    assertThat(yTicks).hasSize(5);
    // The labels go up the axis in equal steps from the bottom of the plot to the top, each 4 below its tick.
    assertThat(at(yTicks.get(0), "y")).isEqualTo(TOP + PLOT_HEIGHT + 4);
    assertThat(at(yTicks.get(4), "y")).isEqualTo(TOP + 4);
    for (Element t : yTicks) {
      assertThat(at(t, "y") - 4).isCloseTo(y.applyAsDouble(Double.parseDouble(t.getTextContent())), within(0.2));
      assertThat(at(t, "x")).isEqualTo(LEFT - 6);
    }
    List<Element> xTicks = withClass(svg, "x-tick");
    int every = (int) Math.ceil(chart.points().size() / 12.0);
    assertThat(xTicks).hasSize((chart.points().size() + every - 1) / every);
    for (int k = 0; k < xTicks.size(); k++) {
      assertThat(xTicks.get(k).getTextContent()).isEqualTo(chart.points().get(k * every).label());
      assertThat(at(xTicks.get(k), "x")).isCloseTo(x(chart, k * every), within(ROUNDING));
      assertThat(at(xTicks.get(k), "y")).isEqualTo(TOP + PLOT_HEIGHT + 14);
    }
  }

  @Test
  void aSingleValueIsInTheMiddleAndAFlatSeriesStillHasAScale() throws Exception {
    XmrChart one = XmrChart.of(XmrSeries.from(CalendarMonth.of(2020, 4), Polarity.HIGHER_IS_BETTER, 5));
    double[] flat = new double[15];
    java.util.Arrays.fill(flat, 7);
    XmrChart level = XmrChart.of(XmrSeries.from(CalendarMonth.of(2020, 4), Polarity.HIGHER_IS_BETTER, flat));

    Element mark = withClass(XmrSvgTest.parse(one.toSvg()), "point").get(0);
    assertThat(at(mark, "cx")).isEqualTo(LEFT + PLOT_WIDTH / 2);
    // A flat series is drawn on a scale one unit high, 7 at its bottom: 8% of it above the plot's foot.
    double[][] line = points(withClass(XmrSvgTest.parse(level.toSvg()), "values").get(0));
    for (double[] p : line) {
      assertThat(p[1]).isCloseTo(TOP + PLOT_HEIGHT * 1.08 / 1.16, within(ROUNDING));
    }
  }

  @Test
  void aValueAloneBetweenGapsIsAMarkWithoutALine() throws Exception {
    XmrChart chart = XmrChart.of(XmrSeries.of(Polarity.LOWER_IS_BETTER,
        XmrObservation.of(CalendarMonth.of(2016, 4), 1), XmrObservation.missing(CalendarMonth.of(2016, 5), "late"),
        XmrObservation.of(CalendarMonth.of(2016, 6), 2), XmrObservation.of(CalendarMonth.of(2016, 7), 3),
        XmrObservation.missing(CalendarMonth.of(2016, 8), "late"), XmrObservation.of(CalendarMonth.of(2016, 9), 2),
        XmrObservation.of(CalendarMonth.of(2016, 10), 4)));
    Document svg = XmrSvgTest.parse(chart.toSvg());

    assertThat(withClass(svg, "point")).hasSize(5);
    assertThat(withClass(svg, "values")).extracting(e -> points(e).length).containsExactly(2, 2);
    assertThat(points(withClass(svg, "values").get(1))[0][0]).isCloseTo(x(chart, 5), within(ROUNDING));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void theIconsSayTheVariationAndAssuranceInALetter(String name, XmrChart chart) throws Exception {
    Document svg = XmrSvgTest.parse(chart.toSvg());
    String variation = withClass(svg, "variation-icon").get(0).getElementsByTagName("text").item(0).getTextContent();
    String assurance = withClass(svg, "assurance-icon").get(0).getElementsByTagName("text").item(0).getTextContent();

    String expectedVariation = chart.variation().variation().map(v -> switch (v) {
      case COMMON_CAUSE -> "–";
      case NEUTRAL_HIGH -> "H";
      case NEUTRAL_LOW -> "L";
      default -> chart.variation().point().flatMap(chart::point).orElseThrow().sideOfMean() > 0 ? "H" : "L";
    }).orElse("?");
    assertThat(variation).isEqualTo(expectedVariation);
    assertThat(assurance).isEqualTo(chart.assurance().assurance().map(a -> switch (a) {
      case CONSISTENTLY_PASSES -> "P";
      case CONSISTENTLY_FAILS -> "F";
      case HIT_AND_MISS -> "?";
    }).orElse("–"));
  }
}
