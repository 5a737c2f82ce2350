package org.scplan.performance;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.scplan.core.BusinessPlan;
import org.scplan.core.FinancialYear;
import org.scplan.core.Finding;
import org.scplan.core.Interval;
import org.scplan.core.Location;
import org.scplan.core.Polarity;
import org.scplan.core.PrintedFigures;
import org.scplan.core.Priority;
import org.scplan.core.Rag;
import org.scplan.core.ReportingPeriod;
import org.scplan.performance.internal.Figures;

/** The checks {@link IndicatorSet#validate()} runs. Not API. */
final class IndicatorChecks {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private IndicatorChecks() {}

  /** Checks a set on its own. */
  public static List<Finding> check(IndicatorSet set) {
    List<Finding> findings = new ArrayList<>();
    Map<String, Indicator> byKey = new HashMap<>();
    for (Indicator indicator : set.indicators()) {
      Location at = locate(set, indicator);
      indicator.reference().ifPresent(r -> {
        Indicator earlier = byKey.putIfAbsent(key(r), indicator);
        if (earlier != null) {
          String same = earlier.reference().orElseThrow().equals(r) ? "" : " (as " + earlier.reference().get() + ")";
          findings.add(Finding.error(PerformanceRules.INDICATOR_DUPLICATE_REFERENCE, at,
              "Reference " + r + " is used by an earlier indicator" + same + ": \"" + earlier.title() + "\""));
        }
      });
      checkTargets(indicator, at, findings);
      checkActuals(set, indicator, at, findings);
      checkProfile(indicator, at, findings);
      checkRequiredTargets(set, indicator, at, findings);
    }
    checkBreakdowns(set, byKey, findings);
    return findings;
  }

  /** Checks a set against the plan holding it. */
  public static List<Finding> checkAgainst(IndicatorSet set, BusinessPlan plan) {
    List<Finding> findings = new ArrayList<>();
    if (plan.priorities().isEmpty()) {
      return findings;
    }
    for (Indicator indicator : set.indicators()) {
      indicator.priority().ifPresent(p -> {
        boolean known = false;
        for (Priority priority : plan.priorities()) {
          known |= priority.number().map(n -> n.equalsIgnoreCase(p.strip())).orElse(false)
              || priority.title().equalsIgnoreCase(p.strip()) || priority.label().equalsIgnoreCase(p.strip());
        }
        if (!known) {
          findings.add(Finding.warning(PerformanceRules.INDICATOR_UNKNOWN_PRIORITY,
              locate(set, indicator).field("priority"),
              indicator.label() + " serves priority \"" + p + "\", which the plan does not have")
              .withValues("one of the plan's " + plan.priorities().size() + " priorities", p));
        }
      });
    }
    return findings;
  }

  private static Location locate(IndicatorSet set, Indicator indicator) {
    Location at = Location.of(set.title());
    if (indicator.group().isPresent()) {
      at = at.child(indicator.group().get());
    }
    return at.child(indicator.label());
  }

