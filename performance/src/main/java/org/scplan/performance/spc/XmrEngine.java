package org.scplan.performance.spc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scplan.core.Finding;
import org.scplan.core.Location;
import org.scplan.core.ReportingPeriod;
import org.scplan.core.ValidationReport;
import org.scplan.core.internal.Text;
import org.scplan.core.Polarity;

/**
 * Computes an {@link XmrChart}. Not API.
 *
 * <p>Every decision is exact: a value {@code v} is compared with the limits of a segment whose
 * baseline has {@code n} values summing to {@code S} and {@code k} moving ranges summing to
 * {@code M} through the integer-scaled distance {@code D = (v·n − S)·k}, which lies beyond the
 * process limit when {@code |D| > 2.66·M·n} and beyond the near limit when
 * {@code 3·|D| > 2·2.66·M·n}. Nothing is divided before a decision is made, so no rounding can
 * flip a flag; the limits the chart reports are rounded only for reading.
 */
final class XmrEngine {
  private static final BigDecimal SIGMA3 = new BigDecimal("2.66");
  private static final BigDecimal SIGMA2_TIMES3 = new BigDecimal("5.32");
  private static final BigDecimal SCREEN = new BigDecimal("3.267");
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal THREE = BigDecimal.valueOf(3);
  private static final int MIN_SCALE = 20;
  private static final int GAP_COUNT_LIMIT = 10_000;

  private final XmrSeries series;
  private final SpcOptions options;
  private final List<XmrObservation> obs;
  private final int n;
  private final BigDecimal[] v;
  private final List<Finding> findings = new ArrayList<>();

  // per point
  private final BigDecimal[] movingRange;
  private final boolean[] screened;
  private final boolean[] baseline;
  private final int[] side;
  private final boolean[] beyondNear;
  private final int[] rules;
  private final int[] signalSide;
  private final SpcVariation[] variation;
  private final XmrSegment[] segmentOf;

  // per segment, for the assurance verdict; null where a segment has no limits
  private final List<Exact> exact = new ArrayList<>();

  /**
   * A segment's limits as exact integer-scaled figures: n baseline values summing to {@code sum},
   * k moving ranges, and {@code w = 2.66·M·n} for their sum M.
   */
  private record Exact(BigDecimal n, BigDecimal sum, BigDecimal k, BigDecimal w) {
    /** Returns {@code (x·n − sum)·k}, to compare with ±w (process limits) or ±2w/3 (near limits). */
    BigDecimal distance(BigDecimal x) {
      return x.multiply(n).subtract(sum).multiply(k);
    }
  }

