package org.scplan.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Where a heat map puts things: most likely at the top and most severe impact on the right, as
 * registers print it, in 96 × 64 cells from (150, 48); each cell's level initial, count and
 * references inside it; the axis labels beside their rows and columns; the legend to the right,
 * most severe level first; each arrow from the centre of the current rating to the centre of the
 * target.
 */
class HeatMapSvgGeometryTest {
  private static final double LEFT = 150;
  private static final double TOP = 48;
  private static final double W = 96;
  private static final double H = 64;

  /** Four risks in the most severe cell, one moving down, one moving left; two more moving elsewhere. */
  private static RiskRegister register(RiskMatrix m) {
    int topL = m.likelihood().levels().get(m.likelihood().size() - 1).number();
    int topI = m.impact().levels().get(m.impact().size() - 1).number();
    return RiskRegister.builder().id("r").title("Register").matrix(m)
        .addRisk(Risk.of("R1", "Funding", "d").withCurrent(Rating.of(topL, topI)).withTarget(Rating.of(1, topI)))
        .addRisk(Risk.of("R2", "Demand", "d").withCurrent(Rating.of(topL, topI)).withTarget(Rating.of(topL, 1)))
        .addRisk(Risk.of("R3", "Workforce", "d").withCurrent(Rating.of(topL, topI)).withTarget(Rating.of(2, 2)))
        .addRisk(Risk.of("R4", "Market", "d").withCurrent(Rating.of(topL, topI)).withTarget(Rating.of(topL, topI)))
        .addRisk(Risk.of("R5", "Data", "d").withCurrent(Rating.of(1, 1)).withTarget(Rating.of(1, 2)))
        .addRisk(Risk.of("R6", "Estates", "d").withCurrent(Rating.of(2, 1)).withTarget(Rating.of(1, 1)))
        .addRisk(Risk.of("R7", "Fraud", "d").withCurrent(Rating.of(2, 2)).withTarget(Rating.of(1, 2)))
        .addRisk(Risk.of("R8", "Unrated", "d"))
        .build();
  }

  /** A test run on three built-in matrices: two 5 × 5 of three and four levels, and a 4 × 4. */
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
  @ParameterizedTest
  @ValueSource(strings = {"kent-5x5", "npsa-5x5", "example-4x4-additive"})
  @interface OnMatrices {}

