package org.scplan.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.scplan.core.CalendarMonth;
import org.scplan.core.Polarity;
import org.scplan.performance.spc.SpcOptions;
import org.scplan.performance.spc.SpcVariation;
import org.scplan.performance.spc.XmrChart;
import org.scplan.performance.spc.XmrObservation;
import org.scplan.performance.spc.XmrPoint;
import org.scplan.performance.spc.XmrSeries;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * XmR charts as SVG: well-formed, one mark per value with its variation, the limits of every
 * segment, the target and the two icons; the same bytes every run; every text escaped.
 */
class XmrSvgTest {
  /** England's A&E 4-hour performance, April 2016 to March 2019 (performance/SPC.md). */
  private static final XmrSeries AE = XmrSeries.from(CalendarMonth.of(2016, 4), Polarity.HIGHER_IS_BETTER,
      0.9004, 0.9028, 0.9056, 0.9029, 0.9098, 0.9065, 0.8905, 0.8838, 0.8618, 0.8514, 0.8753, 0.9001,
      0.9052, 0.8970, 0.9073, 0.9035, 0.9030, 0.8967, 0.8994, 0.8877, 0.8499, 0.8530, 0.8504, 0.8462,
      0.8857, 0.9039, 0.9076, 0.8932, 0.8973, 0.8894, 0.8901, 0.8760, 0.8645, 0.8435, 0.8423, 0.8660)
      .withName("A&E 4-hour performance").withTarget(0.95);

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  static long count(Document d, String cls) {
    NodeList all = d.getElementsByTagName("*");
    return IntStream.range(0, all.getLength()).mapToObj(i -> (Element) all.item(i))
        .filter(e -> (" " + e.getAttribute("class") + " ").contains(" " + cls + " ")).count();
  }

  @Test
  void everyValueIsAMarkColouredAndShapedByItsVariation() throws Exception {
    XmrChart chart = XmrChart.of(AE, SpcOptions.defaults().withFixedLimitsAfter(12));
    Document svg = parse(chart.toSvg());

    assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
    assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("XmR chart: A&E 4-hour performance");
    assertThat(count(svg, "point")).isEqualTo(36);
    for (SpcVariation v : SpcVariation.values()) {
      long inChart = chart.points().stream().filter(p -> p.value().isPresent())
          .filter(p -> p.variation().orElse(SpcVariation.COMMON_CAUSE) == v).count();
      assertThat(count(svg, v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))).as(v.toString())
          .isEqualTo(inChart);
    }
    assertThat(chart.points().stream().anyMatch(p -> p.variation().orElse(null) == SpcVariation.CONCERN)).isTrue();
    // A concern is a downward triangle as well as orange: colour is not the only signal.
    NodeList polygons = svg.getElementsByTagName("polygon");
    assertThat(polygons.getLength()).isPositive();
    assertThat(((Element) polygons.item(0)).getAttribute("fill")).isEqualTo("#e46c0a");
    assertThat(count(svg, "target")).isEqualTo(1);
    assertThat(count(svg, "mean")).isEqualTo(chart.segments().size());
    assertThat(count(svg, "upper-limit")).isEqualTo(chart.segments().size());
    assertThat(count(svg, "variation-icon")).isEqualTo(1);
    assertThat(count(svg, "assurance-icon")).isEqualTo(1);
    assertThat(chart.toSvg()).contains("data-assurance=\"consistently-fails\"")
        .contains("<title>Assurance: consistently fails");
  }

  @Test
  void aRebasedChartDrawsEachSegmentsOwnLimitsOverItsOwnPoints() throws Exception {
    XmrChart chart = XmrChart.of(AE, SpcOptions.defaults().withRebaseAt("April 2017"));
    Document svg = parse(chart.toSvg());

    assertThat(chart.segments()).hasSize(2);
    java.util.List<Element> means = elements(svg, "mean");
    assertThat(means).hasSize(2);
    // 36 points across the plot from x = 64 to 624, 16 apart: the first segment's lines run from the
    // first point to March 2017 (the 12th, x = 240), the second's from April 2017 (x = 256) to the last.
    assertThat(means).extracting(e -> e.getAttribute("x1") + "–" + e.getAttribute("x2"))
        .containsExactly("64–240", "256–624");
    // Each sits at its own height: 2017-18's mean performance is lower, so its line is drawn lower down.
    assertThat(chart.segments().get(1).limits().orElseThrow().mean())
        .isLessThan(chart.segments().get(0).limits().orElseThrow().mean());
    assertThat(Double.parseDouble(means.get(1).getAttribute("y1")))
        .isGreaterThan(Double.parseDouble(means.get(0).getAttribute("y1")));
    assertThat(means.get(0).getTextContent()).isEqualTo("Mean " + chart.segments().get(0).limits().orElseThrow()
        .mean().setScale(5, java.math.RoundingMode.HALF_EVEN).toPlainString());
  }

  @Test
  void fixedLimitsRunTheWholeChart() throws Exception {
    XmrChart chart = XmrChart.of(AE, SpcOptions.defaults().withFixedLimitsAfter(12));
    Document svg = parse(chart.toSvg());

    Element upper = elements(svg, "upper-limit").get(0);
    assertThat(upper.getAttribute("x1") + "–" + upper.getAttribute("x2")).isEqualTo("64–624");
    assertThat(upper.getTextContent()).startsWith("Upper process limit 0.920");
  }

  static java.util.List<Element> elements(Document d, String cls) {
    NodeList all = d.getElementsByTagName("*");
    return IntStream.range(0, all.getLength()).mapToObj(i -> (Element) all.item(i))
        .filter(e -> (" " + e.getAttribute("class") + " ").contains(" " + cls + " ")).toList();
  }

  @Test
  void aMissingValueBreaksTheLineAndIsNoMark() throws Exception {
    XmrChart chart = XmrChart.of(XmrSeries.of(Polarity.LOWER_IS_BETTER, XmrObservation.of(CalendarMonth.of(2016, 4), 1),
        XmrObservation.of(CalendarMonth.of(2016, 5), 2), XmrObservation.missing(CalendarMonth.of(2016, 6), "not submitted"),
        XmrObservation.of(CalendarMonth.of(2016, 7), 2), XmrObservation.of(CalendarMonth.of(2016, 8), 3)));
    Document svg = parse(chart.toSvg());
    assertThat(count(svg, "point")).isEqualTo(4);
    assertThat(svg.getElementsByTagName("polyline").getLength()).isEqualTo(2);
    assertThat(count(svg, "target")).isZero();
  }

  @Test
  void theSameChartIsTheSameBytesAndEveryTextIsEscaped() throws Exception {
    XmrSeries hostile = AE.withName("<script>alert(1)</script>\"><img src=x onerror=alert(2)>");
    String svg = XmrChart.of(hostile).toSvg();

    assertThat(svg).isEqualTo(XmrChart.of(hostile).toSvg());
    assertThat(svg).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
    parse(svg);
    for (XmrPoint p : XmrChart.of(hostile).points()) {
      assertThat(svg).contains("<title>" + p.label() + ": ");
    }
  }
}
