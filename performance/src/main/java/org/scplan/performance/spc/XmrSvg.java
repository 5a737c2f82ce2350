package org.scplan.performance.spc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scplan.core.internal.Svg;

/**
 * Draws an XmR chart as SVG in NHS England's Making Data Count style, as NHSRplotthedots draws it
 * ({@code ptd_spc_colours}, commit 24745e7): common-cause points grey (#a6a6a6), special cause
 * improvement blue (#00b0f0), concern orange (#e46c0a), neutral purple (#490092); the line joining
 * the values grey, the mean solid black and the process limits dashed grey, drawn per segment so a
 * rebased chart shows each segment's own limits; the target a dashed red (#de1b1b) line. The
 * variation and assurance icons are drawn as Making Data Count's circles, simplified to a letter (H
 * or L for a special cause high or low at the latest point, a dash for common cause; P, F or ? for
 * assurance), each with its meaning as a tooltip. So that colour is never the only signal, a special-cause point also has
 * its own shape: a triangle pointing up for improvement, down for concern, a diamond for neutral.
 * Not API.
 */
final class XmrSvg {
  static final String COMMON = "#a6a6a6";
  static final String IMPROVEMENT = "#00b0f0";
  static final String CONCERN = "#e46c0a";
  static final String NEUTRAL = "#490092";
  static final String TARGET = "#de1b1b";

  private static final int WIDTH = 720;
  private static final int HEIGHT = 360;
  private static final int LEFT = 64;
  private static final int RIGHT = 96;
  private static final int TOP = 40;
  private static final int BOTTOM = 64;

  private XmrSvg() {}

