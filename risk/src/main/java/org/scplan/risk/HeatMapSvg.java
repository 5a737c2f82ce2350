package org.scplan.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.scplan.core.internal.Svg;

/**
 * Draws a heat map as SVG: the matrix's own grid, most likely at the top and most severe impact on
 * the right as registers print it, each cell filled with its level's colour from the matrix data,
 * its count large and its risks' references small; the levels' legend with counts; the "as at"
 * date; and, for a register, an arrow from each risk's current rating to its target. A level's
 * colour is its matrix colour where that is a hex colour, else a named colour mapped to a fill
 * dark text reads on; a level's initial is printed in every cell, so colour is never the only
 * signal. Not API.
 */
final class HeatMapSvg {
  private static final Map<String, String> COLOURS = Map.of("green", "#7cc47f", "amber", "#ffc44d", "red", "#e8615c",
      "yellow", "#fff176", "orange", "#ffa040", "blue", "#7cb8f0", "purple", "#b58ad6", "grey", "#c4c4c4", "gray",
      "#c4c4c4");
  private static final int CELL_W = 96;
  private static final int CELL_H = 64;
  private static final int LEFT = 150;
  private static final int TOP = 48;
  private static final int LEGEND = 190;

  /** A risk's move from one cell to another. */
  record Move(String risk, Rating from, Rating to) {}

  private HeatMapSvg() {}

  static String fill(RiskLevel level) {
    String c = level.colour().strip().toLowerCase(Locale.ROOT);
    return c.matches("#[0-9a-f]{3}([0-9a-f]{3})?") ? c : COLOURS.getOrDefault(c, "#c4c4c4");
  }

