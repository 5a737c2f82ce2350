package org.scplan.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scplan.budget.internal.Figures;
import org.scplan.core.AmountUnit;
import org.scplan.core.BusinessPlan;
import org.scplan.core.FinancialYear;
import org.scplan.core.Finding;
import org.scplan.core.HeadlineFigure;
import org.scplan.core.HeadlineMeasure;
import org.scplan.core.Interval;
import org.scplan.core.Location;
import org.scplan.core.Measure;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ReportedFigure;
import org.scplan.core.Severity;
import org.scplan.core.ValidationReport;

/** The checks of a budget profile beyond its arithmetic: plausibility, and the plan's headlines. */
final class ProfileChecks {
  private static final BigDecimal LOW = BigDecimal.valueOf(500);
  private static final BigDecimal HIGH = BigDecimal.valueOf(2000);

  private ProfileChecks() {}

  /** Duplicate names in a group, empty groups, income signs and thousandfold figures, in line order. */
  static ValidationReport plausibility(BudgetProfile p) {
    List<Finding> findings = new ArrayList<>();
    int n = p.lineCount();
    List<BudgetColumn> cols = p.schema().columns();
    int[] members = new int[n];
    for (int i = 0; i < n; i++) {
      if (p.parent(i) >= 0 && p.kind(i) != LineKind.SUBTOTAL) {
        members[p.parent(i)]++;
      }
    }
    java.util.BitSet repeated = duplicateNames(p);
    int expectedSign = p.schema().signConvention().incomeSign();
    for (int i = 0; i < n; i++) {
      LineKind kind = p.kind(i);
      BudgetLine line = new BudgetLine(p, i);
      if (repeated.get(i)) {
        String group = p.parent(i) < 0 ? "the table" : "group " + p.name(p.parent(i));
        findings.add(Finding.warning(BudgetRules.LINE_DUPLICATE_NAME, line.location(),
            "Another line of " + group + " is also named " + p.name(i)));
      }
      if (kind == LineKind.GROUP) {
        if (members[i] == 0) {
          findings.add(Finding.warning(BudgetRules.GROUP_EMPTY, line.location(),
              "Group " + p.name(i) + " has no member lines"));
        }
        continue;
      }
      for (int c = 0; c < cols.size(); c++) {
        BudgetColumn col = cols.get(c);
        long v = p.cell(i, c);
        if (v == BudgetProfile.BLANK) {
          continue;
        }
        if (kind == LineKind.ITEM && col.kind().isIncome() && Long.signum(v) == -expectedSign) {
          findings.add(Finding.warning(BudgetRules.INCOME_UNEXPECTED_SIGN, line.location().field(col.label()),
              col.label() + " is " + format(p, c, v) + ", " + (v > 0 ? "positive" : "negative")
                  + ", but this table prints income " + (expectedSign < 0 ? "negative" : "positive"))
              .withValues(expectedSign < 0 ? "0 or less" : "0 or more", format(p, c, v)));
        }
        if (col.comparativeOf().isPresent()) {
          checkThousandfold(p, line, c, p.schema().indexOf(col.comparativeOf().get()), findings);
        }
      }
    }
    return ValidationReport.of(findings);
  }