  static String draw(XmrChart chart, int decimals) {
    List<XmrPoint> points = chart.points();
    String name = chart.series().name();
    Svg svg = new Svg(WIDTH, HEIGHT, "xmr-chart", name.isEmpty() ? "XmR chart" : "XmR chart: " + name,
        chart.summary() + ". " + chart.variation().explanation() + ". " + chart.assurance().explanation());
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (XmrPoint p : points) {
      if (p.value().isPresent()) {
        lo = Math.min(lo, p.value().get().doubleValue());
        hi = Math.max(hi, p.value().get().doubleValue());
      }
      if (p.limits().isPresent()) {
        lo = Math.min(lo, p.limits().get().lower().doubleValue());
        hi = Math.max(hi, p.limits().get().upper().doubleValue());
      }
    }
    Optional<BigDecimal> target = chart.series().target();
    if (target.isPresent()) {
      lo = Math.min(lo, target.get().doubleValue());
      hi = Math.max(hi, target.get().doubleValue());
    }
    if (lo == Double.MAX_VALUE) {
      lo = 0;
      hi = 1;
    }
    if (hi - lo < 1e-12) {
      hi = lo + 1;
    }
    double pad = (hi - lo) * 0.08;
    double yMin = lo - pad;
    double yMax = hi + pad;
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    int count = Math.max(1, points.size());
    java.util.function.IntToDoubleFunction x = i -> LEFT + (count == 1 ? plotW / 2 : plotW * i / (count - 1));
    java.util.function.DoubleUnaryOperator y = v -> TOP + plotH * (yMax - v) / (yMax - yMin);

    svg.text("text", name, "x", n(LEFT), "y", "20", "font-size", "14", "font-weight", "bold", "class", "chart-title");
    // Axes and y ticks.
    svg.empty("line", "x1", n(LEFT), "y1", n(TOP), "x2", n(LEFT), "y2", n(TOP + plotH), "stroke", "#333333");
    svg.empty("line", "x1", n(LEFT), "y1", n(TOP + plotH), "x2", n(LEFT + plotW), "y2", n(TOP + plotH), "stroke",
        "#333333");
    for (int t = 0; t <= 4; t++) {
      double v = yMin + (yMax - yMin) * t / 4;
      double ty = y.applyAsDouble(v);
      svg.empty("line", "x1", n(LEFT - 4), "y1", n(ty), "x2", n(LEFT), "y2", n(ty), "stroke", "#333333");
      svg.text("text", format(BigDecimal.valueOf(v), decimals + 1), "x", n(LEFT - 6), "y", n(ty + 4), "text-anchor",
          "end", "class", "y-tick");
    }
    int every = Math.max(1, (int) Math.ceil(count / 12.0));
    for (int i = 0; i < points.size(); i += every) {
      double px = x.applyAsDouble(i);
      svg.text("text", points.get(i).label(), "x", n(px), "y", n(TOP + plotH + 14), "text-anchor", "end",
          "transform", "rotate(-35 " + n(px) + " " + n(TOP + plotH + 14) + ")", "class", "x-tick");
    }
    // Limits and mean, per segment.
    for (XmrSegment s : chart.segments()) {
      if (s.limits().isEmpty()) {
        continue;
      }
      XmrLimits l = s.limits().get();
      double x1 = x.applyAsDouble(s.firstPoint());
      double x2 = x.applyAsDouble(s.lastPoint());
      line(svg, x1, x2, y.applyAsDouble(l.upper().doubleValue()), COMMON, "4 3", "limit upper-limit",
          "Upper process limit " + format(l.upper(), decimals + 1));
      line(svg, x1, x2, y.applyAsDouble(l.lower().doubleValue()), COMMON, "4 3", "limit lower-limit",
          "Lower process limit " + format(l.lower(), decimals + 1));
      line(svg, x1, x2, y.applyAsDouble(l.mean().doubleValue()), "#000000", null, "mean",
          "Mean " + format(l.mean(), decimals + 1));
    }
    target.ifPresent(t -> line(svg, LEFT, LEFT + plotW, y.applyAsDouble(t.doubleValue()), TARGET, "6 3", "target",
        "Target " + format(t, decimals)));
    // The values' line, broken where a value is missing.
    List<String> run = new ArrayList<>();
    for (int i = 0; i <= points.size(); i++) {
      Optional<BigDecimal> v = i < points.size() ? points.get(i).value() : Optional.empty();
      if (v.isPresent()) {
        run.add(n(x.applyAsDouble(i)) + "," + n(y.applyAsDouble(v.get().doubleValue())));
      } else if (!run.isEmpty()) {
        if (run.size() > 1) {
          svg.empty("polyline", "points", String.join(" ", run), "fill", "none", "stroke", COMMON, "stroke-width", "1.5",
              "class", "values");
        }
        run.clear();
      }
    }
    // The points.
    for (int i = 0; i < points.size(); i++) {
      XmrPoint p = points.get(i);
      if (p.value().isEmpty()) {
        continue;
      }
      double px = x.applyAsDouble(i);
      double py = y.applyAsDouble(p.value().get().doubleValue());
      SpcVariation variation = p.variation().orElse(SpcVariation.COMMON_CAUSE);
      String tooltip = p.label() + ": " + format(p.value().get(), decimals) + ", " + variation.label()
          + p.signal().map(r -> " (" + r + ")").orElse("");
      String cls = "point " + cssName(variation);
      String colour = colour(variation);
      switch (variation) {
        case IMPROVEMENT -> svg.open("polygon", false, "points", triangle(px, py, -1), "fill", colour, "class", cls,
            "data-variation", cssName(variation));
        case CONCERN -> svg.open("polygon", false, "points", triangle(px, py, 1), "fill", colour, "class", cls,
            "data-variation", cssName(variation));
        case NEUTRAL_HIGH, NEUTRAL_LOW -> svg.open("polygon", false, "points", n(px) + "," + n(py - 5) + " "
            + n(px + 5) + "," + n(py) + " " + n(px) + "," + n(py + 5) + " " + n(px - 5) + "," + n(py), "fill", colour,
            "class", cls, "data-variation", cssName(variation));
        default -> svg.open("circle", false, "cx", n(px), "cy", n(py), "r", "3.5", "fill", colour, "class", cls,
            "data-variation", cssName(variation));
      }
      svg.tooltip(tooltip).close(variation == SpcVariation.COMMON_CAUSE ? "circle" : "polygon");
    }
    icons(svg, chart);
    return svg.end();
  }

