package org.scplan.performance.spc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.scplan.core.Finding;

/** Renders an {@link XmrChart} as a plain-text table. Not API. */
final class XmrText {
  private static final String[] HEADINGS =
      {"#", "PERIOD", "VALUE", "MR", "MEAN", "LOWER", "UPPER", "PLOT", "VARIATION", "RULES"};
  private static final boolean[] RIGHT = {true, false, true, true, true, true, true, false, false, false};
  private static final int PLOT_WIDTH = 25;
  private static final int LOWER_BAR = 1;
  private static final int UPPER_BAR = PLOT_WIDTH - 2;
  private static final int SPAN = UPPER_BAR - LOWER_BAR;
  private static final int LABEL_LIMIT = 24;

  private XmrText() {}

  static String render(XmrChart chart, int decimals) {
    List<String[]> rows = new ArrayList<>();
    List<String> segmentLines = new ArrayList<>();
    boolean rebased = chart.segments().size() > 1;
    for (XmrPoint p : chart.points()) {
      if (rebased && p.segment().firstPoint() == p.index()) {
        rows.add(null);
        segmentLines.add("segment " + (p.segment().index() + 1) + ", " + p.segment());
      }
      rows.add(row(p, decimals));
    }
    int[] width = new int[HEADINGS.length];
    for (int c = 0; c < HEADINGS.length; c++) {
      width[c] = HEADINGS[c].length();
    }
    for (String[] r : rows) {
      if (r != null) {
        for (int c = 0; c < r.length; c++) {
          width[c] = Math.max(width[c], r[c].length());
        }
      }
    }
    StringBuilder sb = new StringBuilder("XmR chart, ").append(chart.series()).append('\n')
        .append(chart.options()).append('\n');
    if (!rebased && !chart.segments().isEmpty()) {
      sb.append(chart.segments().get(0)).append('\n');
    }
    line(sb, HEADINGS, width);
    int segment = 0;
    for (String[] r : rows) {
      if (r == null) {
        sb.append("-- ").append(segmentLines.get(segment++)).append('\n');
      } else {
        line(sb, r, width);
      }
    }
    sb.append("variation: ").append(chart.variation()).append('\n')
        .append("assurance: ").append(chart.assurance()).append('\n')
        .append("findings: ").append(chart.findings().summary());
    for (Finding f : chart.findings().findings()) {
      sb.append("\n  ").append(f);
    }
    sb.append("\nplot: | process limits, : near limits, + mean; o common cause, I improvement, C concern,"
        + " H/L neutral high/low; MR* screened out");
    return sb.toString();
  }

  private static String[] row(XmrPoint p, int decimals) {
    XmrLimits l = p.limits().orElse(null);
    String label = p.label().length() > LABEL_LIMIT ? p.label().substring(0, LABEL_LIMIT - 1) + "…" : p.label();
    String rulesText;
    if (p.value().isEmpty()) {
      rulesText = "missing: " + p.missingReason().orElse("");
    } else {
      StringBuilder r = new StringBuilder();
      for (SpcRule rule : p.rules()) {
        r.append(r.length() == 0 ? "" : ", ").append(rule.label());
      }
      rulesText = r.toString();
    }
    return new String[] {
        String.valueOf(p.index() + 1),
        label,
        p.value().map(x -> SpcFormat.format(x, decimals)).orElse("-"),
        p.movingRange().map(x -> SpcFormat.format(x, decimals) + (p.isMovingRangeScreened() ? "*" : "")).orElse("-"),
        l == null ? "-" : SpcFormat.format(l.mean(), decimals),
        l == null ? "-" : SpcFormat.format(l.lower(), decimals),
        l == null ? "-" : SpcFormat.format(l.upper(), decimals),
        l == null ? "-" : plot(p, l),
        p.variation().map(XmrText::shortLabel).orElse("-"),
        rulesText};
  }

  private static String shortLabel(SpcVariation v) {
    return v.label().replace("special cause ", "");
  }

  /** Where the value lies between the limits: {@code  |   :     +  o  :    | }. */
  private static String plot(XmrPoint p, XmrLimits l) {
    char[] c = new char[PLOT_WIDTH];
    java.util.Arrays.fill(c, ' ');
    c[LOWER_BAR] = '|';
    c[UPPER_BAR] = '|';
    c[LOWER_BAR + Math.round(SPAN / 6f)] = ':';
    c[UPPER_BAR - Math.round(SPAN / 6f)] = ':';
    c[LOWER_BAR + SPAN / 2] = '+';
    BigDecimal value = p.value().orElse(null);
    SpcVariation v = p.variationOrNull();
    if (value != null && v != null) {
      int side = value.compareTo(l.mean());
      int pos;
      if (p.rules().contains(SpcRule.OUTSIDE_LIMITS)) {
        pos = side > 0 ? PLOT_WIDTH - 1 : 0;
      } else if (l.isZeroWidth()) {
        pos = LOWER_BAR + SPAN / 2;
      } else {
        double f = value.subtract(l.lower()).doubleValue() / l.upper().subtract(l.lower()).doubleValue();
        pos = Math.max(LOWER_BAR, Math.min(UPPER_BAR, LOWER_BAR + (int) Math.round(f * SPAN)));
      }
      c[pos] = marker(v);
    }
    return new String(c);
  }

  private static char marker(SpcVariation v) {
    return switch (v) {
      case COMMON_CAUSE -> 'o';
      case IMPROVEMENT -> 'I';
      case CONCERN -> 'C';
      case NEUTRAL_HIGH -> 'H';
      case NEUTRAL_LOW -> 'L';
    };
  }

  private static void line(StringBuilder sb, String[] cells, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      String s = cells[c];
      int pad = width[c] - s.length();
      if (c > 0) {
        line.append("  ");
      }
      if (RIGHT[c]) {
        line.append(" ".repeat(pad)).append(s);
      } else {
        line.append(s).append(c == cells.length - 1 ? "" : " ".repeat(pad));
      }
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }
}
