package org.scplan.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.scplan.core.Polarity;
import org.scplan.core.Rag;

/** Laws every RAG rule obeys, whatever the figures. */
class RagRulePropertiesTest {

  @Provide
  Arbitrary<BigDecimal> figures() {
    return Arbitraries.integers().between(0, 3).flatMap(scale -> Arbitraries.bigDecimals()
        .between(new BigDecimal("-100000"), new BigDecimal("100000")).ofScale(scale));
  }

  @Provide
  Arbitrary<BigDecimal> optionalFloors() {
    return figures().injectNull(0.3);
  }

  @Provide
  Arbitrary<BigDecimal> improvements() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50000")).ofScale(3);
  }

  @Provide
  Arbitrary<RagRule> rules() {
    return Arbitraries.oneOf(
        Arbitraries.just(RagRule.kentFloor()),
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50")).ofScale(1).map(RagRule::tolerance),
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(2).map(RagRule::margin));
  }

  @Provide
  Arbitrary<Polarity> polarities() {
    return Arbitraries.of(Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER);
  }

  @Property
  void improvingAValueNeverWorsensItsRag(@ForAll("rules") RagRule rule, @ForAll("polarities") Polarity polarity,
      @ForAll("figures") BigDecimal actual, @ForAll("figures") BigDecimal target,
      @ForAll("optionalFloors") BigDecimal floor, @ForAll("improvements") BigDecimal improvement) {
    BigDecimal better = polarity == Polarity.HIGHER_IS_BETTER ? actual.add(improvement) : actual.subtract(improvement);
    Rag before = rule.rate(polarity, actual, target, floor);
    Rag after = rule.rate(polarity, better, target, floor);
    assertThat(after.isWorseThan(before)).as("%s then %s", before, after).isFalse();
  }

  @Property
  void flippingPolarityAndMirroringTheValuesMirrorsTheVerdict(@ForAll("rules") RagRule rule,
      @ForAll("polarities") Polarity polarity, @ForAll("figures") BigDecimal actual,
      @ForAll("figures") BigDecimal target, @ForAll("optionalFloors") BigDecimal floor) {
    Rag verdict = rule.rate(polarity, actual, target, floor);
    Rag mirrored = rule.rate(polarity.reversed(), actual.negate(), target.negate(), floor == null ? null : floor.negate());
    assertThat(mirrored).isEqualTo(verdict);
  }

  @Property
  void aResultEqualToItsTargetIsGreenAtAnyScale(@ForAll("rules") RagRule rule, @ForAll("polarities") Polarity polarity,
      @ForAll("figures") BigDecimal target, @ForAll("optionalFloors") BigDecimal floor) {
    assertThat(rule.rate(polarity, target, target, floor)).isEqualTo(Rag.GREEN);
    assertThat(rule.rate(polarity, target.setScale(target.scale() + 2), target, floor)).isEqualTo(Rag.GREEN);
  }

  @Property
  void kentFloorBoundariesAreExactlyAsDocumented(@ForAll("polarities") Polarity polarity,
      @ForAll("figures") BigDecimal target, @ForAll("improvements") BigDecimal gap,
      @ForAll("improvements") BigDecimal within) {
    // A floor `gap` worse than the target; a result strictly between them; one on the floor; one a hair worse.
    int sign = polarity == Polarity.HIGHER_IS_BETTER ? 1 : -1;
    BigDecimal floor = target.subtract(gap.multiply(BigDecimal.valueOf(sign)));
    BigDecimal hair = BigDecimal.ONE.movePointLeft(Math.max(floor.scale(), 0) + 3);
    BigDecimal justWorseThanFloor = floor.subtract(hair.multiply(BigDecimal.valueOf(sign)));
    BigDecimal justWorseThanTarget = target.subtract(hair.multiply(BigDecimal.valueOf(sign)));
    RagRule kent = RagRule.kentFloor();

    assertThat(kent.rate(polarity, floor, target, floor)).isEqualTo(gap.signum() == 0 ? Rag.GREEN : Rag.AMBER);
    assertThat(kent.rate(polarity, justWorseThanFloor, target, floor)).isEqualTo(Rag.RED);
    if (gap.compareTo(hair) >= 0) {
      assertThat(kent.rate(polarity, justWorseThanTarget, target, floor)).isEqualTo(Rag.AMBER);
    }
    if (within.compareTo(gap) < 0 && within.signum() > 0) {
      BigDecimal between = target.subtract(within.multiply(BigDecimal.valueOf(sign)));
      assertThat(kent.rate(polarity, between, target, floor)).isEqualTo(Rag.AMBER);
    }
  }

  @Property
  void toleranceAndMarginBoundariesAreInclusive(@ForAll("rules") RagRule rule, @ForAll("polarities") Polarity polarity,
      @ForAll("figures") BigDecimal target) {
    if (rule.usesFloor()) {
      return;
    }
    BigDecimal limit = rule.amberLimit(polarity, target, null).orElseThrow();
    BigDecimal hair = BigDecimal.ONE.movePointLeft(Math.max(limit.scale(), 0) + 3);
    BigDecimal beyond = polarity == Polarity.HIGHER_IS_BETTER ? limit.subtract(hair) : limit.add(hair);
    boolean noAllowance = limit.compareTo(target) == 0;
    assertThat(rule.rate(polarity, limit, target, null)).isEqualTo(noAllowance ? Rag.GREEN : Rag.AMBER);
    assertThat(rule.rate(polarity, beyond, target, null)).isEqualTo(Rag.RED);
  }

  @Property
  void ruleNamesParseBack(@ForAll("rules") RagRule rule) {
    assertThat(RagRule.parse(rule.toString())).isEqualTo(rule);
    assertThat(RagRule.of(rule.kind(), rule.tolerancePercent().or(rule::margin).orElse(null))).isEqualTo(rule);
  }

  @Property
  void directionOfTravelMirrors(@ForAll("polarities") Polarity polarity, @ForAll("figures") BigDecimal earlier,
      @ForAll("figures") BigDecimal later) {
    DirectionOfTravel direction = DirectionOfTravel.of(polarity, earlier, later);
    assertThat(DirectionOfTravel.of(polarity.reversed(), earlier.negate(), later.negate())).isEqualTo(direction);
    assertThat(direction == DirectionOfTravel.IMPROVING).isEqualTo(polarity.isBetter(later, earlier));
    DirectionOfTravel plain = DirectionOfTravel.of(Polarity.NONE, earlier, later);
    assertThat(plain).isIn(DirectionOfTravel.INCREASING, DirectionOfTravel.DECREASING, DirectionOfTravel.NO_CHANGE);
    assertThat(plain == DirectionOfTravel.NO_CHANGE).isEqualTo(direction == DirectionOfTravel.NO_CHANGE);
  }

  @Provide
  Arbitrary<IndicatorUnit> units() {
    return Arbitraries.oneOf(
        Arbitraries.of(IndicatorUnit.PERCENTAGE, IndicatorUnit.COUNT, IndicatorUnit.RATIO),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(IndicatorUnit::count),
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(IndicatorUnit::average),
        Arbitraries.of(org.scplan.core.AmountUnit.values()).map(IndicatorUnit::money),
        Combinators.combine(Arbitraries.longs().between(1, Long.MAX_VALUE),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).injectNull(0.5)).as(IndicatorUnit::rate));
  }

  @Property
  void unitsParseBack(@ForAll("units") IndicatorUnit unit) {
    assertThat(IndicatorUnit.parse(unit.toString())).isEqualTo(unit);
  }
}