  private static void line(Svg svg, double x1, double x2, double y, String colour, String dash, String cls,
      String tooltip) {
    svg.open("line", false, "x1", n(x1), "y1", n(y), "x2", n(x2), "y2", n(y), "stroke", colour, "stroke-width",
        "1.5", "stroke-dasharray", dash, "class", cls).tooltip(tooltip).close("line");
  }

  private static String triangle(double x, double y, int down) {
    return n(x) + "," + n(y + 6 * down) + " " + n(x + 5.5) + "," + n(y - 4 * down) + " " + n(x - 5.5) + ","
        + n(y - 4 * down);
  }

  /** The variation icon and the assurance icon, top right. */
  private static void icons(Svg svg, XmrChart chart) {
    double cx = WIDTH - RIGHT / 2.0;
    Optional<SpcVariation> v = chart.variation().variation();
    boolean high = chart.variation().point().flatMap(chart::point).map(p -> p.sideOfMean() > 0).orElse(false);
    String vLetter = v.map(x -> letter(x, high)).orElse("?");
    String vColour = v.map(XmrSvg::colour).orElse(COMMON);
    svg.open("g", false, "class", "icon variation-icon", "data-variation", v.map(XmrSvg::cssName).orElse("none"));
    svg.tooltip("Variation: " + chart.variation().explanation());
    svg.empty("circle", "cx", n(cx), "cy", "70", "r", "22", "fill", "#ffffff", "stroke", vColour, "stroke-width", "4");
    svg.text("text", vLetter, "x", n(cx), "y", "76", "text-anchor", "middle", "font-size", "18", "font-weight", "bold",
        "fill", vColour);
    svg.text("text", "Variation", "x", n(cx), "y", "104", "text-anchor", "middle", "font-size", "10");
    svg.close("g");
    Optional<SpcAssurance> a = chart.assurance().assurance();
    String aLetter = a.map(x -> switch (x) {
      case CONSISTENTLY_PASSES -> "P";
      case CONSISTENTLY_FAILS -> "F";
      case HIT_AND_MISS -> "?";
    }).orElse("–");
    String aColour = a.map(x -> switch (x) {
      case CONSISTENTLY_PASSES -> IMPROVEMENT;
      case CONSISTENTLY_FAILS -> CONCERN;
      case HIT_AND_MISS -> COMMON;
    }).orElse(COMMON);
    svg.open("g", false, "class", "icon assurance-icon", "data-assurance",
        a.map(x -> x.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).orElse("none"));
    svg.tooltip("Assurance: " + chart.assurance().explanation());
    svg.empty("circle", "cx", n(cx), "cy", "130", "r", "22", "fill", "#ffffff", "stroke", aColour, "stroke-width", "4");
    svg.text("text", aLetter, "x", n(cx), "y", "136", "text-anchor", "middle", "font-size", "18", "font-weight",
        "bold", "fill", aColour);
    svg.text("text", "Assurance", "x", n(cx), "y", "164", "text-anchor", "middle", "font-size", "10");
    svg.close("g");
  }

  /** The icon's letter: H or L for a special cause high or low (of the latest point), a dash for common cause. */
  private static String letter(SpcVariation v, boolean high) {
    return switch (v) {
      case COMMON_CAUSE -> "–";
      case IMPROVEMENT, CONCERN -> high ? "H" : "L";
      case NEUTRAL_HIGH -> "H";
      case NEUTRAL_LOW -> "L";
    };
  }

  static String colour(SpcVariation v) {
    return switch (v) {
      case COMMON_CAUSE -> COMMON;
      case IMPROVEMENT -> IMPROVEMENT;
      case CONCERN -> CONCERN;
      case NEUTRAL_HIGH, NEUTRAL_LOW -> NEUTRAL;
    };
  }

  static String cssName(SpcVariation v) {
    return v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static String format(BigDecimal v, int decimals) {
    return v.setScale(Math.max(0, decimals), RoundingMode.HALF_EVEN).toPlainString();
  }

  /** A coordinate to one decimal place. */
  private static String n(double v) {
    return Svg.tenths(Math.round(v * 10));
  }
}
