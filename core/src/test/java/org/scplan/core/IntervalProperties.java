package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class IntervalProperties {

  /** An interval and a value in it. */
  record Member(Interval interval, BigDecimal value) {}

  private static final BigDecimal LIMIT = new BigDecimal("1000000000");

  private static Arbitrary<BigDecimal> decimal(BigDecimal min, BigDecimal max) {
    return Arbitraries.bigDecimals().between(min, max).ofScale(3);
  }

  @Provide
  Arbitrary<Member> member() {
    return Combinators.combine(decimal(LIMIT.negate(), LIMIT), decimal(BigDecimal.ZERO, LIMIT))
        .flatAs((lower, width) -> decimal(BigDecimal.ZERO, width)
            .map(offset -> new Member(Interval.closed(lower, lower.add(width)), lower.add(offset))));
  }

  @Provide
  Arbitrary<Interval> interval() {
    return member().map(Member::interval);
  }

  @Property(tries = 300)
  void theSumOfMembersIsAMemberOfTheSum(@ForAll("member") Member x, @ForAll("member") Member y) {
    assertThat(x.interval().plus(y.interval()).contains(x.value().add(y.value()))).isTrue();
  }

  @Property(tries = 300)
  void theDifferenceOfMembersIsAMemberOfTheDifference(@ForAll("member") Member x, @ForAll("member") Member y) {
    assertThat(x.interval().minus(y.interval()).contains(x.value().subtract(y.value()))).isTrue();
  }

  @Property(tries = 300)
  void theNegatedMemberIsAMemberOfTheNegation(@ForAll("member") Member x) {
    assertThat(x.interval().negated().contains(x.value().negate())).isTrue();
    assertThat(x.interval().negated().negated()).isEqualTo(x.interval());
  }

  @Property(tries = 300)
  void theSumIsTheTightestInterval(@ForAll("interval") Interval x, @ForAll("interval") Interval y) {
    Interval sum = x.plus(y);
    assertThat(sum.lower()).isEqualByComparingTo(x.lower().add(y.lower()));
    assertThat(sum.upper()).isEqualByComparingTo(x.upper().add(y.upper()));
    assertThat(sum.width()).isEqualByComparingTo(x.width().add(y.width()));
    assertThat(y.plus(x)).isEqualTo(sum);
    assertThat(x.minus(y)).isEqualTo(x.plus(y.negated()));
  }

  @Property(tries = 300)
  void boundsAndMidpointAreMembers(@ForAll("interval") Interval x) {
    assertThat(x.contains(x.lower())).isTrue();
    assertThat(x.contains(x.upper())).isTrue();
    assertThat(x.contains(x.midpoint())).isTrue();
    assertThat(x.width().signum()).isNotNegative();
  }

  @Property(tries = 300)
  void overlappingIsSymmetricAndMeansNoGap(@ForAll("interval") Interval x, @ForAll("interval") Interval y) {
    assertThat(x.overlaps(y)).isEqualTo(y.overlaps(x));
    assertThat(x.gapTo(y)).isEqualByComparingTo(y.gapTo(x));
    assertThat(x.gapTo(y).signum() == 0).isEqualTo(x.overlaps(y));
    // Two intervals share a value exactly when their difference contains zero.
    assertThat(x.minus(y).contains(BigDecimal.ZERO)).isEqualTo(x.overlaps(y));
  }

  @Property(tries = 300)
  void aMemberOverlapsItsInterval(@ForAll("member") Member x) {
    assertThat(Interval.point(x.value()).overlaps(x.interval())).isTrue();
    assertThat(x.interval().gapTo(Interval.point(x.value()))).isZero();
  }

  @Property(tries = 300)
  void theGapIsTheDistanceBetweenTheNearerBounds(@ForAll("interval") Interval x, @ForAll("interval") Interval y) {
    BigDecimal gap = x.gapTo(y);
    if (gap.signum() > 0) {
      BigDecimal a = y.lower().subtract(x.upper());
      BigDecimal b = x.lower().subtract(y.upper());
      assertThat(gap).isEqualByComparingTo(a.max(b));
    }
  }
}
