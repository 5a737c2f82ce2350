package org.scplan.performance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.scplan.core.PrintedFigures;
import org.scplan.core.ReportingPeriod;
import org.scplan.core.internal.ScplanStyle;
import org.scplan.performance.internal.Figures;

/**
 * What an indicator is held against for one reporting period: a target (with an optional floor,
 * the minimum standard), a baseline, an expected range, or a placeholder that says why there is
 * no target yet.
 *
 * <ul>
 *   <li>{@link Kind#TARGET}: the Kent KASS HQ plan 2010-11's "Target performance 2010/11" of 79%; the Kent LD/MH
 *   plan 2013-14's Q1–Q4
 *       targets with a "Floor Performance Standard".
 *   <li>{@link Kind#BASELINE}: the Kent ASCH plan 2018-19's figures marked {@code *} ("2018-19 Target/base line*"):
 *       a starting point to measure from, not a target, so never rated.
 *   <li>{@link Kind#RANGE}: an activity indicator's expected range for a quarter, between a lower
 *       and an upper threshold (the Kent LD/MH plan 2013-14, Section F).
 *   <li>{@link Kind#PLACEHOLDER}: no target yet, with the reason as published: "It is not possible
 *       to give targets for 2010/11 as they will not be set until April 2010" (the Kent KASS HQ plan 2010-11).
 * </ul>
 *
 * <p>Values are exact decimals in the indicator's {@link IndicatorUnit} and keep the decimal places they
 * were published with. A floor or range that makes no sense (a floor above a higher-is-better
 * target, a lower threshold above the upper) is accepted here and reported as a finding when the
 * indicator set is checked.
 *
 * <pre>{@code
 * Target.of("2010/11", "79%")
 * Target.of(FinancialQuarter.parse("Q1 2013-14"), new BigDecimal("80.0")).withFloor(new BigDecimal("75.0"))
 * Target.baseline("2018-19", "10,348")
 * Target.placeholder("2010/11", "No target available until April 2010")
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ScplanStyle
public abstract class Target {

  /** Only the generated implementation (or this package) constructs it. */
  Target() {}

  /** What a target entry is. */
  public enum Kind {
    /** A target to achieve, with an optional floor. */
    TARGET,
    /** A baseline: a starting figure, not a target; never rated. */
    BASELINE,
    /** An expected range between a lower and an upper threshold, for an activity indicator. */
    RANGE,
    /** No target yet; the reason says why. */
    PLACEHOLDER
  }

  /**
   * Returns the period the target is for.
   *
   * @return the period
   */
  public abstract ReportingPeriod period();

  /**
   * Returns what this entry is.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the target or baseline value.
   *
   * @return the value of a {@link Kind#TARGET} or {@link Kind#BASELINE}; empty otherwise
   */
  public abstract Optional<BigDecimal> value();

  /**
   * Returns the floor (minimum standard) for this period, when it differs from the indicator's
   * standing floor or the indicator has none.
   *
   * @return the floor of a {@link Kind#TARGET}; empty if none is set for this period
   */
  public abstract Optional<BigDecimal> floor();

  /**
   * Returns the lower threshold of an expected range.
   *
   * @return the lower threshold of a {@link Kind#RANGE}; empty otherwise
   */
  public abstract Optional<BigDecimal> lower();

  /**
   * Returns the upper threshold of an expected range.
   *
   * @return the upper threshold of a {@link Kind#RANGE}; empty otherwise
   */
  public abstract Optional<BigDecimal> upper();

  /**
   * Returns a note as published: the reason a placeholder gives, or a remark on a target.
   *
   * @return the note; always present for a {@link Kind#PLACEHOLDER}
   */
  public abstract Optional<String> note();

  /**
   * Obtains a target.
   *
   * @param period the period
   * @param value the target value
   * @return the target
   */
  public static Target of(ReportingPeriod period, BigDecimal value) {
    return builder().period(period).kind(Kind.TARGET).value(value).build();
  }

  /**
   * Obtains a target from text as published: {@code Target.of("2010/11", "79%")}.
   *
   * @param period the period, in any form {@link ReportingPeriod#parse} reads
   * @param value the target, such as {@code 79%}, {@code 2,342} or {@code £51k}
   * @return the target
   * @throws org.scplan.core.ValueParseException if either text cannot be read
   */
  public static Target of(String period, String value) {
    requireNonNull(period, "period");
    requireNonNull(value, "value");
    return of(ReportingPeriod.parse(period), Figures.parse(value));
  }

  /**
   * Obtains a baseline: a starting figure to measure from, not a target (the Kent ASCH plan 2018-19's {@code *}).
   *
   * @param period the period
   * @param value the baseline value
   * @return the baseline
   */
  public static Target baseline(ReportingPeriod period, BigDecimal value) {
    return builder().period(period).kind(Kind.BASELINE).value(value).build();
  }

  /**
   * Obtains a baseline from text as published: {@code Target.baseline("2018-19", "10,348")}.
   *
   * @param period the period, in any form {@link ReportingPeriod#parse} reads
   * @param value the baseline value
   * @return the baseline
   * @throws org.scplan.core.ValueParseException if either text cannot be read
   */
  public static Target baseline(String period, String value) {
    requireNonNull(period, "period");
    requireNonNull(value, "value");
    return baseline(ReportingPeriod.parse(period), Figures.parse(value));
  }

  /**
   * Obtains an expected range for an activity indicator, both thresholds included.
   *
   * @param period the period
   * @param lower the lower threshold
   * @param upper the upper threshold
   * @return the range
   */
  public static Target range(ReportingPeriod period, BigDecimal lower, BigDecimal upper) {
    return builder().period(period).kind(Kind.RANGE).lower(lower).upper(upper).build();
  }

  /**
   * Obtains an expected range from text: {@code Target.range("Q1 2013-14", "4,300", "4,500")}.
   *
   * @param period the period, in any form {@link ReportingPeriod#parse} reads
   * @param lower the lower threshold
   * @param upper the upper threshold
   * @return the range
   * @throws org.scplan.core.ValueParseException if any text cannot be read
   */
  public static Target range(String period, String lower, String upper) {
    requireNonNull(period, "period");
    requireNonNull(lower, "lower");
    requireNonNull(upper, "upper");
    return range(ReportingPeriod.parse(period), Figures.parse(lower), Figures.parse(upper));
  }

  /**
   * Obtains a placeholder: no target for the period yet, with the reason as published.
   *
   * @param period the period
   * @param reason why there is no target, such as {@code "No target available until April 2010"}
   * @return the placeholder
   */
  public static Target placeholder(ReportingPeriod period, String reason) {
    return builder().period(period).kind(Kind.PLACEHOLDER).note(reason).build();
  }

  /**
   * Obtains a placeholder from text: {@code Target.placeholder("2010/11", "Placeholder")}.
   *
   * @param period the period, in any form {@link ReportingPeriod#parse} reads
   * @param reason why there is no target
   * @return the placeholder
   * @throws org.scplan.core.ValueParseException if the period cannot be read
   */
  public static Target placeholder(String period, String reason) {
    requireNonNull(reason, "reason");
    return placeholder(ReportingPeriod.parse(period), reason);
  }

  /**
   * Returns a copy of this target with a floor (minimum standard) for its period.
   *
   * @param floor the floor
   * @return the target with that floor
   * @throws IllegalArgumentException if this is not a {@link Kind#TARGET}
   */
  public Target withFloor(BigDecimal floor) {
    return builder().from(this).floor(floor).build();
  }

  /**
   * Returns a copy of this target with a floor read from text as published: {@code withFloor("75%")}.
   *
   * @param floor the floor, such as {@code 75%} or {@code 2,000}
   * @return the target with that floor
   * @throws org.scplan.core.ValueParseException if the text cannot be read
   * @throws IllegalArgumentException if this is not a {@link Kind#TARGET}
   */
  public Target withFloor(String floor) {
    return withFloor(Figures.parse(requireNonNull(floor, "floor")));
  }

  /**
   * Returns a copy of this entry with a note.
   *
   * @param note the note
   * @return the entry with that note
   */
  public Target withNote(String note) {
    return builder().from(this).note(note).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    switch (kind()) {
      case TARGET, BASELINE -> checkArgument(value().isPresent() && lower().isEmpty() && upper().isEmpty(),
          "A %s for %s needs a value and no range", kind(), period());
      case RANGE -> checkArgument(lower().isPresent() && upper().isPresent() && value().isEmpty(),
          "A RANGE for %s needs a lower and an upper threshold and no value", period());
      case PLACEHOLDER -> checkArgument(value().isEmpty() && lower().isEmpty() && upper().isEmpty()
              && note().filter(n -> !n.isBlank()).isPresent(),
          "A PLACEHOLDER for %s needs a reason and no value", period());
    }
    checkArgument(floor().isEmpty() || kind() == Kind.TARGET,
        "Only a TARGET has a floor, not a %s (for %s)", kind(), period());
  }

  /**
   * Returns the entry as text: {@code 2010-11: target 79}, {@code Q1 2013-14: target 80.0, floor
   * 75.0}, {@code 2018-19: baseline 10,348}, {@code Q1 2013-14: expected range 4,300 to 4,500},
   * {@code 2010-11: no target (No target available until April 2010)}.
   *
   * @return the entry as text
   */
  @Override
  public String toString() {
    String what = switch (kind()) {
      case TARGET -> "target " + PrintedFigures.grouped(value().orElseThrow())
          + floor().map(f -> ", floor " + PrintedFigures.grouped(f)).orElse("");
      case BASELINE -> "baseline " + PrintedFigures.grouped(value().orElseThrow());
      case RANGE -> "expected range " + PrintedFigures.grouped(lower().orElseThrow()) + " to "
          + PrintedFigures.grouped(upper().orElseThrow());
      case PLACEHOLDER -> "no target";
    };
    String note = note().map(n -> " (" + n + ")").orElse("");
    return period() + ": " + what + note;
  }

  /** Builds a {@link Target}. */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }
}
