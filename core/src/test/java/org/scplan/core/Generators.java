package org.scplan.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Constrained jqwik generators for the kernel's values: each produces only valid values, over the
 * whole range the type accepts, so that no property needs a filter.
 */
final class Generators {
  private Generators() {}

  /** Largest magnitude of a generated printed figure's digits (twelve digits). */
  static final long FIGURE_DIGITS = 999_999_999_999L;

  /** Any amount of money, the extremes included. */
  static Arbitrary<Money> money() {
    return Arbitraries.longs().map(Money::ofPennies);
  }

  /** Amounts small enough that adding or subtracting two of them cannot overflow. */
  static Arbitrary<Money> moderateMoney() {
    return Arbitraries.longs().between(Long.MIN_VALUE / 4, Long.MAX_VALUE / 4).map(Money::ofPennies);
  }

  /**
   * Published money figures in every unit at every precision the type accepts: from a trillionth
   * of a pound to the nearest trillion pounds, negatives included.
   */
  static Arbitrary<ReportedAmount> reportedAmount() {
    return reportedAmount(AmountUnit.values());
  }

  /** Published money figures in the given units, at every precision the type accepts. */
  static Arbitrary<ReportedAmount> reportedAmount(AmountUnit... units) {
    return Arbitraries.of(units).flatMap(unit -> Combinators.combine(
            Arbitraries.longs().between(-FIGURE_DIGITS, FIGURE_DIGITS),
            Arbitraries.integers().between(unit.exponent() - 12, unit.exponent() + 12))
        .as((digits, decimals) ->
            ReportedAmount.of(new BigDecimal(BigInteger.valueOf(digits), decimals), unit, decimals)));
  }

  /** Published plain figures at every precision the type accepts, negatives included. */
  static Arbitrary<ReportedNumber> reportedNumber() {
    return Combinators.combine(
            Arbitraries.longs().between(-FIGURE_DIGITS, FIGURE_DIGITS),
            Arbitraries.integers().between(-12, 12))
        .as((digits, decimals) ->
            ReportedNumber.of(new BigDecimal(BigInteger.valueOf(digits), decimals), decimals));
  }

  /** Every financial year the type accepts. */
  static Arbitrary<FinancialYear> financialYear() {
    return Arbitraries.integers().between(FinancialYear.MIN_YEAR, FinancialYear.MAX_YEAR)
        .map(FinancialYear::of);
  }

  /** Every financial year that has a next one. */
  static Arbitrary<FinancialYear> financialYearWithNext() {
    return Arbitraries.integers().between(FinancialYear.MIN_YEAR, FinancialYear.MAX_YEAR - 1)
        .map(FinancialYear::of);
  }

  /** Every quarter of every financial year. */
  static Arbitrary<FinancialQuarter> financialQuarter() {
    return Combinators.combine(financialYear(), Arbitraries.integers().between(1, 4))
        .as(FinancialQuarter::of);
  }

  /** The first month {@link CalendarMonth} accepts: April 1000, the start of financial year 1000-01. */
  static final YearMonth FIRST_MONTH = YearMonth.of(FinancialYear.MIN_YEAR, 4);

  /** The last month {@link CalendarMonth} accepts: March 9999, the end of financial year 9998-99. */
  static final YearMonth LAST_MONTH = YearMonth.of(FinancialYear.MAX_YEAR + 1, 3);

  /** Every month the type accepts. */
  static Arbitrary<CalendarMonth> calendarMonth() {
    long months = ChronoUnit.MONTHS.between(FIRST_MONTH, LAST_MONTH);
    return Arbitraries.longs().between(0, months).map(i -> CalendarMonth.of(FIRST_MONTH.plusMonths(i)));
  }

  /** Every academic year the type accepts. */
  static Arbitrary<AcademicYear> academicYear() {
    return Arbitraries.integers().between(FinancialYear.MIN_YEAR, FinancialYear.MAX_YEAR)
        .map(AcademicYear::of);
  }

  /** Every term of every academic year. */
  static Arbitrary<AcademicTerm> academicTerm() {
    return Combinators.combine(academicYear(), Arbitraries.of(AcademicTerm.Term.class))
        .as(AcademicTerm::of);
  }

  /** Every reporting period, of every kind. */
  static Arbitrary<ReportingPeriod> reportingPeriod() {
    return Arbitraries.oneOf(financialYear(), financialQuarter(), calendarMonth(), academicYear(),
        academicTerm());
  }

  /**
   * Weights for {@link Money#allocate(long...)}: up to 20, none negative, at least one positive,
   * zeros and huge weights included.
   */
  static Arbitrary<long[]> weights() {
    Arbitrary<Long> weight = Arbitraries.oneOf(
        Arbitraries.longs().between(0, 10),
        Arbitraries.longs().between(0, 1_000_000),
        Arbitraries.longs().between(0, Long.MAX_VALUE));
    Arbitrary<Long> positive = Arbitraries.oneOf(
        Arbitraries.longs().between(1, 10),
        Arbitraries.longs().between(1, Long.MAX_VALUE));
    return weight.list().ofMaxSize(19).flatMap(others -> Combinators.combine(
            positive, Arbitraries.integers().between(0, others.size()))
        .as((p, at) -> {
          List<Long> all = new ArrayList<>(others);
          all.add(at, p);
          return all.stream().mapToLong(Long::longValue).toArray();
        }));
  }

  /**
   * A valid organisation tree of up to 30 units, listed in any order: each unit's parent is a unit
   * generated before it (so there are no cycles), and the list is then shuffled.
   */
  static Arbitrary<List<OrgUnit>> orgTree() {
    return orgTree(1);
  }

  /** A valid organisation tree, as {@link #orgTree()}, in which at least one unit has a parent. */
  static Arbitrary<List<OrgUnit>> orgTreeWithAParent() {
    return orgTree(2);
  }

  private static Arbitrary<List<OrgUnit>> orgTree(int minSize) {
    return Arbitraries.integers().between(minSize, 30).flatMap(size ->
        Arbitraries.integers().between(-1, size - 1).list().ofSize(size).flatMap(parentPicks -> {
          List<OrgUnit> units = new ArrayList<>(size);
          for (int i = 0; i < size; i++) {
            // Unit i takes a parent among units 0..i-1, or none when the pick is out of reach;
            // unit 1 always takes unit 0, so a tree of two or more units has a parent somewhere.
            int pick = i == 1 ? 0 : parentPicks.get(i);
            OrgLevel level = OrgLevel.values()[Math.min(i, OrgLevel.values().length - 1)];
            OrgUnit unit = OrgUnit.of("u" + i, "Unit " + i, level);
            units.add(pick >= 0 && pick < i ? unit.withParent("u" + pick) : unit);
          }
          return Arbitraries.shuffle(units);
        }));
  }
}