  private XmrEngine(XmrSeries series, SpcOptions options) {
    this.series = series;
    this.options = options;
    this.obs = series.observations();
    this.n = obs.size();
    this.v = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      v[i] = obs.get(i).valueOrNull();
    }
    movingRange = new BigDecimal[n];
    screened = new boolean[n];
    baseline = new boolean[n];
    side = new int[n];
    beyondNear = new boolean[n];
    rules = new int[n];
    signalSide = new int[n];
    variation = new SpcVariation[n];
    segmentOf = new XmrSegment[n];
  }

  static XmrChart chart(XmrSeries series, SpcOptions options) {
    return new XmrEngine(series, options).run();
  }

  private XmrChart run() {
    Map<String, Integer> byLabel = checkPoints();
    boolean[] starts = segmentStarts(byLabel);
    int scale = limitScale();
    List<XmrSegment> segments = new ArrayList<>();
    for (int a = 0; a < n; ) {
      int b = a;
      while (b + 1 < n && !starts[b + 1]) {
        b++;
      }
      segments.add(segment(segments.size(), a, b, scale));
      a = b + 1;
    }
    if (n == 0) {
      findings.add(Finding.warning(SpcRules.POINTS_TOO_FEW, seriesLocation(),
          "The series has no points: no limits and no verdicts").withValues(
              "at least " + options.minimumPoints() + " values", "0"));
    }
    List<XmrPoint> points = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      points.add(new XmrPoint(i, obs.get(i), segmentOf[i], movingRange[i], screened[i], baseline[i],
          side[i], beyondNear[i], rules[i], variation[i]));
    }
    int decimals = displayDecimals(segments);
    return new XmrChart(series, options, List.copyOf(points), List.copyOf(segments),
        variationVerdict(), assuranceVerdict(segments, decimals), ValidationReport.of(findings), decimals);
  }

  // ---- the points and their periods ------------------------------------------------------

  private Map<String, Integer> checkPoints() {
    Map<String, Integer> byLabel = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      XmrObservation o = obs.get(i);
      Integer earlier = byLabel.putIfAbsent(o.label(), i);
      if (earlier != null) {
        findings.add(Finding.error(SpcRules.PERIOD_DUPLICATE, location(o.label()),
            o.label() + " appears twice, as points " + (earlier + 1) + " and " + (i + 1)));
      }
      if (o.isMissing()) {
        findings.add(Finding.warning(SpcRules.VALUE_MISSING, location(o.label()).field("value"),
            "No value for " + o.label() + ": " + o.missingReason().orElse("no reason given")));
      }
      if (i > 0 && earlier == null) {
        checkPeriodOrder(obs.get(i - 1), o);
      }
    }
    return byLabel;
  }

  private void checkPeriodOrder(XmrObservation before, XmrObservation o) {
    ReportingPeriod p = before.periodOrNull();
    ReportingPeriod q = o.periodOrNull();
    if (p == null || q == null || q.equals(next(p))) {
      return;
    }
    if (p.getClass() != q.getClass()) {
      findings.add(Finding.warning(SpcRules.PERIOD_MIXED_KINDS, location(o.label()),
          o.label() + " follows " + p + ", a period of another kind, so gaps cannot be judged"));
      return;
    }
    if (!q.start().isAfter(p.start())) {
      findings.add(Finding.error(SpcRules.PERIOD_OUT_OF_ORDER, location(o.label()),
          o.label() + " comes after " + p + " in the series, but is not later"));
      return;
    }
    int absent = 0;
    ReportingPeriod firstAbsent = p.next();
    ReportingPeriod lastAbsent = firstAbsent;
    for (ReportingPeriod x = firstAbsent; x.start().isBefore(q.start()) && absent < GAP_COUNT_LIMIT; x = x.next()) {
      absent++;
      lastAbsent = x;
    }
    String what = absent == 1 ? firstAbsent.toString()
        : (absent >= GAP_COUNT_LIMIT ? "more than " + GAP_COUNT_LIMIT : String.valueOf(absent))
            + " periods, " + firstAbsent + " to " + lastAbsent;
    findings.add(Finding.warning(SpcRules.PERIOD_GAP, location(o.label()),
        "The series has no point for " + what + ", between " + p + " and " + o.label()));
  }

  /** Returns the period after p, or null when p is the last the calendar allows (9998-99). */
  private static ReportingPeriod next(ReportingPeriod p) {
    try {
      return p.next();
    } catch (DateTimeException | IllegalArgumentException e) {
      return null;
    }
  }

  private boolean[] segmentStarts(Map<String, Integer> byLabel) {
    boolean[] starts = new boolean[n];
    if (n > 0) {
      starts[0] = true;
    }
    for (String label : options.rebaseAt()) {
      Integer at = byLabel.get(label);
      if (at == null) {
        findings.add(Finding.warning(SpcRules.REBASE_NOT_IN_SERIES, seriesLocation(),
            "The rebase at " + label + " names no point of the series; it is ignored"));
      } else {
        starts[at] = true;
      }
    }
    return starts;
  }

  private int limitScale() {
    int scale = MIN_SCALE;
    for (BigDecimal x : v) {
      if (x != null) {
        scale = Math.max(scale, x.scale() + 4);
      }
    }
    return scale;
  }

  // ---- one segment -----------------------------------------------------------------------

  private XmrSegment segment(int index, int a, int b, int scale) {
    int fixed = options.fixedAfter().orElse(Integer.MAX_VALUE);
    int values = 0;
    int nBase = 0;
    int baseEnd = a - 1;
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = a; i <= b; i++) {
      if (v[i] != null) {
        values++;
        if (nBase < fixed) {
          nBase++;
          sum = sum.add(v[i]);
          baseline[i] = true;
          baseEnd = i;
        }
      }
    }
    int k = 0;
    BigDecimal mrSum = BigDecimal.ZERO;
    for (int i = a + 1; i <= b; i++) {
      if (v[i] != null && v[i - 1] != null) {
        movingRange[i] = v[i].subtract(v[i - 1]).abs();
        if (i <= baseEnd) {
          k++;
          mrSum = mrSum.add(movingRange[i]);
        }
      }
    }
    int screenedOut = 0;
    if (options.screening() && mrSum.signum() > 0) {
      BigDecimal threshold = SCREEN.multiply(mrSum);
      BigDecimal kk = BigDecimal.valueOf(k);
      int kept = 0;
      BigDecimal keptSum = BigDecimal.ZERO;
      for (int i = a + 1; i <= baseEnd; i++) {
        if (movingRange[i] != null) {
          if (movingRange[i].multiply(kk).compareTo(threshold) < 0) {
            kept++;
            keptSum = keptSum.add(movingRange[i]);
          } else {
            screened[i] = true;
            screenedOut++;
          }
        }
      }
      k = kept;
      mrSum = keptSum;
    }
    XmrLimits limits = null;
    Exact ex = null;
    if (k > 0) {
      BigDecimal nB = BigDecimal.valueOf(nBase);
      BigDecimal kB = BigDecimal.valueOf(k);
      ex = new Exact(nB, sum, kB, SIGMA3.multiply(mrSum).multiply(nB));
      limits = new XmrLimits(
          sum.divide(nB, scale, RoundingMode.HALF_EVEN),
          mrSum.divide(kB, scale, RoundingMode.HALF_EVEN),
          SIGMA3.multiply(mrSum).divide(kB, scale, RoundingMode.HALF_EVEN),
          SIGMA2_TIMES3.multiply(mrSum).divide(kB.multiply(THREE), scale, RoundingMode.HALF_EVEN));
    }
    exact.add(ex);
    XmrSegment segment = new XmrSegment(index, a, b, obs.get(a).label(), obs.get(b).label(), values,
        nBase, k, screenedOut, limits);
    for (int i = a; i <= b; i++) {
      segmentOf[i] = segment;
    }
    segmentFindings(segment, a, b);
    if (ex != null) {
      classify(a, b, ex);
    }
    return segment;
  }

  private void segmentFindings(XmrSegment s, int a, int b) {
    String span = s.firstPoint() == s.lastPoint() ? s.firstLabel() : s.firstLabel() + " to " + s.lastLabel();
    Location at = location(s.firstLabel());
    if (s.values() < options.minimumPoints()) {
      findings.add(Finding.warning(SpcRules.POINTS_TOO_FEW, at,
          "Only " + s.values() + (s.values() == 1 ? " value" : " values") + " from " + span + "; "
              + options.minimumPoints() + " are needed for firm limits and an assurance verdict")
          .withValues("at least " + options.minimumPoints() + " values", String.valueOf(s.values())));
    }
    XmrLimits limits = s.limitsOrNull();
    if (limits == null) {
      findings.add(Finding.warning(SpcRules.LIMITS_NOT_COMPUTABLE, at,
          "No two consecutive values from " + span + ", so no moving range and no process limits;"
              + " its points are not classified"));
      return;
    }
    if (limits.isZeroWidth()) {
      findings.add(Finding.warning(SpcRules.LIMITS_ZERO_WIDTH, at,
          "The limits from " + span + " come from moving ranges that are all zero, so they equal the mean "
              + limits.mean().stripTrailingZeros().toPlainString() + " and any other value lies outside them"));
    }
    if (s.screenedMovingRanges() > 0) {
      StringBuilder which = new StringBuilder();
      for (int i = a + 1; i <= b; i++) {
        if (screened[i]) {
          which.append(which.length() == 0 ? "" : ", ").append(obs.get(i).label()).append(" (")
              .append(movingRange[i].toPlainString()).append(')');
        }
      }
      findings.add(Finding.info(SpcRules.MOVING_RANGE_SCREENED, at,
          "Screening left out " + s.screenedMovingRanges() + " moving range"
              + (s.screenedMovingRanges() == 1 ? "" : "s") + " of at least 3.267 times the average: " + which));
    }
  }

  // ---- the rules ---------------------------------------------------------------------------

  private void classify(int a, int b, Exact ex) {
    BigDecimal w = ex.w();
    BigDecimal wNeg = w.negate();
    BigDecimal near = w.multiply(TWO);
    BigDecimal nearNeg = near.negate();
    int m = 0;
    int[] at = new int[b - a + 1];
    for (int i = a; i <= b; i++) {
      if (v[i] != null) {
        at[m++] = i;
      }
    }
    int[] sides = new int[m];
    boolean[] outside = new boolean[m];
    boolean[] close = new boolean[m];
    for (int j = 0; j < m; j++) {
      BigDecimal dd = ex.distance(v[at[j]]);
      sides[j] = dd.signum();
      outside[j] = dd.compareTo(w) > 0 || dd.compareTo(wNeg) < 0;
      BigDecimal d3 = dd.multiply(THREE);
      close[j] = !outside[j] && (d3.compareTo(near) > 0 || d3.compareTo(nearNeg) < 0);
    }
    boolean[] trend = new boolean[m];
    markRuns(trend, m, options.trendLength(), j -> Integer.signum(v[at[j]].compareTo(v[at[j - 1]])), 1);
    markRuns(trend, m, options.trendLength(), j -> Integer.signum(v[at[j]].compareTo(v[at[j - 1]])), -1);
    boolean[] shift = new boolean[m];
    markRuns(shift, m, options.shiftLength(), j -> sides[j] != 0 && sides[j] == sides[j - 1] ? sides[j] : 0, 0);
    boolean[] twoOfThree = new boolean[m];
    for (int j = 0; j + 2 < m; j++) {
      int s = sides[j];
      if (s != 0 && sides[j + 1] == s && sides[j + 2] == s
          && (close[j] ? 1 : 0) + (close[j + 1] ? 1 : 0) + (close[j + 2] ? 1 : 0) >= 2) {
        for (int t = j; t <= j + 2; t++) {
          twoOfThree[t] |= close[t];
        }
      }
    }
    Polarity direction = series.direction();
    for (int j = 0; j < m; j++) {
      int i = at[j];
      int mask = (outside[j] ? SpcRule.OUTSIDE_LIMITS.bit() : 0) | (trend[j] ? SpcRule.TREND.bit() : 0)
          | (twoOfThree[j] ? SpcRule.TWO_OF_THREE.bit() : 0) | (shift[j] ? SpcRule.SHIFT.bit() : 0);
      int s = 0;
      if (outside[j] || (!trend[j] && mask != 0)) {
        s = sides[j];
      } else if (trend[j]) {
        s = trendDirection(at, trend, j, m);
      }
      side[i] = sides[j];
      beyondNear[i] = close[j];
      rules[i] = mask;
      signalSide[i] = s;
      variation[i] = SpcVariation.of(s, direction);
    }
  }

  /** The step between position j-1 and j: +1 or -1 continues a run of that sign, 0 breaks every run. */
  private interface Step {
    int at(int j);
  }

  /**
   * Marks every position in a run of at least {@code length} positions. With {@code sign} +1 or -1
   * a run is a chain of steps of that sign (a trend); with 0, a chain of equal non-zero steps (a
   * shift, where the step is the shared side of the mean).
   */
  private static void markRuns(boolean[] marks, int m, int length, Step step, int sign) {
    int start = 0;
    for (int j = 1; j <= m; j++) {
      boolean continues = false;
      if (j < m) {
        int s = step.at(j);
        continues = sign == 0 ? s != 0 : s == sign;
      }
      if (!continues) {
        if (j - start >= length) {
          for (int t = start; t < j; t++) {
            marks[t] = true;
          }
        }
        start = j;
      }
    }
  }

  /**
   * Returns a trend point's direction as NHSRplotthedots decides it: the step to the next point
   * when that is in a trend too (so the peak between a rise and a fall counts as falling), else
   * the step from the previous point.
   */
  private int trendDirection(int[] at, boolean[] trend, int j, int m) {
    if (j + 1 < m && trend[j + 1]) {
      int right = Integer.signum(v[at[j + 1]].compareTo(v[at[j]]));
      if (right != 0 || j == 0) {
        return right;
      }
    }
    return Integer.signum(v[at[j]].compareTo(v[at[j - 1]]));
  }

  // ---- the verdicts ------------------------------------------------------------------------

  private VariationVerdict variationVerdict() {
    int i = n - 1;
    while (i >= 0 && variation[i] == null) {
      i--;
    }
    if (i < 0) {
      boolean anyValue = false;
      for (BigDecimal x : v) {
        anyValue |= x != null;
      }
      return VariationVerdict.none(anyValue ? "no segment has process limits" : "the series has no values");
    }
    String label = obs.get(i).label();
    SpcVariation var = variation[i];
    SpcRule signal = rules[i] == 0 ? null : SpcRule.of(rules[i]).get(0);
    StringBuilder sb = new StringBuilder(var.label()).append(" at ").append(label);
    if (signal != null) {
      sb.append(" (").append(describe(signal, signalSide[i])).append(')');
    }
    int later = n - 1 - i;
    if (later > 0) {
      sb.append("; ").append(later).append(later == 1 ? " later point has" : " later points have")
          .append(" no value or no limits");
    }
    return VariationVerdict.of(var, label, signal, sb.toString());
  }

  private static String describe(SpcRule rule, int side) {
    boolean high = side > 0;
    return switch (rule) {
      case OUTSIDE_LIMITS -> high ? "above the upper process limit" : "below the lower process limit";
      case TREND -> high ? "rising trend" : "falling trend";
      case TWO_OF_THREE -> "2 of 3 points beyond the " + (high ? "upper" : "lower") + " near limit";
      case SHIFT -> high ? "shift above the mean" : "shift below the mean";
    };
  }

  private AssuranceVerdict assuranceVerdict(List<XmrSegment> segments, int decimals) {
    BigDecimal target = series.target().orElse(null);
    if (target == null) {
      return AssuranceVerdict.none(null, "no target");
    }
    if (series.direction() == Polarity.NONE) {
      return AssuranceVerdict.none(target, "the direction is neutral, so no value passes or fails");
    }
    if (segments.isEmpty()) {
      return AssuranceVerdict.none(target, "the series has no points");
    }
    XmrSegment last = segments.get(segments.size() - 1);
    String where = segments.size() > 1 ? " in the latest segment (from " + last.firstLabel() + ")" : "";
    XmrLimits limits = last.limitsOrNull();
    if (limits == null) {
      return AssuranceVerdict.none(target, "no process limits" + where);
    }
    if (last.values() < options.minimumPoints()) {
      return AssuranceVerdict.none(target, "only " + last.values() + (last.values() == 1 ? " value" : " values")
          + where + "; " + options.minimumPoints() + " are needed");
    }
    Exact ex = exact.get(last.index());
    BigDecimal d = ex.distance(target);
    boolean above = d.compareTo(ex.w()) > 0;
    boolean below = d.compareTo(ex.w().negate()) < 0;
    String t = Text.grouped(target);
    if (!above && !below) {
      return AssuranceVerdict.of(SpcAssurance.HIT_AND_MISS, target, SpcAssurance.HIT_AND_MISS.label()
          + ": the target " + t + " lies within the process limits " + SpcFormat.format(limits.lower(), decimals)
          + " to " + SpcFormat.format(limits.upper(), decimals));
    }
    boolean higherIsBetter = series.direction() == Polarity.HIGHER_IS_BETTER;
    SpcAssurance a = above == higherIsBetter ? SpcAssurance.CONSISTENTLY_FAILS : SpcAssurance.CONSISTENTLY_PASSES;
    String limit = above ? "above the upper process limit " + SpcFormat.format(limits.upper(), decimals)
        : "below the lower process limit " + SpcFormat.format(limits.lower(), decimals);
    return AssuranceVerdict.of(a, target, a.label() + ": the target " + t + " is " + limit + " ("
        + series.direction().label() + ")");
  }

  private int displayDecimals(List<XmrSegment> segments) {
    int valueScale = 0;
    for (BigDecimal x : v) {
      if (x != null) {
        valueScale = Math.max(valueScale, x.stripTrailingZeros().scale());
      }
    }
    int decimals = -1;
    for (XmrSegment s : segments) {
      XmrLimits l = s.limitsOrNull();
      if (l != null) {
        decimals = Math.max(decimals, SpcFormat.decimals(l.averageMovingRange(), valueScale));
      }
    }
    return decimals >= 0 ? decimals : Math.min(valueScale, 10);
  }

  // ---- locations ---------------------------------------------------------------------------

  private Location seriesLocation() {
    return series.name().isEmpty() ? Location.document() : Location.of(series.name());
  }

  private Location location(String label) {
    return series.name().isEmpty() ? Location.of(label) : Location.of(series.name(), label);
  }
}
