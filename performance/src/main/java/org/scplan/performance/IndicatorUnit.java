package org.scplan.performance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scplan.core.AmountUnit;
import org.scplan.core.PrintedFigures;
import org.scplan.core.ValueParseException;
import org.scplan.performance.internal.Figures;

/**
 * What an indicator's values are measured in: a percentage, a count (of clients, of episodes), a
 * rate per some population, an average (hours, days), money, or a ratio.
 *
 * <p>The unit prints values the way the plans do: {@code 78.5%}, {@code 11,548},
 * {@code 12.5 per 100,000}, {@code 10.44 hours}, {@code £132k}. Money values are held in pounds
 * and printed in the unit's {@link AmountUnit}. A count may name what it counts ({@code count of
 * episodes}), which is how the Kent ASC blueprint 2012's figure types "Client Snapshot" and "Cumulative Episodes
 * (financial year)" are told apart, together with the indicator's {@link Basis}.
 *
 * <p>{@link #toString()} is canonical ({@code %}, {@code count}, {@code count of clients},
 * {@code per 100,000 population}, {@code average hours}, {@code £'000}, {@code ratio}) and
 * {@link #parse(CharSequence)} is its exact inverse.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorUnit implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern COUNT_FORM = Pattern.compile("(?i)^count(?:\\s+of\\s+(.+))?$");
  private static final Pattern RATE_FORM = Pattern.compile("(?i)^(?:rate\\s+)?per\\s+([0-9][0-9,]*)(?:\\s+(.+))?$");
  private static final Pattern AVERAGE_FORM = Pattern.compile("(?i)^average\\s+(.+)$");

  /** The kinds of unit. */
  public enum Kind {
    /** A percentage, 0 to 100: {@code 78.5%}. */
    PERCENTAGE,
    /** A count of people, episodes or events: {@code 11,548}. */
    COUNT,
    /** A rate per some number of a population: {@code 12.5 per 100,000}. */
    RATE,
    /** An average quantity, such as hours of home care: {@code 10.44 hours}. */
    AVERAGE,
    /** An amount of money, held in pounds: {@code £132k}. */
    MONEY,
    /** A ratio of a numerator to a denominator, as a plain number: {@code 0.88}. */
    RATIO
  }

  /** A percentage. */
  public static final IndicatorUnit PERCENTAGE = new IndicatorUnit(Kind.PERCENTAGE, null, null, null);

  /** A count of something unnamed. */
  public static final IndicatorUnit COUNT = new IndicatorUnit(Kind.COUNT, null, null, null);

  /** A ratio. */
  public static final IndicatorUnit RATIO = new IndicatorUnit(Kind.RATIO, null, null, null);

  private final Kind kind;
  private final String noun;
  private final BigDecimal per;
  private final AmountUnit amountUnit;

  private IndicatorUnit(Kind kind, String noun, BigDecimal per, AmountUnit amountUnit) {
    this.kind = kind;
    this.noun = noun;
    this.per = per;
    this.amountUnit = amountUnit;
  }

  /**
   * Obtains a count of something named: {@code count("clients")}, {@code count("episodes")}.
   *
   * @param noun what is counted, in the plural, not blank
   * @return the unit
   */
  public static IndicatorUnit count(String noun) {
    return new IndicatorUnit(Kind.COUNT, checkNoun(noun), null, null);
  }

  /**
   * Obtains a rate per some number of a population: {@code rate(100000, "population")} prints
   * {@code per 100,000 population}.
   *
   * @param per the size of population the rate is per, positive and whole
   * @param noun what the population is, or null for none
   * @return the unit
   * @throws IllegalArgumentException if {@code per} is not a positive whole number
   */
  public static IndicatorUnit rate(long per, String noun) {
    checkArgument(per > 0, "Invalid rate base (valid values 1 or more): %s", per);
    return new IndicatorUnit(Kind.RATE, noun == null ? null : checkNoun(noun), BigDecimal.valueOf(per), null);
  }

  /**
   * Obtains an average of a quantity: {@code average("hours")}, {@code average("days")}.
   *
   * @param noun the quantity, in the plural, not blank
   * @return the unit
   */
  public static IndicatorUnit average(String noun) {
    return new IndicatorUnit(Kind.AVERAGE, checkNoun(noun), null, null);
  }

  /**
   * Obtains money, held in pounds and printed in the given unit: {@code money(THOUSANDS)} prints
   * 132,000 as {@code £132k}.
   *
   * @param printedIn the unit values are printed in
   * @return the unit
   */
  public static IndicatorUnit money(AmountUnit printedIn) {
    return new IndicatorUnit(Kind.MONEY, null, null, requireNonNull(printedIn, "printedIn"));
  }

  private static String checkNoun(String noun) {
    requireNonNull(noun, "noun");
    String n = noun.strip().replaceAll("\\s+", " ");
    checkArgument(!n.isEmpty(), "A unit's noun is blank");
    return n;
  }

  /**
   * Reads a unit from its canonical text: {@code %}, {@code count}, {@code count of clients},
   * {@code per 100,000 population}, {@code average hours}, {@code £}, {@code £'000}, {@code £m},
   * {@code ratio}. Also accepted: {@code percent}, {@code percentage}, {@code number}, {@code rate
   * per 1,000}.
   *
   * @param text the text
   * @return the unit
   * @throws ValueParseException if the text names no unit
   */
  public static IndicatorUnit parse(CharSequence text) {
    requireNonNull(text, "text");
    String t = text.toString().strip().replaceAll("\\s+", " ");
    String lower = t.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "%", "percent", "percentage" -> {
        return PERCENTAGE;
      }
      case "ratio" -> {
        return RATIO;
      }
      case "number" -> {
        return COUNT;
      }
      default -> {
        // read on
      }
    }
    if (t.startsWith("£")) {
      return money(AmountUnit.parse(t));
    }
    Matcher m = COUNT_FORM.matcher(t);
    if (m.matches()) {
      return m.group(1) == null ? COUNT : count(m.group(1));
    }
    m = RATE_FORM.matcher(t);
    if (m.matches()) {
      BigDecimal per = new BigDecimal(m.group(1).replace(",", ""));
      if (per.signum() > 0 && per.toBigInteger().bitLength() < 64) {
        return rate(per.longValueExact(), m.group(2));
      }
      throw new ValueParseException("a unit", text, m.start(1), "a whole number of 1 or more after \"per\"");
    }
    m = AVERAGE_FORM.matcher(t);
    if (m.matches()) {
      return average(m.group(1));
    }
    throw new ValueParseException("a unit", text, -1,
        "%, count, count of <things>, per <n> [population], average <quantity>, £, £'000, £m or ratio");
  }

  /**
   * Returns the kind of unit.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns what is counted or averaged ({@code clients}, {@code hours}) or what population a rate
   * is per.
   *
   * @return the noun, or empty if none is named
   */
  public Optional<String> noun() {
    return Optional.ofNullable(noun);
  }

  /**
   * Returns the size of population a rate is per.
   *
   * @return the base of a {@link Kind#RATE}, such as 100,000; empty for other kinds
   */
  public Optional<BigDecimal> per() {
    return Optional.ofNullable(per);
  }

  /**
   * Returns the unit money values are printed in.
   *
   * @return the amount unit of a {@link Kind#MONEY}; empty for other kinds
   */
  public Optional<AmountUnit> amountUnit() {
    return Optional.ofNullable(amountUnit);
  }

  /**
   * Checks whether this is a percentage, whose values lie between 0 and 100.
   *
   * @return true for {@link Kind#PERCENTAGE}
   */
  public boolean isPercentage() {
    return kind == Kind.PERCENTAGE;
  }

  /**
   * Returns what a ratio of a numerator to a denominator is multiplied by to give a value in this
   * unit: 100 for a percentage, the base of a rate, 1 for a ratio.
   *
   * @return the multiplier, or empty for units that are not ratios (counts, averages, money)
   */
  public Optional<BigDecimal> ratioScale() {
    return switch (kind) {
      case PERCENTAGE -> Optional.of(BigDecimal.valueOf(100));
      case RATE -> Optional.of(per);
      case RATIO -> Optional.of(BigDecimal.ONE);
      default -> Optional.empty();
    };
  }

  /**
   * Prints a value in this unit as the plans print it: {@code 78.5%}, {@code 11,548},
   * {@code 12.5 per 100,000}, {@code 10.44 hours}, {@code £132k}. The value's own decimal places
   * are kept, so {@code 80.0} prints {@code 80.0%}.
   *
   * @param value the value (in pounds, for money)
   * @return the value as text
   */
  public String format(BigDecimal value) {
    requireNonNull(value, "value");
    return switch (kind) {
      case PERCENTAGE -> PrintedFigures.grouped(value) + "%";
      case COUNT, RATIO -> PrintedFigures.grouped(value);
      case RATE -> PrintedFigures.grouped(value) + " per " + PrintedFigures.grouped(per);
      case AVERAGE -> PrintedFigures.grouped(value) + " " + noun;
      case MONEY -> {
        BigDecimal printed = amountUnit.fromPounds(value).stripTrailingZeros();
        if (printed.scale() < 0) {
          printed = printed.setScale(0);
        }
        String sign = printed.signum() < 0 ? "-" : "";
        yield sign + "£" + PrintedFigures.grouped(printed.abs()) + amountUnit.suffix();
      }
    };
  }

  /**
   * Checks whether another object is the same unit.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(Object obj) {
    return obj instanceof IndicatorUnit o && o.kind == kind && Objects.equals(o.noun, noun)
        && Objects.equals(o.per, per) && o.amountUnit == amountUnit;
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(kind, noun, per, amountUnit);
  }

  /**
   * Returns the canonical text: {@code %}, {@code count of clients}, {@code per 100,000
   * population}, {@code average hours}, {@code £'000}, {@code ratio}.
   *
   * @return the unit as text, read back by {@link #parse(CharSequence)}
   */
  @Override
  public String toString() {
    return switch (kind) {
      case PERCENTAGE -> "%";
      case COUNT -> noun == null ? "count" : "count of " + noun;
      case RATE -> "per " + PrintedFigures.grouped(per) + (noun == null ? "" : " " + noun);
      case AVERAGE -> "average " + noun;
      case MONEY -> amountUnit.label();
      case RATIO -> "ratio";
    };
  }
}
