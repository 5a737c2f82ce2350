package org.scplan.core;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FinancialQuarterProperties {

  @Provide
  Arbitrary<FinancialQuarter> quarter() {
    return Generators.financialQuarter();
  }

  @Provide
  Arbitrary<FinancialQuarter> quarterWithNext() {
    return Generators.financialQuarter().map(q -> q.year().startYear() == FinancialYear.MAX_YEAR
        ? FinancialQuarter.of(q.year(), Math.min(q.quarter(), 3)) : q);
  }

  @Property
  void parseIsTheInverseOfToString(@ForAll("quarter") FinancialQuarter q) {
    assertThat(FinancialQuarter.parse(q.toString())).isEqualTo(q);
    assertThat(FinancialQuarter.parse(q.year() + " Q" + q.quarter())).isEqualTo(q);
  }

  @Property
  void nextThenPreviousIsIdentity(@ForAll("quarterWithNext") FinancialQuarter q) {
    assertThat(q.next().previous()).isEqualTo(q);
    assertThat(q.next().start()).isEqualTo(q.end().plusDays(1));
    assertThat(q.next()).isGreaterThan(q);
  }

  @Property
  void theQuarterOfItsOwnDaysIsItself(@ForAll("quarter") FinancialQuarter q) {
    assertThat(FinancialQuarter.from(q.start())).isEqualTo(q);
    assertThat(FinancialQuarter.from(q.end())).isEqualTo(q);
    assertThat(q.year().contains(q.start())).isTrue();
    assertThat(q.year().contains(q.end())).isTrue();
  }

  @Property
  void itsMonthsTileIt(@ForAll("quarter") FinancialQuarter q) {
    assertThat(q.months()).hasSize(3);
    assertThat(q.months().get(0).start()).isEqualTo(q.start());
    assertThat(q.months().get(2).end()).isEqualTo(q.end());
    assertThat(q.months()).extracting(CalendarMonth::quarter).containsOnly(q);
  }
}
