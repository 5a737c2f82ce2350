package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class MoneyProperties {

  @Provide
  Arbitrary<Money> money() {
    return Generators.money();
  }

  @Provide
  Arbitrary<Money> moderate() {
    return Generators.moderateMoney();
  }

  @Provide
  Arbitrary<long[]> weights() {
    return Generators.weights();
  }

  @Property
  void parseIsTheInverseOfToString(@ForAll("money") Money m) {
    assertThat(Money.parse(m.toString())).isEqualTo(m);
  }

  @Property
  void ofIsTheInverseOfToPounds(@ForAll("money") Money m) {
    assertThat(Money.of(m.toPounds())).isEqualTo(m);
    assertThat(m.toPounds().scale()).isEqualTo(2);
  }

  @Property
  void plusIsExactOrOverflows(@ForAll("money") Money a, @ForAll("money") Money b) {
    BigInteger exact = BigInteger.valueOf(a.toPennies()).add(BigInteger.valueOf(b.toPennies()));
    if (exact.bitLength() < 64) {
      assertThat(a.plus(b).toPennies()).isEqualTo(exact.longValueExact());
      assertThat(b.plus(a)).isEqualTo(a.plus(b));
    } else {
      assertThatThrownBy(() -> a.plus(b)).isInstanceOf(ArithmeticException.class);
    }
  }

  @Property
  void minusUndoesPlus(@ForAll("moderate") Money a, @ForAll("moderate") Money b) {
    assertThat(a.plus(b).minus(b)).isEqualTo(a);
    assertThat(a.minus(b)).isEqualTo(a.plus(b.negated()));
    assertThat(a.negated().negated()).isEqualTo(a);
  }

  @Property
  void multipliedByIsRepeatedAddition(@ForAll("moderate") Money a, @ForAll @LongRange(min = -3, max = 3) long n) {
    Money sum = Money.ZERO;
    for (int i = 0; i < Math.abs(n); i++) {
      sum = sum.plus(a);
    }
    assertThat(a.multipliedBy(n)).isEqualTo(n < 0 ? sum.negated() : sum);
  }

  @Property
  void dividedByFloorBracketsTheQuotient(@ForAll("moderate") Money a,
      @ForAll @LongRange(min = 1, max = 1_000_000) long divisor) {
    Money q = a.dividedBy(divisor, RoundingMode.FLOOR);
    // q·d ≤ a < (q + 1p)·d
    assertThat(q.multipliedBy(divisor)).isLessThanOrEqualTo(a);
    assertThat(q.plus(Money.ofPennies(1)).multipliedBy(divisor)).isGreaterThan(a);
    assertThat(a.dividedBy(BigDecimal.valueOf(divisor), RoundingMode.FLOOR)).isEqualTo(q);
  }

  @Property
  void allocatedPartsAddUpExactlyToTheWhole(@ForAll("money") Money whole,
      @ForAll("weights") long[] weights) {
    List<Money> parts = whole.allocate(weights);
    assertThat(parts).hasSize(weights.length);
    assertThat(Money.total(parts)).isEqualTo(whole);
  }

  @Property
  void eachPartIsWithinOnePennyOfItsExactShare(@ForAll("money") Money whole,
      @ForAll("weights") long[] weights) {
    List<Money> parts = whole.allocate(weights);
    BigInteger total = BigInteger.ZERO;
    for (long w : weights) {
      total = total.add(BigInteger.valueOf(w));
    }
    for (int i = 0; i < weights.length; i++) {
      // |part − whole·w/total| < 1p  ⇔  |part·total − whole·w| < total
      BigInteger scaledPart = BigInteger.valueOf(parts.get(i).toPennies()).multiply(total);
      BigInteger scaledShare = BigInteger.valueOf(whole.toPennies()).multiply(BigInteger.valueOf(weights[i]));
      assertThat(scaledPart.subtract(scaledShare).abs()).as("part %s of %s", i, parts).isLessThan(total);
      if (weights[i] == 0) {
        assertThat(parts.get(i)).isEqualTo(Money.ZERO);
      } else {
        assertThat(Long.signum(parts.get(i).toPennies())).isIn(0, Long.signum(whole.toPennies()));
      }
    }
  }

  @Property
  void allocatingANegatedAmountNegatesEveryPart(@ForAll("moderate") Money whole,
      @ForAll("weights") long[] weights) {
    assertThat(whole.negated().allocate(weights))
        .containsExactlyElementsOf(whole.allocate(weights).stream().map(Money::negated).toList());
  }
}
