package org.scplan.performance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scplan.core.Polarity;
import org.scplan.core.Rag;
import org.scplan.core.ValueParseException;

/**
 * A rule that rates a result against its target RED, AMBER or GREEN, held as data: a
 * {@linkplain #kind() kind} and at most one parameter, a tolerance in percent or an absolute
 * margin. A rule has a short name for files and command lines: {@code kent-floor},
 * {@code tolerance-10}, {@code margin-2.5}.
 *
 * <p>In every rule "better" and "worse" follow the indicator's {@link Polarity}, and a result
 * exactly equal to its target is GREEN. Below, "missed by" is how far the result is worse than the
 * target.
 *
 * <ul>
 *   <li>{@link Kind#FLOOR}, Kent's rule (the Kent FSC monitoring 2013-14, 4.3): GREEN when the target is achieved or
 *       exceeded; AMBER when worse than the target but at or better than the floor (the minimum
 *       standard), so a result exactly on the floor is AMBER; RED when worse than the floor. With
 *       no floor set, nothing can be below a minimum standard that was never defined, so every
 *       result worse than target is AMBER. A floor on the wrong side of its target leaves no AMBER
 *       band: every miss is RED (and checking the set reports the floor).
 *   <li>{@link Kind#TOLERANCE}: AMBER when missed by no more than the given percent of the target
 *       (of its absolute value), RED beyond; a miss of exactly that percent is AMBER. A common
 *       council rule is 10%. Floors are not used.
 *   <li>{@link Kind#MARGIN}: AMBER when missed by no more than an absolute margin in the
 *       indicator's unit (2.5 percentage points, say), RED beyond; a miss of exactly the margin is
 *       AMBER. Floors are not used.
 * </ul>
 *
 * <p>All comparisons are exact ({@link BigDecimal#compareTo}): 78.5 against 80.0 is decided on the
 * figures as published, with no rounding. {@link #rate} allocates nothing for the floor rule.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RagRule implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern NAMED = Pattern.compile("^(tolerance|margin)-([0-9]+(?:\\.[0-9]+)?)%?$");
  private static final RagRule KENT_FLOOR = new RagRule(Kind.FLOOR, null);

  /** The kinds of rule. */
  public enum Kind {
    /** Kent's rule: target, then floor (minimum standard). */
    FLOOR,
    /** AMBER within a percentage of the target. */
    TOLERANCE,
    /** AMBER within an absolute margin of the target. */
    MARGIN
  }

  private final Kind kind;
  private final BigDecimal parameter;

  private RagRule(Kind kind, BigDecimal parameter) {
    this.kind = kind;
    this.parameter = parameter;
  }

  /**
   * Obtains Kent's floor rule (the Kent FSC monitoring 2013-14, 4.3), named {@code kent-floor}.
   *
   * @return the rule
   */
  public static RagRule kentFloor() {
    return KENT_FLOOR;
  }

  /**
   * Obtains a tolerance rule: AMBER when missed by no more than {@code percent}% of the target.
   *
   * @param percent the tolerance in percent, not negative: {@code 10} for 10%
   * @return the rule, named {@code tolerance-10}
   * @throws IllegalArgumentException if the percent is negative
   */
  public static RagRule tolerance(BigDecimal percent) {
    return of(Kind.TOLERANCE, percent);
  }

  /**
   * Obtains a tolerance rule of a whole number of percent.
   *
   * @param percent the tolerance in percent, not negative
   * @return the rule
   * @throws IllegalArgumentException if the percent is negative
   */
  public static RagRule tolerance(long percent) {
    return tolerance(BigDecimal.valueOf(percent));
  }

  /**
   * Obtains a margin rule: AMBER when missed by no more than an absolute margin.
   *
   * @param margin the margin in the indicator's unit, not negative
   * @return the rule, named {@code margin-2.5}
   * @throws IllegalArgumentException if the margin is negative
   */
  public static RagRule margin(BigDecimal margin) {
    return of(Kind.MARGIN, margin);
  }

  /**
   * Obtains a rule from its fields, as a file format stores it.
   *
   * @param kind the kind
   * @param parameter the tolerance in percent for {@link Kind#TOLERANCE}, the margin for
   *     {@link Kind#MARGIN}, null for {@link Kind#FLOOR}
   * @return the rule
   * @throws IllegalArgumentException if the parameter is missing, negative, or given for the floor
   *     rule
   */
  public static RagRule of(Kind kind, BigDecimal parameter) {
    requireNonNull(kind, "kind");
    if (kind == Kind.FLOOR) {
      checkArgument(parameter == null, "The floor rule takes no parameter, but was given %s", parameter);
      return KENT_FLOOR;
    }
    requireNonNull(parameter, kind == Kind.TOLERANCE ? "percent" : "margin");
    checkArgument(parameter.signum() >= 0, "Invalid %s (valid values 0 or more): %s",
        kind == Kind.TOLERANCE ? "tolerance percent" : "margin", parameter);
    BigDecimal p = parameter.stripTrailingZeros();
    return new RagRule(kind, p.scale() < 0 ? p.setScale(0) : p);
  }

  /**
   * Reads a rule from its name: {@code kent-floor} (also {@code floor}, {@code kent}),
   * {@code tolerance-10} (also {@code tolerance-10%}), {@code margin-2.5}. Case is ignored.
   *
   * @param text the name
   * @return the rule
   * @throws ValueParseException if the text names no rule
   */
  public static RagRule parse(CharSequence text) {
    requireNonNull(text, "text");
    String t = text.toString().strip().toLowerCase(Locale.ROOT);
    if (t.equals("kent-floor") || t.equals("floor") || t.equals("kent")) {
      return KENT_FLOOR;
    }
    Matcher m = NAMED.matcher(t);
    if (m.matches() && m.group(2).length() <= 30) {
      return of(m.group(1).equals("tolerance") ? Kind.TOLERANCE : Kind.MARGIN, new BigDecimal(m.group(2)));
    }
    throw new ValueParseException("a RAG rule", text, -1,
        "kent-floor, tolerance-<percent> (such as tolerance-10) or margin-<amount> (such as margin-2.5)");
  }

  /**
   * Returns the kind of rule.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the tolerance of a {@link Kind#TOLERANCE} rule.
   *
   * @return the percent, such as 10; empty for other kinds
   */
  public Optional<BigDecimal> tolerancePercent() {
    return kind == Kind.TOLERANCE ? Optional.of(parameter) : Optional.empty();
  }

  /**
   * Returns the margin of a {@link Kind#MARGIN} rule.
   *
   * @return the margin; empty for other kinds
   */
  public Optional<BigDecimal> margin() {
    return kind == Kind.MARGIN ? Optional.of(parameter) : Optional.empty();
  }

  /**
   * Returns the rule's short name: {@code kent-floor}, {@code tolerance-10}, {@code margin-2.5}.
   *
   * @return the name, read back by {@link #parse(CharSequence)}
   */
  public String name() {
    return switch (kind) {
      case FLOOR -> "kent-floor";
      case TOLERANCE -> "tolerance-" + parameter.toPlainString();
      case MARGIN -> "margin-" + parameter.toPlainString();
    };
  }

  /**
   * Checks whether this rule uses the floor (minimum standard).
   *
   * @return true for {@link Kind#FLOOR}
   */
  public boolean usesFloor() {
    return kind == Kind.FLOOR;
  }

  /**
   * Rates a result against its target.
   *
   * @param polarity which way is better; not {@link Polarity#NONE}
   * @param actual the result
   * @param target the target
   * @param floor the floor (minimum standard), or null if none; only the floor rule uses it
   * @return the rating
   * @throws IllegalArgumentException if the polarity is {@link Polarity#NONE}, for which no rule
   *     can say what "below target" means
   */
  public Rag rate(Polarity polarity, BigDecimal actual, BigDecimal target, BigDecimal floor) {
    requireNonNull(polarity, "polarity");
    requireNonNull(actual, "actual");
    requireNonNull(target, "target");
    checkArgument(polarity != Polarity.NONE, "Cannot rate an indicator with no polarity");
    if (polarity.compare(actual, target) >= 0) {
      return Rag.GREEN;
    }
    if (kind == Kind.FLOOR) {
      return floor == null || polarity.compare(actual, floor) >= 0 ? Rag.AMBER : Rag.RED;
    }
    BigDecimal missedBy = target.subtract(actual).abs();
    return missedBy.compareTo(amberAllowance(target)) <= 0 ? Rag.AMBER : Rag.RED;
  }

  /**
   * Returns the worst result that is still AMBER under this rule: the floor for the floor rule,
   * the target less (or, for lower is better, plus) the tolerance or margin otherwise.
   *
   * @param polarity which way is better; not {@link Polarity#NONE}
   * @param target the target
   * @param floor the floor, or null if none
   * @return the limit of the AMBER band, or empty for the floor rule with no floor
   * @throws IllegalArgumentException if the polarity is {@link Polarity#NONE}
   */
  public Optional<BigDecimal> amberLimit(Polarity polarity, BigDecimal target, BigDecimal floor) {
    requireNonNull(polarity, "polarity");
    requireNonNull(target, "target");
    checkArgument(polarity != Polarity.NONE, "Cannot rate an indicator with no polarity");
    if (kind == Kind.FLOOR) {
      return Optional.ofNullable(floor);
    }
    BigDecimal allowance = amberAllowance(target);
    return Optional.of(polarity == Polarity.HIGHER_IS_BETTER ? target.subtract(allowance) : target.add(allowance));
  }

  private BigDecimal amberAllowance(BigDecimal target) {
    return kind == Kind.TOLERANCE ? target.abs().multiply(parameter).movePointLeft(2) : parameter;
  }

  /**
   * Checks whether another object is the same rule.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof RagRule o && o.kind == kind
        && (parameter == null ? o.parameter == null : o.parameter != null && o.parameter.compareTo(parameter) == 0);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + (parameter == null ? 0 : parameter.hashCode());
  }

  /**
   * Returns the rule's short name, as {@link #name()}.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name();
  }
}