  /**
   * The lines whose group already has an earlier line of the same name. The lines are first sorted
   * by a hash of their name and group into buckets of a few thousand (a counting sort, which keeps
   * line order within a bucket), then each bucket is checked with a small table that stays in the
   * processor's cache: a million lines take a few tens of milliseconds, where one table of them all
   * would be read at random.
   */
  static java.util.BitSet duplicateNames(BudgetProfile p) {
    int n = p.lineCount();
    LineNames names = p.names();
    int[] hash = new int[n];
    for (int i = 0; i < n; i++) {
      int h = (names.hash(i) * 31 + p.parent(i)) * 0x9E3779B9;
      hash[i] = h ^ (h >>> 15);
    }
    int bits = Math.max(0, 32 - Integer.numberOfLeadingZeros(Math.max(1, n >> 12)));
    int buckets = 1 << bits;
    int[] start = new int[buckets + 1];
    for (int i = 0; i < n; i++) {
      start[bucket(hash[i], bits) + 1]++;
    }
    for (int b = 0; b < buckets; b++) {
      start[b + 1] += start[b];
    }
    int[] order = new int[n];
    int[] next = java.util.Arrays.copyOf(start, buckets);
    for (int i = 0; i < n; i++) {
      order[next[bucket(hash[i], bits)]++] = i;
    }
    java.util.BitSet repeated = new java.util.BitSet(n);
    int[] slots = new int[16];
    for (int b = 0; b < buckets; b++) {
      int size = start[b + 1] - start[b];
      int capacity = Integer.highestOneBit(Math.max(8, size * 2 - 1)) << 1;
      if (slots.length < capacity) {
        slots = new int[capacity];
      } else {
        java.util.Arrays.fill(slots, 0, capacity, 0);
      }
      int mask = capacity - 1;
      for (int k = start[b]; k < start[b + 1]; k++) {
        int i = order[k];
        for (int s = hash[i] & mask; ; s = (s + 1) & mask) {
          int j = slots[s] - 1;
          if (j < 0) {
            slots[s] = i + 1;
            break;
          }
          if (hash[j] == hash[i] && p.parent(j) == p.parent(i) && names.same(i, j)) {
            repeated.set(i);
            break;
          }
        }
      }
    }
    return repeated;
  }

  private static int bucket(int hash, int bits) {
    return bits == 0 ? 0 : hash >>> (32 - bits);
  }

  private static void checkThousandfold(BudgetProfile p, BudgetLine line, int previous, int current,
      List<Finding> findings) {
    long was = p.cell(line.index(), previous);
    long now = p.cell(line.index(), current);
    if (was == 0 || now == 0 || now == BudgetProfile.BLANK) {
      return;
    }
    BigDecimal a = Figures.unscale(now, p.decimalsAt(current)).abs();
    BigDecimal b = Figures.unscale(was, p.decimalsAt(previous)).abs();
    boolean larger = inRange(a, b);
    if (!larger && !inRange(b, a)) {
      return;
    }
    List<BudgetColumn> cols = p.schema().columns();
    String unit = p.unit().label();
    findings.add(Finding.warning(BudgetRules.FIGURE_THOUSANDFOLD, line.location().field(cols.get(current).label()),
        cols.get(current).label() + " is " + format(p, current, now) + ", about "
            + (larger ? "a thousand times" : "a thousandth of") + " its comparative "
            + cols.get(previous).label() + ", " + format(p, previous, was) + " (ratio "
            + (larger ? Figures.ratio(a, b) : "1/" + Figures.ratio(b, a)) + ")"
            + (cols.get(current).isMoney() && p.unit() != AmountUnit.POUNDS
                ? (larger ? "; was it entered in £ rather than " + unit + "?" : "") : ""))
        .withValues("about " + format(p, previous, was), format(p, current, now)));
  }

  private static boolean inRange(BigDecimal big, BigDecimal small) {
    return big.compareTo(small.multiply(LOW)) >= 0 && big.compareTo(small.multiply(HIGH)) <= 0;
  }

  private static String format(BudgetProfile p, int c, long v) {
    return Figures.format(Figures.unscale(v, p.decimalsAt(c)), p.schema().columns().get(c).isMoney(), p.unit());
  }

  /** The profile's year against the plan's, and the plan's headline figures against the grand totals. */
  static ValidationReport againstPlan(BudgetProfile p, BusinessPlan plan, Reconciliation r) {
    List<Finding> findings = new ArrayList<>();
    if (!plan.years().contains(p.year())) {
      findings.add(Finding.warning(BudgetRules.PROFILE_OUTSIDE_PLAN_YEARS, Location.of(p.title()).field("year"),
          "The table is for " + p.year() + ", which is not one of the plan's years " + plan.years())
          .withValues(plan.years().toString(), p.year().toString()));
    }
    if (!p.coversPlan()) {
      return ValidationReport.of(findings);
    }
    for (HeadlineMeasure m : HeadlineMeasure.values()) {
      Optional<HeadlineFigure> headline = plan.headline(m);
      Optional<BudgetColumn> column = p.schema().answering(m);
      if (headline.isPresent() && column.isPresent()) {
        checkHeadline(p, headline.get(), column.get(), r, findings);
      }
    }
    return ValidationReport.of(findings);
  }

