package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReportedAmountProperties {

  @Provide
  Arbitrary<ReportedAmount> amount() {
    return Generators.reportedAmount();
  }

  @Provide
  Arbitrary<Money> money() {
    return Generators.money();
  }

  @Property
  void parseIsTheInverseOfToString(@ForAll("amount") ReportedAmount a) {
    assertThat(ReportedAmount.parse(a.toString())).isEqualTo(a);
  }

  @Provide
  Arbitrary<ReportedAmount> suffixed() {
    return Generators.reportedAmount(AmountUnit.THOUSANDS, AmountUnit.MILLIONS);
  }

  @Property
  void aFigureWithAUnitSuffixIgnoresTheDefaultUnit(@ForAll("suffixed") ReportedAmount a,
      @ForAll AmountUnit unmarked) {
    assertThat(ReportedAmount.parse(a.toString(), unmarked)).isEqualTo(a);
  }

  @Property
  void restatingInAnotherUnitKeepsTheInterval(@ForAll("amount") ReportedAmount a, @ForAll AmountUnit unit) {
    ReportedAmount restated = a.in(unit);
    assertThat(restated.unit()).isEqualTo(unit);
    assertThat(restated.interval()).isEqualTo(a.interval());
    assertThat(restated.value()).isEqualByComparingTo(a.value());
    assertThat(restated.in(a.unit())).isEqualTo(a);
    assertThat(ReportedAmount.parse(restated.toString())).isEqualTo(restated);
  }

  @Property
  void theIntervalIsHalfAUnitInTheLastPlaceEitherSideOfTheValue(@ForAll("amount") ReportedAmount a) {
    Interval i = a.interval();
    assertThat(i.midpoint()).isEqualByComparingTo(a.value());
    assertThat(i.width()).isEqualByComparingTo(a.unit().toPounds(BigDecimal.ONE.movePointLeft(a.decimals())));
  }

  @Property
  void negatingMirrorsTheInterval(@ForAll("amount") ReportedAmount a) {
    assertThat(a.negated().interval()).isEqualTo(a.interval().negated());
    assertThat(a.negated().negated()).isEqualTo(a);
  }

  @Property
  void moneyIsStatedToThePenny(@ForAll("money") Money m) {
    ReportedAmount a = ReportedAmount.of(m);
    assertThat(a.toMoney()).isEqualTo(m);
    assertThat(a.interval().contains(m.toPounds())).isTrue();
    assertThat(ReportedAmount.parse(a.toString())).isEqualTo(a);
  }
}
