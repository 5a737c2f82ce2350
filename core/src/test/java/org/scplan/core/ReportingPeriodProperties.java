package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReportingPeriodProperties {

  @Provide
  Arbitrary<ReportingPeriod> period() {
    return Generators.reportingPeriod();
  }

  @Property
  void parseReadsEveryKindFromItsCanonicalText(@ForAll("period") ReportingPeriod p) {
    assertThat(ReportingPeriod.parse(p.toString())).isEqualTo(p);
  }

  @Property
  void aPeriodContainsItsOwnEndsAndNotTheDaysAround(@ForAll("period") ReportingPeriod p) {
    assertThat(p.start()).isBeforeOrEqualTo(p.end());
    assertThat(p.contains(p.start())).isTrue();
    assertThat(p.contains(p.end())).isTrue();
    assertThat(p.contains(p.start().minusDays(1))).isFalse();
    assertThat(p.contains(p.end().plusDays(1))).isFalse();
  }
}