  private static double at(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  private static double cellX(RiskMatrix m, int impact) {
    return LEFT + m.impact().indexOf(impact) * W;
  }

  private static double cellY(RiskMatrix m, int likelihood) {
    return TOP + (m.likelihood().size() - 1 - m.likelihood().indexOf(likelihood)) * H;
  }

  private static List<Element> children(Element g, String tag) {
    var nodes = g.getElementsByTagName(tag);
    return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
  }

  @OnMatrices
  void eachRatingHasItsCellWithItsInitialCountAndReferences(String name) throws Exception {
    RiskMatrix m = RiskMatrices.named(name);
    HeatMap map = register(m).heatMap(RatingKind.CURRENT);
    Document svg = HeatMapSvgTest.parse(map.toSvg());

    assertThat(at(svg.getDocumentElement(), "width")).isEqualTo(LEFT + W * m.impact().size() + 190);
    assertThat(at(svg.getDocumentElement(), "height")).isEqualTo(TOP + H * m.likelihood().size() + 70);
    List<Element> cells = HeatMapSvgTest.withClass(svg, "cell");
    assertThat(cells).hasSize(m.likelihood().size() * m.impact().size());
    for (Element cell : cells) {
      Rating r = Rating.parse(cell.getAttribute("data-rating"));
      double x = cellX(m, r.impact());
      double y = cellY(m, r.likelihood());
      Element rect = children(cell, "rect").get(0);
      assertThat(List.of(at(rect, "x"), at(rect, "y"), at(rect, "width"), at(rect, "height")))
          .as("cell %s", r).containsExactly(x, y, W, H);
      assertThat(rect.getAttribute("fill")).isEqualTo(HeatMapSvg.fill(m.level(r)));
      Map<String, Element> texts = children(cell, "text").stream()
          .collect(Collectors.toMap(t -> t.getAttribute("class"), t -> t));
      assertThat(texts.get("level-initial").getTextContent()).isEqualTo(m.level(r).name().substring(0, 1));
      assertThat(List.of(at(texts.get("level-initial"), "x"), at(texts.get("level-initial"), "y")))
          .containsExactly(x + 6, y + 14);
      List<String> risks = map.risks(r);
      if (risks.isEmpty()) {
        assertThat(texts).doesNotContainKeys("count", "refs");
        assertThat(cell.getElementsByTagName("title").item(0).getTextContent()).endsWith(": no risks");
        continue;
      }
      assertThat(texts.get("count").getTextContent()).isEqualTo(Integer.toString(risks.size()));
      assertThat(List.of(at(texts.get("count"), "x"), at(texts.get("count"), "y"))).containsExactly(x + W / 2, y + 30);
      assertThat(List.of(at(texts.get("refs"), "x"), at(texts.get("refs"), "y"))).containsExactly(x + W / 2, y + 48);
      assertThat(cell.getElementsByTagName("title").item(0).getTextContent())
          .isEqualTo(m.describe(r) + ": " + String.join("; ", risks));
    }
    int topL = m.likelihood().levels().get(m.likelihood().size() - 1).number();
    int topI = m.impact().levels().get(m.impact().size() - 1).number();
    // Four risks in one cell: three references and how many more.
    assertThat(HeatMapSvgTest.withClass(svg, "refs")).extracting(Element::getTextContent).contains("R1, R2, R3 +1");
    assertThat(map.risks(Rating.of(topL, topI))).hasSize(4);
  }

  @OnMatrices
  void theAxesAreLabelledBesideTheirRowsAndColumns(String name) throws Exception {
    RiskMatrix m = RiskMatrices.named(name);
    Document svg = HeatMapSvgTest.parse(register(m).heatMap(RatingKind.CURRENT).toSvg());

    List<Element> rows = HeatMapSvgTest.withClass(svg, "likelihood-label");
    assertThat(rows).hasSize(m.likelihood().size());
    for (Element row : rows) {
      AxisLevel level = m.likelihood().level(Integer.parseInt(row.getTextContent().split(" ")[0])).orElseThrow();
      assertThat(row.getTextContent()).isEqualTo(level.number() + " " + level.label());
      assertThat(at(row, "x")).isEqualTo(LEFT - 8);
      assertThat(at(row, "y")).isEqualTo(cellY(m, level.number()) + H / 2 + 4);
    }
    List<Element> columns = HeatMapSvgTest.withClass(svg, "impact-label");
    assertThat(columns).hasSize(m.impact().size());
    double gridBottom = TOP + H * m.likelihood().size();
    for (Element column : columns) {
      AxisLevel level = m.impact().level(Integer.parseInt(column.getTextContent().split(" ")[0])).orElseThrow();
      assertThat(at(column, "x")).isEqualTo(cellX(m, level.number()) + W / 2);
      assertThat(at(column, "y")).isEqualTo(gridBottom + 16);
    }
  }

  @OnMatrices
  void theLegendListsTheLevelsMostSevereFirstBesideTheGrid(String name) throws Exception {
    RiskMatrix m = RiskMatrices.named(name);
    HeatMap map = register(m).heatMap(RatingKind.CURRENT);
    Document svg = HeatMapSvgTest.parse(map.toSvg());
    double lx = LEFT + W * m.impact().size() + 24;

    List<Element> swatches = HeatMapSvgTest.withClass(svg, "legend-swatch");
    List<Element> labels = HeatMapSvgTest.withClass(svg, "legend-label");
    List<RiskLevel> levels = m.levels();
    assertThat(swatches).hasSameSizeAs(levels);
    for (int row = 0; row < levels.size(); row++) {
      RiskLevel level = levels.get(levels.size() - 1 - row);
      assertThat(at(swatches.get(row), "x")).isEqualTo(lx);
      assertThat(at(swatches.get(row), "y")).isEqualTo(TOP + 20 + 22 * row);
      assertThat(swatches.get(row).getAttribute("fill")).isEqualTo(HeatMapSvg.fill(level));
      assertThat(labels.get(row).getTextContent())
          .isEqualTo(level.name() + ": " + map.countsByLevel().getOrDefault(level, 0));
      assertThat(List.of(at(labels.get(row), "x"), at(labels.get(row), "y")))
          .containsExactly(lx + 20, TOP + 20 + 22 * row + 11);
    }
    Element notRated = HeatMapSvgTest.withClass(svg, "not-rated").get(0);
    assertThat(notRated.getTextContent()).isEqualTo("Not rated: 1");
    assertThat(at(notRated, "y")).isEqualTo(TOP + 30 + 22 * levels.size());
    assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).startsWith("7 risks on the matrix, 1 not rated");
  }

  @OnMatrices
  void eachArrowRunsFromTheCurrentCellsCentreToTheTargetsFannedOut(String name) throws Exception {
    RiskMatrix m = RiskMatrices.named(name);
    RiskRegister register = register(m);
    Document svg = HeatMapSvgTest.parse(register.toSvg());

    List<Element> arrows = HeatMapSvgTest.withClass(svg, "movement");
    List<Risk> moving = register.risks().stream().filter(r -> r.current().isPresent() && r.target().isPresent()
        && !r.current().equals(r.target())).toList();
    assertThat(arrows).hasSameSizeAs(moving);
    for (int k = 0; k < arrows.size(); k++) {
      Risk r = moving.get(k);
      Rating from = r.current().orElseThrow();
      Rating to = r.target().orElseThrow();
      double offset = ((k % 5) - 2) * 4;
      Element a = arrows.get(k);
      assertThat(List.of(at(a, "x1"), at(a, "y1"), at(a, "x2"), at(a, "y2"))).as(r.label()).containsExactly(
          cellX(m, from.impact()) + W / 2 + offset, cellY(m, from.likelihood()) + H / 2 + offset,
          cellX(m, to.impact()) + W / 2 + offset, cellY(m, to.likelihood()) + H / 2 + offset);
    }
  }

  @ParameterizedTest(name = "{0} is drawn {1}")
  @CsvSource({"green, #7cc47f", "Amber, #ffc44d", "' red ', #e8615c", "yellow, #fff176", "orange, #ffa040",
      "blue, #7cb8f0", "purple, #b58ad6", "grey, #c4c4c4", "gray, #c4c4c4", "#ABC, #abc", "#12ab9F, #12ab9f",
      "teal, #c4c4c4", "#12ab9, #c4c4c4"})
  void aLevelIsFilledWithItsHexColourOrANamedColourDarkTextReadsOn(String colour, String fill) {
    assertThat(HeatMapSvg.fill(RiskLevel.of("Level", colour))).isEqualTo(fill);
  }
}