  private static String key(String reference) {
    return reference.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  private static void checkTargets(Indicator indicator, Location at, List<Finding> findings) {
    IndicatorUnit unit = indicator.unit();
    Polarity polarity = indicator.polarity();
    indicator.floor().ifPresent(f -> checkPercentage(unit, f, "floor", at.field("floor"), findings));
    Set<ReportingPeriod> periods = new HashSet<>();
    boolean warnedNoPolarity = false;
    for (Target t : indicator.targets()) {
      Location tat = at.field(t.period() + " " + t.kind().name().toLowerCase(Locale.ROOT));
      if (!periods.add(t.period())) {
        findings.add(Finding.error(PerformanceRules.TARGET_DUPLICATE_PERIOD, tat,
            indicator.label() + " has more than one target entry for " + t.period() + "; the first is used")
            .withValues("one entry for " + t.period(), t.toString()));
      }
      t.value().ifPresent(v -> checkPercentage(unit, v, t.kind().name().toLowerCase(Locale.ROOT), tat, findings));
      t.floor().ifPresent(f -> checkPercentage(unit, f, "floor", tat, findings));
      t.lower().ifPresent(v -> checkPercentage(unit, v, "lower threshold", tat, findings));
      t.upper().ifPresent(v -> checkPercentage(unit, v, "upper threshold", tat, findings));
      if (t.kind() == Target.Kind.RANGE && t.lower().orElseThrow().compareTo(t.upper().orElseThrow()) > 0) {
        findings.add(Finding.error(PerformanceRules.RANGE_INVERTED, tat,
            "The expected range for " + t.period() + " has its lower threshold "
                + unit.format(t.lower().get()) + " above its upper threshold " + unit.format(t.upper().get()))
            .withValues("lower at or below " + unit.format(t.upper().get()), unit.format(t.lower().get())));
      }
      if (t.kind() != Target.Kind.TARGET) {
        continue;
      }
      if (!polarity.isJudged()) {
        if (!warnedNoPolarity) {
          warnedNoPolarity = true;
          findings.add(Finding.warning(PerformanceRules.TARGET_NO_POLARITY, at.field("polarity"),
              indicator.label() + " has a target (" + unit.format(t.value().orElseThrow()) + " for " + t.period()
                  + ") but no polarity, so no result can be rated against it")
              .withValues("higher is better or lower is better", polarity.label()));
        }
        continue;
      }
      BigDecimal floor = indicator.floorFor(t).orElse(null);
      BigDecimal target = t.value().orElseThrow();
      if (floor != null && polarity.isBetter(floor, target)) {
        String side = polarity == Polarity.HIGHER_IS_BETTER ? "above" : "below";
        String allowed = polarity == Polarity.HIGHER_IS_BETTER ? "at or below " : "at or above ";
        findings.add(Finding.error(PerformanceRules.FLOOR_WRONG_SIDE, tat,
            "The floor " + unit.format(floor) + " is " + side + " the target " + unit.format(target) + " for "
                + t.period() + ", but " + polarity.label() + ": a minimum standard cannot be better than the target")
            .withValues("floor " + allowed + unit.format(target), unit.format(floor)));
      }
    }
  }

  private static void checkPercentage(IndicatorUnit unit, BigDecimal value, String what, Location at, List<Finding> findings) {
    if (unit.isPercentage() && what.equals("result") && value.compareTo(HUNDRED) > 0) {
      // A result over 100% is wrong for a share of a whole, right for a ratio: days worked against the
      // days planned (102%), take-up against places (101%).
      findings.add(Finding.warning(PerformanceRules.PERCENTAGE_OUT_OF_RANGE, at,
          "The result " + unit.format(value) + " is a percentage above 100%: right only if it is a ratio (a"
              + " figure against a target or a capacity), not a share of a whole")
          .withValues("0% to 100% for a share", unit.format(value)));
      return;
    }
    if (unit.isPercentage() && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
      findings.add(Finding.error(PerformanceRules.PERCENTAGE_OUT_OF_RANGE, at,
          "The " + what + " " + unit.format(value) + " is a percentage outside 0% to 100%")
          .withValues("0% to 100%", unit.format(value)));
    }
  }

  private static void checkActuals(IndicatorSet set, Indicator indicator, Location at, List<Finding> findings) {
    IndicatorUnit unit = indicator.unit();
    Set<List<Object>> seen = new HashSet<>();
    for (Actual a : indicator.actuals()) {
      Location aat = at.field(a.period() + " result");
      if (!seen.add(List.of(a.period(), a.status(), a.note().orElse("")))) {
        findings.add(Finding.error(PerformanceRules.ACTUAL_DUPLICATE_PERIOD, aat,
            indicator.label() + " has more than one " + a.status().label() + " result for " + a.period()
                + a.note().map(n -> " (" + n + ")").orElse(""))
            .withValues("one " + a.status().label() + " result for " + a.period(), a.toString()));
      }
      a.value().ifPresent(v -> checkPercentage(unit, v, "result", aat, findings));
      if (a.value().isPresent() && a.numerator().isPresent()) {
        checkRatio(indicator, a, aat, findings);
      }
      if (a.publishedRag().isPresent()) {
        checkPublishedRag(set, indicator, a, aat, findings);
      }
    }
  }

  private static void checkRatio(Indicator indicator, Actual a, Location at, List<Finding> findings) {
    Optional<BigDecimal> scale = indicator.unit().ratioScale();
    if (scale.isEmpty()) {
      return;
    }
    BigDecimal num = a.numerator().orElseThrow();
    BigDecimal den = a.denominator().orElseThrow();
    BigDecimal value = a.value().orElseThrow();
    String ratio = PrintedFigures.grouped(num) + " / " + PrintedFigures.grouped(den);
    if (den.signum() == 0) {
      findings.add(Finding.error(PerformanceRules.ACTUAL_RATIO_MISMATCH, at,
          "The result for " + a.period() + " is worked out from " + ratio + ", whose denominator is zero")
          .withValues("a denominator other than zero", PrintedFigures.grouped(den)));
      return;
    }
    // value's interval [v - h, v + h] must contain scale * num / den; multiplied out so nothing is divided.
    Interval printed = interval(value);
    BigDecimal scaledNum = num.multiply(scale.get());
    BigDecimal lo = printed.lower().multiply(den);
    BigDecimal hi = printed.upper().multiply(den);
    boolean within = den.signum() > 0
        ? lo.compareTo(scaledNum) <= 0 && scaledNum.compareTo(hi) <= 0
        : hi.compareTo(scaledNum) <= 0 && scaledNum.compareTo(lo) <= 0;
    if (!within) {
      BigDecimal exact = scaledNum.divide(den, Math.max(value.scale(), 0) + 2, java.math.RoundingMode.HALF_EVEN);
      findings.add(Finding.error(PerformanceRules.ACTUAL_RATIO_MISMATCH, at,
          "The result " + indicator.unit().format(value) + " for " + a.period() + " does not follow from " + ratio
              + ", which gives " + indicator.unit().format(exact))
          .withValues(indicator.unit().format(exact), indicator.unit().format(value)));
    }
  }

  private static void checkPublishedRag(IndicatorSet set, Indicator indicator, Actual a, Location at,
      List<Finding> findings) {
    Rag published = a.publishedRag().orElseThrow();
    Assessment assessment = indicator.assess(a.period(), set.rule());
    if (assessment.actual().orElse(null) != a) {
      return; // a firmer result for the period is the one assessed; its own published rating is checked
    }
    if (!assessment.isRated()) {
      findings.add(Finding.warning(PerformanceRules.RAG_PUBLISHED_UNRATED, at.field(a.period() + " RAG"),
          "Published " + published + " for " + a.period() + ", but the result cannot be rated: "
              + assessment.explanation())
          .withValues("not rated", published.name()));
    } else if (assessment.rag().orElseThrow() != published) {
      findings.add(Finding.error(PerformanceRules.RAG_MISMATCH, at.field(a.period() + " RAG"),
          "Published " + published + " for " + a.period() + ", but rule " + set.rule() + " gives "
              + assessment.explanation())
          .withValues(assessment.rag().get().name(), published.name()));
    }
  }

  private static void checkProfile(Indicator indicator, Location at, List<Finding> findings) {
    Basis basis = indicator.basis();
    if (!basis.isCumulative()) {
      return;
    }
    for (Target annual : indicator.targets()) {
      if (annual.kind() != Target.Kind.TARGET || !(annual.period() instanceof FinancialYear year)) {
        continue;
      }
      checkParts(indicator, annual, new ArrayList<>(year.quarters()), "quarterly", at, findings);
      checkParts(indicator, annual, new ArrayList<>(year.months()), "monthly", at, findings);
    }
  }

  private static void checkParts(Indicator indicator, Target annual, List<ReportingPeriod> parts, String what,
      Location at, List<Finding> findings) {
    IndicatorUnit unit = indicator.unit();
    List<BigDecimal> values = new ArrayList<>();
    for (ReportingPeriod p : parts) {
      values.add(indicator.target(p).filter(t -> t.kind() == Target.Kind.TARGET).flatMap(Target::value).orElse(null));
    }
    if (values.stream().allMatch(Objects::isNull)) {
      return;
    }
    BigDecimal year = annual.value().orElseThrow();
    Location tat = at.field(annual.period() + " target");
    if (indicator.basis() == Basis.CUMULATIVE_YEAR_TO_DATE) {
      BigDecimal last = values.get(values.size() - 1);
      if (last != null && !interval(unit, last).overlaps(interval(unit, year))) {
        ReportingPeriod lastPart = parts.get(parts.size() - 1);
        findings.add(Finding.error(PerformanceRules.TARGET_PROFILE_MISMATCH, tat,
            indicator.label() + " is cumulative through the year, so its " + what + " target for " + lastPart
                + " (" + unit.format(last) + ") should be the annual target for " + annual.period() + " ("
                + unit.format(year) + ")")
            .withValues(unit.format(year), unit.format(last)));
      }
      return;
    }
    if (values.contains(null) || !(unit.kind() == IndicatorUnit.Kind.COUNT || unit.kind() == IndicatorUnit.Kind.MONEY)) {
      return;
    }
    if (!addsUp(unit, values, year)) {
      BigDecimal sum = sum(values);
      findings.add(Finding.error(PerformanceRules.TARGET_PROFILE_MISMATCH, tat,
          indicator.label() + " counts each period on its own, but its " + what + " targets " + terms(unit, values)
              + " = " + unit.format(sum) + " do not add up to the annual target " + unit.format(year) + " for "
              + annual.period())
          .withValues(unit.format(year), unit.format(sum)));
    }
  }

  private static void checkRequiredTargets(IndicatorSet set, Indicator indicator, Location at,
      List<Finding> findings) {
    if (indicator.kind() != IndicatorKind.PERFORMANCE) {
      return;
    }
    for (ReportingPeriod required : set.targetPeriods()) {
      boolean found = indicator.targetFor(required).isPresent();
      for (Target t : indicator.targets()) {
        found |= !t.period().start().isBefore(required.start()) && !t.period().end().isAfter(required.end());
      }
      if (!found) {
        findings.add(Finding.warning(PerformanceRules.TARGET_MISSING, at.field(required + " target"),
            indicator.label() + " has no target for " + required
                + "; give one, or a placeholder that says why there is none")
            .withValues("a target, baseline, range or placeholder for " + required, "none"));
      }
    }
  }

  private static void checkBreakdowns(IndicatorSet set, Map<String, Indicator> byKey, List<Finding> findings) {
    Map<Indicator, List<Indicator>> partsOf = new LinkedHashMap<>();
    for (Indicator part : set.indicators()) {
      if (part.partOf().isEmpty()) {
        continue;
      }
      Indicator whole = byKey.get(key(part.partOf().get()));
      if (whole == null || whole == part) {
        findings.add(Finding.error(PerformanceRules.BREAKDOWN_UNKNOWN_TOTAL, locate(set, part).field("part of"),
            part.label() + " is given as a part of " + part.partOf().get() + ", which is not another indicator of "
                + set.title())
            .withValues("the reference of another indicator", part.partOf().get()));
        continue;
      }
      partsOf.computeIfAbsent(whole, w -> new ArrayList<>()).add(part);
    }
    partsOf.forEach((whole, parts) -> {
      for (Target t : whole.targets()) {
        if (t.value().isPresent()) {
          List<BigDecimal> values = new ArrayList<>();
          for (Indicator part : parts) {
            part.target(t.period()).flatMap(Target::value).ifPresent(values::add);
          }
          checkSum(set, whole, parts, values, t.value().get(), t.period() + " " + t.kind().name().toLowerCase(Locale.ROOT),
              findings);
        }
      }
      Set<ReportingPeriod> periods = new HashSet<>();
      for (Actual a : whole.actuals()) {
        Optional<BigDecimal> total = whole.actual(a.period()).flatMap(Actual::value);
        if (periods.add(a.period()) && total.isPresent()) {
          List<BigDecimal> values = new ArrayList<>();
          for (Indicator part : parts) {
            part.actual(a.period()).flatMap(Actual::value).ifPresent(values::add);
          }
          checkSum(set, whole, parts, values, total.get(), a.period() + " result", findings);
        }
      }
    });
  }

  private static void checkSum(IndicatorSet set, Indicator whole, List<Indicator> parts, List<BigDecimal> values,
      BigDecimal total, String what, List<Finding> findings) {
    if (values.size() != parts.size()) {
      return; // a part has no figure for the period: nothing to add up
    }
    IndicatorUnit unit = whole.unit();
    if (!addsUp(unit, values, total)) {
      StringJoiner names = new StringJoiner(" + ");
      parts.forEach(p -> names.add(p.label()));
      BigDecimal sum = sum(values);
      findings.add(Finding.error(PerformanceRules.BREAKDOWN_MISMATCH, locate(set, whole).field(what),
          "The parts of " + whole.label() + " do not add up for " + what + ": " + names + " = " + terms(unit, values)
              + " = " + unit.format(sum) + ", but " + whole.label() + " is " + unit.format(total))
          .withValues(unit.format(total), unit.format(sum)));
    }
  }

  /** Whether parts add up to a total: exactly for whole counts, else within their printed precision. */
  private static boolean addsUp(IndicatorUnit unit, List<BigDecimal> parts, BigDecimal total) {
    Interval sum = Interval.point(BigDecimal.ZERO);
    for (BigDecimal v : parts) {
      sum = sum.plus(interval(unit, v));
    }
    return sum.overlaps(interval(unit, total));
  }

  private static BigDecimal sum(List<BigDecimal> parts) {
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal v : parts) {
      sum = sum.add(v);
    }
    return sum;
  }

  /** The parts as a sum: {@code 2,000 + 2,000 + 1,500}. */
  private static String terms(IndicatorUnit unit, List<BigDecimal> parts) {
    StringJoiner terms = new StringJoiner(" + ");
    parts.forEach(v -> terms.add(unit.format(v)));
    return terms.toString();
  }

  /** The interval a figure stands for at its printed precision: 78.5% is [78.45, 78.55]. */
  private static Interval interval(BigDecimal printed) {
    return Interval.around(printed, new BigDecimal(BigInteger.valueOf(5), printed.scale() + 1));
  }

  /**
   * The interval a figure of a unit stands for: a whole count of people or episodes is exact (813
   * is 813, not [812.5, 813.5]); any other figure stands for its printed precision.
   */
  private static Interval interval(IndicatorUnit unit, BigDecimal printed) {
    return unit.kind() == IndicatorUnit.Kind.COUNT && printed.stripTrailingZeros().scale() <= 0
        ? Interval.point(printed) : interval(printed);
  }
}