  static String draw(String title, HeatMap map, List<Move> moves, Optional<LocalDate> asAt) {
    RiskMatrix matrix = map.matrix();
    List<AxisLevel> likelihood = matrix.likelihood().levels();
    List<AxisLevel> impact = matrix.impact().levels();
    int width = LEFT + CELL_W * impact.size() + LEGEND;
    int height = TOP + CELL_H * likelihood.size() + 70;
    String description = map.total() + (map.total() == 1 ? " risk" : " risks") + " on the matrix"
        + (map.notRated().isEmpty() ? "" : ", " + map.notRated().size() + " not rated")
        + (moves.isEmpty() ? "" : "; arrows from each risk's current rating to its target")
        + asAt.map(d -> "; as at " + d).orElse("");
    Svg svg = new Svg(width, height, "heat-map", title, description);
    svg.text("text", title, "x", n(LEFT), "y", "20", "font-size", "14", "font-weight", "bold", "class", "chart-title");
    asAt.ifPresent(d -> svg.text("text", "As at " + d, "x", n(LEFT), "y", "36", "class", "as-at"));
    for (int li = 0; li < likelihood.size(); li++) {
      AxisLevel l = likelihood.get(likelihood.size() - 1 - li);
      double y = TOP + li * CELL_H;
      svg.text("text", l.number() + " " + l.label(), "x", n(LEFT - 8), "y", n(y + CELL_H / 2.0 + 4), "text-anchor",
          "end", "class", "likelihood-label");
      for (int ii = 0; ii < impact.size(); ii++) {
        AxisLevel i = impact.get(ii);
        Rating r = Rating.of(l.number(), i.number());
        RiskLevel level = matrix.level(r);
        List<String> risks = map.risks(r);
        double x = LEFT + ii * CELL_W;
        svg.open("g", false, "class", "cell level-" + css(level.name()), "data-count", Integer.toString(risks.size()),
            "data-rating", r.toString());
        svg.tooltip(matrix.describe(r) + ": " + (risks.isEmpty() ? "no risks" : String.join("; ", risks)));
        svg.empty("rect", "x", n(x), "y", n(y), "width", n(CELL_W), "height", n(CELL_H), "fill", fill(level), "stroke",
            "#ffffff", "stroke-width", "2");
        svg.text("text", level.name().substring(0, 1), "x", n(x + 6), "y", n(y + 14), "font-size", "10",
            "class", "level-initial");
        if (!risks.isEmpty()) {
          svg.text("text", Integer.toString(risks.size()), "x", n(x + CELL_W / 2.0), "y", n(y + 30), "text-anchor",
              "middle", "font-size", "18", "font-weight", "bold", "class", "count");
          String refs = String.join(", ", risks.stream().limit(3).map(HeatMapSvg::reference).toList())
              + (risks.size() > 3 ? " +" + (risks.size() - 3) : "");
          svg.text("text", refs, "x", n(x + CELL_W / 2.0), "y", n(y + 48), "text-anchor", "middle", "font-size", "9",
              "class", "refs");
        }
        svg.close("g");
      }
    }
    double gridBottom = TOP + likelihood.size() * CELL_H;
    for (int ii = 0; ii < impact.size(); ii++) {
      AxisLevel i = impact.get(ii);
      svg.text("text", i.number() + " " + i.label(), "x", n(LEFT + ii * CELL_W + CELL_W / 2.0), "y", n(gridBottom + 16),
          "text-anchor", "middle", "class", "impact-label");
    }
    svg.text("text", matrix.impact().name(), "x", n(LEFT + impact.size() * CELL_W / 2.0), "y", n(gridBottom + 36),
        "text-anchor", "middle", "font-weight", "bold");
    svg.text("text", matrix.likelihood().name(), "x", "14", "y", n(TOP + likelihood.size() * CELL_H / 2.0),
        "text-anchor", "middle", "font-weight", "bold", "transform", "rotate(-90 14 "
            + n(TOP + likelihood.size() * CELL_H / 2.0) + ")");
    if (!moves.isEmpty()) {
      svg.open("defs", false).open("marker", false, "id", "arrow", "viewBox", "0 0 10 10", "refX", "9", "refY", "5",
          "markerWidth", "7", "markerHeight", "7", "orient", "auto-start-reverse")
          .empty("path", "d", "M 0 0 L 10 5 L 0 10 z", "fill", "#222222").close("marker").close("defs");
      int k = 0;
      for (Move m : moves) {
        double[] from = centre(m.from(), likelihood, impact);
        double[] to = centre(m.to(), likelihood, impact);
        double offset = ((k++ % 5) - 2) * 4;
        svg.open("line", false, "x1", n(from[0] + offset), "y1", n(from[1] + offset), "x2", n(to[0] + offset), "y2",
            n(to[1] + offset), "stroke", "#222222", "stroke-width", "1.5", "marker-end", "url(#arrow)", "class",
            "movement", "data-risk", m.risk());
        svg.tooltip(m.risk() + ": from " + matrix.describe(m.from()) + " to " + matrix.describe(m.to()));
        svg.close("line");
      }
    }
    double lx = LEFT + impact.size() * CELL_W + 24;
    svg.text("text", "Levels", "x", n(lx), "y", n(TOP + 10), "font-weight", "bold");
    int row = 0;
    List<RiskLevel> levels = matrix.levels();
    for (int i = levels.size() - 1; i >= 0; i--) {
      RiskLevel level = levels.get(i);
      double y = TOP + 20 + row++ * 22;
      svg.empty("rect", "x", n(lx), "y", n(y), "width", "14", "height", "14", "fill", fill(level), "class",
          "legend-swatch");
      svg.text("text", level.name() + ": " + map.countsByLevel().getOrDefault(level, 0), "x", n(lx + 20), "y",
          n(y + 11), "class", "legend-label");
    }
    if (!map.notRated().isEmpty()) {
      svg.text("text", "Not rated: " + map.notRated().size(), "x", n(lx), "y", n(TOP + 30 + row * 22),
          "class", "not-rated");
    }
    return svg.end();
  }

  private static double[] centre(Rating r, List<AxisLevel> likelihood, List<AxisLevel> impact) {
    int li = 0;
    for (int i = 0; i < likelihood.size(); i++) {
      if (likelihood.get(i).number() == r.likelihood()) {
        li = likelihood.size() - 1 - i;
      }
    }
    int ii = 0;
    for (int i = 0; i < impact.size(); i++) {
      if (impact.get(i).number() == r.impact()) {
        ii = i;
      }
    }
    return new double[] {LEFT + ii * CELL_W + CELL_W / 2.0, TOP + li * CELL_H + CELL_H / 2.0};
  }

  /** A risk's reference, the part of its label before the colon. */
  private static String reference(String label) {
    int colon = label.indexOf(": ");
    return colon > 0 ? label.substring(0, colon) : label.length() > 12 ? label.substring(0, 11) + "…" : label;
  }

  private static String css(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  /** A coordinate to one decimal place. */
  private static String n(double v) {
    return Svg.tenths(Math.round(v * 10));
  }
}
