package org.scplan.performance;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.scplan.core.Rag;
import org.scplan.core.RagStatus;
import org.scplan.core.ReportingPeriod;

/**
 * The assessment of one indicator for one period: the result and the target that applied, the
 * RAG status the rule gives (or why it is not rated), where an activity result lies against its
 * expected range, and the direction of travel.
 *
 * <p>Every assessment explains itself in one line ({@link #explanation()}):
 *
 * <pre>
 * 78.5% vs target 80.0% (higher is better), floor 75.0%: AMBER
 * 41,730 vs target 41,730 (lower is better), no floor: GREEN
 * 10,348 vs baseline 10,348: not rated: a baseline is not a target
 * no result vs no target for 2010-11: not rated: It is not possible to give targets for 2010/11 as they will not be set until April 2010
 * 4,434 vs expected range 4,300 to 4,500: not rated: within the expected range
 * </pre>
 *
 * <p>What is not rated, and why: no target for the period (the reason says for which period); a
 * placeholder (its reason, as published); a baseline ("a baseline is not a target"); an expected
 * range (activity is placed within, above or below it, not rated); an indicator with no polarity;
 * no result, or a result missing for a reason (the reason is kept).
 *
 * <p>Assessing keeps references to the indicator's own values and builds the explanation only
 * when asked, so that evaluating many indicator-periods allocates little.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Assessment {
  private static final RagStatus BASELINE = RagStatus.notRated("a baseline is not a target");
  private static final RagStatus NO_POLARITY =
      RagStatus.notRated("the indicator has no polarity, so no result is better or worse than its target");
  private static final RagStatus INVERTED_RANGE =
      RagStatus.notRated("the expected range's lower threshold is above its upper threshold");
  private static final RagStatus BELOW = RagStatus.notRated(RangePosition.BELOW.description());
  private static final RagStatus WITHIN = RagStatus.notRated(RangePosition.WITHIN.description());
  private static final RagStatus ABOVE = RagStatus.notRated(RangePosition.ABOVE.description());

  private final Indicator indicator;
  private final ReportingPeriod period;
  private final RagRule rule;
  private final ComparedWith comparedWith;
  private final Actual actual;
  private final Target target;
  private final BigDecimal floor;
  private final RagStatus status;
  private final RangePosition position;

  private Assessment(Indicator indicator, ReportingPeriod period, RagRule rule, ComparedWith comparedWith,
      Actual actual, Target target, BigDecimal floor, RagStatus status, RangePosition position) {
    this.indicator = indicator;
    this.period = period;
    this.rule = rule;
    this.comparedWith = comparedWith;
    this.actual = actual;
    this.target = target;
    this.floor = floor;
    this.status = status;
    this.position = position;
  }

  static Assessment evaluate(Indicator indicator, ReportingPeriod period, RagRule rule, ComparedWith comparedWith) {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(comparedWith, "comparedWith");
    Actual actual = indicator.resultFor(period);
    BigDecimal value = actual == null ? null : actual.value().orElse(null);
    Target target = indicator.applicableTarget(period);
    BigDecimal floor = null;
    RangePosition position = null;
    RagStatus status;
    if (target == null) {
      status = RagStatus.notRated("no target for " + period);
    } else {
      switch (target.kind()) {
        case PLACEHOLDER -> status = RagStatus.notRated(target.note().orElseThrow());
        case BASELINE -> status = BASELINE;
        case RANGE -> {
          BigDecimal lower = target.lower().orElseThrow();
          BigDecimal upper = target.upper().orElseThrow();
          if (lower.compareTo(upper) > 0) {
            status = INVERTED_RANGE;
          } else if (value == null) {
            status = noResult(actual, period);
          } else {
            position = RangePosition.of(value, lower, upper);
            status = position == RangePosition.BELOW ? BELOW : position == RangePosition.ABOVE ? ABOVE : WITHIN;
          }
        }
        default -> { // a TARGET
          floor = indicator.floorOf(target);
          if (!indicator.polarity().isJudged()) {
            status = NO_POLARITY;
          } else if (value == null) {
            status = noResult(actual, period);
          } else {
            status = RagStatus.of(rule.rate(indicator.polarity(), value, target.value().orElseThrow(),
                rule.usesFloor() ? floor : null));
          }
        }
      }
    }
    return new Assessment(indicator, period, rule, comparedWith, actual, target, floor, status, position);
  }

  private static RagStatus noResult(Actual actual, ReportingPeriod period) {
    return actual == null
        ? RagStatus.notRated("no result for " + period)
        : RagStatus.notRated("no result: " + actual.note().orElse("missing"));
  }

  /**
   * Returns the indicator assessed.
   *
   * @return the indicator
   */
  public Indicator indicator() {
    return indicator;
  }

  /**
   * Returns the period assessed.
   *
   * @return the period
   */
  public ReportingPeriod period() {
    return period;
  }

  /**
   * Returns the RAG rule applied.
   *
   * @return the rule
   */
  public RagRule rule() {
    return rule;
  }

  /**
   * Returns the earlier period the direction of travel is measured from.
   *
   * @return the comparison
   */
  public ComparedWith comparedWith() {
    return comparedWith;
  }

  /**
   * Returns the result that counted for the period.
   *
   * @return the result, or empty if the indicator has none for the period
   */
  public Optional<Actual> actual() {
    return Optional.ofNullable(actual);
  }

  /**
   * Returns the target entry that applied: the period's own, or that of a period containing it.
   *
   * @return the target, baseline, range or placeholder, or empty if none applied
   */
  public Optional<Target> target() {
    return Optional.ofNullable(target);
  }

  /**
   * Returns the floor that came with the target: the target's own, or the indicator's standing
   * floor. Only the floor rule uses it.
   *
   * @return the floor
   */
  public Optional<BigDecimal> floor() {
    return Optional.ofNullable(floor);
  }

  /**
   * Returns the outcome: a RAG rating, or not rated with the reason.
   *
   * @return the status
   */
  public RagStatus status() {
    return status;
  }

  /**
   * Returns the RAG rating.
   *
   * @return the rating, or empty if not rated
   */
  public Optional<Rag> rag() {
    return status.rag();
  }

  /**
   * Checks whether the result was rated.
   *
   * @return true if a RAG rating was given
   */
  public boolean isRated() {
    return status.isRated();
  }

  /**
   * Returns where an activity result lies against its expected range.
   *
   * @return the position, or empty if the target is not a range or there is no result
   */
  public Optional<RangePosition> position() {
    return Optional.ofNullable(position);
  }

  /**
   * Returns the result of the earlier period the direction of travel is measured from.
   *
   * @return the earlier result, or empty if there is none
   */
  public Optional<Actual> earlier() {
    return Optional.ofNullable(indicator.earlierResult(period, comparedWith));
  }

  /**
   * Returns the direction of travel from the earlier period's result to this one.
   *
   * @return the direction, or empty if either result has no value
   */
  public Optional<DirectionOfTravel> direction() {
    Actual before = indicator.earlierResult(period, comparedWith);
    if (before == null || before.value().isEmpty() || actual == null || actual.value().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(DirectionOfTravel.of(indicator.polarity(), before.value().get(), actual.value().get()));
  }

  /**
   * Returns the assessment in one line: the result, what it was held against, and the outcome,
   * such as {@code 78.5% vs target 80.0% (higher is better), floor 75.0%: AMBER}.
   *
   * @return the explanation
   */
  public String explanation() {
    return resultText() + " vs " + heldAgainst() + ": " + status;
  }

  /** The result as the explanation prints it: {@code 77% (estimated)}, {@code no result (Placeholder)}. */
  String resultText() {
    if (actual == null) {
      return "no result";
    }
    if (actual.value().isEmpty()) {
      return "no result (" + actual.note().orElse("missing") + ")";
    }
    String value = indicator.unit().format(actual.value().get());
    return actual.status() == Actual.Status.REPORTED ? value : value + " (" + actual.status().label() + ")";
  }

  private String heldAgainst() {
    if (target == null) {
      return "no target for " + period;
    }
    IndicatorUnit unit = indicator.unit();
    return switch (target.kind()) {
      case PLACEHOLDER -> "no target for " + target.period();
      case BASELINE -> "baseline " + unit.format(target.value().orElseThrow());
      case RANGE -> "expected range " + unit.format(target.lower().orElseThrow()) + " to "
          + unit.format(target.upper().orElseThrow());
      case TARGET -> "target " + unit.format(target.value().orElseThrow()) + " (" + indicator.polarity().label() + ")"
          + (indicator.polarity().isJudged() ? ruleClause(unit, target.value().orElseThrow()) : "");
    };
  }

  private String ruleClause(IndicatorUnit unit, BigDecimal targetValue) {
    if (rule.usesFloor()) {
      return floor == null ? ", no floor" : ", floor " + unit.format(floor);
    }
    BigDecimal limit = rule.amberLimit(indicator.polarity(), targetValue, null).orElseThrow().stripTrailingZeros();
    if (limit.scale() < targetValue.scale()) {
      limit = limit.setScale(targetValue.scale());
    }
    String allowance = rule.tolerancePercent().map(p -> p.toPlainString() + "% of target")
        .orElseGet(() -> (unit.isPercentage()
            ? rule.margin().orElseThrow().toPlainString() + " percentage points"
            : unit.format(rule.margin().orElseThrow())) + " of target");
    return ", amber within " + allowance + " (to " + unit.format(limit) + ")";
  }

  /**
   * Checks whether another object is an assessment of the same indicator and period under the same
   * rule and comparison (and so with the same outcome).
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Assessment o && o.period.equals(period) && o.rule.equals(rule)
        && o.comparedWith == comparedWith && o.indicator.equals(indicator);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(indicator, period, rule, comparedWith);
  }

  /**
   * Returns the indicator, the period and the explanation, with the direction of travel where
   * known: {@code AH H17 2018-19: 41,730 vs target 41,730 (lower is better), no floor: GREEN;
   * improving since 2017-18 (53,973)}.
   *
   * @return the assessment as text
   */
  @Override
  public String toString() {
    String travel = direction().map(d -> "; " + d.label() + " since " + earlier().orElseThrow().period() + " ("
        + indicator.unit().format(earlier().orElseThrow().value().orElseThrow()) + ")").orElse("");
    return indicator.label() + " " + period + ": " + explanation() + travel;
  }
}
