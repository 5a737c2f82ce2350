package org.scplan.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Heat maps as SVG: one cell per rating of the matrix in its level's colour, counts and references
 * that agree with the model, an arrow per risk that moves, the date; every text escaped.
 */
class HeatMapSvgTest {
  /** Seed 001's register, as risk/README.md's session builds it. */
  private static final RiskRegister REGISTER = RiskRegister.builder().id("directorate-risks")
      .title("Directorate Risk Register").matrix(RiskMatrices.named("kent-5x5")).asAt(LocalDate.of(2018, 9, 30))
      .addRisk(Risk.of("AH0001", "New operating model", "Implementation of a new operating model"))
      .addRisk(Risk.of("AH0005", "Financial pressures", "Current pressures on public sector funding")
          .withOwner("Corporate Director").withCurrent(Rating.of(4, 5)).withTarget(Rating.of(3, 4)))
      .addRisk(Risk.of("AH0007", "Managing demand", "Demand will outstrip resources")
          .withOwner("Director Older People").withCurrent(Rating.of(3, 4)).withTarget(Rating.of(3, 4)))
      .build();

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  static java.util.List<Element> withClass(Document d, String cls) {
    NodeList all = d.getElementsByTagName("*");
    return IntStream.range(0, all.getLength()).mapToObj(i -> (Element) all.item(i))
        .filter(e -> (" " + e.getAttribute("class") + " ").contains(" " + cls + " ")).toList();
  }

  @Test
  void everyCellOfTheMatrixIsDrawnWithItsCountAndLevel() throws Exception {
    HeatMap map = REGISTER.heatMap(RatingKind.CURRENT);
    Document svg = parse(map.toSvg());

    java.util.List<Element> cells = withClass(svg, "cell");
    assertThat(cells).hasSize(25);
    for (Element cell : cells) {
      Rating r = Rating.parse(cell.getAttribute("data-rating"));
      assertThat(Integer.parseInt(cell.getAttribute("data-count"))).isEqualTo(map.count(r));
      assertThat(cell.getAttribute("class")).contains("level-" + map.matrix().level(r).name().toLowerCase());
    }
    RiskLevel high = map.matrix().level("High").orElseThrow();
    assertThat(withClass(svg, "level-high").stream().filter(e -> e.getTagName().equals("g")))
        .hasSize(map.matrix().ratings(high).size());
    assertThat(withClass(svg, "count")).hasSize(2);
    assertThat(withClass(svg, "legend-label")).extracting(Element::getTextContent)
        .containsExactly("High: 1", "Medium: 1", "Low: 0");
    assertThat(withClass(svg, "not-rated")).extracting(Element::getTextContent).containsExactly("Not rated: 1");
    assertThat(map.toSvg()).isEqualTo(map.toSvg());
  }

  @Test
  void aRegistersMapHasItsDateAndAnArrowForEachRiskThatMoves() throws Exception {
    Document svg = parse(REGISTER.toSvg());

    assertThat(withClass(svg, "as-at")).extracting(Element::getTextContent).containsExactly("As at 2018-09-30");
    assertThat(withClass(svg, "movement")).singleElement()
        .satisfies(e -> assertThat(e.getAttribute("data-risk")).isEqualTo("AH0005: Financial pressures"));
    assertThat(REGISTER.toSvg()).contains("<title>AH0005: Financial pressures: from 20 High (L4 × I5) to 12 Medium"
        + " (L3 × I4)</title>");
  }

  @Test
  void everyTextIsEscaped() throws Exception {
    String attack = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
    RiskRegister hostile = RiskRegister.builder().id("r").title(attack).matrix(RiskMatrices.named("kent-5x5"))
        .addRisk(Risk.of("R1", attack, attack).withOwner(attack).withCurrent(Rating.of(2, 2))
            .withTarget(Rating.of(1, 1)))
        .build();
    String svg = hostile.toSvg();
    assertThat(svg).doesNotContain("<script").doesNotContain("<img");
    parse(svg);
  }
}
