package org.scplan.budget;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Objects;
import org.scplan.budget.internal.Figures;
import org.scplan.core.Finding;
import org.scplan.core.Interval;
import org.scplan.core.Location;
import org.scplan.core.ReportedAmount;
import org.scplan.core.ValidationReport;

/**
 * A savings target and what became of it: achieved, reprofiled into later years, and what is left
 * unaccounted for.
 *
 * <p>The Kent ASCH plan 2018-19: "savings of £16.3m out of the target savings of £22.8m … reprofiling of savings of
 * £4.7m" leaves £1.8m unaccounted for, which {@link #validate()} reports, because £1.8m is more than
 * the rounding of the three figures explains (at most £0.15m).
 *
 * <pre>{@code
 * Savings mtfp = Savings.of("MTFP savings 2017-18", ReportedAmount.parse("£22.8m"),
 *     ReportedAmount.parse("£16.3m"), ReportedAmount.parse("£4.7m"));
 * mtfp.unaccounted()   // £1.8m
 * mtfp.validate()      // WARNING budget.savings.unaccounted
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Savings {
  private final String label;
  private final ReportedAmount target;
  private final ReportedAmount achieved;
  private final ReportedAmount reprofiled;

  private Savings(String label, ReportedAmount target, ReportedAmount achieved, ReportedAmount reprofiled) {
    this.label = label;
    this.target = target;
    this.achieved = achieved;
    this.reprofiled = reprofiled;
  }

  /**
   * Obtains a savings target and its outcome.
   *
   * @param label what the savings are, such as {@code MTFP savings 2017-18}
   * @param target the target
   * @param achieved the savings achieved
   * @param reprofiled the savings moved to later years
   * @return the savings
   */
  public static Savings of(String label, ReportedAmount target, ReportedAmount achieved,
      ReportedAmount reprofiled) {
    requireNonNull(label, "label");
    requireNonNull(target, "target");
    requireNonNull(achieved, "achieved");
    requireNonNull(reprofiled, "reprofiled");
    checkArgument(!label.isBlank(), "Savings need a label");
    return new Savings(label, target, achieved, reprofiled);
  }

  /**
   * Returns what the savings are.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns the target.
   *
   * @return the target as printed
   */
  public ReportedAmount target() {
    return target;
  }

  /**
   * Returns the savings achieved.
   *
   * @return the achieved savings as printed
   */
  public ReportedAmount achieved() {
    return achieved;
  }

  /**
   * Returns the savings reprofiled into later years.
   *
   * @return the reprofiled savings as printed
   */
  public ReportedAmount reprofiled() {
    return reprofiled;
  }

  /**
   * Returns the target less the savings achieved and reprofiled, in the target's unit at the finest
   * precision of the three figures: {@code £1.8m}.
   *
   * @return the amount unaccounted for; negative if achieved and reprofiled exceed the target
   */
  public ReportedAmount unaccounted() {
    ReportedAmount a = achieved.in(target.unit());
    ReportedAmount r = reprofiled.in(target.unit());
    BigDecimal gap = target.printed().subtract(a.printed()).subtract(r.printed());
    int decimals = Math.max(target.decimals(), Math.max(a.decimals(), r.decimals()));
    return ReportedAmount.of(gap.setScale(Math.max(decimals, 0)), target.unit(), decimals);
  }

  /**
   * Returns the interval of amounts that may truly be unaccounted for, given the rounding of the
   * three figures.
   *
   * @return the interval, in pounds
   */
  public Interval unaccountedInterval() {
    return target.interval().minus(achieved.interval()).minus(reprofiled.interval());
  }

  /**
   * Checks that achieved and reprofiled savings account for the target: a WARNING when they fall
   * short of it or exceed it by more than rounding explains, an INFO when they differ within
   * rounding.
   *
   * @return the findings
   */
  public ValidationReport validate() {
    return validate(Location.of(label));
  }

  ValidationReport validate(Location at) {
    ReportedAmount gap = unaccounted();
    if (gap.printed().signum() == 0) {
      return ValidationReport.empty();
    }
    Interval interval = unaccountedInterval();
    BigDecimal half = target.unit().fromPounds(interval.width().multiply(new BigDecimal("0.5")));
    String words = label + ": " + achieved + " achieved and " + reprofiled + " reprofiled of the " + target
        + " target leave " + gap + " " + Figures.interval(gap.printed(), half, true, target.unit());
    if (interval.contains(BigDecimal.ZERO)) {
      return ValidationReport.of(Finding.info(BudgetRules.SAVINGS_WITHIN_ROUNDING, at,
          words + " unaccounted for, within rounding").withValues(target.toString(), accountedFor()));
    }
    boolean shortfall = gap.printed().signum() > 0;
    return ValidationReport.of(Finding.warning(
        shortfall ? BudgetRules.SAVINGS_UNACCOUNTED : BudgetRules.SAVINGS_OVER_ACCOUNTED, at,
        shortfall ? words + " unaccounted for" : words + ": more is accounted for than the target")
        .withValues(target.toString(), accountedFor()));
  }

  private String accountedFor() {
    BigDecimal sum = achieved.in(target.unit()).printed().add(reprofiled.in(target.unit()).printed());
    return Figures.format(sum, true, target.unit()) + " achieved and reprofiled";
  }

  /**
   * Checks whether another object is the same savings: label and figures.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof Savings o && o.label.equals(label) && o.target.equals(target)
        && o.achieved.equals(achieved) && o.reprofiled.equals(reprofiled);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(label, target, achieved, reprofiled);
  }

  /**
   * Returns the savings as text: {@code MTFP savings 2017-18: target £22.8m, achieved £16.3m,
   * reprofiled £4.7m, unaccounted for £1.8m}.
   *
   * @return the savings as text
   */
  @Override
  public String toString() {
    return label + ": target " + target + ", achieved " + achieved + ", reprofiled " + reprofiled
        + ", unaccounted for " + unaccounted();
  }
}