  private static void checkHeadline(BudgetProfile p, HeadlineFigure headline, BudgetColumn col, Reconciliation r,
      List<Finding> findings) {
    String measure = describe(headline.measure());
    int c = p.schema().indexOf(col.key());
    int d = p.decimalsAt(c);
    Optional<BudgetLine> total = p.total().filter(t -> !t.isBlank(col.key()));
    Location at = total.map(BudgetLine::location).orElse(Location.of(p.title())).field(col.label());
    Optional<FinancialYear> asAt = headline.asAt().flatMap(ProfileChecks::year);
    if (asAt.isPresent() && !asAt.get().equals(p.year())) {
      findings.add(Finding.info(BudgetRules.HEADLINE_OTHER_YEAR, at,
          "The plan's headline " + measure + " of " + headline.figure() + " is for " + asAt.get()
              + ", not for the table's year " + p.year() + ", so it is not compared"));
      return;
    }
    BigDecimal value;
    BigDecimal half;
    String what;
    if (total.isPresent()) {
      value = Figures.unscale(p.cell(total.get().index(), c), d);
      half = Figures.halfStep(d);
      what = col.label() + " on " + total.get().name();
    } else if (r.grandSum(c).isPresent()) {
      value = new BigDecimal(r.grandSum(c).get(), d);
      half = Figures.halfStep(d).multiply(BigDecimal.valueOf(r.grandCount(c)));
      what = "the sum of the table's " + col.label() + " figures";
    } else {
      return;
    }
    boolean money = col.isMoney();
    AmountUnit unit = p.unit();
    ReportedFigure figure = headline.figure();
    // The headline's precision restated in the column's unit: £414m is −3 decimals of £'000.
    int headlineDecimals = figure instanceof ReportedAmount a
        ? a.decimals() + unit.exponent() - a.unit().exponent() : figure.decimals();
    BigDecimal headlineValue = money ? unit.fromPounds(figure.value()) : figure.value();
    // Shown at the finer of the two precisions (£3,018.0k, not £3,018k or £3,018.000k); the scale is
    // only ever widened from the shortest form, so no digit is lost.
    BigDecimal difference = headlineValue.subtract(value).stripTrailingZeros();
    difference = difference.setScale(Math.max(difference.scale(), Math.max(d, headlineDecimals)));
    if (difference.signum() == 0) {
      return;
    }
    BigDecimal slack = half.add(Figures.halfStep(headlineDecimals));
    boolean holds = p.tolerance().allows(difference, slack, value);
    String expected = Figures.withInterval(value, half, money, unit);
    String actual = figure + " " + headlineInterval(figure);
    String message = "The plan's headline " + measure + ", " + actual + ", "
        + (holds ? "agrees within rounding with " : "does not agree with ") + what + ", " + expected
        + "; the headline is " + Figures.format(difference.abs(), money, unit)
        + (difference.signum() > 0 ? " more" : " less")
        + (holds ? "" : ", but " + Reconciler.allowance(p.tolerance(), slack, money, unit));
    findings.add(Finding.of(holds ? BudgetRules.HEADLINE_WITHIN_ROUNDING : BudgetRules.HEADLINE_MISMATCH,
        holds ? Severity.INFO : Severity.ERROR, at, message)
        .withValues(expected, actual)
        .withMeasures(measure(money ? unit.toPounds(value) : value, money ? unit.toPounds(half) : half, money),
            Measure.of(figure)));
  }

  private static Measure measure(BigDecimal value, BigDecimal half, boolean money) {
    Interval around = Interval.around(value, half);
    return money ? Measure.pounds(value, around) : Measure.number(value, around);
  }

  private static String headlineInterval(ReportedFigure figure) {
    BigDecimal half = Figures.halfStep(figure.decimals());
    if (figure instanceof ReportedAmount a) {
      return Figures.interval(a.printed(), half, true, a.unit());
    }
    return Figures.interval(figure.value(), half, false, AmountUnit.POUNDS);
  }

  private static String describe(HeadlineMeasure m) {
    return m == HeadlineMeasure.FTE ? "FTE" : m.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static Optional<FinancialYear> year(String text) {
    try {
      return Optional.of(FinancialYear.parse(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
