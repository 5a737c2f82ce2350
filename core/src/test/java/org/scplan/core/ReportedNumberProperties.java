package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReportedNumberProperties {

  @Provide
  Arbitrary<ReportedNumber> number() {
    return Generators.reportedNumber();
  }

  @Property
  void parseIsTheInverseOfToString(@ForAll("number") ReportedNumber n) {
    assertThat(ReportedNumber.parse(n.toString())).isEqualTo(n);
  }

  @Property
  void theIntervalIsHalfAUnitInTheLastPlaceEitherSideOfTheValue(@ForAll("number") ReportedNumber n) {
    assertThat(n.interval().midpoint()).isEqualByComparingTo(n.value());
    assertThat(n.interval().width()).isEqualByComparingTo(BigDecimal.ONE.movePointLeft(n.decimals()));
  }

  @Property
  void ofWithItsOwnPrecisionIsIdentity(@ForAll("number") ReportedNumber n) {
    assertThat(ReportedNumber.of(n.value(), n.decimals())).isEqualTo(n);
  }
}
